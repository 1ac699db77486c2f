// openStore picks the backend from the configuration.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/env.js';
import { openStore } from '../../../src/store/open.js';
import { rejectionOf } from '../../contract/harness.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens SQLite at the configured path, creating missing directories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-open-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'deeper', 'jejak.db');
    const store = await openStore(loadConfig({ JEJAK_DB: path }));
    try {
      expect(store.backend).toBe('sqlite');
      expect(existsSync(path)).toBe(true);
      await store.ping();
      expect((await store.stats()).articles).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('defaults to ./data/jejak.db', () => {
    expect(loadConfig({}).sqlitePath).toBe('./data/jejak.db');
  });

  it('does not fall back to SQLite when Neo4j is configured', async () => {
    const err = await rejectionOf(openStore(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' })));
    expect(err.code).toBe('STORE_UNAVAILABLE');
    expect(err.message).toContain('Neo4j');
  });

  it('reports a path it cannot create as STORE_UNAVAILABLE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-open-'));
    dirs.push(dir);
    // A directory cannot be made inside a regular file.
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    const err = await rejectionOf(openStore(loadConfig({ JEJAK_DB: join(blocker, 'sub', 'jejak.db') })));
    expect(err.code).toBe('STORE_UNAVAILABLE');
  });
});
