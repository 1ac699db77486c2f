// Per-request DataLoaders: every entity, article or claim a query reaches is fetched in batches,
// so a nested query over many entities costs a handful of store round trips, not one per item.
import DataLoader from 'dataloader';
import type { RelationType } from '../domain/types.js';
import type {
  ArticleRecord,
  ClaimEnd,
  ClaimRecord,
  EntityRecord,
  GraphStore,
  MentionRecord,
  Page,
} from '../store/port.js';

/** Keys per store call: well under the port's 10 000. */
const MAX_BATCH = 1000;

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  mentionsOfArticle: DataLoader<string, MentionRecord[]>;
  claimsOfArticle: DataLoader<string, ClaimRecord[]>;
  /** Claims of an entity at `end`, of `types` (all when empty). */
  claimsOf(end: ClaimEnd, types: readonly RelationType[]): DataLoader<string, ClaimRecord[]>;
  /** One page of an entity's articles. */
  articlesOf(limit: number, offset: number): DataLoader<string, Page<ArticleRecord>>;
  /** Remembers records a list query already returned, so field resolvers need not fetch them again. */
  prime(records: { entities?: readonly EntityRecord[]; articles?: readonly ArticleRecord[]; claims?: readonly ClaimRecord[] }): void;
}

/** Claims per entity a profile reads at most (relations, roles, visits). */
export const CLAIMS_PER_ENTITY = 5000;

export function createLoaders(store: GraphStore): Loaders {
  const options = { maxBatchSize: MAX_BATCH };
  const entity = new DataLoader<string, EntityRecord | null>((ids) => store.getEntities(ids), options);
  const article = new DataLoader<string, ArticleRecord | null>((ids) => store.getArticles(ids), options);
  const claim = new DataLoader<string, ClaimRecord | null>((ids) => store.getClaims(ids), options);
  const primeClaims = (lists: ClaimRecord[][]) => {
    for (const list of lists) for (const c of list) claim.prime(c.id, c);
    return lists;
  };
  const mentionsOfArticle = new DataLoader<string, MentionRecord[]>((ids) => store.mentionsOfArticles(ids), options);
  const claimsOfArticle = new DataLoader<string, ClaimRecord[]>(
    async (ids) => primeClaims(await store.claimsOfArticles(ids)),
    options,
  );
  const claimLoaders = new Map<string, DataLoader<string, ClaimRecord[]>>();
  const articleLoaders = new Map<string, DataLoader<string, Page<ArticleRecord>>>();
  return {
    entity,
    article,
    claim,
    mentionsOfArticle,
    claimsOfArticle,
    claimsOf(end, types) {
      const key = `${end}|${[...types].sort().join(',')}`;
      let loader = claimLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (ids) => primeClaims(await store.claimsOfEntities(ids, { end, types, limitPerEntity: CLAIMS_PER_ENTITY })),
          options,
        );
        claimLoaders.set(key, loader);
      }
      return loader;
    },
    articlesOf(limit, offset) {
      const key = `${limit}|${offset}`;
      let loader = articleLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const pages = await store.articlesOfEntities(ids, { limit, offset });
          for (const p of pages) for (const a of p.items) article.prime(a.id, a);
          return pages;
        }, options);
        articleLoaders.set(key, loader);
      }
      return loader;
    },
    prime(records) {
      for (const e of records.entities ?? []) entity.prime(e.id, e);
      for (const a of records.articles ?? []) article.prime(a.id, a);
      for (const c of records.claims ?? []) claim.prime(c.id, c);
    },
  };
}
