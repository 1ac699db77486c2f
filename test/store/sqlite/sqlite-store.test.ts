// SQLite-specific behaviour beyond the contract: file settings, schema versioning, rollback of a
// save that fails inside the database, and "unchanged" meaning no write at all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SqliteStore, openSqliteStore } from '../../../src/store/sqlite/index.js';
import { openDatabase } from '../../../src/store/sqlite/schema.js';
import {
  IDS,
  altmanSeoul,
  altmanSeoulRevised,
  altmanTokyo,
  altmanUae,
} from '../../fixtures/extractions.js';
import { rejectionOf, saveAll } from '../../contract/harness.js';

const TABLES = ['articles', 'entities', 'mentions', 'claims', 'entity_search', 'claim_search'] as const;

let dir: string;
let file: string;
const open: Array<{ close(): unknown }> = [];

/** A second connection, as another process would have: sees only committed data. */
function peek(): Database.Database {
  const db = new Database(file);
  open.push(db);
  return db;
}

/** Every row of every table, FTS tables included, in rowid order. */
function dump(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT rowid AS _rowid, * FROM ${t} ORDER BY rowid`).all()]));
}

async function store(): Promise<SqliteStore> {
  const s = await openSqliteStore(file);
  open.push({ close: () => s.close() });
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-sqlite-'));
  file = join(dir, 'jejak.db');
});

afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store file', () => {
  it('opens with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(file);
    open.push(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('records the schema version and creates the tables, views, FTS tables and triggers', async () => {
    await store();
    const db = peek();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const names = (db.prepare('SELECT name FROM sqlite_schema').all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([...TABLES, 'entity_aliases', 'entity_summary', 'claim_view', 'mentions_after_insert']),
    );
  });

  it('keeps data across reopening, and init() twice is harmless', async () => {
    const first = await store();
    await first.save(altmanSeoul());
    await first.init();
    await first.close();
    const second = await store();
    expect(await second.articleHash('test-altman-seoul')).toBe(altmanSeoul().article.hash);
    expect((await second.getEntity(IDS.altman))?.name).toBe('Sam Altman');
  });

  it('refuses a file made by a newer schema', async () => {
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const err = await rejectionOf(openSqliteStore(file));
    expect(err.code).toBe('STORE_UNAVAILABLE');
    expect(err.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
  });

  it('reports a file that is not a database as STORE_UNAVAILABLE, naming it', async () => {
    writeFileSync(file, 'this is not a database, just some text that is long enough to have a header'.repeat(20));
    const err = await rejectionOf(openSqliteStore(file));
    expect(err.code).toBe('STORE_UNAVAILABLE');
    expect(err.message).toContain(file);
  });

  it('refuses to work before init()', async () => {
    const s = new SqliteStore(file);
    open.push({ close: () => s.close() });
    expect((await rejectionOf(s.stats())).code).toBe('INTERNAL');
    await s.init();
    expect((await s.stats()).articles).toBe(0);
  });

  it('enforces foreign keys in the schema', async () => {
    await store();
    const db = peek();
    db.pragma('foreign_keys = ON');
    expect(() =>
      db.prepare("INSERT INTO mentions (article_id, entity_id, count) VALUES ('nope', 'person:nobody', 1)").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

/** Figures the triggers keep on entities and entity_aliases, recomputed from mentions the slow way. */
function denormalisedDrift(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT e.id, e.mention_count, e.article_count, e.first_seen, e.last_seen, x.n, x.c, x.f, x.l
         FROM entities e LEFT JOIN (
           SELECT m.entity_id, sum(m.count) AS n, count(*) AS c,
                  min(coalesce(a.published_at, a.ingested_at)) AS f, max(coalesce(a.published_at, a.ingested_at)) AS l
             FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id) x ON x.entity_id = e.id
        WHERE e.mention_count IS NOT coalesce(x.n, 0) OR e.article_count IS NOT coalesce(x.c, 0)
           OR e.first_seen IS NOT x.f OR e.last_seen IS NOT x.l
       UNION ALL
       SELECT 'alias', a.entity_id, a.alias, a.refs, r.refs, NULL, NULL, NULL, NULL
         FROM entity_aliases a FULL JOIN (
           SELECT m.entity_id, j.value AS alias, count(*) AS refs FROM mentions m, json_each(m.aliases) j
            GROUP BY m.entity_id, j.value) r ON r.entity_id = a.entity_id AND r.alias = a.alias
        WHERE a.refs IS NOT r.refs`,
    )
    .all();
}

