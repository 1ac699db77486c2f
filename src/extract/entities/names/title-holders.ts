// A segment right after a title: the person holding it, and any organisation written between
// ("CEO Nscale Josh Payne", "Menteri Luar Negeri Takeshi Iwaya").
import type { PhraseMatch } from '../../text/phrases.js';
import { titleCased, type Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';
import { COMPANY_TITLES, orgShaped } from './org-cues.js';
import { headRun } from './org-heads.js';
import { appositionAfter, personShape, speaksAlone } from './person-cues.js';
import { ABBREVIATED_SUFFIXES } from './legal-forms.js';
import type { SentenceView, Span } from './sentence-view.js';
import { titleEndAt, type PendingName } from './title-complements.js';

/**
 * `title` ends right before a (or a minister's title sits behind its portfolio); `titleBeforeKnown`
 * ends before a known organisation or country that ends at a. At least one is set.
 */
/** "Riset BOCN": where the segment's last word, an acronym, starts when only an office's field words come before it. */
function acronymAfterField(v: SentenceView, a: number, b: number): number | undefined {
  const portfolio = v.doc.names.portfolio[v.doc.language];
  const field = v.tokens.slice(a, b - 1);
  const ok = field.length > 0 && field.every((t) => portfolio.has(t.norm)) && /^[A-Z][A-Z0-9&]{1,6}$/.test(v.tok(b - 1)?.text ?? '');
  return ok ? b - 1 : undefined;
}

export function classifyAfterTitle(
  v: SentenceView,
  pending: ReadonlyMap<number, PendingName>,
  a: number,
  b: number,
  title: PhraseMatch<string> | undefined,
  titleBeforeKnown: PhraseMatch<string> | undefined,
  found: readonly Mention[] = [],
): Mention[] {
  const role = (title ?? titleBeforeKnown)?.value;
  // "Lim Wei Jie, Direktur Utama Merlion Edge Data, dan …": a title in apposition to a person names the
  // person's organisation after it, not another person.
  if (title && v.tok(title.start - 1)?.text === ',' && [',', '.', undefined].includes(v.tok(b)?.text) && v.words(a, b).length >= 2) {
    const before = [...v.known, ...found].find((m) => m.end === title.start - 1);
    // ("Sekar Ayu Lestari, Direktur Riset BOCN, …": the office's field, then the body's acronym alone.)
    if (before?.type === 'Person') return [v.mention(acronymAfterField(v, a, b) ?? a, b, 'Organization')];
  }
  // "pendiri Lumbung Komputasi, perusahaan rintisan …": what the apposition calls a firm is the firm the title is of.
  if (appositionAfter(v, b) === 'org' && !personShape(v, a, b) && v.wordsOk(a, b)) return [v.mention(a, b, 'Organization')];
  // "Direktur … Kementerian Perindustrian (Kemenperin), Rizky Anandita": the name comes after the comma.
  // ("Presiden Direktur Tamsui Microfab, Kuo Pei-ling": between a business title and its holder, the firm.)
  // ("Presiden Direktur Tamsui Microfab (TMF), Kuo Pei-ling": its short form in brackets may come between.)
  const bracketed = v.tok(b)?.text === '(' && /^[A-Z][A-Z0-9&]{1,7}$/.test(v.tok(b + 1)?.text ?? '') && v.tok(b + 2)?.text === ')' && v.tok(b + 3)?.text === ',';
  const firm = !!role && COMPANY_TITLES.has(role) && (v.tok(b)?.text === ',' || bracketed) && v.words(a, b).length <= 4 && v.wordsOk(a, b) && !v.knownAt[a];
  if (pending.has(titleEndAt(v, a))) return orgShaped(v, a, b) || firm ? [v.mention(a, b, 'Organization')] : [];
  let p = a;
  // After a minister's title come the portfolio words, then the name.
  const portfolio = v.doc.names.portfolio[v.doc.language];
  if (role === 'minister' || role === 'secretary' || role === 'deputy minister') {
    // Portfolio words, a country ("… Industri Jepang"), an acronym ("Menteri ESDM") come before the name.
    const skippable = (k: number): boolean => {
      const t = v.tok(k) as Token;
      const known = v.knownAt[k];
      return portfolio.has(t.norm) || !v.word(k) || (!!known && known.type !== 'Person') || /^[A-Z]{2,6}$/.test(t.text);
    };
    while (p < b && skippable(p)) p++;
    if (p >= b) return [];
    return v.wordsOk(p, b) && v.words(p, b).length <= 5 ? [v.mention(p, b, 'Person', { role })] : [];
  }
  // "Direktur Keuangan SADA Dewi Anggraini Lubis", "Deputi Bidang Investasi Digital BPIK Larasati Pranoto":
  // the office's field, the body's acronym, then the holder's name.
  for (let j = a; j < b - 1; j++) {
    const t = v.tok(j) as Token;
    // ("PT", "CV" open a company's name; they are no body's acronym.)
    if (!/^[A-Z]{2,6}$/.test(t.text) || v.knownAt[j] || headRun(v, j)) {
      if (!portfolio.has(t.norm) && !['bidang', 'urusan'].includes(t.norm)) break;
      continue;
    }
    const rest = v.words(j + 1, b);
    // ("Direktur Keuangan SDNU Hendrawan": one word will do when it is a given name.)
    const enough = rest.length >= 2 || (rest.length === 1 && v.doc.names.isGivenName((rest[0] as Token).text));
    if (enough && rest.length <= 4 && rest.every((w) => titleCased(w)) && v.wordsOk(j + 1, b) && !orgShaped(v, j + 1, b)) {
      const org = v.mention(j, j + 1, 'Organization');
      return [org, v.mention(j + 1, b, 'Person', { role, roleOrg: org })];
    }
    break;
  }
  // "Direktur Keuangan Ratna Paramitha", "Chief Technology … ": an office's field words belong to the title.
  let field = a;
  while (field < b && portfolio.has((v.tok(field) as Token).norm) && !v.knownAt[field]) field++;
  if (field > a && field < b && v.words(field, b).length >= 2 && v.words(field, b).length <= 4 && v.wordsOk(field, b) && !orgShaped(v, field, b)) {
    return [v.mention(field, b, 'Person', { role })];
  }
  // ("Direktur Riset BOCN": the field, then the body's acronym alone.)
  const acronym = acronymAfterField(v, a, b);
  if (acronym !== undefined) return [v.mention(acronym, b, 'Organization')];
  if (orgShaped(v, a, b)) return [v.mention(a, b, 'Organization')];
  // "Direktur Jenderal Riset dan Pengembangan, Prof. …": an office's field alone names nobody.
  if (v.words(a, b).every((w) => portfolio.has(w.norm))) return [];
  // "Direktur Utama GKN, Ir. Handayani …": an acronym after a title is the office's organisation.
  if (b - a === 1 && /^[A-Z][A-Z0-9&]{1,6}$/.test((v.tok(a) as Token).text)) return [v.mention(a, b, 'Organization')];
  // "Kepala DPMPTSP Kabupaten Batang, Hj. Retno …": an office's acronym and its area, then the holder.
  if (/^[A-Z][A-Z0-9&]{2,8}$/.test((v.tok(a) as Token).text) && v.tok(b)?.text === ',' && v.words(a, b).length <= 4) return [v.mention(a, b, 'Organization')];
  // "whose president director, Yudhistira Halim, hosted …": after the title's comma comes the holder alone.
  if (v.tok(a - 1)?.text === ',' && title && title.end === a - 1 && v.words(a, b).length >= 2 && v.words(a, b).length <= 4 && v.wordsOk(a, b) && [',', '.', undefined].includes(v.tok(b)?.text)) {
    return [v.mention(a, b, 'Person', { role })];
  }
  // "Wakil Rektor Bidang Riset, …": the field of an office, not a name.
  if (['bidang', 'urusan', 'fakultas', 'faculty', 'departemen', 'divisi', 'division'].includes((v.tok(a) as Token).norm)) return [];
  // "CEO Lontar AI Bimo Satrianto": an organisation's closing word splits it from the name after it.
  for (let j = a + 1; j < b - 1; j++) {
    const t = v.tok(j) as Token;
    if (t.text === ')' && v.tok(j - 1)?.norm === 'persero' && v.word(j + 1) && (v.tok(j + 1) as Token).cap) {
      const org = v.mention(a, j + 1, 'Organization');
      return [org, v.mention(j + 1, b, 'Person', { role, roleOrg: org })];
    }
    // ("Hanbit Memory Solutions Kang Min-ho": the last of two closing words.)
    const suffix = (k: number): boolean => v.tok(k)?.norm === 'ai' || v.doc.lexicon.orgSuffixes.has(v.tok(k)?.norm ?? '');
    if (suffix(j) && !suffix(j + 1) && v.word(j + 1) && (v.tok(j + 1) as Token).cap && holderAfterFirm(v, j + 1, b)) {
      const org = v.mention(a, j + 1, 'Organization');
      return [org, v.mention(j + 1, b, 'Person', { role, roleOrg: org })];
    }
  }
  // "Bupati Sumbawa Barat Amar Makruf": a regional head's title is followed by an area the gazetteer
  // lacks, one word (two with a direction), then the name.
  if (v.doc.language === 'id' && title && REGIONAL_HEADS.has(title.value) && !v.knownAt[a] && v.words(a, b).length >= 3 && v.wordsOk(a, b)) {
    let start = a + 1;
    if (DIRECTIONS.has(v.tok(start)?.norm ?? '')) start++;
    if (v.words(start, b).length >= 1) return [v.mention(start, b, 'Person', { role })];
  }
  // "Bupati Kendal Dyah Kartika Sari": after an office and the place it governs comes the name alone.
  // ("Gubernur Kalimantan Utara (Kaltara) Yusran Malik": or with its short form in brackets after it.)
  const placeBefore = !title && ['City', 'Country'].includes(v.knownBeforeShortForm(a)?.type ?? '');
  if (placeBefore && v.wordsOk(a, b) && v.words(a, b).length <= 5 && !orgShaped(v, a, b)) return [v.mention(a, b, 'Person', { role })];
  // "Direktur Utama Hendrawan Setiadi": two plain words after a title are one person's name, not a firm
  // and a one-word name (a firm would show itself: an acronym, a suffix, a known name).
  const plain = v.words(a, b);
  if (title && plain.length === 2 && b - a === 2 && v.wordsOk(a, b) && plain.every((t) => titleCased(t)) && !orgShaped(v, a, b) && !v.doc.lexicon.orgCueNouns.matchAt(v.tokens, a)) {
    return [v.mention(a, b, 'Person', { role })];
  }
  // A given name or a family-name-first name inside the segment marks where the person starts.
  let k = p;
  while (k < b && !(v.word(k) && (v.doc.names.isGivenName((v.tok(k) as Token).text) || v.doc.names.isFamilyNameFirst((v.tok(k) as Token).text)))) k++;
  // ("Direktur Teknik I Gusti Ayu Made Sriasih": a word that opens Balinese or Acehnese names comes with it.)
  while (k > p && k < b && v.doc.names.isNameOpener((v.tok(k - 1) as Token).text)) k--;
  // ("CEO Lanka Cloudworks Chaminda Perera … kata Chaminda": with no given name known, a word that speaks
  // alone elsewhere is where the name starts — or, if it is the last word, a surname closing a two-word name.)
  if (k >= b && title && b - p >= 3 && v.words(p, b).length === b - p) {
    for (let j = p + 1; j < b; j++) {
      if (!speaksAlone(v, v.tok(j) as Token, v.tok(j - 1) as Token)) continue;
      k = j === b - 1 ? b - 2 : j;
      break;
    }
  }
  const out: Mention[] = [];
  let personStart = p;
  if (k > p && k < b && v.words(k, b).length >= 1) {
    if (!title || p === a) {
      const org = v.mention(p, k, 'Organization');
      // ("Direktur Teknik I Gusti …": an office's field word alone names no organisation.)
      if (v.wordsOk(p, k) && v.words(p, k).length <= 4 && !v.words(p, k).every((w) => v.doc.names.portfolio[v.doc.language].has(w.norm))) out.push(org);
    }
    personStart = k;
  }
  if (v.wordsOk(personStart, b) && v.words(personStart, b).length <= 5) {
    const orgMention = out[0] ?? (titleBeforeKnown ? v.knownEndingAt(a) : undefined);
    out.push(v.mention(personStart, b, 'Person', { role, roleOrg: orgMention?.type === 'Organization' ? orgMention : undefined }));
  }
  return out;
}

/** What follows a firm's closing word can be its head's name: no word of an organisation or a place ("Asosiasi Data Center Nusantara"). */
function holderAfterFirm(v: SentenceView, j: number, end: number): boolean {
  const words = v.words(j, end);
  const lex = v.doc.lexicon;
  if (words.some((t) => lex.orgHeads.has(t.norm) || lex.orgSuffixes.has(t.norm) || lex.placeNouns.has(t.norm))) return false;
  return words.length >= 2 || v.doc.names.isGivenName((words[0] as Token).text);
}

const REGIONAL_HEADS = new Set(['regent', 'deputy regent', 'governor', 'deputy governor', 'mayor', 'deputy mayor']);
const DIRECTIONS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'raya', 'darat', 'laut', 'daya']);

