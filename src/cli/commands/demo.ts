// jejak demo (npm start): ingest the bundled sample articles into the embedded store, then serve.
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.js';
import { examplesDir } from '../../config/paths.js';
import { loadArticles } from '../../ingest/index.js';
import { createPipeline } from '../../ingest/pipeline.js';
import { openStore } from '../../store/open.js';
import { stdio } from '../output.js';
import { printSummary, summarize } from './ingest.js';
import { closeOnSignal, portOption, startServer } from './serve.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the sample articles (examples/articles) and serve the API and explorer')
    .option('-p, --port <n>', 'port (default: PORT or 4000)')
    .option('--host <address>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }) => {
      const config = loadConfig();
      const store = await openStore(config);
      stdio.line(`ingesting ${examplesDir} into ${store.backend === 'sqlite' ? config.sqlitePath : config.neo4j?.uri}`);
      const loaded = await loadArticles([examplesDir]);
      const results = await createPipeline(store).ingestArticles(loaded.articles);
      printSummary(stdio, summarize(results, loaded.failures.map((f) => f.message)), await store.stats());
      const running = await startServer(store, portOption(opts.port, config.port), opts.host ?? process.env.HOST ?? '127.0.0.1');
      await closeOnSignal(running, store);
    });
}
