// Quotation marks: which tokens of a sentence are inside a quotation, carrying a quotation that
// opens in one sentence and closes in a later one of the same paragraph.
import type { Sentence } from './segment.js';
import type { Token } from './tokenize.js';

/** Token ranges [open, close] inside quotation marks; `openAtStart` continues a quotation from before. */
export function quoteRanges(tokens: readonly Token[], openAtStart = false): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = openAtStart ? -1 : -2;
  tokens.forEach((t, i) => {
    const opening = t.text === '“' || (t.text === '"' && open === -2);
    const closing = t.text === '”' || (t.text === '"' && open !== -2);
    if (opening && open === -2) open = i;
    else if (closing && open !== -2) {
      ranges.push([open, i]);
      open = -2;
    }
  });
  if (open !== -2) ranges.push([open, tokens.length]);
  return ranges;
}

/** Token `at` lies between the marks of one of the ranges. */
export function quotedAt(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return ranges.some(([open, close]) => at > open && at < close);
}

/** For each sentence, whether a quotation is still open when it starts. */
export function openQuotes(sentences: readonly Sentence[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    out.push(open);
    const ranges = quoteRanges(s.tokens, open);
    const last = ranges[ranges.length - 1];
    open = !!last && last[1] === s.tokens.length;
  }
  return out;
}