/** The head's name may close a run after an organisation: at most four words, none of them an organisation's. */
function personTail(v: SentenceView, j: number, end: number): boolean {
  const words = v.words(j, end);
  // ("Ni Luh Putu Ayu Sukmawati": a name opener adds a word.)
  const most = v.doc.names.isNameOpener(words[0]?.text ?? '') ? 5 : 4;
  if (words.length === 0 || words.length > most || words.length !== end - j || !v.wordsOk(j, end)) return false;
  const lex = v.doc.lexicon;
  for (let k = j; k < end; k++) {
    const t = v.tok(k) as Token;
    // ("… (DPMPTSP) Kabupaten Sumbawa Barat": an area is no name.)
    if (v.knownAt[k] || !t.cap || lex.orgHeads.has(t.norm) || lex.orgSuffixes.has(t.norm) || lex.placeNouns.has(t.norm) || lex.orgCueNouns.matchAt(v.tokens, k) || /^[A-Z]{2,}$/.test(t.text)) return false;
  }
  return words.length >= 2 || v.doc.names.isGivenName((words[0] as Token).text);
}

/** Where an organisation's name can end inside a run: a legal form, a closing bracket, a known place or organisation. */
function orgCloses(v: SentenceView, j: number): boolean {
  const t = v.tok(j - 1) as Token;
  if (t.text === ')' || ABBREVIATED_SUFFIXES.has(t.norm) || v.doc.lexicon.orgSuffixes.has(t.norm)) return true;
  const known = v.knownAt[j - 1];
  return !!known && known.end === j && known.type !== 'Person';
}

