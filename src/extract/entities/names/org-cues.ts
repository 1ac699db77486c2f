// Evidence that a capitalised segment names an organisation: its own shape (suffix, head word),
// a cue noun or photo credit before it, a title after it, a list of organisations around it,
// or compromise's say-so.
import { basedBefore, type Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';
import { headRun } from './org-heads.js';
import type { SentenceView, Span } from './sentence-view.js';

/** Words that start a new clause: a cue noun before them describes something else. */
const CLAUSE_BREAKS = new Set(['yang', 'which', 'that', 'and', 'dan', 'but', 'tetapi', 'while', 'sementara', 'or', 'atau', 'who', 'when', 'ketika']);

const DEMONSTRATIVES = new Set(['tersebut', 'itu', 'ini']);

/** Cue nouns that name people as often as firms ("investor asal Singapura, Marcus Tan"). */
const PERSON_OR_FIRM = new Set(['investor', 'investors', 'partner', 'partners', 'mitra', 'konsultan', 'consultant', 'pengembang', 'developer', 'coordinator', 'specialist', 'chip designer', 'gpu designer', 'processor designer', 'fabless designer']);

/** An organisation cue before the name: "startup asal China, DeepSeek", "konsultan Kearney", "technology group G42". */
export function orgCueBefore(v: SentenceView, a: number): boolean {
  return orgCueNounBefore(v, a) !== undefined;
}

/** The organisation cue noun before a ("startup", "investor", "analysts at"), if any. */
export function orgCueNounBefore(v: SentenceView, a: number): string | undefined {
  const lex = v.doc.lexicon;
  if (v.tok(a - 1)?.norm === 'at' && lex.staffNouns.has(v.tok(a - 2)?.norm ?? '')) return 'at';
  let k = a - 1;
  let gapWords = 0;
  let verbGap = false;
  let loose = false;
  while (k >= 0 && a - k <= 8) {
    const t = v.tok(k) as Token;
    const cue = lex.orgCueNouns.matchesAt(v.tokens, k).find((m) => m.end === k + 1 || m.end === a || m.end >= k + 1);
    // Indonesian puts the cue noun first and its modifiers after: "produsen modul memori Formosa Memtek".
    // ("GPU designer Veritas Logic": a cue may open on an acronym.)
    if (cue && (!t.cap || /^[A-Z]{2,5}$/.test(t.text))) {
      // ("Wakil Presiden Riset perusahaan tersebut, Jeon Hae-rim": a cue closed by its demonstrative points back, not ahead.)
      if (DEMONSTRATIVES.has(v.tok(cue.end)?.norm ?? '')) return undefined;
      // ("CEO Serambi Dataworks, perusahaan asal Kuala Lumpur, Faridah …": a cue in apposition to a firm just
      // named describes that firm; the name after it is someone else.)
      const apposed = v.tok(cue.start - 1)?.text === ',' && !!v.tok(cue.start - 2)?.cap && v.knownAt[cue.start - 2]?.type !== 'Person';
      if (apposed && v.tok(a - 1)?.text === ',') return undefined;
      const close = gapWords <= 1 || loose || (v.doc.language === 'id' && gapWords <= 3 && !verbGap);
      return close ? v.tokens.slice(cue.start, cue.end).map((x) => x.norm).join(' ') : undefined;
    }
    const known = v.knownAt[k];
    if (known && known.type !== 'Country' && known.type !== 'City' && known.type !== 'Region') return undefined;
    if (t.text === ',' || t.norm === 'asal' || t.norm === 'bernama' || t.norm === 'named' || t.norm === 'called' || known) {
      loose = true;
    } else if (t.kind === 'word' && !t.cap) {
      gapWords++;
      if (CLAUSE_BREAKS.has(t.norm) || lex.speechVerbs.has(t.norm)) return undefined;
      // A preposition or a verb between the cue and the name: the cue belongs to another phrase.
      if (['untuk', 'dengan', 'dari', 'di', 'ke', 'pada', 'oleh', 'bagi', 'seperti', 'dalam', 'atas', 'antara', 'sebagai', 'tentang', 'soal', 'mengenai', 'senilai', 'sebesar', 'sekitar', 'hingga', 'bersama', 'acara'].includes(t.norm) || lex.visitVerbs.has(t.norm) || lex.meetVerbs.matchAt(v.tokens, k)) verbGap = true;
    } else if (t.kind === 'word' && t.cap && !v.knownAt[k]) {
      if (t.norm !== 'ai') return undefined;
    } else if (t.kind !== 'word' && !(t.text === '-' && !t.spaceBefore)) {
      // ("the start-up Semente Chips": a hyphen inside the cue noun is no break.)
      return undefined;
    }
    k--;
  }
  return undefined;
}

/** A cue that may as well name a person ("investor", "mitra"). */
export function personableCue(cue: string | undefined): boolean {
  return !!cue && PERSON_OR_FIRM.has(cue);
}

/** "Photo: AFP", "Foto: ANTARA" — not a caption that goes on ("Photo: Ingrid Vos cuts the ribbon"). */
export function creditBefore(v: SentenceView, a: number, b: number): boolean {
  const colon = v.tok(a - 1);
  const cue = v.tok(a - 2);
  const next = v.tok(b);
  const lower = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap;
  // ("Photo: Meera Sethi, centre, on the fab floor": an aside after a comma goes on too.)
  // ("Photo: Yoon Ji-ho (left), chief executive …": so does a bracketed position.)
  const captionGoesOn = lower(next) || ((next?.text === ',' || next?.text === '(') && lower(v.tok(b + 1)));
  return colon?.text === ':' && !!cue && v.doc.lexicon.creditCues.has(cue.norm) && !captionGoesOn;
}

/** "Oracle chairman Larry Ellison", "Nscale CEO Josh Payne": an org right before a title. */
export function titleAfter(v: SentenceView, b: number): boolean {
  return v.titles.some((t) => t.start === b);
}

/** The title starting at b is followed by a capitalised name ("Fjordlight chief executive Ingrid Solberg"). */
export function capitalisedAfterTitle(v: SentenceView, b: number): boolean {
  const title = v.titles.find((t) => t.start === b);
  const next = title ? v.tok(title.end) : undefined;
  return !!next && next.kind === 'word' && next.cap;
}

export function inOrgList(v: SentenceView, a: number, b: number, found: readonly Mention[]): boolean {
  const joiners = new Set([',', 'and', 'dan', 'serta', '&', 'or', 'atau']);
  const orgEnding = (i: number): boolean => [...v.known, ...found].some((m) => m.end === i && m.type === 'Organization');
  const orgStarting = (i: number): boolean => [...v.known, ...found].some((m) => m.start === i && m.type === 'Organization');
  const prev = v.tok(a - 1);
  const next = v.tok(b);
  const prevOk = !!prev && joiners.has(prev.norm) && orgEnding(a - 1);
  const nextOk = !!next && joiners.has(next.norm) && (orgStarting(b + 1) || (v.tok(b + 1)?.norm === 'and' && orgStarting(b + 2)));
  return prevOk || nextOk;
}

export function compromiseSays(spans: Span[], a: number, b: number): boolean {
  return spans.some((sp) => sp.start <= a && sp.end >= b);
}

/** "Jakarta Convention Center", "Singapore Expo Centre": a venue, not an organisation. */
export function isVenueName(v: SentenceView, words: readonly Token[]): boolean {
  return ['center', 'centre'].includes(words.at(-1)?.norm ?? '') && v.doc.lexicon.eventNouns.has(words.at(-2)?.norm ?? '');
}

/** The run's last word closes an organisation's name. */
export function endsInOrgSuffix(v: SentenceView, words: readonly Token[]): boolean {
  const last = words.at(-1);
  const tail = words.slice(-2).map((t) => t.norm).join(' ');
  return !!last && v.doc.lexicon.orgSuffixes.has(last.norm) && !isVenueName(v, words) && !v.doc.lexicon.commonNounEndings.has(tail);
}

export function orgShaped(v: SentenceView, a: number, b: number): boolean {
  const words = v.words(a, b);
  const last = words[words.length - 1];
  const lex = v.doc.lexicon;
  if (!last) return false;
  if (words.length >= 2 && endsInOrgSuffix(v, words)) return true;
  // "Shirogane Advanced Packaging K.K.", "Orvelle Systems B.V.": a legal form spelled with periods.
  const spelled = v.tokens.slice(Math.max(a, b - 4), b).map((t) => t.text).join('');
  if (words.length >= 3 && /(?:^|[^A-Za-z])(K\.K|N\.V|B\.V|S\.A|A\.G|S\.p\.A)\.?$/.test(spelled)) return true;
  // "Namsan University of Science", "Korea Institute for Energy": a head word with its "of"/"for" inside the run.
  for (let k = a + 1; k < b - 1; k++) if (lex.orgHeads.has(v.tok(k)?.norm ?? '') && ['of', 'for'].includes(v.tok(k + 1)?.norm ?? '')) return true;
  return headRun(v, a) && words.length >= 2;
}

/** Titles that are held at a company: "chief executive of X" names a company, "minister of X" a portfolio. */
export const COMPANY_TITLES = new Set(['CEO', 'chairman', 'chair', 'executive chairman', 'founder', 'co-founder', 'CFO', 'CTO', 'COO', 'managing director', 'general manager', 'vice chairman']);

/** "chief executive of Paris-based Lumen Atlantique", "founder of the start-up's parent": the company a business title is of. */
export function companyTitleOf(v: SentenceView, a: number, b: number): boolean {
  // ("chief executive of Austin-based server maker …": the place is not the company.)
  if (v.tok(b)?.text === '-' && !v.tok(b)?.spaceBefore) return false;
  let k = a - 1;
  // ("Paris-based": the place and participle describe the company.)
  if (basedBefore(v.tokens, a)) {
    k -= 2;
    while (k >= 0 && v.word(k) && (v.tok(k) as Token).cap) k--;
  }
  if (v.tok(k)?.norm === 'the') k--;
  // ("Ezra Halvorsen, CEO, Corvane AI": the title set off by commas before the company.)
  // ("Zawadi Mwangi-Holt, co-founder & CEO, Tausi AI": two titles joined by "&" or "and" too.)
  if (v.tok(k)?.text === ',') return v.titles.some((t) => t.end === k && COMPANY_TITLES.has(t.value) && v.tok(joinedTitlesStart(v, t) - 1)?.text === ',');
  return v.tok(k)?.norm === 'of' && v.titles.some((t) => t.end === k && COMPANY_TITLES.has(t.value));
}

/** Where a title starts together with one joined to it by "&" or "and" before it ("co-founder & CEO"). */
export function joinedTitlesStart(v: SentenceView, title: { start: number }): number {
  const joint = v.tok(title.start - 1)?.norm ?? '';
  const first = ['&', 'and'].includes(joint) ? v.titles.find((t) => t.end === title.start - 1) : undefined;
  return first?.start ?? title.start;
}
