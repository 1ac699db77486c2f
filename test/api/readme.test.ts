// Every example in schema/graphql/README.md is a valid document for the schema the server runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema, graphqlSchemaDir } from '../../src/api/schema.js';

// The schema is built by @graphql-tools (which loads graphql's CommonJS build); validate with that
// same copy of graphql, not the ESM one the test runner would give an `import`.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('schema/graphql/README.md', () => {
  it('shows only documents that validate against the schema', () => {
    const readme = readFileSync(join(graphqlSchemaDir, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const documents = blocks.flatMap((b) => b.split(/\n(?=\{|subscription|mutation)/).filter((d) => d.trim()));
    expect(documents.length).toBeGreaterThanOrEqual(12);
    const schema = createSchema();
    for (const doc of documents) {
      expect(validate(schema, parse(doc.replace(/"…"/g, '"x"'))), doc).toEqual([]);
    }
  });
});
