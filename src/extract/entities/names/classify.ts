// Types one unknown capitalised segment as Person or Organization from the evidence around it,
// in a fixed order of trust; no evidence, no mention.
import type { PhraseMatch } from '../../text/phrases.js';
import { titleCased, type Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';
import { trimCommonStart } from './common-start.js';
import { capitalisedAfterTitle, companyTitleOf, compromiseSays, creditBefore, inOrgList, isVenueName, joinedTitlesStart, orgCueBefore, orgCueNounBefore, orgShaped, personableCue, titleAfter } from './org-cues.js';
import { appositionAfter, personShape, possessiveOrgBefore, speaksAlone, speechAround } from './person-cues.js';
import type { SentenceView } from './sentence-view.js';
import { fieldWord, ministerBefore, type PendingName } from './title-complements.js';
import { classifyAfterTitle } from './title-holders.js';
import { SUB_UNITS } from './whole-run-org.js';

/** "Meera Sundaram is chief investment officer of …", "X was the minister": a name said to hold a title. */
function copulaTitle(v: SentenceView, b: number): boolean {
  const be = v.tok(b);
  if (!be || !['is', 'was', 'adalah', 'ialah', 'merupakan'].includes(be.norm)) return false;
  let k = b + 1;
  while (['the', 'a', 'an', 'now', 'also', 'still', 'sang', 'seorang'].includes(v.tok(k)?.norm ?? '')) k++;
  return v.titles.some((t) => t.start === k);
}

/** "Sundaram: Meeting utilities, mostly." — a speaker label opening a paragraph of an interview. */
function interviewLabel(v: SentenceView, a: number, b: number): boolean {
  return a === 0 && v.sentence.paragraphStart && v.tok(b)?.text === ':' && b + 1 < v.tokens.length;
}

/** "the provinces of Bac Giang and Quang Ninh", "provinsi Jawa Barat": names an area noun introduces are places. */
function afterPlaceNoun(v: SentenceView, a: number): boolean {
  for (let k = a - 1; k >= 0 && a - k <= 8; k--) {
    const t = v.tok(k) as Token;
    if (t.kind === 'word' && !t.cap) {
      if (v.doc.lexicon.placeNouns.has(t.norm)) return true;
      if (t.norm === 'of' && v.doc.lexicon.placeNouns.has(v.tok(k - 1)?.norm ?? '') && !(v.tok(k - 1) as Token).cap) return true;
      if (!['and', 'dan', 'or', 'atau', 'serta'].includes(t.norm)) return false;
    } else if (t.kind === 'word' ? !!v.knownAt[k] && v.knownAt[k]?.type === 'Organization' : t.text !== ',') return false;
  }
  return false;
}

/** "Wakil Menteri … (Wamenkomdigi) Ir. Galih …": the title before the academic ones, across a bracketed short form. */
function titleBeforeAcademic(v: SentenceView, a: number): PhraseMatch<string> | undefined {
  let k = a - 1;
  while (k >= 0 && v.academicAt[k]) k--;
  if (v.tok(k)?.text === ')') {
    while (k >= 0 && v.tok(k)?.text !== '(') k--;
    k--;
  }
  return v.titles.find((t) => t.end === k + 1) ?? ministerBefore(v, k + 1);
}

/** "Wakil Rektor Bidang Riset dan Kerja Sama": portfolio words behind an office are its field, nobody's name. */
function fieldOfOffice(v: SentenceView, a: number, b: number): boolean {
  const portfolio = v.doc.names.portfolio[v.doc.language];
  if (!v.words(a, b).every((w) => portfolio.has(w.norm))) return false;
  for (let k = a - 1; k >= 0 && a - k <= 10; k--) {
    if (v.titles.some((t) => t.end === k + 1)) return true;
    if (!fieldWord(v, v.tok(k) as Token)) return false;
  }
  return false;
}

/** A photo credit's agency ends at i ("Foto: ANTARA" before "/Lukman Hakim"). */
function creditedAgency(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && v.word(k) && (v.tok(k) as Token).cap) k--;
  return k < i - 1 && v.tok(k)?.text === ':' && v.doc.lexicon.creditCues.has(v.tok(k - 1)?.norm ?? '');
}

