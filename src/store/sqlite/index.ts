// The embedded GraphStore: one SQLite file, opened with better-sqlite3.
import Database from 'better-sqlite3';
import { JejakError, StoreUnavailableError, errorMessage } from '../../domain/errors.js';
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
import { SqliteReader } from './read.js';
import { SqliteResearchReader } from './research.js';
import { applySchema, openDatabase, type Db } from './schema.js';
import { SqliteWriter } from './write.js';

export { SCHEMA_VERSION } from './schema.js';

interface Ops {
  reader: SqliteReader;
  writer: SqliteWriter;
  research: SqliteResearchReader;
}

/** SQLite result codes that mean "the file cannot be used now", not "this request is wrong". */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM)/;

export class SqliteStore implements GraphStore {
  readonly backend = 'sqlite' as const;
  private db: Db | null;
  private ops: Ops | null = null;

  /** Opens (creating if needed) the file; call init() before use. Throws StoreUnavailableError. */
  constructor(readonly path: string) {
    this.db = openDatabase(path);
  }

  async init(): Promise<void> {
    const db = this.open();
    applySchema(db, this.path);
    // Statements are prepared once the tables they name exist.
    this.ops ??= { reader: new SqliteReader(db), writer: new SqliteWriter(db), research: new SqliteResearchReader(db) };
  }

  async close(): Promise<void> {
    this.ops = null;
    this.db?.close();
    this.db = null;
  }

  async ping(): Promise<void> {
    this.run('ping', () => this.open().prepare('SELECT 1').get());
  }

  async articleHash(id: string): Promise<string | null> {
    return this.run('articleHash', () => this.reader().articleHash(id));
  }

  async save(extraction: Extraction): Promise<SaveOutcome> {
    const x = validateExtraction(extraction);
    return this.run(`saving article "${x.article.id}"`, () => this.writer().save(x));
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.run(`deleting article "${id}"`, () => this.writer().deleteArticle(id));
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    return this.run('getArticle', () => this.reader().getArticle(id));
  }

  async listArticles(query?: ArticleQuery): Promise<Page<ArticleRecord>> {
    return this.run('listArticles', () => this.reader().listArticles(query));
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    return this.run('getEntity', () => this.reader().getEntities([id])[0] ?? null);
  }

  async getEntities(ids: readonly string[]): Promise<Array<EntityRecord | null>> {
    return this.run('getEntities', () => this.reader().getEntities(ids));
  }

  async findEntities(query?: EntityQuery): Promise<Page<EntityRecord>> {
    return this.run('findEntities', () => this.reader().findEntities(query));
  }

  async claims(query?: ClaimQuery): Promise<ClaimRecord[]> {
    return this.run('claims', () => this.reader().claims(query));
  }

  async mentions(query: { articleId?: string; entityId?: string }): Promise<MentionRecord[]> {
    return this.run('mentions', () => this.reader().mentions(query));
  }

  async getArticles(ids: readonly string[]): Promise<Array<ArticleRecord | null>> {
    return this.run('getArticles', () => this.research().getArticles(ids));
  }

  async getClaims(ids: readonly string[]): Promise<Array<ClaimRecord | null>> {
    return this.run('getClaims', () => this.research().getClaims(ids));
  }

  async mentionsOfArticles(articleIds: readonly string[]): Promise<MentionRecord[][]> {
    return this.run('mentionsOfArticles', () => this.research().mentionsOfArticles(articleIds));
  }

  async claimsOfArticles(articleIds: readonly string[]): Promise<ClaimRecord[][]> {
    return this.run('claimsOfArticles', () => this.research().claimsOfArticles(articleIds));
  }

  async claimsOfEntities(entityIds: readonly string[], query: EntityClaimsQuery): Promise<ClaimRecord[][]> {
    return this.run('claimsOfEntities', () => this.research().claimsOfEntities(entityIds, query));
  }

  async articlesOfEntities(entityIds: readonly string[], query?: ArticlePageQuery): Promise<Array<Page<ArticleRecord>>> {
    return this.run('articlesOfEntities', () => this.research().articlesOfEntities(entityIds, query));
  }

  async findClaims(query?: ClaimSearch): Promise<Page<ClaimRecord>> {
    return this.run('findClaims', () => this.research().findClaims(query));
  }

  async relations(query?: RelationQuery): Promise<Page<RelationRecord>> {
    return this.run('relations', () => this.research().relations(query));
  }

  async neighbors(ids: readonly string[], query: NeighborQuery): Promise<NeighborRecord[]> {
    return this.run('neighbors', () => this.research().neighbors(ids, query));
  }

  async mentionActivity(query?: ActivityQuery): Promise<ActivityRecord[]> {
    return this.run('mentionActivity', () => this.research().mentionActivity(query));
  }

  async newEntities(query: NewEntityQuery): Promise<Page<EntityRecord>> {
    return this.run('newEntities', () => this.research().newEntities(query));
  }

  async stats(): Promise<StoreStats> {
    return this.run('stats', () => this.reader().stats());
  }

  async *exportExtractions(): AsyncIterable<Extraction> {
    let after = '';
    for (;;) {
      const page = this.run('exportExtractions', () => this.reader().exportPage(after));
      if (page.length === 0) return;
      for (const x of page) yield x;
      after = page[page.length - 1]?.article.id ?? after;
    }
  }

  private open(): Db {
    if (!this.db) throw new StoreUnavailableError(`SQLite store ${this.path} is closed`);
    return this.db;
  }

  private reader(): SqliteReader {
    return this.ready().reader;
  }

  private writer(): SqliteWriter {
    return this.ready().writer;
  }

  private research(): SqliteResearchReader {
    return this.ready().research;
  }

  private ready(): Ops {
    this.open();
    if (!this.ops) throw new JejakError('INTERNAL', `SQLite store ${this.path} used before init()`);
    return this.ops;
  }

  /** Our own errors pass through; SQLite's become STORE_UNAVAILABLE (file unusable) or INTERNAL. */
  private run<T>(action: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof JejakError) throw err;
      const message = `SQLite store ${this.path}: ${action} failed: ${errorMessage(err)}`;
      if (err instanceof Database.SqliteError && UNAVAILABLE.test(err.code)) {
        throw new StoreUnavailableError(message, { cause: err });
      }
      throw new JejakError('INTERNAL', message, { cause: err });
    }
  }
}

/** Opens and initialises the store at `path` (the parent directory must exist). */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  const store = new SqliteStore(path);
  try {
    await store.init();
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
