// Evidence that a capitalised segment names a person: a given name or family-name-first shape,
// a speech verb around it, an apposition holding a title, an organisation's possessive before it.
import { possessiveAt, titleCased, type Token } from '../../text/tokenize.js';
import type { SentenceView } from './sentence-view.js';

/** Prepositions and conjunctions an appositive noun phrase does not hold ("…, a day after the company said"). */
const APPOSITION_BREAKS = new Set(['after', 'before', 'when', 'while', 'since', 'because', 'as', 'in', 'at', 'on', 'with', 'from', 'to', 'by', 'so', 'but', 'although', 'setelah', 'sebelum', 'ketika', 'saat', 'sejak', 'karena', 'ke', 'dari', 'untuk', 'sehingga', 'agar', 'supaya', 'namun', 'tetapi', 'sementara', 'sedangkan', 'meski', 'meskipun']);

export function personShape(v: SentenceView, a: number, b: number): boolean {
  const words = v.words(a, b);
  if (words.length < 2 || words.length > 6) return false;
  if (v.tokens.slice(a, b).some((t) => t.kind === 'number' || /\d/.test(t.text))) return false;
  const first = words[0] as Token;
  const { names } = v.doc;
  if (names.isGivenName(first.text)) return true;
  // ("Ni Luh Putu Ayu Sukmawati", "Teuku Rizal": a word that opens Balinese, Acehnese, Bugis names.)
  if (v.doc.language === 'id' && names.isNameOpener(first.text) && words.slice(1).every(titleCased)) return true;
  // Family name first: "Kim Yong-beom", "Xi Jinping", "Peng Xiao".
  return names.isFamilyNameFirst(first.text) && words.length <= 4;
}

export function speechAround(v: SentenceView, a: number, b: number): boolean {
  const lex = v.doc.lexicon;
  const next = v.tok(b)?.text === ',' ? v.tok(b + 1) : v.tok(b);
  if (next && next.kind === 'word' && lex.speechVerbs.has(next.norm)) return true;
  // "Menurut Larasati Wibowo, …" / "according to Kim Do-hyun, …"
  const before = v.tok(a - 1);
  if (before && (before.norm === 'menurut' || (before.norm === 'to' && v.tok(a - 2)?.norm === 'according')) && v.tok(b)?.text === ',') return true;
  // "said X" / "ujar Altman" / "kata Budi Arie".
  const prev = v.tok(a - 1);
  return !!prev && prev.kind === 'word' && lex.speechVerbs.has(prev.norm) && (v.tok(b)?.text === '.' || v.tok(b)?.text === ',' || b >= v.tokens.length);
}

/** ", the president's chief of staff," / ", G42's group chief executive," / ", yang memimpin … sebagai presiden direktur". */
export function appositionAfter(v: SentenceView, b: number): 'person' | 'org' | null {
  if (v.tok(b)?.text !== ',') return null;
  const lex = v.doc.lexicon;
  let wordsSeen = 0;
  for (let k = b + 1; k < v.tokens.length && wordsSeen < 9; k++) {
    const t = v.tok(k) as Token;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')') break;
    if (t.kind === 'word') wordsSeen++;
    // The apposition describes; a named person or a verb means the clause has moved on.
    const known = v.knownAt[k];
    if (known && known.type === 'Person') return null;
    if (lex.speechVerbs.has(t.norm) || lex.visitVerbs.has(t.norm) || APPOSITION_BREAKS.has(t.norm)) return null;
    if (v.titleAt[k] && (k === b + 1 || !v.titleAt[k - 1])) return 'person';
    // "Sutrisno, staf ahli perusahaan": an apposition opened by a word for people who work or study is a person's.
    if (k === b + 1 && (lex.staffNouns.has(t.norm) || lex.occupationNouns.has(t.norm))) return 'person';
    const cue = lex.orgCueNouns.matchAt(v.tokens, k);
    // "the company's new effort": a possessive cue noun is not the head of the phrase.
    const possessive = cue && v.tok(cue.end)?.text.match(/^['’]$/);
    if (cue && !t.cap && !possessive && wordsSeen <= 6) return 'org';
  }
  return null;
}

export function possessiveOrgBefore(v: SentenceView, a: number): boolean {
  // "Nvidia's Jensen Huang", "Hyundai's Euisun Chung"
  const org = v.knownEndingAt(a - 2);
  return possessiveAt(v.tokens, a - 2) && !!org && org.type === 'Organization';
}

/** A word of a name, alone (not after the word before it in the name), speaks elsewhere in the article: "Tan-Oduya says", "kata Chaminda". */
export function speaksAlone(v: SentenceView, word: Token, before: Token): boolean {
  const speech = v.doc.lexicon.speechVerbs;
  return v.doc.sentences.some((s) =>
    s.tokens.some((t, i) => {
      if (t.text !== word.text || s.tokens[i - 1]?.text === before.text || s.tokens[i + 1]?.cap) return false;
      const after = s.tokens[i + 1]?.text === ',' ? s.tokens[i + 2] : s.tokens[i + 1];
      return speech.has(after?.norm ?? '') || speech.has(s.tokens[i - 1]?.norm ?? '');
    }),
  );
}
