// Cuts a sentence into maximal runs of name tokens; the join rules decide what holds a run together.
import { nameToken } from './name-token.js';
import { regionalBody } from './org-heads.js';
import { joinAt } from './run-joins.js';
import type { SentenceView, Span } from './sentence-view.js';

/** Maximal runs of name tokens, joined by hyphens, '&', initials and name particles. */
export function nameRuns(v: SentenceView): Span[] {
  const out: Span[] = [];
  const n = v.tokens.length;
  let i = 0;
  while (i < n) {
    if (!nameToken(v, i)) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    for (let step = joinAt(v, start, end); step > 0; step = joinAt(v, start, end)) end += step;
    // "The India Semiconductor Mission …" at the start of a sentence: "The" is no part of the name.
    const first = v.tok(start);
    // ("Pemerintah Kabupaten Sumbawa Barat …": a stop word that opens a regional government's name stays.)
    if (end - start > 1 && first && v.startish(start) && !v.knownAt[start] && v.doc.lexicon.stopwords.has(first.norm) && !regionalBody(v, start)) start++;
    out.push({ start, end });
    i = end;
  }
  return out;
}