/**
 * "Direktur Utama PT Sinar Digital Nusantara Tbk Rudy Hartono", "Kepala Badan Pengusahaan (BP)
 * Batam Amsakar Achmad": after a (non-minister) title, one run holds an organisation, then its
 * head's name. Returns both, or undefined when the run is no such pair.
 */
export function titledOrgThenPerson(v: SentenceView, run: Span): Mention[] | undefined {
  const title = v.titleEndingAt(run.start);
  if (!title || ['minister', 'secretary', 'deputy minister'].includes(title.value)) return undefined;
  if (v.knownAt[run.end - 1]?.type === 'Person') return undefined;
  // "Direktur Utama PT Kendal Industri Terpadu Ir. Benny Kurniawan": a degree ends the run, so the
  // whole run before it is the organisation and the name after the degree is its head.
  const last = v.tok(run.end - 1) as Token;
  if (run.end - run.start >= 3 && v.doc.names.isAcademicTitle(last.text) && v.tok(run.end)?.text === '.') {
    const from = run.start;
    if (headRun(v, from) || orgShaped(v, from, run.end - 1) || v.tok(from)?.norm === 'pt') return [v.mention(from, run.end - 1, 'Organization')];
  }
  // ("Direktur Utama PT Nusantara Komputasi Andalan Bagas Pradipta Wicaksono": after a company opened by
  // its legal prefix, a given name is where the head's name starts.)
  const prefixed = v.tok(run.start)?.norm === 'pt' || v.tok(run.start)?.norm === 'cv';
  const tails: number[] = [];
  // ("Direktur Utama Bank Nusantara Jaya, …": a closing word that opens the run closes nothing; a known name may be one word.)
  const closesHere = (j: number): boolean => orgCloses(v, j) && (j - run.start >= 2 || !!v.knownAt[j - 1]);
  for (let j = run.end - 1; j > run.start && run.end - j <= 5; j--) if (closesHere(j) && personTail(v, j, run.end)) tails.push(j);
  if (tails.length === 0 && prefixed) {
    // The leftmost given name among the last words: "… Andalan Bagas Pradipta Wicaksono" splits before Bagas.
    for (let j = Math.max(run.start + 2, run.end - 4); j < run.end; j++) {
      if (v.doc.names.isGivenName((v.tok(j) as Token).text) && personTail(v, j, run.end)) {
        tails.push(j);
        break;
      }
    }
  }
  for (const j of tails) {
    // "Direktur Beasiswa Lembaga Pengelola …": the office's field comes before the institution's head word.
    let from = run.start;
    while (from < j && !headRun(v, from) && !v.knownAt[from] && from - run.start < 3) from++;
    if (from === j || (!headRun(v, from) && !v.knownAt[from])) from = run.start;
    const known = v.knownAt[from];
    const org = known && known.start === from && known.end === j && known.type === 'Organization' ? known : v.mention(from, j, 'Organization');
    if (org !== known && !orgShaped(v, from, j) && !headRun(v, from) && !v.known.some((m) => m.start >= from && m.end <= j && m.type === 'Organization')) return undefined;
    const out = org === known ? [] : [org];
    return [...out, v.mention(j, run.end, 'Person', { role: title.value, roleOrg: org })];
  }
  return undefined;
}
