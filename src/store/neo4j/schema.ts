// Constraints and indexes from schema/neo4j.cypher, created if absent at init().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../../config/paths.js';
import { JejakError, errorMessage } from '../../domain/errors.js';
import { int, type Connection } from './connection.js';

export const SCHEMA_FILE = 'neo4j.cypher';

/** How long init() waits for new indexes to come online before the store is used. */
const INDEX_WAIT_SECONDS = 120;

/** The statements of schema/neo4j.cypher: `//` comment lines dropped, split on `;` at line ends. */
export function schemaStatements(text: string = readFileSync(join(schemaDir, SCHEMA_FILE), 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Two processes initialising the same empty database at once may both try to create an index;
 * `IF NOT EXISTS` covers the sequential case, this the concurrent one.
 */
function alreadyThere(err: unknown): boolean {
  const cause = err instanceof JejakError ? err.cause : err;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /AlreadyExists|EquivalentSchemaRule/.test(code);
}

export async function applySchema(conn: Connection): Promise<void> {
  let statements: string[];
  try {
    statements = schemaStatements();
  } catch (err) {
    throw new JejakError('INTERNAL', `cannot read ${SCHEMA_FILE}: ${errorMessage(err)}`, { cause: err });
  }
  for (const statement of statements) {
    try {
      await conn.autoCommit('creating constraints and indexes', statement);
    } catch (err) {
      if (!alreadyThere(err)) throw err;
    }
  }
  await conn.autoCommit('waiting for indexes', 'CALL db.awaitIndexes($seconds)', { seconds: int(INDEX_WAIT_SECONDS) });
}
