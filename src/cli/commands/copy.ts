// jejak copy --from <store> --to <store>: move a graph between SQLite and Neo4j without re-ingesting.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config/env.js';
import { JejakError } from '../../domain/errors.js';
import { copyStore, type CopySummary } from '../../store/copy.js';
import { openStore } from '../../store/open.js';
import { progressBar, stdio, type Out } from '../output.js';

export interface StoreSpec {
  /** How the store is named in messages: `sqlite:/abs/path.db`, `neo4j:bolt://host:7687`. */
  label: string;
  /** The configuration that opens exactly this store. */
  config: Config;
}

const NEO4J_URI = /^(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/\S+$/;

function bad(message: string): JejakError {
  return new JejakError('BAD_USER_INPUT', message);
}

/**
 * Reads `sqlite`, `sqlite:<path>`, `neo4j` or `neo4j:<bolt-uri>` (a bare bolt:// or neo4j:// URI too).
 * Without a path or URI the environment's store of that kind is meant (JEJAK_DB, NEO4J_URI);
 * Neo4j credentials and database always come from NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
 */
export function parseStoreSpec(option: string, spec: string, env: NodeJS.ProcessEnv = process.env): StoreSpec {
  const base = loadConfig(env);
  const text = spec.trim();
  const bareUri = NEO4J_URI.test(text);
  const colon = text.indexOf(':');
  const kind = bareUri ? 'neo4j' : colon < 0 ? text : text.slice(0, colon);
  const rest = bareUri ? text : colon < 0 ? '' : text.slice(colon + 1);
  if (kind === 'sqlite') {
    const path = rest || base.sqlitePath;
    const absolute = path === ':memory:' ? path : resolve(path);
    return { label: `sqlite:${absolute}`, config: { ...base, neo4j: null, sqlitePath: absolute } };
  }
  if (kind === 'neo4j') {
    const uri = rest || base.neo4j?.uri;
    if (!uri) throw bad(`${option}: "neo4j" needs NEO4J_URI set, or a URI: neo4j:bolt://host:7687`);
    if (!NEO4J_URI.test(uri)) throw bad(`${option}: "${uri}" is not a Neo4j URI (bolt://… or neo4j://…)`);
    // Credentials and database as the environment gives them for any Neo4j.
    const config = loadConfig({ ...env, NEO4J_URI: uri });
    const database = config.neo4j?.database;
    return { label: `neo4j:${uri}${database ? ` (database ${database})` : ''}`, config };
  }
  throw bad(`${option}: expected sqlite, sqlite:<path>, neo4j or neo4j:<bolt-uri>, got "${spec}"`);
}

export async function runCopy(fromSpec: string, toSpec: string, opts: { progress?: boolean }, out: Out = stdio): Promise<CopySummary> {
  const from = parseStoreSpec('--from', fromSpec);
  const to = parseStoreSpec('--to', toSpec);
  if (from.label === to.label) throw bad(`--from and --to name the same store (${from.label})`);
  const sqliteSource = from.config.neo4j === null ? from.config.sqlitePath : null;
  if (sqliteSource !== null && sqliteSource !== ':memory:' && !existsSync(sqliteSource)) {
    throw bad(`--from: no SQLite store at ${sqliteSource}`);
  }
  const source = await openStore(from.config);
  try {
    const target = await openStore(to.config);
    try {
      const bar = progressBar(opts.progress !== false);
      let started = false;
      const summary = await copyStore(source, target, (p) => {
        if (!started) bar.start(p.total, 'copying');
        started = true;
        bar.tick(p.articleId);
      });
      bar.stop();
      out.line(
        `copied ${summary.articles} articles from ${from.label} to ${to.label}: ` +
          `${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged`,
      );
      const t = summary.target;
      out.line(`${to.label} now holds ${t.articles} articles, ${t.entities} entities, ${t.claims} claims`);
      return summary;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

export function registerCopy(program: Command): void {
  program
    .command('copy')
    .description('copy every article, entity and claim from one store to another (e.g. SQLite → Neo4j), without re-extracting')
    .requiredOption('--from <store>', 'source: sqlite, sqlite:<path>, neo4j or neo4j:<bolt-uri>')
    .requiredOption('--to <store>', 'target: sqlite, sqlite:<path>, neo4j or neo4j:<bolt-uri>')
    .option('--no-progress', 'no progress bar')
    .addHelpText(
      'after',
      '\nWithout a path or URI, sqlite means JEJAK_DB and neo4j means NEO4J_URI; Neo4j credentials come from\n' +
        'NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. Copying is idempotent: run it again after an interruption.\n' +
        'Example: jejak copy --from sqlite:./data/jejak.db --to neo4j:bolt://localhost:7687',
    )
    .action(async (opts: { from: string; to: string; progress?: boolean }) => {
      await runCopy(opts.from, opts.to, opts);
    });
}
