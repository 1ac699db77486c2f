// Where the package's own files live, whether running from src/ (tests, tsx) or dist/ (built CLI).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`jejak: cannot find the package root above ${start}`);
    dir = parent;
  }
}

export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
/** Bundled gazetteers, lexicons and aliases. */
export const dataDir: string = join(packageRoot, 'data');
/** GraphQL SDL, SQLite DDL, Neo4j constraints. */
export const schemaDir: string = join(packageRoot, 'schema');
export const examplesDir: string = join(packageRoot, 'examples');

export function fromCwd(path: string): string {
  return resolve(process.cwd(), path);
}
