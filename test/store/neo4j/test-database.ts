// The Neo4j database tests run against: a throwaway instance (NEO4J_URI) that every test empties
// first. Vitest runs test files in parallel processes, and Community Neo4j has a single user
// database, so tests that use it take turns: a lock file (one per URI and database) is held from a
// test's open() until its store is closed.
import { randomUUID, createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, type Neo4jConfig } from '../../../src/config/env.js';

export const neo4jConfigured = Boolean(process.env.NEO4J_URI);
/** CI must exercise every adapter: a CI run without Neo4j fails instead of passing on SQLite alone. */
export const neo4jMissingInCi = process.env.CI === 'true' && !neo4jConfigured;

/** The configuration the tests (and the app) read from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. */
export function testNeo4jConfig(): Neo4jConfig {
  const config = loadConfig().neo4j;
  if (!config) throw new Error('NEO4J_URI is not set: these tests need a throwaway Neo4j (npm run neo4j:local)');
  return config;
}

export function testDriver(config: Neo4jConfig): Driver {
  const auth = config.password === '' ? undefined : neo4j.auth.basic(config.user, config.password);
  return neo4j.driver(config.uri, auth, { disableLosslessIntegers: true });
}

export function sessionOf(driver: Driver, config: Neo4jConfig) {
  return driver.session(config.database ? { database: config.database } : {});
}

// ── Taking turns ────────────────────────────────────────────────────────────────────────────

const WAIT_LIMIT_MS = 10 * 60_000;
const token = `${process.pid} ${randomUUID()}`;
let holders = 0;
let acquiring: Promise<void> | null = null;

function lockPath(config: Neo4jConfig): string {
  const key = createHash('sha256').update(`${config.uri}\u0000${config.database ?? ''}`).digest('hex').slice(0, 16);
  return join(tmpdir(), `jejak-neo4j-tests-${key}.lock`);
}

/** A lock left by a process that is gone, or by an earlier test file of this same worker process. */
function stale(content: string): boolean {
  const [pidText] = content.split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return content !== token;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

async function takeFileLock(path: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      writeFileSync(path, token, { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let content = '';
    try {
      content = readFileSync(path, 'utf8');
    } catch {
      continue; // released between our two calls
    }
    // An empty file is a holder between creating and writing it: give it a moment before calling it stale.
    if (content !== '' && stale(content)) {
      try {
        unlinkSync(path);
      } catch {
        // someone else removed it first
      }
      continue;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) {
      throw new Error(`waited ${WAIT_LIMIT_MS / 1000}s for the Neo4j test lock ${path} (held by ${content || '?'})`);
    }
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
  }
}

function dropFileLock(path: string): void {
  try {
    if (readFileSync(path, 'utf8') === token) unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Waits for this process's turn at the database; returns the release function. Re-entrant within
 * a process (a test may open a second store), released when the last holder lets go.
 */
export async function takeTurn(config: Neo4jConfig): Promise<() => void> {
  const path = lockPath(config);
  holders += 1;
  try {
    acquiring ??= takeFileLock(path);
    await acquiring;
  } catch (err) {
    holders -= 1;
    acquiring = null;
    throw err;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) {
      acquiring = null;
      dropFileLock(path);
    }
  };
}

/** Lets go of the turn whatever is still open (end of a test file). */
export function endTurns(config: Neo4jConfig): void {
  holders = 0;
  acquiring = null;
  dropFileLock(lockPath(config));
}

// ── Emptying ───────────────────────────────────────────────────────────────────────────────

/** Left in a database the tests emptied, so that the next run knows it is theirs to empty again. */
const MARKER = 'JejakTestDatabase';
const DELETE_BATCH = 10_000;

/**
 * Deletes every node and relationship (constraints and indexes stay), in batches. Refuses a
 * database holding data it did not mark as a test database, unless JEJAK_TEST_NEO4J_WIPE=1:
 * tests must never empty a database someone uses.
 */
export async function wipeTestDatabase(config: Neo4jConfig): Promise<void> {
  const driver = testDriver(config);
  const session = sessionOf(driver, config);
  try {
    const check = await session.run(
      `RETURN EXISTS { MATCH (n) WHERE NOT n:${MARKER} } AS hasData, EXISTS { MATCH (:${MARKER}) } AS marked`,
    );
    const hasData = check.records[0]?.get('hasData') === true;
    const marked = check.records[0]?.get('marked') === true;
    if (hasData && !marked && process.env.JEJAK_TEST_NEO4J_WIPE !== '1') {
      throw new Error(
        `${config.uri} holds data that the tests did not create, and the tests empty the database they use. ` +
          'Point NEO4J_URI at a throwaway instance (bash scripts/neo4j-local/run.sh --background --wipe), ' +
          'or set JEJAK_TEST_NEO4J_WIPE=1 to allow emptying this one.',
      );
    }
    for (;;) {
      const result = await session.run(
        'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
        { batch: neo4j.int(DELETE_BATCH) },
      );
      if (Number(result.records[0]?.get('deleted') ?? 0) === 0) break;
    }
    await session.run(`CREATE (:${MARKER} {note: 'emptied by the jejak test suite; safe to delete'})`);
  } finally {
    await session.close();
    await driver.close();
  }
}
