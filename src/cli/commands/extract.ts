// jejak extract <files…> --json: the same pipeline without storing; the JSON is the public contract
// that evaluation scores.
import type { Command } from 'commander';
import type { Extraction } from '../../domain/types.js';
import { createExtractor } from '../../extract/index.js';
import { loadArticles } from '../../ingest/index.js';
import { stdio } from '../output.js';

export function extractionJson(x: Extraction): object {
  const a = x.article;
  return {
    id: a.id,
    title: a.title,
    language: a.language,
    url: a.url,
    publishedAt: a.publishedAt,
    source: a.source,
    entities: x.entities,
    relations: x.relations,
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations without storing them')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the extraction as JSON (the format jejak eval and score.py read)')
    .option('-g, --gazetteer <files...>', 'extra gazetteer files (JSON)')
    .action(async (paths: string[], opts: { json?: boolean; gazetteer?: string[] }) => {
      const loaded = await loadArticles(paths);
      for (const f of loaded.failures) stdio.error(`failed: ${f.message}`);
      const extractor = createExtractor({ gazetteerFiles: opts.gazetteer ?? [] });
      const extractions = loaded.articles.map((a) => extractor.extract(a));
      if (opts.json) {
        stdio.line(JSON.stringify({ articles: extractions.map(extractionJson) }, null, 2));
      } else {
        for (const x of extractions) {
          stdio.line(`${x.article.id} [${x.article.language}] ${x.article.title}`);
          const byId = new Map(x.entities.map((e) => [e.id, e]));
          for (const e of x.entities) stdio.line(`  ${e.type.padEnd(12)} ${e.name}${e.code ? ` (${e.code})` : ''} ×${e.mentions}`);
          for (const r of x.relations.filter((r) => r.type === 'VISITED')) {
            const who = byId.get(r.source)?.name ?? r.source;
            const where = byId.get(r.target)?.name ?? r.target;
            stdio.line(`  VISITED      ${who} → ${where} [${r.status}] for ${(r.purposes ?? []).join(', ') || '—'}`);
          }
        }
      }
      if (loaded.failures.length) process.exitCode = 1;
    });
}
