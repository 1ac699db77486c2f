// Company legal forms (Ltd, Inc., Corp., GmbH …) that close an organisation's name.
import type { Token } from '../../text/tokenize.js';
import type { SentenceView } from './sentence-view.js';

/** Legal-form abbreviations whose period belongs to the name ("Corp.", "Co.", "Ltd."). */
export const ABBREVIATED_SUFFIXES = new Set(['corp', 'co', 'inc', 'ltd', 'plc', 'bhd', 'pte', 'tbk', 'n.v', 'nv', 'ag', 'sa', 'kk', 'jsc']);

/** Capitalised words from i on end in a legal form (Ltd, Inc., Corp., GmbH …). */
export function endsInLegalForm(v: SentenceView, i: number): boolean {
  let k = i;
  while (v.word(k) && (v.tok(k) as Token).cap && k - i < 5) {
    if (ABBREVIATED_SUFFIXES.has((v.tok(k) as Token).norm) || ['gmbh', 'limited', 'llc', 'corporation'].includes((v.tok(k) as Token).norm)) return true;
    k++;
  }
  return false;
}
