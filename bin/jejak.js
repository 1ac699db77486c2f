#!/usr/bin/env node
// Entry point of the published CLI: the compiled TypeScript lives in dist/ (built by `npm install` via `prepare`).
import { main } from '../dist/cli/main.js';

// `jejak eval … | head`: a reader that stops early is no error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv).catch((err) => {
  process.stderr.write(`jejak: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
