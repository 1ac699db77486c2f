// jejak eval over corpora the project wrote itself: the figures extraction reaches are asserted,
// so a change that makes extraction worse fails here. Each corpus was written apart from the
// extractor and first measured blind (figures in its README); each was then used to improve it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/config/paths.js';

async function runEval(dir: string): Promise<string> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await main(['node', 'jejak', 'eval', dir]);
  } finally {
    process.stdout.write = write;
  }
  return out.join('');
}

function figures(text: string): Record<string, number> {
  const f: Record<string, number> = {};
  for (const m of text.matchAll(/^(\S+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)$/gm)) f[m[1] as string] = Number(m[4]);
  return f;
}

describe.each([
  ['test/fixtures/corpus', { entity: 0.95, visits: 0.95, purposes: 0.9 }],
  ['test/fixtures/corpus-b', { entity: 0.95, visits: 0.95, purposes: 0.8 }],
  ['test/fixtures/corpus-c', { entity: 0.95, visits: 0.95, purposes: 0.85 }],
  ['test/fixtures/corpus-d', { entity: 0.95, visits: 0.95, purposes: 0.9 }],
  ['test/fixtures/corpus-e', { entity: 0.95, visits: 0.95, purposes: 0.85 }],
  ['test/fixtures/corpus-f', { entity: 0.95, visits: 0.95, purposes: 0.85 }],
  ['test/fixtures/corpus-g', { entity: 0.95, visits: 0.9, purposes: 0.8 }],
  ['test/fixtures/corpus-h', { entity: 0.9, visits: 0.85, purposes: 0.75 }],
  ['test/fixtures/corpus-i', { entity: 0.85, visits: 0.9, purposes: 0.8 }],
  ['test/fixtures/corpus-j', { entity: 0.9, visits: 0.9, purposes: 0.8 }],
  ['test/fixtures/corpus-k', { entity: 0.9, visits: 0.85, purposes: 0.8 }],
  ['test/fixtures/corpus-l', { entity: 0.85, visits: 0.75, purposes: 0.8 }],
  ['test/fixtures/corpus-m', { entity: 0.85, visits: 0.85, purposes: 0.8 }],
  ['test/fixtures/corpus-n', { entity: 0.9, visits: 0.85, purposes: 0.8 }],
  ['test/fixtures/corpus-o', { entity: 0.85, visits: 0.8, purposes: 0.8 }],
  ['test/fixtures/corpus-p', { entity: 0.9, visits: 0.8, purposes: 0.85 }],
  ['test/fixtures/corpus-q', { entity: 0.9, visits: 0.9, purposes: 0.85 }],
  ['test/fixtures/corpus-r', { entity: 0.9, visits: 0.85, purposes: 0.85 }],
  ['test/fixtures/corpus-s', { entity: 0.85, visits: 0.9, purposes: 0.75 }],
  ['test/fixtures/corpus-t', { entity: 0.9, visits: 0.7, purposes: 0.85 }],
  ['test/fixtures/corpus-u', { entity: 0.9, visits: 0.75, purposes: 0.75 }],
  ['test/fixtures/corpus-v', { entity: 0.95, visits: 0.8, purposes: 0.8 }],
  ['test/fixtures/corpus-w', { entity: 0.9, visits: 0.7, purposes: 0.75 }],
  ['test/fixtures/corpus-x', { entity: 0.9, visits: 0.8, purposes: 0.85 }],
  ['test/fixtures/corpus-y', { entity: 0.95, visits: 0.95, purposes: 0.8 }],
  ['test/fixtures/corpus-z', { entity: 0.95, visits: 0.95, purposes: 0.8 }],
  ['test/fixtures/corpus-aa', { entity: 0.95, visits: 0.85, purposes: 0.8 }],
  ['test/fixtures/corpus-ab', { entity: 0.9, visits: 0.85, purposes: 0.75 }],
  ['test/fixtures/corpus-ac', { entity: 0.95, visits: 0.9, purposes: 0.8 }],
  ['test/fixtures/corpus-ad', { entity: 0.9, visits: 0.9, purposes: 0.85 }],
  ['test/fixtures/corpus-ae', { entity: 0.9, visits: 0.9, purposes: 0.8 }],
  ['test/fixtures/corpus-af', { entity: 0.95, visits: 0.9, purposes: 0.85 }],
  ['test/fixtures/corpus-ag', { entity: 0.93, visits: 0.95, purposes: 0.85 }],
  ['test/fixtures/corpus-ah', { entity: 0.9, visits: 0.8, purposes: 0.75 }],
  ['test/fixtures/corpus-ai', { entity: 0.9, visits: 0.85, purposes: 0.85 }],
  ['test/fixtures/corpus-aj', { entity: 0.9, visits: 0.85, purposes: 0.85 }],
  ['test/fixtures/corpus-ak', { entity: 0.9, visits: 0.85, purposes: 0.75 }],
])('jejak eval %s', (dir, floor) => {
  const path = join(packageRoot, dir);
  it('reaches its floor on every entity type, visits and purposes', { timeout: 60_000 }, async () => {
    expect(existsSync(path), `${path} is missing`).toBe(true);
    const text = await runEval(path);
    const f = figures(text);
    for (const type of ['Person', 'Organization', 'Country', 'Region', 'Theme']) expect(f[type], `${type}\n${text}`).toBeGreaterThanOrEqual(floor.entity);
    expect(f.visits, text).toBeGreaterThanOrEqual(floor.visits);
    expect(f.purposes, text).toBeGreaterThanOrEqual(floor.purposes);
    expect(text).toMatch(/missing=0/);
  });
});