/** The last of a name's words stands alone somewhere in the article, as a surname does ("… Khandelwal said"). */
function surnameAlone(v: SentenceView, words: readonly Token[]): boolean {
  const last = (words[words.length - 1] as Token).text;
  const before = (words[words.length - 2] as Token).text;
  const text = v.doc.article.text;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    const edge = (i: number): boolean => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text.charAt(i));
    if (edge(at - 1) && edge(at + last.length) && !text.slice(0, at).trimEnd().endsWith(before)) return true;
  }
  return false;
}

const NOT_NOUN = /Verb|Tense|Copula|QuestionWord|Preposition|Conjunction|Adverb|Modal|Auxiliary|Pronoun|Determiner/;

/** "the El Marqués switching station": after "the", a capitalised name followed by a common noun modifies it. */
function attributiveName(v: SentenceView, a: number, b: number): boolean {
  // ("the Nam Louang 2 hydropower station": a unit's number may stand between the name and its noun.)
  const numbered = v.tok(b)?.kind === 'number' && /^\d{1,2}$/.test(v.tok(b)?.text ?? '');
  const next = v.tok(numbered ? b + 1 : b);
  if (v.doc.language !== 'en' || v.tok(a - 1)?.norm !== 'the' || !next || next.kind !== 'word' || next.cap) return false;
  const lex = v.doc.lexicon;
  if (lex.speechVerbs.has(next.norm) || lex.visitVerbs.has(next.norm) || lex.stopwords.has(next.norm) || v.doc.lexicon.orgCueNouns.matchAt(v.tokens, numbered ? b + 1 : b)) return false;
  return !NOT_NOUN.test(v.doc.names.englishTag(next.norm) ?? '');
}

