// Sentence-initial common words that a capital letter alone must not turn into a name.
import type { Token } from '../../text/tokenize.js';
import { regionalBody } from './org-heads.js';
import type { SentenceView } from './sentence-view.js';

/** Strip a sentence-initial common word ("Meanwhile", "Selain", "Pemerintah") from the front of a segment. */
export function trimCommonStart(v: SentenceView, a: number, b: number): number {
  const lex = v.doc.lexicon;
  let i = a;
  while (i < b && v.startish(i) && !v.knownAt[i]) {
    const t = v.tok(i) as Token;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const tag = v.doc.language === 'en' ? v.doc.names.englishTag(t.norm) : undefined;
    const next = v.tok(i + 1);
    if (v.doc.names.isFamilyNameFirst(t.text) && next && next.cap && i + 1 < b) break;
    if (regionalBody(v, i)) break;
    // ("Al-Sayegh, 41, is …": a word hyphened to a capitalised one is part of a name.)
    if (next?.text === '-' && v.tok(i + 2)?.cap && i + 2 < b) break;
    // ("Authority: Competition and Markets Authority": a word the name joins to the next by "and" is the name's.)
    if (['and', '&', 'dan'].includes(next?.norm ?? '') && i + 2 < b) break;
    const common =
      lex.stopwords.has(t.norm) ||
      (tag !== undefined && !/Name|Person|Organization|Place|Country|City|ProperNoun/.test(tag) && !v.doc.names.isGivenName(t.text));
    if (!common) break;
    i++;
  }
  return i;
}
