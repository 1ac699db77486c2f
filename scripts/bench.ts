// npm run bench — speed and memory of jejak's hot paths. Every figure is a ratio to a baseline run in
// the same process on the same input, so results compare across machines; absolute times are shown
// for context only. Set NEO4J_URI to include the Neo4j store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import nlp from 'compromise';
import { loadConfig } from '../src/config/env.js';
import { examplesDir } from '../src/config/paths.js';
import { sha256 } from '../src/domain/ids.js';
import type { Article, Extraction } from '../src/domain/types.js';
import { createExtractor } from '../src/extract/index.js';
import { segment } from '../src/extract/text/segment.js';
import { loadArticles } from '../src/ingest/index.js';
import { createPipeline } from '../src/ingest/pipeline.js';
import { openStore } from '../src/store/open.js';
import type { GraphStore } from '../src/store/port.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COPIES = Number(process.env.BENCH_COPIES ?? 25);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function measure(fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await time(fn));
  return median(runs);
}

/** Distinct articles from the bundled samples: paragraphs rotated so every copy has its own id and hash. */
function corpus(base: Article[], copies: number): Article[] {
  const out: Article[] = [];
  for (let c = 0; c < copies; c++) {
    for (const a of base) {
      const paras = a.text.split(/\n\n/);
      const k = c % paras.length;
      const text = [...paras.slice(k), ...paras.slice(0, k)].join('\n\n');
      out.push({ ...a, id: `${a.id}-b${c}`, text, hash: sha256(`${c}:${text}`) });
    }
  }
  return out;
}

function row(label: string, ms: number, baseMs: number, baseLabel: string, n: number): string {
  return `${label.padEnd(34)} ${(ms / n).toFixed(2).padStart(8)} ms/article   ${(ms / baseMs).toFixed(2).padStart(7)}× ${baseLabel}`;
}

async function storeBench(name: string, open: () => Promise<GraphStore>, extractions: Extraction[], baselineMs: number, lines: string[]): Promise<void> {
  const runs: number[] = [];
  const again: number[] = [];
  for (let r = 0; r < Math.max(2, Math.ceil(ROUNDS / 2)); r++) {
    const store = await open();
    runs.push(await time(async () => {
      for (const x of extractions) await store.save(x);
    }));
    again.push(await time(async () => {
      for (const x of extractions) await store.save(x);
    }));
    await store.close();
  }
  lines.push(row(`save to ${name}`, median(runs), baselineMs, 'JSON rows in bare SQLite', extractions.length));
  lines.push(row(`re-save unchanged to ${name}`, median(again), median(runs), `first save to ${name}`, extractions.length));
}

async function main(): Promise<void> {
  const loaded = await loadArticles([examplesDir]);
  const articles = corpus(loaded.articles, COPIES);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const extractor = createExtractor();
  const lines: string[] = [];
  lines.push(`jejak bench: ${articles.length} articles (${(bytes / 1024).toFixed(0)} KiB), median of ${ROUNDS} rounds, Node ${process.version}`);

  // Extraction against two baselines: our own cheapest pass over the text, and a plain compromise parse.
  const abbreviations = new Set<string>();
  const tokenizeMs = await measure(() => articles.forEach((a) => segment(a.text, abbreviations)));
  const compromiseMs = await measure(() => articles.forEach((a) => nlp(a.text).json()));
  const extractMs = await measure(() => articles.forEach((a) => extractor.extract(a)));
  lines.push(row('segment + tokenize (baseline)', tokenizeMs, tokenizeMs, 'segment + tokenize', articles.length));
  lines.push(row('compromise parse (baseline)', compromiseMs, tokenizeMs, 'segment + tokenize', articles.length));
  lines.push(row('extract', extractMs, compromiseMs, 'compromise parse', articles.length));
  lines.push(`${''.padEnd(34)} ${((bytes / 1024 / 1024) / (extractMs / 1000)).toFixed(2).padStart(8)} MB/s extraction throughput`);

  // Memory: what holding the extractions costs, relative to the article texts themselves (UTF-16 in V8).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const extractions = articles.map((a) => extractor.extract(a));
  gc?.();
  const held = process.memoryUsage().heapUsed - heap0;
  const textBytes = articles.reduce((n, a) => n + a.text.length * 2, 0);
  lines.push(
    `${'memory: extractions held'.padEnd(34)} ${(held / 1024 / articles.length).toFixed(1).padStart(8)} KiB/article ${(held / textBytes).toFixed(2).padStart(7)}× the article texts${gc ? '' : ' (run with --expose-gc for stable figures)'}`,
  );

  // Stores against a bare SQLite table of JSON rows in the same process and directory.
  const dir = mkdtempSync(join(tmpdir(), 'jejak-bench-'));
  try {
    const baselineRuns: number[] = [];
    for (let r = 0; r < Math.max(2, Math.ceil(ROUNDS / 2)); r++) {
      const db = new Database(join(dir, `baseline-${r}.db`));
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE x (id TEXT PRIMARY KEY, body TEXT)');
      const insert = db.prepare('INSERT OR REPLACE INTO x (id, body) VALUES (?, ?)');
      baselineRuns.push(await time(() => {
        for (const x of extractions) db.transaction(() => insert.run(x.article.id, JSON.stringify(x)))();
      }));
      db.close();
    }
    const baselineMs = median(baselineRuns);
    let n = 0;
    await storeBench('SQLite', () => openStore({ ...loadConfig({}), sqlitePath: join(dir, `jejak-${n++}.db`), neo4j: null }), extractions, baselineMs, lines);
    const config = loadConfig();
    if (config.neo4j) {
      await storeBench('Neo4j', async () => {
        const store = await openStore(config);
        for await (const x of store.exportExtractions()) await store.deleteArticle(x.article.id);
        return store;
      }, extractions, baselineMs, lines);
    }
    // The whole pipeline on unchanged input skips extraction: idempotent and cheap.
    const store = await openStore({ ...loadConfig({}), sqlitePath: join(dir, 'pipeline.db'), neo4j: null });
    const pipeline = createPipeline(store, { extractor });
    const firstMs = await time(() => pipeline.ingestArticles(articles));
    const againMs = await time(() => pipeline.ingestArticles(articles));
    lines.push(row('pipeline, new articles', firstMs, extractMs, 'extract alone', articles.length));
    lines.push(row('pipeline, same articles again', againMs, firstMs, 'pipeline on new articles', articles.length));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const l of lines) process.stdout.write(`${l}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
