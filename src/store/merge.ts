// How several articles' views of one entity combine: rules every adapter applies alike,
// so the same input gives the same graph in SQLite and Neo4j.
import type { ExtractedEntity } from '../domain/types.js';

/**
 * The name an entity keeps when an article calls it `incoming`: the fuller (longer) form wins,
 * so "Sam Altman" replaces "Altman" and is never replaced by it; ties keep the existing name.
 */
export function preferredName(existing: string, incoming: string): string {
  return incoming.trim().length > existing.trim().length ? incoming.trim() : existing;
}

/** Sorted, de-duplicated, trimmed, empty strings dropped. Plain code-unit order, identical in every adapter. */
export function sortedUnique(values: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (t) set.add(t);
  }
  return [...set].sort();
}

/** Every form one article used for an entity: its name there and the aliases it saw. Stored per mention. */
export function surfaceForms(entity: Pick<ExtractedEntity, 'name' | 'aliases'>): string[] {
  return sortedUnique([entity.name, ...entity.aliases]);
}

/** EntityRecord.aliases / MentionRecord.aliases: the given forms without the entity's current name. */
export function aliasesWithoutName(name: string, ...lists: ReadonlyArray<readonly string[]>): string[] {
  return sortedUnique(lists.flat()).filter((a) => a !== name.trim());
}
