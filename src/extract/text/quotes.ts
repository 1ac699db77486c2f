// Quotation marks: which tokens of a sentence are inside a quotation, carrying a quotation that
// opens in one sentence and closes in a later one, of the same paragraph or one the quotation runs on into.
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

/**
 * A quotation left open at a paragraph's end runs on into the paragraph starting at `from` when that
 * paragraph reopens it (“ at its start, the usual way to quote over paragraphs) or when the next mark
 * to come closes it (” before any “): a speech told over several paragraphs, closed once at its end.
 */
function continuesQuote(sentences: readonly Sentence[], from: number): boolean {
  if (sentences[from]?.tokens[0]?.text === '“') return true;
  for (let i = from; i < sentences.length; i++) {
    const mark = sentences[i]?.tokens.find((t) => t.text === '“' || t.text === '”' || t.text === '"');
    if (mark) return mark.text === '”';
  }
  return false;
}

/** For each sentence, whether a quotation is still open when it starts. */
export function openQuotes(sentences: readonly Sentence[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = open && continuesQuote(sentences, s.index);
      paragraph = s.paragraph;
    }
    out.push(open);
    const ranges = quoteRanges(s.tokens, open);
    const last = ranges[ranges.length - 1];
    open = !!last && last[1] === s.tokens.length;
  }
  return out;
}
