// jejak export / jejak import: the graph for other tools (GraphML for Gephi, CSV, JSON), and a
// JSON-lines dump of every article's extraction that `jejak import` loads into any store.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { EXPORT_FILES, exportGraph, type ExportFormat } from '../../api/index.js';
import { loadConfig } from '../../config/env.js';
import { InputError, JejakError, errorMessage } from '../../domain/errors.js';
import type { Extraction } from '../../domain/types.js';
import { openStore } from '../../store/open.js';
import type { GraphStore } from '../../store/port.js';
import { stdio } from '../output.js';

const FORMATS = ['graphml', 'csv', 'json', 'jsonl'] as const;
type CliFormat = (typeof FORMATS)[number];

async function writeChunks(chunks: AsyncIterable<string>, path: string | undefined): Promise<void> {
  const out = path ? createWriteStream(path, 'utf8') : process.stdout;
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (path) {
    (out as ReturnType<typeof createWriteStream>).end();
    await once(out, 'finish');
  }
}

async function* dumpLines(store: GraphStore): AsyncIterable<string> {
  for await (const x of store.exportExtractions()) yield `${JSON.stringify(x)}\n`;
}

export async function runExport(store: GraphStore, format: CliFormat, out: string | undefined): Promise<string[]> {
  if (format === 'jsonl') {
    await writeChunks(dumpLines(store), out);
    return out ? [out] : [];
  }
  if (format === 'csv') {
    // Two files: nodes and edges, into the directory given (default: the current one).
    const dir = out ?? '.';
    const written: string[] = [];
    for (const f of ['nodes-csv', 'edges-csv'] as const) {
      const path = join(dir, EXPORT_FILES[f].fileName);
      await writeChunks(exportGraph(store, f), path);
      written.push(path);
    }
    return written;
  }
  await writeChunks(exportGraph(store, format as ExportFormat), out);
  return out ? [out] : [];
}

/** Reads a JSON-lines dump; every line is saved like a fresh ingest (same hash: nothing written). */
export async function runImport(store: GraphStore, file: string): Promise<{ new: number; updated: number; unchanged: number; failed: string[] }> {
  const counts = { new: 0, updated: 0, unchanged: 0, failed: [] as string[] };
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let x: Extraction;
    try {
      x = JSON.parse(line) as Extraction;
    } catch (err) {
      counts.failed.push(new InputError(`${file}:${n}`, `invalid JSON (${errorMessage(err)})`).message);
      continue;
    }
    try {
      const outcome = await store.save(x);
      counts[outcome.status]++;
    } catch (err) {
      counts.failed.push(`${file}:${n}: ${errorMessage(err)}`);
    }
  }
  return counts;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as GraphML (Gephi), CSV (nodes.csv + edges.csv), JSON, or a JSON-lines dump for `jejak import`')
    .requiredOption('-f, --format <format>', `one of ${FORMATS.join(', ')}`)
    .option('-o, --out <path>', 'output file (csv: a directory); default standard output')
    .action(async (opts: { format: string; out?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new JejakError('BAD_USER_INPUT', `--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      }
      const store = await openStore(loadConfig());
      try {
        const written = await runExport(store, opts.format as CliFormat, opts.out);
        for (const w of written) stdio.error(`wrote ${w}`);
      } finally {
        await store.close();
      }
    });

  program
    .command('import')
    .description('load a JSON-lines dump written by `jejak export --format jsonl` into the configured store')
    .argument('<file>', 'the dump')
    .action(async (file: string) => {
      const store = await openStore(loadConfig());
      try {
        const r = await runImport(store, file);
        for (const f of r.failed) stdio.error(`failed: ${f}`);
        stdio.line(`articles: ${r.new} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed.length} failed`);
        if (r.failed.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
