// Opening the SQLite file and bringing its schema to the version this build knows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError, errorMessage } from '../../domain/errors.js';
import { schemaDir } from '../../config/paths.js';

export type Db = Database.Database;

/** Kept in `PRAGMA user_version`. schema/sqlite.sql creates this version from nothing. */
export const SCHEMA_VERSION = 1;

/**
 * Steps from version `to - 1` to `to`, applied in order to older files. Empty while v1 is the only
 * version; a v2 adds `{ to: 2, file: 'sqlite-2.sql' }` and raises SCHEMA_VERSION.
 */
const MIGRATIONS: ReadonlyArray<{ to: number; file: string }> = [];

/** How long a writer waits for another process's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string): Db {
  let db: Db | undefined;
  try {
    db = new Database(path);
    // busy_timeout first: switching to WAL itself needs a lock another process may hold.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    db?.close();
    throw new StoreUnavailableError(`cannot open SQLite store ${path}: ${errorMessage(err)}`, { cause: err });
  }
}

function readDdl(file: string): string {
  return readFileSync(join(schemaDir, file), 'utf8');
}

/** Creates or migrates the schema in one transaction. Idempotent. */
export function applySchema(db: Db, path: string): void {
  try {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new StoreUnavailableError(
        `SQLite store ${path} has schema version ${version}, newer than this jejak knows (${SCHEMA_VERSION}); upgrade jejak`,
      );
    }
    if (version === SCHEMA_VERSION) return;
    db.transaction(() => {
      if (version === 0) db.exec(readDdl('sqlite.sql'));
      else for (const m of MIGRATIONS) if (m.to > version) db.exec(readDdl(m.file));
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  } catch (err) {
    if (err instanceof StoreUnavailableError) throw err;
    throw new StoreUnavailableError(`cannot prepare SQLite store ${path}: ${errorMessage(err)}`, { cause: err });
  }
}
