// jejak serve: the GraphQL API and the explorer on one port, until Ctrl-C.
import type { Command } from 'commander';
import { createServer, GRAPHQL_PATH, type RunningServer } from '../../api/index.js';
import { loadConfig } from '../../config/env.js';
import type { GraphStore } from '../../store/port.js';
import { openStore } from '../../store/open.js';
import { stdio } from '../output.js';

export const EXAMPLE_QUERY = `{ person(name: "Altman") { name visits { country { code name } purposes { code name } evidence { text article { id title url publishedAt } } } } }`;

/** Starts the API over an open store and prints where to reach it. */
export async function startServer(store: GraphStore, port: number, host: string): Promise<RunningServer> {
  const config = loadConfig();
  const server = createServer({
    store,
    config,
    logger: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => stdio.error(`warn: ${args.map(String).join(' ')}`),
      error: (...args: unknown[]) => stdio.error(`error: ${args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ')}`),
    },
  });
  const running = await server.listen(port, host);
  const base = running.url.replace(/\/$/, '');
  stdio.line(`jejak (${store.backend}) is serving:`);
  stdio.line(`  explorer  ${base}/`);
  stdio.line(`  GraphQL   ${base}${GRAPHQL_PATH}   (GraphiQL in a browser)`);
  stdio.line(`  health    ${base}/health  ${base}/ready`);
  stdio.line('try:');
  stdio.line(`  curl -s ${base}${GRAPHQL_PATH} -H 'content-type: application/json' \\`);
  stdio.line(`    -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
  return running;
}

/** Keeps the process alive until SIGINT/SIGTERM, then closes server and store. */
export function closeOnSignal(running: RunningServer, store: GraphStore): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running
        .close()
        .then(() => store.close())
        .finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function portOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (with GraphiQL) and the explorer')
    .option('-p, --port <n>', 'port (default: PORT or 4000)')
    .option('--host <address>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }) => {
      const config = loadConfig();
      const store = await openStore(config);
      const running = await startServer(store, portOption(opts.port, config.port), opts.host ?? process.env.HOST ?? '127.0.0.1');
      await closeOnSignal(running, store);
    });
}
