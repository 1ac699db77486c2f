// The jejak command line. Each command lives in commands/; this file wires them and maps errors
// to one line and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../config/paths.js';
import { JejakError } from '../domain/errors.js';
import { registerCopy } from './commands/copy.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { stdio } from './output.js';

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('jejak')
    .description('Track who went where, for what, and on whose word: a knowledge graph of the news you follow.')
    .version(version())
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerExtract(program);
  registerEval(program);
  registerServe(program);
  registerDemo(program);
  registerExport(program);
  registerStats(program);
  registerCopy(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof JejakError) {
      stdio.error(`jejak: ${err.message}`);
      process.exitCode = err.code === 'BAD_USER_INPUT' ? 2 : 1;
      return;
    }
    throw err;
  }
}
