// Prepared statements for queries whose WHERE clause depends on which filters are given.
// The SQL text is assembled only from constant fragments chosen by the caller; values are always bound.
import type Database from 'better-sqlite3';
import type { Db } from './schema.js';

export type Params = Record<string, string | number | null>;

export class StatementCache {
  private readonly cache = new Map<string, Database.Statement<[Params]>>();
  constructor(private readonly db: Db) {}

  get(sql: string): Database.Statement<[Params]> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<[Params]>(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}

/** `WHERE a AND b …`, or nothing when no filter applies. */
export function whereClause(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}
