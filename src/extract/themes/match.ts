// Theme terms found in a sentence. Overlaps keep the longest term, so a narrower theme
// ("memory chips") is not also counted as the broader one ("chips").
import { PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import type { Token } from '../text/tokenize.js';
import { variantsFor } from './morphology.js';
import { excludedPhrases, loadTaxonomy } from './taxonomy.js';

export interface ThemeHit {
  code: string;
  weight: number;
  /** Token range within the sentence. */
  start: number;
  end: number;
  term: string;
}

const indexes = new Map<string, PhraseIndex<{ code: string; weight: number }>>();

function indexFor(language: string): PhraseIndex<{ code: string; weight: number }> {
  const hit = indexes.get(language);
  if (hit) return hit;
  const index = new PhraseIndex<{ code: string; weight: number }>();
  const langs: Array<'en' | 'id'> = language === 'id' ? ['id', 'en'] : ['en'];
  // Exclusions first: on a tie they win, and they match nothing.
  for (const lang of langs) for (const p of excludedPhrases()[lang]) index.add(p, { code: '', weight: 0 });
  for (const theme of loadTaxonomy()) {
    for (const lang of langs) {
      for (const term of theme.terms[lang]) index.add(term, { code: theme.code, weight: 1 });
      for (const term of theme.weak[lang]) index.add(term, { code: theme.code, weight: 0.5 });
    }
  }
  indexes.set(language, index);
  return index;
}

/** Broader theme of each narrower one (memory → chips). */
function broaderOf(): Map<string, string> {
  const map = new Map<string, string>();
  for (const t of loadTaxonomy()) if (t.broader) map.set(t.code, t.broader);
  return map;
}

export function findThemes(tokens: readonly Token[], language: string): ThemeHit[] {
  const variants = variantsFor(language);
  const hits = indexFor(language)
    .findAll(tokens, variants)
    .map((m: PhraseMatch<{ code: string; weight: number }>) => ({
      code: m.value.code,
      weight: m.value.weight,
      start: m.start,
      end: m.end,
      term: m.phrase,
    }))
    .filter((h) => h.code !== '');
  // "chip memori berkecepatan tinggi", "HBM chips": a broader term touching its narrower one is part of it.
  const broader = broaderOf();
  return hits.filter(
    (h) => !hits.some((n) => broader.get(n.code) === h.code && (n.start === h.end || n.end === h.start)),
  );
}

/** Sum of weights per theme code. */
export function themeScores(hits: Iterable<ThemeHit>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const h of hits) scores.set(h.code, (scores.get(h.code) ?? 0) + h.weight);
  return scores;
}
