// jejak ingest <files|dirs…>: load, clean, extract and store; one line per failure, a summary at the end.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.js';
import { loadArticles } from '../../ingest/index.js';
import { createPipeline, type PipelineResult } from '../../ingest/pipeline.js';
import { openStore } from '../../store/open.js';
import { progressBar, stdio, type Out } from '../output.js';

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  entities: number;
  relations: number;
  failures: string[];
}

export function summarize(results: readonly PipelineResult[], loadFailures: readonly string[]): IngestSummary {
  const s: IngestSummary = { new: 0, updated: 0, unchanged: 0, failed: loadFailures.length, entities: 0, relations: 0, failures: [...loadFailures] };
  for (const r of results) {
    if (r.status === 'failed') {
      s.failed++;
      s.failures.push(`${r.origin}: ${r.reason ?? 'failed'}`);
      continue;
    }
    s[r.status]++;
    s.entities += r.entities;
    s.relations += r.relations;
  }
  return s;
}

export function printSummary(out: Out, s: IngestSummary, stats?: { articles: number; entities: number; claims: number }): void {
  for (const f of s.failures) out.error(`failed: ${f}`);
  out.line(
    `articles: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed · extracted ${s.entities} entities, ${s.relations} relations`,
  );
  if (stats) out.line(`store now holds ${stats.articles} articles, ${stats.entities} entities, ${stats.claims} claims`);
}

export async function runIngest(paths: string[], opts: { gazetteer?: string[]; progress?: boolean }, out: Out = stdio): Promise<IngestSummary> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const bar = progressBar(opts.progress !== false);
    const loaded = await loadArticles(paths, {
      onStart: (total) => bar.start(total, 'reading'),
      onFile: (p) => bar.tick(basename(p.file)),
    });
    bar.stop();
    const pipeline = createPipeline(store, { gazetteerFiles: opts.gazetteer ?? [] });
    bar.start(loaded.articles.length, 'extracting');
    const results = await pipeline.ingestArticles(loaded.articles, (r) => bar.tick(r.title ?? r.origin));
    bar.stop();
    const summary = summarize(results, loaded.failures.map((f) => f.message));
    printSummary(out, summary, await store.stats());
    return summary;
  } finally {
    await store.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load articles (.txt .md .html .json .jsonl .xml/.rss/.atom, or folders), extract, and store them')
    .argument('<paths...>', 'files or folders')
    .option('-g, --gazetteer <files...>', 'extra gazetteer files (JSON)')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], opts: { gazetteer?: string[]; progress?: boolean }) => {
      const summary = await runIngest(paths, opts);
      if (summary.failed > 0) process.exitCode = 1;
    });
}
