// jejak eval <dir>: extraction scored against gold-annotated articles, figure for figure as the
// reference scorer prints them; --verbose lists each article's misses and false positives.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createExtractor } from '../../extract/index.js';
import { collectInputFiles, loadArticles } from '../../ingest/index.js';
import { formatReport, score, summarize, type Gold, type Prediction } from '../../eval/score.js';
import { JejakError } from '../../domain/errors.js';
import { stdio } from '../output.js';

interface EvalOptions {
  verbose?: boolean;
  json?: boolean;
  gazetteer?: string[];
  minEntity?: string;
  minVisit?: string;
  minPurpose?: string;
}

export async function evaluate(dir: string, opts: EvalOptions = {}): Promise<{ lines: string[]; ok: boolean; report: ReturnType<typeof score> }> {
  const { files } = await collectInputFiles([dir]);
  const golds = new Map<string, Gold>();
  const jsonFiles = files.filter((f) => f.endsWith('.json'));
  for (const f of jsonFiles) {
    const doc = JSON.parse(await readFile(f, 'utf8')) as { id?: string; gold?: Gold };
    if (!doc.id || !doc.gold) throw new JejakError('BAD_USER_INPUT', `${f}: an annotated article needs "id" and "gold"`);
    golds.set(doc.id, doc.gold);
  }
  const loaded = await loadArticles(jsonFiles);
  const extractor = createExtractor({ gazetteerFiles: opts.gazetteer ?? [] });
  const predictions: Prediction[] = loaded.articles.map((a) => {
    const x = extractor.extract(a);
    return { id: a.id, entities: x.entities, relations: x.relations };
  });
  const report = score(golds, predictions);
  const s = summarize(report);
  const ok =
    s.entityF1 >= Number(opts.minEntity ?? 0) &&
    s.visitF1 >= Number(opts.minVisit ?? 0) &&
    s.purposeF1 >= Number(opts.minPurpose ?? 0) &&
    report.missing.length === 0;
  return { lines: formatReport(report, opts.verbose), ok, report };
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold-annotated articles (JSON files with a "gold" key)')
    .argument('<dir>', 'folder of annotated articles')
    .option('-v, --verbose', 'list each article\'s misses and false positives')
    .option('--json', 'print the full report as JSON')
    .option('-g, --gazetteer <files...>', 'extra gazetteer files (JSON)')
    .option('--min-entity <f>', 'fail (exit 1) when entity F1 is below this')
    .option('--min-visit <f>', 'fail (exit 1) when visit F1 is below this')
    .option('--min-purpose <f>', 'fail (exit 1) when purpose F1 is below this')
    .action(async (dir: string, opts: EvalOptions) => {
      const { lines, ok, report } = await evaluate(dir, opts);
      if (opts.json) stdio.line(JSON.stringify({ ...report, summary: summarize(report) }, null, 2));
      else for (const l of lines) stdio.line(l);
      if (!ok) process.exitCode = 1;
    });
}
