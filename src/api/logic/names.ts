// Finding one person from what an analyst types: "Altman", "sam altman", "José Ramos-Horta".
import type { EntityRecord } from '../../store/port.js';

/** Lower-case words with accents folded: the same words the store's full-text index sees. */
export function foldedWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export type NameMatch =
  | { kind: 'found'; entity: EntityRecord }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: EntityRecord[] };

function decide(matches: EntityRecord[]): NameMatch | null {
  if (matches.length === 1) return { kind: 'found', entity: matches[0]! };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  return null;
}

/**
 * Picks the person `query` names among `candidates` (the store's word-prefix matches), preferring,
 * in turn: a name or alias equal to the query; names whose words include every query word; any
 * prefix match. The first rule with any match decides: one match is the answer, several are ambiguous.
 */
export function pickPerson(query: string, candidates: readonly EntityRecord[]): NameMatch {
  const words = foldedWords(query);
  if (words.length === 0 || candidates.length === 0) return { kind: 'none' };
  const phrase = words.join(' ');
  const forms = (e: EntityRecord) => [e.name, ...e.aliases].map((f) => foldedWords(f));
  const exact = candidates.filter((e) => forms(e).some((f) => f.join(' ') === phrase));
  const whole = candidates.filter((e) => {
    const all = new Set(forms(e).flat());
    return words.every((w) => all.has(w));
  });
  return decide(exact) ?? decide(whole) ?? decide([...candidates]) ?? { kind: 'none' };
}
