// Which single tokens can be part of a name: known names, capitalised words and brand spellings,
// never a title outside an institution's name, a number, or a listed common word.
import { titleCased, type Token } from '../../text/tokenize.js';
import { afterHead, inHeadRun } from './org-heads.js';
import type { SentenceView } from './sentence-view.js';

export function nameToken(v: SentenceView, i: number): boolean {
  const t = v.tok(i);
  if (!t) return false;
  if (v.knownAt[i]) return true;
  if (v.academicAt[i]) return false;
  if (v.titleAt[i] && !inHeadRun(v, i)) return false;
  if (t.kind === 'number') return false;
  if (t.kind !== 'word') return false;
  // "Lontar AI", "Sakana AI": AI closes the name of a company nobody knows yet.
  if (t.norm === 'ai' && i > 0 && (v.tok(i - 1) as Token).cap && !v.knownAt[i - 1] && !v.titleAt[i - 1]) return true;
  // ("Daedeok Institute of AI Research": inside an institution's name after its "of".)
  if (t.text === 'AI' && ['of', 'for'].includes(v.tok(i - 1)?.norm ?? '') && afterHead(v, i)) return true;
  // A month's short form inside a name is a given name ("Loh Wan Jun"), not a date — unless a date's
  // word leads it ("Last May Ingrid Solheim flew …").
  const shortMonth =
    t.text.length <= 3 && i > 0 && nameToken(v, i - 1) && v.tok(i + 1)?.kind !== 'number' && !v.doc.lexicon.stopwords.has((v.tok(i - 1) as Token).norm);
  // "Microsoft Office" is a product; "Central Statistics Office" an institution whose name runs on.
  const institution = v.doc.lexicon.orgHeads.has(t.norm) && i > 0 && !v.knownAt[i - 1] && (v.tok(i - 1) as Token).cap && (v.tok(i - 1) as Token).kind === 'word';
  // A headline capitalises its verbs too ("Wakil Menteri Melawat ke Timur Tengah", "Altman Visits Seoul").
  const lex = v.doc.lexicon;
  if (v.sentence.heading && (lex.visitVerbs.has(t.norm) || lex.strongVisitWords.has(t.norm) || lex.speechVerbs.has(t.norm) || lex.departVerbs.has(t.norm))) return false;
  // ("Institute for Policy Analysis": a listed page label inside an institution's name is part of it.)
  // ("Dinas Energi dan Sumber Daya Mineral": a credit cue word too.)
  const inInstitution = titleCased(t) && afterHead(v, i);
  if ((v.doc.lexicon.notNames.has(t.norm) && !inInstitution) || (v.doc.lexicon.dayWords.has(t.norm) && !shortMonth) || (v.doc.names.isProduct(t.norm) && !institution)) return false;
  // Capitalised, or a word with a capital inside ("xAI", "iPhone" style brand names).
  return t.cap || /\p{Lu}/u.test(t.text.slice(1));
}
