// Chooses and opens the configured store: Neo4j when NEO4J_URI is set, else the embedded SQLite file.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/env.js';
import { StoreUnavailableError, errorMessage } from '../domain/errors.js';
import { openNeo4jStore } from './neo4j/index.js';
import type { GraphStore } from './port.js';
import { openSqliteStore } from './sqlite/index.js';

/** Returns an initialised store; throws StoreUnavailableError when it cannot be reached or opened. */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    // A configured Neo4j that cannot be reached fails loudly, never silently falling back to SQLite.
    return openNeo4jStore(config.neo4j);
  }
  const path = config.sqlitePath === ':memory:' ? ':memory:' : resolve(config.sqlitePath);
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new StoreUnavailableError(`cannot create the directory for SQLite store ${path}: ${errorMessage(err)}`, {
        cause: err,
      });
    }
  }
  return openSqliteStore(path);
}
