// Longest-match lookup of multi-word phrases over tokens. Used for gazetteer names, cue words,
// titles and theme terms alike, so that every list in data/ is matched the same way.
import { phraseKey, type Token } from './tokenize.js';

export interface PhraseMatch<T> {
  /** Token index of the first token matched (inclusive) and after the last (exclusive). */
  start: number;
  end: number;
  value: T;
  phrase: string;
}

interface Entry<T> {
  parts: string[];
  /** Per part: a trailing `*` in the source phrase makes that part a prefix match. */
  prefix: boolean[];
  value: T;
  phrase: string;
}

/** Keys a token may be matched by: its folded form, plus any variants (plural, affixes) a caller adds. */
export type Variants = (token: Token) => readonly string[];

const exact: Variants = (t) => [t.norm];

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<Entry<T>>>();
  private readonly prefixed: Array<Entry<T>> = [];
  size = 0;

  add(phrase: string, value: T): void {
    const raw = phrase.trim().split(/\s+/);
    const parts: string[] = [];
    const prefix: boolean[] = [];
    for (const word of raw) {
      const star = word.endsWith('*') && word.length > 1;
      const keys = phraseKey(star ? word.slice(0, -1) : word);
      keys.forEach((k, i) => {
        parts.push(k);
        prefix.push(star && i === keys.length - 1);
      });
    }
    if (parts.length === 0) return;
    const entry: Entry<T> = { parts, prefix, value, phrase };
    this.size++;
    if (prefix[0]) {
      this.prefixed.push(entry);
      return;
    }
    const first = parts[0] as string;
    const list = this.byFirst.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.parts.length - a.parts.length);
    this.byFirst.set(first, list);
  }

  private fits(entry: Entry<T>, tokens: readonly Token[], i: number, variants: Variants): number {
    let j = i;
    for (let p = 0; p < entry.parts.length; p++) {
      const tok = tokens[j];
      if (!tok) return -1;
      const part = entry.parts[p] as string;
      const keys = variants(tok);
      const ok = entry.prefix[p] ? keys.some((k) => k.startsWith(part)) : keys.includes(part);
      if (!ok) return -1;
      j++;
    }
    return j;
  }

  /** Every phrase matching at token i, longest first. */
  matchesAt(tokens: readonly Token[], i: number, variants: Variants = exact): Array<PhraseMatch<T>> {
    const tok = tokens[i];
    if (!tok) return [];
    const out: Array<PhraseMatch<T>> = [];
    const seen = new Set<Entry<T>>();
    for (const key of variants(tok)) {
      for (const entry of this.byFirst.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const end = this.fits(entry, tokens, i, variants);
        if (end > 0) out.push({ start: i, end, value: entry.value, phrase: entry.phrase });
      }
    }
    for (const entry of this.prefixed) {
      const end = this.fits(entry, tokens, i, variants);
      if (end > 0) out.push({ start: i, end, value: entry.value, phrase: entry.phrase });
    }
    return out.sort((a, b) => b.end - a.end);
  }

  /** Longest match at token i, or null. */
  matchAt(tokens: readonly Token[], i: number, variants: Variants = exact): PhraseMatch<T> | null {
    return this.matchesAt(tokens, i, variants)[0] ?? null;
  }

  /**
   * Non-overlapping matches over the whole token list: longer matches first, then left to right.
   * `accept` may veto a candidate (e.g. a name in lower case).
   */
  findAll(
    tokens: readonly Token[],
    variants: Variants = exact,
    accept: (m: PhraseMatch<T>) => boolean = () => true,
  ): Array<PhraseMatch<T>> {
    const all: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const m of this.matchesAt(tokens, i, variants)) if (accept(m)) all.push(m);
    }
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const chosen: Array<PhraseMatch<T>> = [];
    for (const m of all) {
      let free = true;
      for (let k = m.start; k < m.end; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = m.start; k < m.end; k++) taken[k] = true;
      chosen.push(m);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }

  /** Does any phrase occur in the tokens? */
  test(tokens: readonly Token[], variants: Variants = exact): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchesAt(tokens, i, variants).length) return true;
    return false;
  }
}

export function phraseIndexOf<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const index = new PhraseIndex<T>();
  for (const [phrase, value] of entries) index.add(phrase, value);
  return index;
}

export function phraseSet(phrases: Iterable<string>): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const p of phrases) index.add(p, true);
  return index;
}