describe('SQLite derived figures', () => {
  it('stay equal to what the mentions say through saves, updates and deletes', async () => {
    const s = await store();
    const db = peek();
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['save seoul', () => s.save(altmanSeoul())],
      ['save uae', () => s.save(altmanUae())],
      ['save tokyo', () => s.save(altmanTokyo())],
      ['revise seoul', () => s.save(altmanSeoulRevised())],
      ['delete tokyo', () => s.deleteArticle('test-altman-tokyo')],
      ['restore seoul', () => s.save(altmanSeoul())],
      ['delete uae', () => s.deleteArticle('test-altman-uae')],
    ];
    for (const [step, run] of steps) {
      await run();
      expect(denormalisedDrift(db), step).toEqual([]);
    }
    expect((await s.getEntity(IDS.altman))?.firstSeen).toBe('2024-01-25');
  });

  it('refuses to update a mention in place', async () => {
    const s = await store();
    await s.save(altmanSeoul());
    expect(() => peek().prepare('UPDATE mentions SET count = 9').run()).toThrow(/replaced, not updated/);
  });
});

describe('SQLite writes', () => {
  it('an unchanged re-save does not write to the file at all', async () => {
    const s = await store();
    await s.save(altmanSeoul());
    const db = peek();
    const version = () => db.pragma('data_version', { simple: true });
    const before = version();
    expect((await s.save(altmanSeoul())).status).toBe('unchanged');
    expect(version()).toBe(before);
    // The probe works: a real write does change it.
    await s.save(altmanUae());
    expect(version()).not.toBe(before);
  });

  it('rolls back a new article when the database fails half-way through it', async () => {
    const s = await store();
    await s.save(altmanUae());
    const db = peek();
    const before = dump(db);
    // Fails on the last claim, after the article, entities, mentions and earlier claims are written.
    db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON claims WHEN NEW.type = 'LOCATED_IN'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const x = altmanSeoul();
    expect(x.relations.at(-1)?.type).toBe('LOCATED_IN');
    const err = await rejectionOf(s.save(x));
    expect(err.message).toContain('injected failure');
    expect(err.message).toContain(x.article.id);
    db.exec('DROP TRIGGER fail_late');
    expect(dump(db)).toEqual(before);
    expect(await s.articleHash(x.article.id)).toBeNull();
    expect((await s.findEntities({ search: 'chey' })).total).toBe(0);
    // Nothing is stuck: the same save succeeds once the fault is gone.
    expect((await s.save(x)).status).toBe('new');
  });

  it('rolls back an update that fails after the old claims were deleted', async () => {
    const s = await store();
    await saveAll(s, [altmanSeoul(), altmanUae(), altmanTokyo()]);
    const db = peek();
    const before = dump(db);
    db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON claims WHEN NEW.type = 'ROLE_AT'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const v2 = altmanSeoulRevised();
    expect(v2.relations.at(-1)?.type).toBe('ROLE_AT');
    await rejectionOf(s.save(v2));
    db.exec('DROP TRIGGER fail_late');
    expect(dump(db)).toEqual(before);
    expect(await s.articleHash(v2.article.id)).toBe(altmanSeoul().article.hash);
    expect(await s.getEntity(IDS.chey)).not.toBeNull();
  });

  it('rolls back a delete that fails half-way', async () => {
    const s = await store();
    await saveAll(s, [altmanSeoul(), altmanUae()]);
    const db = peek();
    const before = dump(db);
    db.exec(`CREATE TRIGGER fail_late BEFORE DELETE ON entities
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    await rejectionOf(s.deleteArticle('test-altman-uae'));
    db.exec('DROP TRIGGER fail_late');
    expect(dump(db)).toEqual(before);
  });

  it('lets two connections share one file', async () => {
    const a = await store();
    const b = await store();
    await a.save(altmanSeoul());
    await b.save(altmanUae());
    expect(await a.stats()).toEqual(await b.stats());
    expect((await a.getEntity(IDS.altman))?.articleCount).toBe(2);
  });
});
