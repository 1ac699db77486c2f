// The stores the contract suite runs against. SQLite always; Neo4j when NEO4J_URI is set.
// In CI (CI=true) a missing NEO4J_URI is a failure, reported by the suite, never a silent skip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/env.js';
import { openStore } from '../../src/store/open.js';
import type { GraphStore, StoreBackend } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import {
  endTurns,
  neo4jConfigured,
  neo4jMissingInCi,
  takeTurn,
  testNeo4jConfig,
  wipeTestDatabase,
} from '../store/neo4j/test-database.js';

export interface StoreFactory {
  name: StoreBackend;
  /** An initialised, empty store. The caller closes it. */
  open(): Promise<GraphStore>;
  /** Removes what open() left behind (temp files); called once after the suite. */
  cleanup(): void;
}

/** Deletes every article through the port; entities go with their last mention. */
export async function emptyStore(store: GraphStore): Promise<void> {
  for (;;) {
    const page = await store.listArticles({ limit: 1000 });
    if (page.items.length === 0) return;
    for (const a of page.items) {
      if (!(await store.deleteArticle(a.id))) throw new Error(`emptyStore: article ${a.id} listed but not deleted`);
    }
  }
}

function sqliteFactory(): StoreFactory {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'jejak-contract-'));
      dirs.push(dir);
      return openSqliteStore(join(dir, 'jejak.db'));
    },
    cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ── Neo4j slot ─────────────────────────────────────────────────────────────────────────────
// Uses the same configuration as the app (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
// Isolation: every open() EMPTIES that database (batched DETACH DELETE; constraints and indexes stay),
// so point it at a throwaway instance (bash scripts/neo4j-local/run.sh --background --wipe). Test
// files run in parallel processes and Community has one user database, so a test holds a lock on
// it (test/store/neo4j/test-database.ts) from open() until that store is closed.
function neo4jFactory(): StoreFactory {
  const config = testNeo4jConfig();
  return {
    name: 'neo4j',
    async open() {
      const release = await takeTurn(config);
      try {
        await wipeTestDatabase(config);
        const store = await openStore(loadConfig());
        const close = store.close.bind(store);
        store.close = async () => {
          try {
            await close();
          } finally {
            release();
          }
        };
        return store;
      } catch (err) {
        release();
        throw err;
      }
    },
    cleanup() {
      endTurns(config);
    },
  };
}

export { neo4jConfigured, neo4jMissingInCi };

/** Stands in for Neo4j when CI lacks it: every contract test of the slot fails with the reason. */
function neo4jRequiredFactory(): StoreFactory {
  return {
    name: 'neo4j',
    open() {
      return Promise.reject(new Error('CI requires NEO4J_URI: the contract suite must run against Neo4j in CI'));
    },
    cleanup() {},
  };
}

export function storeFactories(): StoreFactory[] {
  if (neo4jConfigured) return [sqliteFactory(), neo4jFactory()];
  if (neo4jMissingInCi) return [sqliteFactory(), neo4jRequiredFactory()];
  return [sqliteFactory()];
}

/** `describe.each(storeCases())('contract [%s] …', (_name, factory) => …)`: titles read `contract [sqlite] …`. */
export function storeCases(): Array<[StoreBackend, StoreFactory]> {
  return storeFactories().map((f) => [f.name, f]);
}
