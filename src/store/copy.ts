// Store-to-store copy (SQLite → Neo4j and back): every article of one store, with its entities
// and claims as that article saw them, saved into the other through the port. Saves are
// idempotent, so an interrupted copy can simply be run again; nothing is re-extracted.
import { JejakError } from '../domain/errors.js';
import type { GraphStore, SaveOutcome, StoreStats } from './port.js';

export interface CopyProgress {
  articleId: string;
  status: SaveOutcome['status'];
  /** Articles done so far, this one included. */
  done: number;
  /** Articles the source held when the copy began. */
  total: number;
}

export interface CopySummary {
  articles: number;
  new: number;
  updated: number;
  unchanged: number;
  /** What the target holds afterwards. */
  target: StoreStats;
}

/**
 * Copies every article of `from` into `to`. Articles `to` already holds with the same content are
 * left alone ('unchanged'); articles only `to` holds are kept: this adds to the target, it never
 * deletes from it.
 */
export async function copyStore(
  from: GraphStore,
  to: GraphStore,
  onProgress?: (p: CopyProgress) => void,
): Promise<CopySummary> {
  if (from === to) throw new JejakError('BAD_USER_INPUT', 'cannot copy a store into itself');
  const total = (await from.stats()).articles;
  const counts = { new: 0, updated: 0, unchanged: 0 };
  let done = 0;
  for await (const x of from.exportExtractions()) {
    const outcome = await to.save(x);
    counts[outcome.status] += 1;
    done += 1;
    onProgress?.({ articleId: x.article.id, status: outcome.status, done, total });
  }
  return { articles: done, ...counts, target: await to.stats() };
}
