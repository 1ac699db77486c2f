// Word/number/punctuation tokens with offsets into the article text.
import { fold, isUpperInitial } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Folded form (lower case, no accents) used for every lookup. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter upper case. */
  cap: boolean;
  /** Whitespace between this token and the previous one. */
  spaceBefore: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:\d+[\p{L}]*)*|\d+(?:[.,]\d+)*[\p{L}]*|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + (m.index ?? 0);
    const raw = m[0];
    const first = raw.charAt(0);
    const kind: TokenKind = /\d/.test(first) ? 'number' : /[\p{L}\p{M}]/u.test(first) ? 'word' : 'punct';
    tokens.push({
      text: raw,
      norm: fold(raw),
      start,
      end: start + raw.length,
      kind,
      cap: kind === 'word' && isUpperInitial(raw),
      spaceBefore: prevEnd >= 0 && start > prevEnd,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** One capital then lower case only ("Budi", not "BUDI", "McKinsey" or "budi"): the shape of a plain name word. */
export function titleCased(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** The tokens right before i read "-based", as in "Lagos-based Ikenga Cloud". */
export function basedBefore(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.norm === 'based' && tokens[i - 2]?.text === '-';
}

/** An apostrophe and "s" start at i, as in "Daeyang's": a possessive. */
export function possessiveAt(tokens: readonly Token[], i: number): boolean {
  return /^['’]$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.norm === 's';
}

/** Tokens of a name or phrase as folded words and punctuation (whitespace ignored). */
export function phraseKey(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
