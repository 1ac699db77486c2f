// The Neo4j GraphStore: one driver, reads in read transactions, each save or delete in one write
// transaction (executeWrite retries it whole on transient errors such as deadlocks).
import type { Neo4jConfig } from '../../config/env.js';
import { JejakError } from '../../domain/errors.js';
import type { Extraction } from '../../domain/types.js';
import type {
  ActivityQuery,
  ActivityRecord,
  ArticlePageQuery,
  ArticleQuery,
  ArticleRecord,
  ClaimQuery,
  ClaimRecord,
  ClaimSearch,
  EntityClaimsQuery,
  EntityQuery,
  EntityRecord,
  GraphStore,
  MentionRecord,
  NeighborQuery,
  NeighborRecord,
  NewEntityQuery,
  Page,
  RelationQuery,
  RelationRecord,
  SaveOutcome,
  StoreStats,
} from '../port.js';
import { validateExtraction } from '../validate.js';
import { Connection, type QueryObserver, type Tx } from './connection.js';
import * as read from './read.js';
import * as research from './research.js';
import { applySchema } from './schema.js';
import { deleteArticle, saveExtraction } from './write.js';

export type { QueryObserver } from './connection.js';

export interface Neo4jStoreOptions {
  /** Called with every query sent (tests count round trips with it). */
  onQuery?: QueryObserver;
}

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly conn: Connection;
  private initialised = false;

  /** Creates the driver (connections are opened lazily); call init() before use. */
  constructor(config: Neo4jConfig, options: Neo4jStoreOptions = {}) {
    this.conn = new Connection(config, options.onQuery);
  }

  async init(): Promise<void> {
    await applySchema(this.conn);
    this.initialised = true;
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  async ping(): Promise<void> {
    // Auto-commit and never retried: a health check must answer fast when the server is down.
    await this.conn.autoCommit('ping', 'RETURN 1', {}, 'READ');
  }

  async articleHash(id: string): Promise<string | null> {
    return this.read('articleHash', (tx) => read.articleHash(tx, id));
  }

  async save(extraction: Extraction): Promise<SaveOutcome> {
    const x = validateExtraction(extraction);
    const outcome = (status: SaveOutcome['status']): SaveOutcome => ({
      status,
      entities: x.entities.length,
      relations: x.relations.length,
    });
    // Fast path without write locks; re-checked inside the transaction against races.
    if ((await this.articleHash(x.article.id)) === x.article.hash) return outcome('unchanged');
    const now = new Date().toISOString();
    return outcome(await this.write(`saving article "${x.article.id}"`, (tx) => saveExtraction(tx, x, now)));
  }

  async deleteArticle(id: string): Promise<boolean> {
    const now = new Date().toISOString();
    return this.write(`deleting article "${id}"`, (tx) => deleteArticle(tx, id, now));
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    return this.read('getArticle', (tx) => read.getArticle(tx, id));
  }

  async listArticles(query?: ArticleQuery): Promise<Page<ArticleRecord>> {
    return this.read('listArticles', (tx) => read.listArticles(tx, query));
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    return (await this.getEntities([id]))[0] ?? null;
  }

  async getEntities(ids: readonly string[]): Promise<Array<EntityRecord | null>> {
    return this.read('getEntities', (tx) => read.getEntities(tx, ids));
  }

  async findEntities(query?: EntityQuery): Promise<Page<EntityRecord>> {
    return this.read('findEntities', (tx) => read.findEntities(tx, query));
  }

  async claims(query?: ClaimQuery): Promise<ClaimRecord[]> {
    return this.read('claims', (tx) => read.claims(tx, query));
  }

  async mentions(query: { articleId?: string; entityId?: string }): Promise<MentionRecord[]> {
    return this.read('mentions', (tx) => read.mentions(tx, query));
  }

  async getArticles(ids: readonly string[]): Promise<Array<ArticleRecord | null>> {
    return this.read('getArticles', (tx) => research.getArticles(tx, ids));
  }

  async getClaims(ids: readonly string[]): Promise<Array<ClaimRecord | null>> {
    return this.read('getClaims', (tx) => research.getClaims(tx, ids));
  }

  async mentionsOfArticles(articleIds: readonly string[]): Promise<MentionRecord[][]> {
    return this.read('mentionsOfArticles', (tx) => research.mentionsOfArticles(tx, articleIds));
  }

  async claimsOfArticles(articleIds: readonly string[]): Promise<ClaimRecord[][]> {
    return this.read('claimsOfArticles', (tx) => research.claimsOfArticles(tx, articleIds));
  }

  async claimsOfEntities(entityIds: readonly string[], query: EntityClaimsQuery): Promise<ClaimRecord[][]> {
    return this.read('claimsOfEntities', (tx) => research.claimsOfEntities(tx, entityIds, query));
  }

  async articlesOfEntities(entityIds: readonly string[], query?: ArticlePageQuery): Promise<Array<Page<ArticleRecord>>> {
    return this.read('articlesOfEntities', (tx) => research.articlesOfEntities(tx, entityIds, query));
  }

  async findClaims(query?: ClaimSearch): Promise<Page<ClaimRecord>> {
    return this.read('findClaims', (tx) => research.findClaims(tx, query));
  }

  async relations(query?: RelationQuery): Promise<Page<RelationRecord>> {
    return this.read('relations', (tx) => research.relations(tx, query));
  }

  async neighbors(ids: readonly string[], query: NeighborQuery): Promise<NeighborRecord[]> {
    return this.read('neighbors', (tx) => research.neighbors(tx, ids, query));
  }

  async mentionActivity(query?: ActivityQuery): Promise<ActivityRecord[]> {
    return this.read('mentionActivity', (tx) => research.mentionActivity(tx, query));
  }

  async newEntities(query: NewEntityQuery): Promise<Page<EntityRecord>> {
    return this.read('newEntities', (tx) => research.newEntities(tx, query));
  }

  async stats(): Promise<StoreStats> {
    return this.read('stats', (tx) => read.stats(tx));
  }

  async *exportExtractions(): AsyncIterable<Extraction> {
    let after = '';
    for (;;) {
      const page = await this.read('exportExtractions', (tx) => read.exportPage(tx, after));
      if (page.length === 0) return;
      for (const x of page) yield x;
      after = page[page.length - 1]?.article.id ?? after;
    }
  }

  private read<T>(action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    this.ready();
    return this.conn.read(action, work);
  }

  private write<T>(action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    this.ready();
    return this.conn.write(action, work);
  }

  /** A closed store answers STORE_UNAVAILABLE (from the connection); one never initialised is a bug. */
  private ready(): void {
    if (!this.initialised && !this.conn.closed) {
      throw new JejakError('INTERNAL', `${this.conn.where} used before init()`);
    }
  }
}

/** Opens and initialises the store (constraints and indexes created if absent). Throws StoreUnavailableError. */
export async function openNeo4jStore(config: Neo4jConfig, options?: Neo4jStoreOptions): Promise<Neo4jStore> {
  const store = new Neo4jStore(config, options);
  try {
    await store.init();
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
