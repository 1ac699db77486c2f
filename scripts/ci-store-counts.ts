// Prints, from the JSON reports of `npm test` in CI, how many tests ran on each store: the contract
// suite per adapter ("contract [sqlite] …", "contract [neo4j] …") and the API suite over HTTP on Neo4j.
// Fails when the Neo4j part did not run.
import { readFileSync } from 'node:fs';

interface Report {
  testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string }> }>;
}
type Counts = Record<string, { passed: number; failed: number }>;

function report(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

function tally(results: Report, pick: (t: { fullName: string }, file: { name: string }) => string | null | undefined): Counts {
  const out: Counts = {};
  for (const file of results.testResults) {
    for (const t of file.assertionResults) {
      const key = pick(t, file);
      if (!key) continue;
      const n = (out[key] ??= { passed: 0, failed: 0 });
      if (t.status === 'passed') n.passed++;
      else if (t.status === 'failed') n.failed++;
    }
  }
  return out;
}

const main = report('test-results/vitest.json');
const contract = tally(main, (t) => /contract \[(\w+)\]/.exec(t.fullName)?.[1]);
const api = tally(report('test-results/vitest-api-neo4j.json'), (_t, file) => (file.name.includes('/test/api/') ? 'api-on-neo4j' : null));
for (const [store, n] of Object.entries({ ...contract, ...api })) console.log(`${store}: ${n.passed} passed, ${n.failed} failed`);
if (!contract.neo4j?.passed || !api['api-on-neo4j']?.passed) {
  console.error('the Neo4j part of the suite did not run');
  process.exit(1);
}
