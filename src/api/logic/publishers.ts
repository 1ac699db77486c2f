// Independent sources: the same rule as RelationRecord.sources in the store port, for lists the
// API merges itself (visits, roles, an entity's relations).
import type { ArticleRecord } from '../../store/port.js';

/** Distinct non-null `source` values (compared exactly), plus one per article without a source. */
export function countPublishers(articles: Iterable<Pick<ArticleRecord, 'id' | 'source'> | null | undefined>): number {
  const keys = new Set<string>();
  for (const a of articles) {
    if (!a) continue;
    keys.add(a.source !== null ? `s\u0000${a.source}` : `a\u0000${a.id}`);
  }
  return keys.size;
}

/** The named publishers, distinct and sorted. */
export function namedPublishers(articles: Iterable<Pick<ArticleRecord, 'source'> | null | undefined>): string[] {
  const names = new Set<string>();
  for (const a of articles) if (a?.source) names.add(a.source);
  return [...names].sort();
}
