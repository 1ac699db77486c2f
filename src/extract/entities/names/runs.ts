// Cuts a sentence into maximal runs of name tokens; the join rules decide what holds a run together.
import { nameToken } from './name-token.js';
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
    const start = i;
    let end = i + 1;
    for (let step = joinAt(v, start, end); step > 0; step = joinAt(v, start, end)) end += step;
    out.push({ start, end });
    i = end;
  }
  return out;
}
