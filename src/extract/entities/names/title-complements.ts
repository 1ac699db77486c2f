// What follows a title before its holder's name: an organisation and a comma ("CEO Nordlys, Ingrid
// Solberg"), or a minister's portfolio ("Minister of … Technology Abdullah Alswaha").
import type { PhraseMatch } from '../../text/phrases.js';
import { ABBREVIATED_SUFFIXES } from './legal-forms.js';
import type { Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';
import { personShape } from './person-cues.js';
import type { SentenceView } from './sentence-view.js';

/** A name announced by a title's complement: the role it gets and the organisation named on the way. */
export interface PendingName {
  role: string;
  roleOrg?: Mention;
}

/** Token positions where a name follows a title's complement and a comma, with the role it gets. */
export function pendingNames(v: SentenceView): Map<number, PendingName> {
  const pending = new Map<number, PendingName>();
  for (const t of v.titles) {
    const at = nameAfterComplement(v, t.end);
    if (at) pending.set(at.start, { role: t.value, roleOrg: at.org });
  }
  return pending;
}

/** Where the name announced by the title ending at a (directly or behind a known name) starts; -1 if none. */
export function titleEndAt(v: SentenceView, a: number): number {
  const t = v.titleEndingAt(a) ?? (() => {
    const k = v.knownEndingAt(a);
    return k ? v.titleEndingAt(k.start) : undefined;
  })();
  return t ? nameAfterComplement(v, t.end)?.start ?? -1 : -1;
}

/** Looks like a verb: the clause goes on, so no apposition follows. */
function verbLike(v: SentenceView, t: Token): boolean {
  const lex = v.doc.lexicon;
  if (lex.speechVerbs.has(t.norm) || lex.visitVerbs.has(t.norm) || lex.hostVerbs.has(t.norm) || lex.meetVerbs.matchAt([t], 0)) return true;
  if (v.doc.language === 'id') return /^(me|ber|di|ter)[a-z]{4,}$/.test(t.norm) && !lex.orgCueNouns.matchAt([t], 0);
  const tag = v.doc.names.englishTag(t.norm);
  return !!tag && /Verb|Tense|Infinitive|Gerund|Participle|Copula/.test(tag);
}

/**
 * "Group CEO Kestrel Digital Infrastructure Group, Marcus Lim Wei Jie" / "Direktur … Kementerian
 * Perindustrian (Kemenperin), Rizky Anandita": a title, its complement naming an organisation, a
 * comma, then the holder's name. Returns where the name starts.
 */
function nameAfterComplement(v: SentenceView, from: number): { start: number; org?: Mention } | undefined {
  const first = v.tok(from);
  // (A given name opens the holder's name at once — unless it opens a firm's prefix: "Dana Abadi …".)
  const opensFirm = v.doc.language === 'id' && v.doc.lexicon.orgPrefixes.matchAt(v.tokens, from) !== null;
  // ("Pendiri sekaligus CEO Kirana, Dimas Aryaputra, menandatangani …": one word, then a full name between
  // commas, is the firm, then its holder.)
  const capWord = (i: number): boolean => v.tok(i)?.kind === 'word' && !!v.tok(i)?.cap;
  const nameBetweenCommas = v.tok(from + 1)?.text === ',' && capWord(from + 2) && capWord(from + 3) && [4, 5].some((d) => v.tok(from + d)?.text === ',' && [2, 3].slice(0, d - 3).every((e) => capWord(from + e + 1)));
  if (!first || (first.kind === 'word' && (v.doc.names.isGivenName(first.text) || v.doc.names.isFamilyNameFirst(first.text)) && !v.knownAt[from] && !opensFirm && !nameBetweenCommas)) return undefined;
  let org: Mention | undefined;
  let sawOrgWord = false;
  for (let k = from; k < Math.min(v.tokens.length, from + 24); k++) {
    const t = v.tok(k) as Token;
    // "…, Orbis AI Inc., Daniel Reyes": the period of a legal form is no sentence end.
    const legalStop = t.text === '.' && ABBREVIATED_SUFFIXES.has(v.tok(k - 1)?.norm ?? '');
    if ((t.text === '.' && !legalStop) || t.text === ';' || t.text === '"' || t.text === '“') return undefined;
    const known = v.knownAt[k];
    if (known?.type === 'Person') return undefined;
    if (known?.type === 'Organization') org ??= known;
    // ("PT Nusantara Komputasi Raya (NKR), Satria …": a legal prefix opens a company as surely as a suffix closes one.)
    const prefix = v.doc.language === 'id' && t.cap && v.doc.lexicon.orgPrefixes.matchAt(v.tokens, k) !== null;
    if (v.doc.lexicon.orgHeads.has(t.norm) || v.doc.lexicon.orgSuffixes.has(t.norm) || v.doc.lexicon.orgCueNouns.matchAt(v.tokens, k) || prefix) sawOrgWord = true;
    if (t.kind === 'word' && !t.cap && verbLike(v, t)) return undefined;
    if (t.norm === 'ai' && k > from && (v.tok(k - 1) as Token).cap) sawOrgWord = true;
    if (t.text === ',') {
      const next = v.tok(k + 1);
      if (k === from || !next || next.kind !== 'word' || !next.cap) return undefined;
      // "…, Orbis AI Inc., Daniel Reyes": an organisation between commas belongs to the complement.
      if (v.knownAt[k + 1]?.type === 'Organization' || companyAhead(v, k + 1)) {
        sawOrgWord = true;
        continue;
      }
      // ("…(DPMPTSP Kaltim), Ibu Dra. Hj. Sitti …": the name starts after the honorific and academic titles.)
      if (org || sawOrgWord) return { start: afterHonours(v, k + 1), org };
      // "CEO Nordlys, Ingrid Solberg": a short capitalised complement that is no name, then a name.
      const complement = v.tokens.slice(from, k);
      // "Kepala DPMPTSP Kabupaten Batang, Hj. Retno …": honorifics before the name.
      let j = k + 1;
      while (v.tok(j) && (v.tok(j)?.text === '.' || v.doc.names.isAcademicTitle(v.tok(j)?.text ?? ''))) j++;
      const honoured = j > k + 1 && v.tok(j)?.kind === 'word' && !!v.tok(j)?.cap;
      // ("Deputi Bidang Promosi Penanaman Modal, Nurhadi, yang …": a one-word name between commas too.)
      // (Not an item of a listed field: "Industri Logam, Mesin, Alat Transportasi …".)
      const afterOne = v.tok(k + 3);
      const oneWord = v.tok(k + 1)?.kind === 'word' && !!v.tok(k + 1)?.cap && v.tok(k + 2)?.text === ',' && !fieldWord(v, v.tok(k + 1) as Token) && !!afterOne && (v.academicAt[k + 3] === true || !(afterOne.kind === 'word' && (afterOne.cap || FIELD_JOINERS.has(afterOne.norm))));
      const nameAfter = honoured || (v.tok(k + 2)?.kind === 'word' && v.tok(k + 2)?.cap) || oneWord;
      // ("Presiden Direktur Tamsui Microfab (TMF), Kuo Pei-ling": the firm's short form in brackets too.)
      const words = complement.filter((x) => x.text !== '(' && x.text !== ')');
      const bracketsOnly = complement.every((x) => x.kind === 'word' || x.text === '(' || x.text === ')');
      const shortFormBracketed = words.length < complement.length;
      const allCaps = bracketsOnly && words.every((x) => x.kind === 'word' && x.cap) && words.length <= (shortFormBracketed ? 5 : 4);
      // "Wakil Rektor Bidang Riset dan Kerja Sama, Dr. Eng. Lestari …": an office's field, however long.
      const field = complement.length <= 8 && complement.every((x) => fieldWord(v, x));
      return (allCaps || field) && nameAfter && !personShape(v, from, k) ? { start: k + 1, org } : undefined;
    }
  }
  return undefined;
}

/** Where a name starts after "Ibu", "Dra.", "Hj." and the like at i. */
function afterHonours(v: SentenceView, i: number): number {
  let j = i;
  for (;;) {
    const h = v.doc.lexicon.honorifics.matchAt(v.tokens, j);
    if (h && v.tok(h.end)?.cap) j = h.end;
    else if (v.doc.names.isAcademicTitle(v.tok(j)?.text ?? '') && v.tok(j + 1)?.text === '.') j += 2;
    else return j;
  }
}

/** Capitalised words from i that end in a legal form or "AI" before the next comma: a company's name. */
function companyAhead(v: SentenceView, i: number): boolean {
  for (let k = i; k < v.tokens.length && k - i < 8; k++) {
    const t = v.tok(k) as Token;
    // ("…asal Jepang, Kaminari Cloud, Takahiro Mizushima": two or more words closed by an industry word.)
    if (t.text === ',') return k - i >= 2 && v.doc.lexicon.orgSuffixes.has(v.tok(k - 1)?.norm ?? '');
    if (ABBREVIATED_SUFFIXES.has(t.norm) || t.norm === 'ai' || t.norm === 'gmbh' || t.norm === 'llc') return true;
    if (t.kind === 'word' && !t.cap) return false;
  }
  return false;
}

const FIELD_JOINERS = new Set([',', 'of', 'for', 'and', 'dan']);

/** A word of an office's field ("Communications and Information Technology", "Bidang Riset dan Kerja Sama"). */
export function fieldWord(v: SentenceView, t: Token): boolean {
  return v.doc.names.portfolio[v.doc.language].has(t.norm) || FIELD_JOINERS.has(t.norm);
}

/** "Minister of Communications and Information Technology Abdullah Alswaha": a minister's title behind its portfolio. */
export function ministerBefore(v: SentenceView, a: number): PhraseMatch<string> | undefined {
  for (let k = a - 1; k >= 0 && a - k <= 14; k--) {
    const t = v.tok(k) as Token;
    // ("Menteri Komunikasi dan Digital (Menkomdigi) Haryo …": the office's short form in brackets.)
    if (t.text === ')' && v.tok(k - 2)?.text === '(' && v.tok(k - 1)?.kind === 'word') {
      k -= 2;
      continue;
    }
    const title = v.titles.find((x) => x.end === k + 1);
    if (title && ['minister', 'secretary', 'deputy minister'].includes(title.value)) return title;
    if (!fieldWord(v, t)) return undefined;
  }
  return undefined;
}