/** The mentions the segment [a0, b) holds; `found` are the sentence's new mentions so far. */
export function classify(v: SentenceView, pending: ReadonlyMap<number, PendingName>, a0: number, b: number, found: Mention[]): Mention[] {
  const lex = v.doc.lexicon;
  let a = trimCommonStart(v, a0, b);
  // "Investor Bradley Kimura", "Konsultan Lim Wei Jie": a describing noun before a given name is no part of the name.
  const lead = v.tok(a);
  if (lead?.cap && personableCue(lead.norm) && b - a >= 3 && v.doc.names.isGivenName(v.tok(a + 1)?.text ?? '')) a++;
  if (a >= b || v.words(a, b).length === 0) return [];
  // "Kepala Biro Hubungan Masyarakat Kementerian …": the unit before a known organisation is no entity of its own.
  if (SUB_UNITS.has((v.tok(a) as Token).norm) && v.knownAt[b]?.type === 'Organization') return [];
  if (fieldOfOffice(v, a, b) || isVenueName(v, v.words(a, b))) return [];
  // "outside the El Marqués switching station": a name used as a modifier of a common noun is no person.
  if (attributiveName(v, a, b) && !orgShaped(v, a, b) && !v.titleEndingAt(a)) return [];
  const title = v.titleEndingAt(a) ?? ministerBefore(v, a);
  // Title, then an organisation and a person: "CEO Nscale Josh Payne", "Menteri Luar Negeri Takeshi Iwaya".
  const titleBeforeKnown = (() => {
    // ("Gubernur Kalimantan Utara (Kaltara) Yusran Malik": the place's short form in brackets may come between.)
    const k = v.knownBeforeShortForm(a);
    return k && (k.type === 'Organization' || k.type === 'Country' || k.type === 'City') ? v.titleEndingAt(k.start) : undefined;
  })();
  // "Bapak Presiden Prabowo": an honorific before a title is nobody's name.
  if (lex.honorifics.matchesAt(v.tokens, a).some((m) => m.end >= b && !lex.placeNouns.has(v.tok(m.end)?.norm ?? ''))) return [];
  // "Ibu Rahmawati" is a woman's honorific; "Ibu Kota Nusantara" is a capital city.
  const honorific = lex.honorifics.matchesAt(v.tokens, a).find((m) => m.end < b && !lex.placeNouns.has(v.tok(m.end)?.norm ?? ''));
  if (honorific) {
    let start = honorific.end;
    while (start < b && !v.word(start)) start++;
    return start < b && v.wordsOk(start, b) ? [v.mention(start, b, 'Person', { role: pending.get(a)?.role })] : [];
  }

  // "Mr. Eze Obi", "Ms. Chen": an honorific whose period ends the run before announces a person.
  const dotted = v.tok(a - 1)?.text === '.' && [2, 3, 4].some((n) => lex.honorifics.matchesAt(v.tokens, a - n).some((m) => m.end === a - 1));
  if (dotted && v.wordsOk(a, b) && v.words(a, b).length <= 4 && !orgShaped(v, a, b)) return [v.mention(a, b, 'Person', { role: pending.get(a)?.role })];

  // "Prof. Dr. Ir. Ratna Sari Dewi", "Dr. Eng. Bagus Prasetyo": an academic title announces a person.
  if (v.academicAt[a - 1] && v.wordsOk(a, b) && v.words(a, b).length <= 5 && !orgShaped(v, a, b)) {
    return [v.mention(a, b, 'Person', { role: pending.get(a)?.role ?? titleBeforeAcademic(v, a)?.value })];
  }

  // "Head of Digital Infrastructure Layla Al-Saadi", "Vice President of Sales Tomoko Arai": a title, "of" and its
  // field, then the holder from the first given name on.
  const titleOf = ['of', 'for'].includes(v.tok(a - 1)?.norm ?? '') ? v.titleEndingAt(a - 1) : undefined;
  if (titleOf && !title) {
    for (let j = a + 1; j < b - 1; j++) {
      if (!v.doc.names.isGivenName((v.tok(j) as Token).text)) continue;
      const holder = v.words(j, b);
      if (holder.length >= 2 && holder.length <= 4 && holder.every(titleCased) && v.wordsOk(j, b) && !orgShaped(v, j, b)) return [v.mention(j, b, 'Person', { role: titleOf.value })];
      break;
    }
  }
  // "Ezra Halvorsen, CEO, Corvane AI": a title set off by commas after a person is followed by the company.
  // ("Zawadi Mwangi-Holt, co-founder & CEO, Tausi AI": the first of two titles joined by "&" or "and".)
  const personBefore = title && found.some((m) => m.type === 'Person' && m.end === joinedTitlesStart(v, title) - 1);
  if (personBefore && companyTitleOf(v, a, b) && !personShape(v, a, b)) return [v.mention(a, b, 'Organization')];
  if (title || titleBeforeKnown) return classifyAfterTitle(v, pending, a, b, title, titleBeforeKnown, found);

  const pendingRole = pending.get(a);
  if (pendingRole) return v.wordsOk(a, b) && v.words(a, b).length <= 5 ? [v.mention(a, b, 'Person', pendingRole)] : [];

  if (creditBefore(v, a, b)) return [v.mention(a, b, 'Organization')];
  if (lex.foundingVerbs.has(v.tok(a - 1)?.norm ?? '') && v.wordsOk(a, b)) return [v.mention(a, b, 'Organization')];
  // "Photo: Dunecrest Business/Sara Hamdan", "Foto: ANTARA/Lukman Hakim": the photographer after the agency is a credit, not news.
  if (v.tok(a - 1)?.text === '/' && creditedAgency(v, a - 1)) return [];
  if (orgShaped(v, a, b)) return [v.mention(a, b, 'Organization')];

  if (afterPlaceNoun(v, a)) return [];
  // "US$5 miliar", "S$1.2 billion": a currency, not a name.
  if (v.tok(b)?.text === '$' && !v.tok(b)?.spaceBefore) return [];
  // "di Batam dan Bintan": a name joined to a known place is a place the gazetteer lacks, not an organisation.
  const joinedTo = ['dan', 'and', ',', 'serta', 'or', 'atau'].includes(v.tok(a - 1)?.norm ?? '') ? v.knownAt[a - 2] : undefined;
  if (joinedTo && (joinedTo.type === 'City' || joinedTo.type === 'Country') && !orgShaped(v, a, b) && !speechAround(v, a, b) && !personShape(v, a, b)) return [];
  // ("Menurut Wiratmo, investor di sana ragu": after a citation the comma opens the clause, no apposition.)
  const cited = v.tok(a - 1)?.norm === 'menurut' || (v.tok(a - 1)?.norm === 'to' && v.tok(a - 2)?.norm === 'according');
  const apposition = cited ? null : appositionAfter(v, b);
  const words = v.words(a, b);
  const single = words.length === 1;

  if (possessiveOrgBefore(v, a) && !single && v.wordsOk(a, b)) return [v.mention(a, b, 'Person')];
  // "said Priya Raman, a partner at …": the speaker of a quote is a person, whatever the apposition says.
  const prevWord = v.tok(a - 1);
  if (prevWord && lex.speechVerbs.has(prevWord.norm) && v.wordsOk(a, b) && words.length >= 2 && words.length <= 4 && !orgShaped(v, a, b)) {
    return [v.mention(a, b, 'Person')];
  }
  // An organisation cue ("startup asal Jepang, Sakura Compute") outweighs a name that could be a given name.
  const cue = orgCueNounBefore(v, a);
  // ("…, dana kekayaan negara Arab Saudi, Abdulaziz bin Khalid Al-Harbi": a "bin" names someone's father — a person.)
  const patronymic = v.tokens.slice(a + 1, b - 1).some((t) => !t.cap && v.doc.names.patronymics.has(t.norm));
  if (cue && !patronymic && !(personableCue(cue) && personShape(v, a, b))) return [v.mention(a, b, 'Organization')];
  if (companyTitleOf(v, a, b) && !personShape(v, a, b)) return [v.mention(a, b, 'Organization')];
  // ("ditemui di Bandar Seri Bentan": right after "di", "in", "at", a name that looks like a person's is a place the gazetteer lacks.)
  const placePrep = ['di', 'ke', 'in', 'at'].includes(v.tok(a - 1)?.norm ?? '') && !v.tok(a - 1)?.cap;
  if (personShape(v, a, b) && !placePrep) return [v.mention(a, b, 'Person')];
  // "Yumi Sakai, who runs global procurement …": "who" speaks of a person.
  if (v.tok(b)?.text === ',' && v.tok(b + 1)?.norm === 'who' && !single && words.length <= 4 && v.wordsOk(a, b) && !orgShaped(v, a, b)) return [v.mention(a, b, 'Person')];
  // "Rahmat, 33 tahun, insinyur …", "Pham Duc Anh, 29, from Da Nang": an age in apposition; "Istrinya, Nurul, …": kin before.
  const aged = v.tok(b)?.text === ',' && v.tok(b + 1)?.kind === 'number' && /^\d{2}$/.test(v.tok(b + 1)?.text ?? '') && [',', 'tahun', 'years'].includes(v.tok(b + 2)?.norm ?? '');
  const kin = v.tok(a - 1)?.text === ',' && lex.kinNouns.has(v.tok(a - 2)?.norm ?? '') && v.tok(b)?.text === ',';
  // "adalah Gilang, mahasiswa magister teknik mesin": an occupation in apposition.
  // ("Yerlan Abdikarimov, an Almaty-based investor whose firm …": an article and a base may come first.)
  let j = b + 1;
  if (['a', 'an', 'the'].includes(v.tok(j)?.norm ?? '')) j++;
  // ("Elspeth Marrow, a British-born process engineer who …": a birthplace the same way, and one word for the
  // kind of work before the noun for the worker.)
  if (v.tok(j)?.cap && v.tok(j + 1)?.text === '-' && ['based', 'born'].includes(v.tok(j + 2)?.norm ?? '')) j += 3;
  const worker = (k: number): boolean => lex.occupationNouns.has(v.tok(k)?.norm ?? '') || lex.staffNouns.has(v.tok(k)?.norm ?? '');
  if (v.doc.language === 'en' && v.tok(j)?.kind === 'word' && !v.tok(j)?.cap && !worker(j) && worker(j + 1)) j++;
  const job = v.tok(j)?.norm ?? '';
  const investorWho = job === 'investor' && j > b + 1 && ['who', 'whose'].includes(v.tok(j + 1)?.norm ?? '') && words.length >= 2;
  const occupation = v.tok(b)?.text === ',' && (lex.occupationNouns.has(job) || lex.staffNouns.has(job) || investorWho);
  if ((aged || kin || occupation) && v.wordsOk(a, b) && words.length <= 4 && !orgShaped(v, a, b)) return [v.mention(a, b, 'Person', { standalone: true })];
  if (apposition === 'person' && v.wordsOk(a, b) && words.length <= 5) return [v.mention(a, b, 'Person')];
  if (apposition === 'org') return [v.mention(a, b, 'Organization')];
  if (titleAfter(v, b) && capitalisedAfterTitle(v, b)) {
    // "Electronics and IT Minister Ashwini Vaishnaw": a minister's portfolio, not an organisation.
    const portfolio = v.doc.names.portfolio[v.doc.language];
    const minister = v.titles.find((t) => t.start === b && ['minister', 'secretary', 'deputy minister'].includes(t.value));
    if (minister && v.words(a, b).every((w) => portfolio.has(w.norm) || /^[A-Z]{2,4}$/.test(w.text))) return [];
    return [v.mention(a, b, 'Organization')];
  }
  if (orgCueBefore(v, a)) return [v.mention(a, b, 'Organization')];
  if (speechAround(v, a, b) && v.wordsOk(a, b) && words.length <= 4) return [v.mention(a, b, 'Person', single ? { speaker: true } : {})];
  // "Zorawar Khandelwal flew to Riyadh … Khandelwal said": plain name words before a verb only people do,
  // the last of them used alone elsewhere (a firm, "Meridian Nexus met investors", keeps its whole name).
  // ("co-founded" comes as three tokens: "co", "-", "founded".)
  const verb = v.tok(b)?.norm === 'co' && v.tok(b + 1)?.text === '-' && !v.tok(b + 1)?.spaceBefore ? `co-${v.tok(b + 2)?.norm ?? ''}` : v.tok(b)?.norm ?? '';
  const personVerb = v.tok(b)?.kind === 'word' && lex.personVerbs.has(verb);
  if (personVerb && !single && words.length <= 4 && words.every(titleCased) && v.wordsOk(a, b) && !orgShaped(v, a, b) && surnameAlone(v, words)) return [v.mention(a, b, 'Person')];
  // "Mireille Tan-Oduya walked … Tan-Oduya says": a name whose last word speaks on its own elsewhere.
  // ("Kedatangan Nadella …": a capitalised common word opening the sentence is no given name.)
  const opensOnName = !v.startish(a) || v.doc.names.isGivenName((words[0] as Token).text);
  if (!single && words.length <= 4 && words.every(titleCased) && v.wordsOk(a, b) && !orgShaped(v, a, b) && opensOnName && speaksAlone(v, words[words.length - 1] as Token, words[words.length - 2] as Token)) return [v.mention(a, b, 'Person')];
  if (!single && words.length <= 4 && v.wordsOk(a, b) && (copulaTitle(v, b) || interviewLabel(v, a, b))) return [v.mention(a, b, 'Person')];
  if (inOrgList(v, a, b, found) && words.length <= 4) return [v.mention(a, b, 'Organization')];
  // A known surname closing a short name ("… Huang", "… Ellison").
  const lastTag = v.doc.names.englishTag((words[words.length - 1] as Token).norm);
  if (!single && words.length <= 3 && lastTag === 'LastName' && v.wordsOk(a, b) && !v.startish(a)) return [v.mention(a, b, 'Person')];
  if (v.doc.language === 'en' && !single && v.wordsOk(a, b) && compromiseSays(v.compromiseOrgs, a, b)) {
    return [v.mention(a, b, 'Organization')];
  }
  return [];
}
