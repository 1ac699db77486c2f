// Vitest global setup: makes `npm test` exercise the real services where the machine has them.
// - Neo4j: when NEO4J_URI is unset and Java + Maven are on PATH, starts the local embedded Neo4j
//   (scripts/neo4j-local) on a spare port for this run and stops it afterwards. JEJAK_TEST_NEO4J=off
//   skips that. In CI (.ci/run) Neo4j is started beforehand and NEO4J_URI is set.
// - Prints which stores and browser the run covers, so a log shows what ran.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function say(line: string): void {
  process.stderr.write(`[jejak test setup] ${line}\n`);
}

export default function setup(): () => void {
  const ci = process.env.CI === 'true';
  let stop: (() => void) | null = null;
  if (!process.env.NEO4J_URI && process.env.JEJAK_TEST_NEO4J !== 'off' && has('java') && has('mvn')) {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-test-neo4j-'));
    const port = String(17687 + Math.floor(Math.random() * 1000));
    const script = join(packageRoot, 'scripts', 'neo4j-local');
    try {
      const out = execFileSync('bash', [join(script, 'run.sh'), '--background', '--wipe', '--dir', dir, '--port', port], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        timeout: 300_000,
      });
      const uri = /NEO4J_LOCAL_READY (\S+)/.exec(out)?.[1];
      if (uri) {
        process.env.NEO4J_URI = uri;
        say(`started a local Neo4j for this run at ${uri}`);
        stop = () => {
          spawnSync('bash', [join(script, 'stop.sh'), '--dir', dir], { stdio: 'inherit' });
          rmSync(dir, { recursive: true, force: true });
        };
      }
    } catch (err) {
      say(`could not start the local Neo4j (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  say(`stores: sqlite${process.env.NEO4J_URI ? ` + neo4j (${process.env.NEO4J_URI})` : ' only — set NEO4J_URI or install Java and Maven for the Neo4j suite'}`);
  say(`browser: ${existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'none at /usr/bin/chromium — the explorer tests will report it'}${ci ? ' (CI: missing services fail the run)' : ''}`);
  return () => stop?.();
}
