// Shared plumbing for the contract tests: a fresh store per test, whole-store snapshots,
// and figures computed from fixtures (never typed in by hand).
import { afterAll, afterEach, beforeEach } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  GraphStore,
  MentionRecord,
  SaveOutcome,
  StoreStats,
} from '../../src/store/port.js';
import type { StoreFactory } from './stores.js';

const ALL = 10_000;

/** Opens an empty store before each test and closes it after; returns its accessor. */
export function useStore(factory: StoreFactory): () => GraphStore {
  let store: GraphStore | undefined;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  afterAll(() => factory.cleanup());
  return () => {
    if (!store) throw new Error('no store open');
    return store;
  };
}

export async function saveAll(store: GraphStore, extractions: readonly Extraction[]): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = [];
  for (const x of extractions) outcomes.push(await store.save(x));
  return outcomes;
}

export interface Snapshot {
  stats: StoreStats;
  articles: ArticleRecord[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  mentions: MentionRecord[];
}

/** Everything the port can show, in a stable order: two equal snapshots mean nothing observable changed. */
export async function snapshot(store: GraphStore): Promise<Snapshot> {
  const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    stats: await store.stats(),
    articles: byId((await store.listArticles({ limit: ALL })).items),
    entities: byId((await store.findEntities({ limit: ALL })).items),
    claims: byId(await store.claims({ limit: ALL })),
    mentions: await store.mentions({}),
  };
}

export async function allClaims(store: GraphStore): Promise<ClaimRecord[]> {
  return store.claims({ limit: ALL });
}

/** The figures stats() must report once `extractions` (distinct articles) are saved. */
export function expectedStats(extractions: readonly Extraction[]): StoreStats {
  return {
    articles: new Set(extractions.map((x) => x.article.id)).size,
    entities: new Set(extractions.flatMap((x) => x.entities.map((e) => e.id))).size,
    claims: extractions.reduce((n, x) => n + x.relations.length, 0),
    mentions: extractions.reduce((n, x) => n + x.entities.length, 0),
  };
}

/** Entity ids of `extractions` that none of `others` mentions. */
export function idsOnlyIn(extractions: readonly Extraction[], others: readonly Extraction[]): string[] {
  const kept = new Set(others.flatMap((x) => x.entities.map((e) => e.id)));
  return [...new Set(extractions.flatMap((x) => x.entities.map((e) => e.id)))].filter((id) => !kept.has(id));
}

/** Captures a rejection so its code and message can be checked. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-Error: ${String(err)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}
