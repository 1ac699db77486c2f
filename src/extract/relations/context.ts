// What each sentence holds for relation finding: its people (named or referred to by a pronoun or
// "sang CEO"), its places and whether they are where something happens ("in Seoul", "di Jepang"),
// its themes and its cue words. Coreference lives here: it walks the article in order, keeping the
// person and the country in focus.
import type { Doc } from '../doc.js';
import type { Gender } from '../lexicon/names.js';
import type { EntityFindings } from '../entities/index.js';
import type { Mention } from '../entities/mention.js';
import { nameWords, type ResolvedEntity } from '../entities/resolve.js';
import { asksByLabel, firstPersonSentences, speakerLabel, type Sentence } from '../text/segment.js';
import { possessiveAt, type Token } from '../text/tokenize.js';
import type { ThemeHit } from '../themes/match.js';
import { openQuotes, quoteRanges, quotedAt } from '../text/quotes.js';
import { liveBlog } from './live-blog.js';

export interface PersonRef {
  entityId: string;
  /** Token position in the sentence (for subject/object order). */
  at: number;
  how: 'name' | 'pronoun' | 'reference' | 'possessive';
}

export interface PlaceRef {
  country: string;
  /** The mention (a country, or a city standing for its country). */
  mention: Mention;
  /** Preceded by a locative preposition: where something happens. */
  locative: boolean;
  /** Preceded by "from" / "dari": where someone leaves; or "kembali ke": where someone goes home. */
  origin: boolean;
  /** The dateline ("DOHA — …"): the whole first sentence happens there. */
  dateline?: boolean;
  /** An organisation standing for its country ("at National Taiwan University"): a weaker place. */
  venue?: boolean;
  /** Where the place is set in the sentence when that is before its name ("at Kota Iskandar, the seat of the Johor …"). */
  anchor?: number;
}

export interface SentenceFacts {
  s: Sentence;
  people: PersonRef[];
  orgs: Mention[];
  places: PlaceRef[];
  regions: Mention[];
  themes: ThemeHit[];
  /** A country the sentence refers to without naming it ("here", "the country", "di sana"). */
  contextPlace: boolean;
  /** Country in focus when the sentence starts (dateline, last visit). */
  focus: string | null;
  caption: boolean;
  /** Set in an earlier year than the article ("when Macron was in Dubai in 2023"): a look back. */
  past: boolean;
  /** A quotation opened in an earlier sentence is still open. */
  quoteOpen: boolean;
  /** The sentence speaks of a travelling group ("rombongan menyambangi …", "the delegation", "they"). */
  group: boolean;
  /** The person in focus when the sentence starts. */
  focusPerson: string | null;
  /** Opens a live-blog entry ("15:55 — …"): a scene of its own. */
  entryStart: boolean;
  /** The sentence asks ("Are you going to Hanoi?"): it claims no trip and moves no scene. */
  question: boolean;
  /** The paragraph opened on a diary's day line ("Friday, Taipei."): its focus is where things happen. */
  dayScene: boolean;
  /** The named writer of a column told in the first person ("I"), if a note names them. */
  narrator: string | null;
  /** In an interview, the one interviewed: "here" in it is where they are. */
  interviewee: string | null;
  /** In an interview's answer, the one country the interviewer's line before it asked about ("PL: And India?"). */
  asked: string | null;
  /** An answer listing where its speaker went, as a question asked ("Seoul in February, Tokyo in March …"). */
  listsStops: boolean;
}

/** Prepositions that make an organisation the venue of an event ("at", "di"). */
const VENUE_PREPOSITIONS = new Set(['at', 'di']);

/** A trip's stops, as the subject of their sentence names them ("Tokyo was the last stop"). */
const STOP_NOUNS = new Set(['stop', 'stopover', 'destination', 'tujuan']);

/** Tokens that end a clause: a pronoun after one may point back past it. */
const CLAUSE_MARKS = new Set([',', ';', 'where', 'who', 'which', 'when', 'after', 'before', 'yang', 'ketika', 'setelah', 'sebelum', 'saat']);

const CAPTION_TAIL = /(photo|foto|sumber|source|credit|ilustrasi)\s*:\s*[\p{L} .&-]+$/iu;

export function countryOf(doc: Doc, m: Mention): string | undefined {
  const id = m.entityId ?? m.gazId;
  if (!id) return undefined;
  const g = doc.gazetteer.byId.get(id);
  if (!g) return undefined;
  if (g.type === 'Country') return g.code;
  if (g.type === 'City') return g.country;
  return undefined;
}

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') return t;
    // ("… Badan Koordinasi Penanaman Modal (BKPM), Jakarta": a short form in brackets closes the venue's name.)
    if (t.text === ')' && tokens[k - 2]?.text === '(' && /^[A-Z]{2,}$/.test(tokens[k - 1]?.text ?? '')) {
      k -= 2;
      continue;
    }
    if (t.text !== ',' && t.text !== '"' && t.text !== '“') return undefined;
  }
  return undefined;
}

/** The place sits in a "which …" clause not yet closed by a comma. */
function inWhichClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';') return false;
    if (t.norm === 'which' || t.norm === 'whose') return true;
  }
  return false;
}

/** Nouns of an administrative area written before its name ("Kabupaten Kutai Kartanegara"). */
const AREA_NOUNS = new Set(['kota', 'kabupaten', 'provinsi', 'kecamatan', 'regency', 'province']);
/** Words between a locative preposition and its place: "in the UAE", "in southern Seoul", "di kota". */
const EDGE_WORDS = new Set(['edge', 'outskirts', 'fringes']);
const BEFORE_PLACE = new Set(['the', 'edge', 'outskirts', 'fringes', 'heart', 'suburbs', 'pinggiran', 'pinggir', 'southern', 'northern', 'eastern', 'western', 'central', 'downtown', 'ibu', 'city', 'of', 'capital', ...AREA_NOUNS]);

/** Words that may follow an address in apposition ("Istana Merdeka, Jakarta, on Monday"). */
const ADDRESS_FOLLOWERS = new Set(['on', 'pada', 'last', 'this', 'yesterday', 'today', 'kemarin', 'hari', 'earlier', 'later', 'and', 'dan']);

/** Spans of years: time spent somewhere that long is living there. */
const YEAR_WORDS = new Set(['years', 'decades', 'tahun', 'dekade']);

/** Dashes between a diary's date and its place. */
const DAY_DASHES = new Set(['—', '–', '-', ':']);

/** Words opening a clause of purpose ("untuk", "guna", "for"); placeRole adds "to" before a verb of building. */
export const PURPOSE_WORDS = new Set(['untuk', 'guna', 'demi', 'for']);

/** Locative: "in Seoul", "di Jepang", "to Abu Dhabi", "in southern Seoul", "in the United Arab Emirates". */
function placeRole(doc: Doc, s: Sentence, m: Mention, personAt: (i: number) => boolean): { locative: boolean; origin: boolean; anchor?: number } {
  const lex = doc.lexicon;
  // "the Kuala Lumpur-based Institute", "Corvane, based in San Jose": an address, not where anything happens.
  const glued = s.tokens[m.end];
  if (glued && /^[-–]$/.test(glued.text) && !glued.spaceBefore && /^(based|berbasis|headquartered)$/.test(s.tokens[m.end + 1]?.norm ?? '')) {
    return { locative: false, origin: false };
  }
  const address = s.tokens.slice(Math.max(0, m.start - 4), m.start).map((t) => t.norm).join(' ');
  // ("He was accompanied as far as Phoenix by …": how far a trip went is a place it went to.)
  if (/\bas far as$/.test(address)) return { locative: true, origin: false };
  if (/\b(based|headquartered|headquarters|hq|berbasis|berkantor|berkantor pusat|bermarkas|berdomisili|kantor pusat|kantor pusatnya)( di| in)?( the)?$/.test(address)) return { locative: false, origin: false };
  // "a partner at Stockholm's Nordvind Capital": a city owning a firm says where the firm is, not where anyone goes.
  // ("in Tokyo's Marunouchi district" is a place in the city, not a firm of it.)
  if (possessiveAt(s.tokens, m.end) && s.tokens[m.end + 2]?.cap && m.type === 'City') {
    let e = m.end + 2;
    while (s.tokens[e]?.cap) e++;
    const after = s.tokens[e]?.norm ?? '';
    if (!AREA_NOUNS.has(after) && !lex.placeNouns.has(after) && !lex.siteNouns.has(after)) return { locative: false, origin: false };
  }
  // ("Rombongan dijadwalkan kembali ke Tanah Air": going back to the homeland is going home, no visit.)
  if ([1, 2, 3].some((d) => m.start >= d && lex.homewardCues.matchesAt(s.tokens, m.start - d).some((c) => c.end >= m.end))) return { locative: false, origin: false };
  // ("mengunjungi Lianhua untuk menjajaki kemungkinan membangun pabrik perakitan chip di Indonesia": where the aim
  // would be built, in a clause of purpose, is not where the visit is.)
  const clause = s.tokens.slice(Math.max(0, m.start - 8), m.start);
  const siteAt = clause.findLastIndex((t) => lex.siteVerbs.has(t.norm));
  if (siteAt >= 0 && clause.slice(0, siteAt).some((t) => PURPOSE_WORDS.has(t.norm) || t.norm === 'to') && !clause.slice(siteAt).some((t) => t.kind === 'punct')) return { locative: false, origin: false };
  // ("for the past two years I have been building Lumbre AI … in Buenos Aires", "selama lima tahun … di Bandung":
  // where someone has spent years is where they live.)
  const years = s.tokens.slice(0, m.start).findIndex((t, i) => YEAR_WORDS.has(t.norm) && ['for', 'past', 'last', 'selama', 'over'].some((w) => s.tokens.slice(Math.max(0, i - 4), i).some((x) => x.norm === w)));
  if (years >= 0 && m.start - years <= 30 && !s.tokens.slice(years, m.start).some((t) => t.text === ';')) return { locative: false, origin: false };
  // "grew up in Almaty", "lahir dan besar di Medan": where someone comes from, not a trip.
  if (/\b(born|raised|grew up|lahir|dibesarkan|lahir dan besar)( di| in)$/.test(address)) return { locative: false, origin: false };
  // "she spoke to us in her office in Nairobi", "di kantornya di Jakarta": where someone works, not a trip.
  // ("told The Compute Ledger from the company's headquarters in Icheon", "di kantor pusatnya di Seoul".)
  const longAddress = s.tokens.slice(Math.max(0, m.start - 6), m.start).map((t) => t.norm).join(' ');
  // ("Haruki Sato … menyambangi kantornya di Bandung", "visited her office in Bandung": unless a visitor comes to it.)
  const officeAt = s.tokens.slice(0, m.start).findLastIndex((t) => ['office', 'offices', 'headquarters', 'kantornya', 'desk'].includes(t.norm));
  const visitedOffice = officeAt > 0 && [1, 2].some((d) => lex.visitVerbs.has(s.tokens[officeAt - d]?.norm ?? '') || lex.strongVisitWords.has(s.tokens[officeAt - d]?.norm ?? ''));
  if (!visitedOffice && /\b((his|her|its|their|our|my) (own )?(office|offices|desk|headquarters)|(company|firm|group|bank|fund) ['’] s (headquarters|head office|home office)|kantornya|kantor pusatnya|ruang kerjanya)( di| in)$/.test(longAddress)) return { locative: false, origin: false };
  // "terbang dari kantornya di Singapura", "flew in from its office in Tokyo": where the trip began.
  const fromBefore = s.tokens.slice(Math.max(0, m.start - 7), m.start);
  const fromAt = fromBefore.findIndex((t) => t.norm === 'dari' || t.norm === 'from');
  // ("berpisah dari rombongan di Busan dan terbang ke Singapura": a "ke"/"to" after it heads somewhere new.)
  const lastPrep = fromBefore.slice(fromAt + 1).filter((t) => ['di', 'in', 'ke', 'to'].includes(t.norm)).at(-1)?.norm;
  // ("returned last week from ten days in South Korea": a return from a stay there is a visit.)
  const fromIdx = Math.max(0, m.start - 7) + fromAt;
  const beforeFrom = s.tokens.slice(Math.max(0, fromIdx - 4), fromIdx).filter((t) => !['last', 'week', 'month', 'this', 'lalu', 'pekan'].includes(t.norm));
  const returned = fromAt >= 0 && lex.returnFromCues.test([...beforeFrom, s.tokens[fromIdx] as Token]);
  if (fromAt >= 0 && !returned && (lastPrep === 'di' || lastPrep === 'in') && !fromBefore.slice(fromAt + 1).some((t) => t.text === ',')) return { locative: false, origin: true };
  // "rombongan Singapura dan Malaysia", "the Finnish delegation": a party named for where it comes from.
  let g = m.start - 1;
  while (g > 0 && m.start - g <= 8 && (s.tokens[g]?.cap || ['dan', 'and', ','].includes(s.tokens[g]?.norm ?? ''))) g--;
  const party = s.tokens[g]?.norm ?? '';
  if ((lex.groupNouns.has(party) || lex.partyNouns.has(party)) && !s.tokens[g]?.cap && s.tokens[g + 1]?.cap) {
    return { locative: false, origin: true };
  }
  // "a week after she got back from Taiwan", "sepulang dari Tokyo": the place was visited.
  // ("back to the United States": an article may stand between the cue and the place.)
  const cueEnd = s.tokens[m.start - 1]?.norm === 'the' ? m.start - 1 : m.start;
  for (let k = Math.max(0, m.start - 5); k < m.start; k++) {
    const r = lex.returnFromCues.matchAt(s.tokens, k);
    if (r && (r.end === m.start || r.end === cueEnd)) return { locative: true, origin: false };
  }
  // "sebelum kembali ke Singapura", "flew back to Seoul": going home is no visit.
  for (let k = Math.max(0, m.start - 5); k < m.start; k++) {
    const r = lex.returnCues.matchAt(s.tokens, k);
    if (r && (r.end === m.start || r.end === cueEnd)) return { locative: false, origin: true };
  }
  // "stay on for the Johor Bahru visit", "the Riyadh and Abu Dhabi legs": a trip noun the place names.
  const inList = (t: Token | undefined): boolean => !!t && (t.cap || t.norm === 'and' || t.text === ',');
  let n = m.end;
  while (n - m.end <= 6 && inList(s.tokens[n])) n++;
  let b = m.start - 1;
  while (m.start - b <= 7 && inList(s.tokens[b])) b--;
  const tripNoun = s.tokens[n]?.norm ?? '';
  // ("attended the Brussels meetings", "at the Riyadh talks", "the Paris summit": a gathering named for its place.)
  const gathering = (w: string): boolean => lex.visitNouns.has(w) || lex.eventNouns.has(w) || ['meeting', 'talks'].includes(w);
  if (s.tokens[b]?.norm === 'the' && (gathering(tripNoun) || gathering(tripNoun.replace(/s$/, '')))) return { locative: true, origin: false };
  // "Singapura menjadi persinggahan …", "Tokyo, the last stop, …": a place that opens its sentence as a stop of the trip.
  if (m.start === 0 && s.tokens.slice(m.end, m.end + 4).some((t) => lex.legNouns.has(t.norm) || STOP_NOUNS.has(t.norm))) return { locative: true, origin: false };
  // ("Tokyo dijalani Melinda seorang diri.", "Seoul dikunjungi Menteri …": a place opening its sentence as
  // the subject of a passive verb, someone after it, is where that someone went.)
  const passive = s.tokens[m.end];
  if (doc.language === 'id' && m.start === 0 && !!passive && /^di[a-z]{4,}$/.test(passive.norm) && !!s.tokens[m.end + 1]?.cap) return { locative: true, origin: false };
  // "Q: Where next? / Njoroge: Hyderabad, in November.": the place an answer opens with is where the question asked.
  const opensAnswer = s.paragraphStart && (m.start === 0 || afterLineLabel(s.tokens, m.start));
  if (opensAnswer && whereQuestionBefore(doc, s)) return { locative: true, origin: false };
  // "dalam etape Abu Dhabi dan Riyadh": a leg of the trip named before its place (and the places joined to it).
  if (lex.legNouns.has(s.tokens[b]?.norm ?? '')) return { locative: true, origin: false };
  let k = m.start - 1;
  // Skip determiners and direction adjectives: "in the UAE", "in southern Seoul", "di kota".
  while (k >= 0 && BEFORE_PLACE.has((s.tokens[k] as Token).norm)) k--;
  const prev = s.tokens[k];
  if (!prev) return { locative: false, origin: false };
  // "to walk the Batangas site", "toured the Kumamoto fab": a site named for its place is where the visit goes.
  const verbBefore = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (lex.visitVerbs.has(t.norm) || /Verb|Tense|Infinitive/.test(doc.names.englishTag(t.norm) ?? ''));
  if (s.tokens[m.start - 1]?.norm === 'the' && lex.siteNouns.has(s.tokens[m.end]?.norm ?? '') && verbBefore(s.tokens[m.start - 2])) {
    return { locative: true, origin: false };
  }
  // ("receiving … Bambang … at our Madrid campus": a site a possessive word owns, after "at".)
  if (['at', 'to'].includes(s.tokens[m.start - 2]?.norm ?? '') && ['our', 'its', 'their'].includes(s.tokens[m.start - 1]?.norm ?? '') && lex.siteNouns.has(s.tokens[m.end]?.norm ?? '')) {
    return { locative: true, origin: false };
  }
  // "spent two days at Sahyadri's Pune campus": a site owned by a firm, after "at" or "to".
  const owner = possessiveAt(s.tokens, m.start - 2);
  if (owner && lex.siteNouns.has(s.tokens[m.end]?.norm ?? '') && s.tokens.slice(Math.max(0, m.start - 6), m.start - 2).some((t) => ['at', 'to', 'visited', 'toured'].includes(t.norm))) {
    return { locative: true, origin: false };
  }
  // "a partner at the Tokyo fund Sakura Bridge", "di startup Jakarta": a place naming what a firm is, not where anything happens.
  // ("The Austin, Texas, company, which rents …": a state between commas may stand before the noun.)
  let firmNoun = m.end;
  let opener = m.start - 1;
  while (opener >= 0 && m.start - opener <= 5 && s.tokens[opener]?.norm !== 'the' && (s.tokens[opener]?.cap || s.tokens[opener]?.text === ',')) opener--;
  if (s.tokens[opener]?.norm === 'the') {
    let k = m.end;
    while (k - m.end <= 4 && (s.tokens[k]?.cap || s.tokens[k]?.text === ',')) k++;
    if (s.tokens[k - 1]?.text === ',') firmNoun = k;
  }
  const describesFirm = s.tokens[firmNoun]?.kind === 'word' && !s.tokens[firmNoun]?.cap && !!lex.orgCueNouns.matchAt(s.tokens, firmNoun);
  if (describesFirm) return { locative: false, origin: false };
  // ("an alternative to China", "ekspor ke Tiongkok": a word that takes "to" for what it is, not where anyone goes.)
  if (['to', 'ke'].includes(prev.norm) && lex.notDestinationWords.has(s.tokens[k - 1]?.norm ?? '')) return { locative: false, origin: false };
  if (lex.locativePrepositions.has(prev.norm) || lex.transitiveVisitVerbs.has(prev.norm)) return { locative: true, origin: false };
  // "The centrepiece was meant to be Seoul, where Verhoeckx spent Tuesday": what happens "where" happens there.
  // (Someone, not something, must act there: "Singapore, where Veridian announced" places no person.)
  if (s.tokens[m.end]?.text === ',' && ['where', 'tempat'].includes(s.tokens[m.end + 1]?.norm ?? '') && personAt(m.end + 2)) return { locative: true, origin: false };
  // ("on the edge of Johor Bahru", "on the outskirts of Riyadh" — but not inside a "which" clause that says what a firm builds.)
  if (prev.norm === 'on' && s.tokens.slice(k + 1, m.start).some((t) => EDGE_WORDS.has(t.norm)) && !inWhichClause(s.tokens, m.start)) return { locative: true, origin: false };
  // "leave Leuven on Thursday for Tokyo", "flew out for Riyadh": where the departure is bound.
  if (prev.norm === 'for' && s.tokens.slice(Math.max(0, k - 8), k).some((t) => lex.departVerbs.has(t.norm))) return { locative: true, origin: false };
  if (lex.originPrepositions.matchAt(s.tokens, k)) {
    // "arrived in Hanoi from Singapore, where he met lenders": he was in Singapore too.
    const after = s.tokens.slice(m.end, m.end + 3).map((t) => t.norm);
    const where = after[0] === ',' && (after[1] === 'where' || after[1] === 'tempat' || (after[1] === 'di' && after[2] === 'mana'));
    // "Johor, the Malaysian state across the causeway from Singapore, where …": the "where" is Johor's.
    let c = k - 1;
    while (c > 0 && k - c <= 12 && s.tokens[c]?.text !== ',') c--;
    const described = s.tokens[c]?.text === ',' && ['the', 'a', 'an'].includes(s.tokens[c + 1]?.norm ?? '');
    if (where && described) return { locative: false, origin: false };
    return where ? { locative: true, origin: false } : { locative: false, origin: true };
  }
  // A city in apposition after a named venue: "Istana Merdeka, Jakarta" / "Bangkok, Thailand".
  // "at Kota Iskandar, the seat of the Johor administration": a venue's description names where it is.
  let comma = m.start - 1;
  while (comma > 0 && m.start - comma <= 6 && (s.tokens[comma] as Token).kind === 'word' && !(s.tokens[comma] as Token).cap) comma--;
  // The description must be a noun phrase ("the seat of …"), not a clause ("yang dinilai dekat dengan …").
  if ((s.tokens[comma] as Token | undefined)?.text === ',' && comma > 0 && ['the', 'a', 'an'].includes(s.tokens[comma + 1]?.norm ?? '')) {
    let runStart = comma - 1;
    while (runStart > 0 && (s.tokens[runStart - 1] as Token).kind === 'word' && (s.tokens[runStart - 1] as Token).cap) runStart--;
    const venue = s.tokens[runStart - 1];
    // "a partner at Kanazawa Green Capital, a Tokyo fund": a workplace, not where anything happens.
    const job = lex.staffNouns.has(s.tokens[runStart - 2]?.norm ?? '');
    if ((s.tokens[runStart] as Token).cap && venue && !job && (lex.locativePrepositions.has(venue.norm) || venue.norm === 'at')) return { locative: true, origin: false, anchor: runStart - 1 };
  }
  // ("di Kecamatan Loa Kulu, Kabupaten Kutai Kartanegara": an area noun may stand between the comma and the place.)
  const areaOnly = s.tokens.slice(k + 1, m.start).every((t) => AREA_NOUNS.has(t.norm));
  if (prev.text === ',' && k > 0 && (k === m.start - 1 || areaOnly)) {
    // "GIC, Singapore's sovereign wealth fund", "MGX, the Abu Dhabi technology fund" describe, not address.
    const possessive = /^['’]$/.test(s.tokens[m.end]?.text ?? '');
    const next = s.tokens[m.end];
    if (next?.kind === 'word' && !next.cap && !ADDRESS_FOLLOWERS.has(next.norm)) return { locative: false, origin: false };
    const before = previousWord(s.tokens, k);
    if (before && before.cap && !possessive) {
      // ("bertemu … di kantor Kementerian Investasi dan Hilirisasi, Jakarta": the address is where the venue's "di" is.)
      let j = k - 1;
      const originAt = (i: number): boolean => ['dari', 'from'].includes(s.tokens[i]?.norm ?? '');
      while (j > 0 && k - j <= 14 && !lex.locativePrepositions.has((s.tokens[j] as Token).norm) && !originAt(j)) j--;
      // ("berangkat dari Bandara Juwata, Tarakan": the address of the venue a trip leaves from is where it began.)
      if (originAt(j)) return { locative: false, origin: true };
      // ("Song Hong Data yang berbasis di Hanoi, Vietnam": the country of a firm's base is no scene either.)
      // ("berkantor pusat di …": the word before the preposition may be "pusat".)
      const baseWord = s.tokens[j - 1]?.norm ?? '';
      if (BASED_WORDS.has(baseWord) || baseWord === 'pusat') return { locative: false, origin: false };
      const anchor = lex.locativePrepositions.has(s.tokens[j]?.norm ?? '') ? j : undefined;
      return anchor === undefined ? { locative: true, origin: false } : { locative: true, origin: false, anchor };
    }
  }
  return { locative: false, origin: false };
}

interface Focus {
  person: string | null;
  country: string | null;
  /** Country of the last city where something happened (a dateline's too). */
  city: string | null;
  /** Subjects of recent sentences, latest first. */
  recent: string[];
}

const PRONOUN_GENDER: Record<string, Gender | undefined> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };
const opposite = (g: Gender): Gender => (g === 'm' ? 'f' : 'm');
/** Words for a man or a woman that, with "itu"/"tersebut" after, point back at someone named ("pria asal Osaka itu"). */
const DESCRIBED_PERSON: Record<string, Gender | undefined> = { pria: 'm', lelaki: 'm', wanita: 'f', perempuan: 'f' };

/** The gender an honorific right before a mention tells ("Ms. Okafor", "Tan Sri Azman", "Ibu Retno"). */
function honorificGender(doc: Doc, m: Mention): Gender | undefined {
  const tokens = doc.sentences[m.sentence]?.tokens ?? [];
  let k = m.start;
  // Skip the period of an abbreviation and academic titles ("Ibu Dr. Retno").
  while (k > 0 && (tokens[k - 1]?.text === '.' || doc.names.isAcademicTitle(tokens[k - 1]?.text ?? ''))) k--;
  const one = tokens[k - 1]?.text ?? '';
  const two = `${tokens[k - 2]?.text ?? ''} ${one}`;
  return doc.names.genderOfHonorific(two) ?? doc.names.genderOfHonorific(one);
}

const genders = new WeakMap<EntityFindings, Map<string, Gender | undefined>>();

/** A person's gender where an honorific or the given name tells it, else unknown (once per person and article). */
function genderOf(doc: Doc, found: EntityFindings, id: string): Gender | undefined {
  let known = genders.get(found);
  if (!known) genders.set(found, (known = new Map()));
  if (!known.has(id)) known.set(id, findGender(doc, found, id));
  return known.get(id);
}

function findGender(doc: Doc, found: EntityFindings, id: string): Gender | undefined {
  for (const m of found.mentions) {
    if (m.entityId !== id || m.sentence < 0) continue;
    const g = honorificGender(doc, m);
    if (g) return g;
  }
  // Only a given name that comes first tells: in "Gan Kim Yong" the family name leads and "Kim" says nothing.
  const first = (found.table.byId.get(id)?.name ?? '').split(/\s+/)[0] ?? '';
  if (doc.names.isFamilyNameFirst(first)) return undefined;
  return doc.names.genderOfGivenName(first);
}

/** The latest subject a pronoun can be: one whose gender is known to fit wins over an unknown one. */
function recentSubject(
  recent: readonly string[],
  fits: (id: string) => boolean,
  doc: Doc,
  found: EntityFindings,
  gender: Gender | undefined,
  s?: Sentence,
): string | null {
  const candidates = recent.filter(fits);
  if (gender) {
    const sure = candidates.find((id) => genderOf(doc, found, id) === gender);
    // ("5. Not happening (yet) / Park Ji-hoon … had been expected in Riyadh. … His office now says he will
    // travel …": whoever this paragraph named is "he" before a man of an earlier paragraph, gender unknown or not.)
    const namedHere = (id: string | undefined): boolean =>
      !!s && found.mentions.some((m) => m.entityId === id && m.type === 'Person' && m.sentence < s.index && doc.sentences[m.sentence]?.paragraph === s.paragraph);
    if (sure && candidates.indexOf(sure) <= 2 && !(namedHere(candidates[0]) && !namedHere(sure))) return sure;
  }
  return candidates[0] ?? null;
}

function salience(table: EntityFindings['table'], id: string): number {
  return table.byId.get(id)?.mentions ?? 0;
}

/** Roles a reference to a wider one also means ("the director" may be the chief executive). */
const ROLE_FAMILY: Record<string, string[]> = {
  director: ['ceo', 'managing director', 'executive director'],
};

/** Roles a person is known by: titles in this article and gazetteer roles, normalised. */
function rolesOf(e: ResolvedEntity, apposed: ReadonlyMap<string, Set<string>> = new Map()): string[] {
  return [...e.roles, ...(apposed.get(e.id) ?? []), ...(e.gaz?.roles ?? []).map((r) => r.role)].map((r) => r.toLowerCase());
}

/** "Noura Al-Dhaheri, the United Arab Emirates' special envoy for …": titles written after a name, with no firm needed. */
function apposedRoles(doc: Doc, found: EntityFindings): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0) continue;
    const s = doc.sentences[m.sentence];
    if (!s || s.tokens[m.end]?.text !== ',') continue;
    const title = (found.titles.get(m.sentence) ?? []).find((t) => t.start > m.end && t.start <= m.end + 9);
    if (!title || s.tokens.slice(m.end + 1, title.start).some((t) => t.text === ',' || t.norm === 'and' || t.norm === 'dan')) continue;
    const next = s.tokens[title.end];
    if (next?.kind === 'word' && next.cap && found.mentions.some((o) => o.sentence === m.sentence && o.start === title.end && o.type === 'Person')) continue;
    out.set(m.entityId, new Set([...(out.get(m.entityId) ?? []), title.value]));
  }
  return out;
}

export function buildFacts(doc: Doc, found: EntityFindings, themeHits: Map<number, ThemeHit[]>): SentenceFacts[] {
  const lex = doc.lexicon;
  const quoteOpen = openQuotes(doc.sentences);
  let groupInFocus = false;
  let cityJustNamed: string | null = null;
  const bySentence = new Map<number, Mention[]>();
  for (const m of found.mentions) {
    if (m.sentence < 0 || !m.entityId) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const focus: Focus = { person: null, country: null, city: null, recent: [] };
  const out: SentenceFacts[] = [];
  const people = found.table.persons();
  const apposed = apposedRoles(doc, found);

  // The subject the sentence just before named, in the same paragraph.
  let lastNamed: { sentence: number; paragraph: number } | null = null;
  let pairNamed: string[] = [];
  let lastBeliau: { id: string; sentence: number } | null = null;
  const justNamed = (s: Sentence): boolean => lastNamed?.sentence === s.index - 1 && lastNamed.paragraph === s.paragraph;
  const interview = isInterview(doc);
  const askers = interview ? interviewerLabels(doc) : new Set<string>();
  const interviewee = interview ? intervieweeOf(doc, found, askers) : undefined;
  const narrator = interview ? undefined : columnistOf(doc, found);
  const blog = liveBlog(doc, found.mentions);
  let dayParagraph = -1;
  let dayRun = false;
  const blogScene = blog?.scene ? (countryOf(doc, blog.scene) ?? null) : null;
  for (const s of doc.sentences) {
    const mentions = (bySentence.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    // A section heading inside the body ("THE NIGERIAN: FOLLOW THE MONEY") opens a new scene.
    if (s.heading) dayRun = false;
    if (s.heading && out.some((f) => !f.s.heading && f.people.length > 0)) {
      focus.country = null;
      focus.city = null;
    }
    if (blog?.entryStarts.has(s.index)) {
      focus.country = blogScene;
      focus.city = blogScene;
      focus.recent = [];
    }
    const refs: PersonRef[] = [];
    const places: PlaceRef[] = [];
    const regions: Mention[] = [];
    const orgs: Mention[] = [];
    for (const m of mentions) {
      if (m.type === 'Person' && m.entityId) {
        // "DIZON-REYES: Paolo Santillan is in Singapore …": an interview's speaker label is who talks, not
        // who acts, when the answer names someone else.
        const label = m.start === 0 && s.paragraphStart && s.tokens[m.end]?.text === ':';
        const othersNamed = mentions.some((o) => o.type === 'Person' && o.entityId && o.entityId !== m.entityId);
        if (!(label && othersNamed)) refs.push({ entityId: m.entityId, at: m.start, how: 'name' });
      }
      else if (m.type === 'Organization') orgs.push(m);
      else if (m.type === 'Region') regions.push(m);
      else if ((m.type === 'Country' || m.type === 'City') && !m.demonym) {
        const country = countryOf(doc, m);
        if (!country) continue;
        // "Boise, Idaho", "Bangkok, Thailand": a place in apposition to the one before shares its role.
        const before = places[places.length - 1];
        const apposed = before && before.mention.end === m.start - 1 && s.tokens[m.start - 1]?.text === ',';
        places.push({ country, mention: m, ...(apposed ? { locative: before.locative, origin: before.origin } : placeRole(doc, s, m, (i) => doc.lexicon.subjectPronouns.has(s.tokens[i]?.norm ?? '') || mentions.some((o) => o.type === 'Person' && o.start === i))) });
      }
    }

    // "an address at National Taiwan University", "visited TSMC": an organisation as the venue puts the
    // event in its country (from the gazetteer, or a country its name holds).
    for (const o of orgs) {
      const prev = s.tokens[o.start - 1]?.norm ?? '';
      if (!VENUE_PREPOSITIONS.has(prev) && !lex.transitiveVisitVerbs.has(prev) && !meetsGovernment(doc, s, o)) continue;
      // "head of data centres at Keppel", "analyst at QIA": a job's organisation, not an event's venue.
      if ((found.titles.get(s.index) ?? []).some((t) => t.end <= o.start && o.start - t.end <= 6)) continue;
      const inner = mentions.find((m) => m.type === 'Country' && m.start >= o.start && m.end <= o.end && !m.demonym);
      const code = (o.entityId ? doc.gazetteer.byId.get(o.entityId)?.country : undefined) ?? (inner ? countryOf(doc, inner) : undefined);
      if (code && !places.some((p) => p.mention.start === o.start)) places.push({ country: code, mention: o, locative: true, origin: false, venue: true });
    }
    places.sort((a, b) => a.mention.start - b.mention.start);

    // "mengunjungi Thailand dan Malaysia", "in Taiwan, Japan and Singapore": a place joined to a
    // locative one by a conjunction is where things happen too.
    for (let i = 1; i < places.length; i++) {
      const prev = places[i - 1] as PlaceRef;
      const cur = places[i] as PlaceRef;
      if (cur.locative || cur.origin || !prev.locative) continue;
      const between = s.tokens.slice(prev.mention.end, cur.mention.start);
      // ("ke Uni Emirat Arab (UEA) dan Arab Saudi": a short form in brackets sits between them.)
      if (between.length > 0 && between.length <= 3 && between.every((t) => t.text === ',' || t.text === '(' || t.text === ')' || lex.connectors.has(t.norm))) cur.locative = true;
    }

    // Dateline ("SEOUL — …", "GYEONGJU, South Korea — …"): the place the report is filed from.
    if (s.paragraphStart) {
      // "PUTRAJAYA: …" — a place in capitals before a colon is a dateline too.
      const capsOnly = (t: Token): boolean => t.kind !== 'word' || (t.text === t.text.toUpperCase() && t.text.length > 1);
      const capsColon = (i: number): boolean => s.tokens[i]?.text === ':' && s.tokens.slice(0, i).every(capsOnly);
      // ("HSINCHU - Tamsui …": a plain hyphen after a place in capitals is a dateline's dash too.)
      // ("ASTANA, Sept 24 - …": a dated one, whose month is not in capitals.)
      const capsOrDate = (t: Token, k: number): boolean => capsOnly(t) || (k > 0 && lex.months.has(t.norm));
      const capsHyphen = (i: number): boolean => s.tokens[i]?.text === '-' && !!s.tokens[i]?.spaceBefore && s.tokens.slice(0, i).every(capsOrDate);
      const dash = s.tokens.findIndex((t, i) => t.text === '—' || t.text === '–' || capsColon(i) || (i > 0 && capsHyphen(i)));
      // ("HAMAR, Norway, 8 April 2025 – …": a press release dates its dateline.)
      const dated = dash <= 11 && s.tokens.slice(0, dash).some((t) => lex.months.has(t.norm));
      if (dash > 0 && (dash <= 6 || dated)) {
        const datelinePlace = places.find((p) => p.mention.end <= dash);
        // "ABU DHABI — Al Mansoori leaves on Sunday for a tour of Asia": the dateline is where he sets off from.
        // ("TOKYO — Minister Hoshino will visit Saudi Arabia in December": a trip still ahead sets off from it too.)
        const ahead = s.tokens.slice(dash);
        // ("LONDON - Tanase will spend much of May in the Gulf and Asia": regions count as elsewhere.)
        const elsewhere = places.some((p) => p.mention.start > dash && p.country !== places.find((q) => q.mention.end <= dash)?.country) || regions.some((r) => r.start > dash);
        const plansElsewhere = (lex.plannedCues.test(ahead) || lex.postponeCues.test(ahead)) && elsewhere;
        // ("Jakarta, 20 Oktober 2025 – Kepala BPISN … melakukan kunjungan kerja ke Osaka dan Kyoto": a trip told
        // to elsewhere, done or not, leaves from where the release is issued.)
        const home = places.find((q) => q.mention.end <= dash)?.country;
        const tripElsewhere =
          s.tokens.some((t, i) => i > dash && (lex.visitNouns.has(t.norm) || lex.strongVisitWords.has(t.norm))) &&
          places.some((p) => p.mention.start > dash && p.country !== home && ['ke', 'to'].includes(s.tokens[p.mention.start - 1]?.norm ?? '')) &&
          // (Not where the sentence is set at the dateline too: "TOKYO — … a campus in Inzai, east of Tokyo", "… a
          // tour that also took her to Malaysia".)
          !places.some((p) => p.mention.start > dash && p.country === home) &&
          !s.tokens.some((t, i) => i > dash && ['also', 'juga'].includes(t.norm));
        const setsOff = plansElsewhere || tripElsewhere || s.tokens.some((t, i) => i > dash && lex.departVerbs.has(t.norm) && s.tokens.slice(i + 1, i + 6).some((x) => ['for', 'to', 'ke', 'menuju'].includes(x.norm)));
        if (datelinePlace && setsOff) {
          datelinePlace.locative = false;
          datelinePlace.origin = true;
          // (A party told going from the dateline keeps it as the place it set off from.)
          if (tripElsewhere && !plansElsewhere) datelinePlace.dateline = true;
        } else if (datelinePlace) {
          focus.country = datelinePlace.country;
          if (datelinePlace.mention.type === 'City') focus.city = datelinePlace.country;
          datelinePlace.locative = true;
          datelinePlace.dateline = true;
        }
      }
    }

    // A diary's day line ("Tuesday, Sydney.", "Senin, Tokyo."): where that day happens.
    // ("Thursday, still Ho Chi Minh City.": a word may come before the place; nothing but a stop after it.)
    // ("Monday, 3 November — Dubai": a date and a dash may come between.)
    const dayLine = s.paragraphStart && lex.weekdays.has(s.tokens[0]?.norm ?? '') && s.tokens[1]?.text === ',';
    let dayAt = 2;
    while (dayLine && (s.tokens[dayAt]?.kind === 'number' || lex.months.has(s.tokens[dayAt]?.norm ?? '') || s.tokens[dayAt]?.text === ',')) dayAt++;
    if (dayLine && dayAt > 2 && DAY_DASHES.has(s.tokens[dayAt]?.text ?? '')) dayAt++;
    // ("Week one and a half: Singapore.": a stage of a trip labelled, then its place and nothing else.)
    const colon = s.tokens.findIndex((t) => t.text === ':');
    const stageLine = s.paragraphStart && colon >= 1 && colon <= 6 && !mentions.some((m) => m.type === 'Person' && m.start < colon);
    const dayPlace = dayLine
      ? places.find((p) => (p.mention.start === dayAt || (p.mention.start === dayAt + 1 && !s.tokens[dayAt]?.cap)) && (s.tokens.length - p.mention.end <= 1 || (dayAt > 2 && s.tokens[p.mention.end]?.text === ':')))
      : stageLine
        ? places.find((p) => p.mention.start === colon + 1 && s.tokens.length - p.mention.end <= 1)
        : undefined;
    // (A day line standing as a paragraph of its own heads the paragraphs after it, up to the next heading.)
    if (dayLine && !dayPlace) dayRun = false;
    if (dayPlace) {
      dayParagraph = s.paragraph;
      dayRun = doc.sentences[s.index + 1]?.paragraph !== s.paragraph;
      dayPlace.locative = true;
      dayPlace.dateline = true;
      focus.country = dayPlace.country;
      focus.city = dayPlace.country;
    }

    // Pronouns, "sang CEO", "the chief executive", possessives.
    const prevSubject = focus.person;
    const named = [...refs];
    // "the OpenAI chief", "sang CEO Microsoft": a title tied to an organisation points at its holder.
    for (const org of orgs) {
      const det = s.tokens[org.start - 1]?.norm ?? '';
      const after = lex.titles.matchAt(s.tokens, org.end);
      const before = found.titles.get(s.index)?.find((t) => t.end === org.start);
      // ("Daeyang's chief executive, who landed …": a firm's possessive before the title, no name after.)
      const owned = possessiveAt(s.tokens, org.end) ? lex.titles.matchAt(s.tokens, org.end + 2) : null;
      const holderTitle = det === 'the' && after ? after : before && (s.tokens[before.start - 1]?.norm === 'sang') ? before : (owned ?? undefined);
      if (!holderTitle || !org.entityId) continue;
      const next = s.tokens[holderTitle.end];
      if (next && next.kind === 'word' && next.cap) continue; // a name follows: not a reference
      const holder = holderOf(found, org.entityId, holderTitle.value.toLowerCase());
      if (holder) refs.push({ entityId: holder, at: holderTitle.start, how: 'reference' });
    }
    for (const m of mentions) {
      if (!m.demonym || s.tokens[m.start - 1]?.norm !== 'the') continue;
      const title = lex.titles.matchAt(s.tokens, m.end);
      const next = title ? s.tokens[title.end] : undefined;
      if (!title || (next && next.kind === 'word' && next.cap)) continue;
      // "The Korean executive": among the people in focus, the one whose role is of that kind.
      const family = roleFamily(title.value);
      const fitting = people.filter((p) => family && rolesOf(p, apposed).some((r) => roleFamily(r) === family));
      const pick = fitting.sort((a, b) => salience(found.table, b.id) - salience(found.table, a.id))[0];
      const id = pick?.id ?? focus.recent[0];
      if (id) refs.push({ entityId: id, at: m.start - 1, how: 'reference' });
    }
    // Quotations of this sentence: who speaks inside one is not who acts outside it.
    const quoteSpans = quoteRanges(s.tokens, quoteOpen[s.index] ?? false);
    const inQuote = (at: number): boolean => quotedAt(quoteSpans, at);
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      // "Back in Hsinchu, the 51-year-old engineer spent …": an age given to someone is the person in focus.
      const aged = t.norm === 'the' && s.tokens[i + 1]?.kind === 'number' && s.tokens[i + 3]?.norm === 'year' && s.tokens[i + 5]?.norm === 'old';
      if (aged && !named.some((r) => r.at > i && r.at <= i + 8) && prevSubject) {
        refs.push({ entityId: prevSubject, at: i, how: 'reference' });
        return;
      }
      const ref = lex.personReferences.matchAt(s.tokens, i);
      // ("Adapun Bupati Bulungan berangkat …": the office with the area it governs, no name after, is its holder.)
      const governs = !!ref && mentions.some((m) => m.start === ref.end && (m.type === 'City' || m.type === 'Region' || m.type === 'Country')) && !mentions.some((m) => m.type === 'Person' && m.start > ref.end && m.start <= ref.end + 3);
      // ("The guest list", "the investor base": a reference noun modifying another noun is no person.)
      const tagAt = (k: number): string => (s.tokens[k]?.kind === 'word' && !s.tokens[k]?.cap ? (doc.names.englishTag(s.tokens[k]?.norm ?? '') ?? '') : '');
      const modifier = doc.language === 'en' && !!ref && /^(Noun|Singular|Plural|Infinitive)$/.test(tagAt(ref.end)) && /^(PastTense|PresentTense|Copula|Modal|Auxiliary)$/.test(tagAt(ref.end + 1));
      if (ref && !modifier && (governs || !(s.tokens[ref.end]?.cap && s.tokens[ref.end]?.kind === 'word'))) {
        const role = ref.value.toLowerCase();
        // ("sang direktur" after "Direktur Utama Yohanes …": a chief executive is a director too.)
        const family = [role, ...(ROLE_FAMILY[role] ?? [])];
        const candidates = people.filter((p) => role !== '' && rolesOf(p, apposed).some((r) => family.includes(r)));
        const pick = candidates.sort((a, b) => salience(found.table, b.id) - salience(found.table, a.id))[0];
        // ("… came home to Hanoi. The chairwoman of Song Hong …, travelled …": a role the article has not yet
        // given anyone, opening a sentence, introduces the person just named.)
        const prevEntity = prevSubject ? found.table.byId.get(prevSubject) : undefined;
        const opensWithRole = i <= 1 && candidates.length === 0 && !!prevEntity && rolesOf(prevEntity, apposed).length === 0;
        // ("beliau" is kept for one respected person: it goes on pointing at whoever it pointed at before.)
        const isBeliau = t.norm === 'beliau';
        const honoured = isBeliau && lastBeliau && s.index - lastBeliau.sentence <= 6 && !named.some((r) => r.at < i) ? lastBeliau.id : undefined;
        // ("The chairman of Chinese server maker Pengcheng said … / Zhao Lifeng, accompanied …": a wire's lede
        // that describes before it names points at the first person the next sentences open on.)
        const introducedNext = !prevSubject && candidates.length === 0 && s.index <= LEDE_SENTENCES && !named.length ? nameOpeningAfter(found, s.index) : undefined;
        const id = pick?.id ?? honoured ?? (role === '' || opensWithRole ? prevSubject : null) ?? introducedNext ?? null;
        if (id) refs.push({ entityId: id, at: i, how: 'reference' });
        if (id && isBeliau) lastBeliau = { id, sentence: s.index };
        return;
      }
      // "pria asal Osaka itu", "the man from Osaka": a person described, then pointed back at.
      const described = DESCRIBED_PERSON[t.norm];
      if (described && s.tokens.slice(i + 1, i + 6).some((x) => x.norm === 'itu' || x.norm === 'tersebut') && !named.some((r) => r.at > i && r.at <= i + 5)) {
        const other = opposite(described);
        const fitsGender = (id: string | null | undefined): boolean => !!id && genderOf(doc, found, id) !== other;
        const id = recentSubject(focus.recent, fitsGender, doc, found, described);
        if (id) refs.push({ entityId: id, at: i, how: 'reference' });
        return;
      }
      const subjectP = lex.subjectPronouns.has(t.norm);
      const objectP = lex.objectPronouns.has(t.norm);
      const possessiveP = lex.possessivePronouns.has(t.norm);
      // "her office", "his company": a possessive before a noun other than a trip makes no traveller.
      const next = s.tokens[i + 1];
      // ("her fourth trip to Taiwan", "his three-day visit": a few describing words may stand before the trip.)
      const tripAhead = [2, 3, 4, 5].some((d) => lex.visitNouns.has(s.tokens[i + d]?.norm ?? '') && s.tokens.slice(i + 1, i + d).every((x) => !x.cap && (x.kind !== 'punct' || x.text === '-')));
      const ownsThing = possessiveP && !subjectP && !tripAhead && next?.kind === 'word' && !next.cap && !lex.visitNouns.has(next.norm) && !lex.locativePrepositions.has(next.norm) && !['and', 'to', 'by', 'for', 'dan', 'next', 'last', 'this', 'on', 'in', 'at', 'when', 'after', 'before', 'there', 'here'].includes(next.norm);
      if (ownsThing) return;
      if (subjectP || objectP || possessiveP) {
        const gender = PRONOUN_GENDER[t.norm];
        const fits = (id: string | null | undefined): boolean => !!id && (!gender || genderOf(doc, found, id) !== opposite(gender));
        // Within a sentence a pronoun points back to its first named person; an object pronoun
        // cannot be the subject of its own clause (the person right before it).
        // ('"Professor Lee made us …," she recalls': a name inside a quotation is no antecedent for a pronoun outside it.)
        let before = refs.filter((r) => r.at < i && r.how !== 'pronoun' && fits(r.entityId) && (inQuote(i) || !inQuote(r.at)));
        if (objectP && !subjectP) {
          // "President Lee received him": the person right before, in the same clause, is not "him".
          const nearest = before[before.length - 1];
          // ("Datuk Harun, the state official in charge, received her": an apposition keeps the clause.)
          const between = nearest ? s.tokens.slice(nearest.at, i) : [];
          const commas = between.map((x, k) => (x.text === ',' ? k : -1)).filter((k) => k >= 0);
          const apposition = commas.length === 2 && ['the', 'a', 'an'].includes(between[(commas[0] as number) + 1]?.norm ?? '');
          const marks = between.filter((x, k) => CLAUSE_MARKS.has(x.norm) && !(apposition && x.text === ',' && commas.includes(k)));
          const sameClause = nearest && marks.length === 0;
          if (sameClause) before = before.slice(0, -1);
        }
        // (The subject of the sentence just before is "he" whatever other men were named earlier.)
        const id = before[0]?.entityId ?? (justNamed(s) && fits(prevSubject) ? prevSubject : recentSubject(focus.recent, fits, doc, found, gender, s));
        if (id) refs.push({ entityId: id, at: i, how: 'pronoun' });
        return;
      }
      // "I" inside a quotation is the person quoted: the speaker named in this paragraph, else the main person.
      // (Interviews print answers without quotation marks: "I" is then the interviewee too.)
      // "Rekan saya" (my colleague), "told me": not the one who acts.
      // ("Dari Dhaka saya terbang …": after a name inside the sentence, "saya" opens the clause; "Rekan saya" is still "my colleague".)
      const possessiveSaya = doc.language === 'id' && i > 0 && (s.tokens[i - 1] as Token).kind === 'word' && (!(s.tokens[i - 1] as Token).cap || i === 1) && !SAYA_SUBJECT_BEFORE.has((s.tokens[i - 1] as Token).norm) && !SENTENCE_ADVERB.test((s.tokens[i - 1] as Token).norm);
      // (Outside quotation marks, outside an interview, "I" is the writer of a column or diary: nobody in the news.)
      const quoted = inQuote(i);
      // ("My co-founder, Daniel Otieno, was in Frankfurt": the one named after "my …" is the subject.)
      // ("My guest today runs research at Fjellheim Labs in Oslo": "my" and a word for someone else is that
      // someone — in an interview, the guest is the one interviewed.)
      const myOther = t.norm === 'my' && (OTHERS_OF_MINE.has(s.tokens[i + 1]?.norm ?? '') || lex.kinNouns.has(s.tokens[i + 1]?.norm ?? '') || lex.staffNouns.has(s.tokens[i + 1]?.norm ?? ''));
      if (myOther) {
        if (interview && GUEST_WORDS.has(s.tokens[i + 1]?.norm ?? '') && interviewee) refs.push({ entityId: interviewee, at: i, how: 'reference' });
        return;
      }
      const namesOther = t.norm === 'my' && named.some((p) => p.how === 'name' && p.at > i && p.at - i <= 6);
      // (Unless a note at the end names the writer: "Tan Wei Ling is chief executive of …" — then "I" is Tan.)
      // ("Hafiz … joined me for both days of talks": a named writer is "me" too.)
      if (lex.firstPersonPronouns.has(t.norm) && (t.cap || t.norm !== 'i') && (t.norm !== 'me' || (!!narrator && !quoted)) && !possessiveSaya && !namesOther && (quoted || interview || !!narrator || doc.language === 'id')) {
        // ("Pham Quoc Vinh … menerima saya di kantornya … ujar Vinh": outside quotation marks, a named writer's
        // "saya" stays the writer's, whoever speaks in the paragraph.)
        const id = (!quoted && !interview ? narrator : undefined) ?? paragraphSpeaker(doc, found, s.paragraph) ?? (quoted ? undefined : (interviewee ?? narrator)) ?? mostSalient(found);
        if (id) refs.push({ entityId: id, at: i, how: 'pronoun' });
        return;
      }
      // "A: We spent four days in Daejeon": in an interview's answer, "we" is the interviewee's party.
      // ("Komisaris utama kami" is "our"; "kami kirim magang ke Singapura" sends others.)
      const sends = [i + 1, i + 2].some((k) => SEND_VERBS.has(s.tokens[k]?.norm ?? ''));
      if (interviewee && !quoted && !possessiveSaya && !sends && lex.firstPersonPluralPronouns.has(t.norm) && !questionParagraph(doc, s.paragraph)) {
        refs.push({ entityId: paragraphSpeaker(doc, found, s.paragraph) ?? interviewee, at: i, how: 'pronoun' });
        return;
      }
      // ("We started in Bengaluru with three days of meetings": a named writer's own "we", outside quotation marks.)
      if (narrator && !interview && !quoted && !possessiveSaya && !sends && lex.firstPersonPluralPronouns.has(t.norm) && (i === 0 || !s.tokens[i - 1]?.cap || s.tokens[i - 1]?.kind !== 'word')) {
        refs.push({ entityId: narrator, at: i, how: 'pronoun' });
        return;
      }
      // ('"We came to Doha because the capital is here," Bayu said': a quoted "we" that travels takes its speaker along.)
      const travels = [i + 1, i + 2].some((k) => lex.visitVerbs.has(s.tokens[k]?.norm ?? '') || lex.strongVisitWords.has(s.tokens[k]?.norm ?? '') || COME.has(s.tokens[k]?.norm ?? ''));
      if (quoted && !sends && travels && lex.firstPersonPluralPronouns.has(t.norm)) {
        const id = paragraphSpeaker(doc, found, s.paragraph);
        if (id) refs.push({ entityId: id, at: i, how: 'pronoun' });
        if (id) return;
      }
      // "You have just returned from Hsinchu?" — in an interview, the interviewer's "you" is the interviewee.
      // ("Q: Before Korea you were in Abu Dhabi." — "A: In March, yes.": or a statement on the interviewer's line the answer affirms.)
      if (interview && lex.secondPersonPronouns.has(t.norm) && (questionParagraph(doc, s.paragraph) || (interviewerLine(doc, s.paragraph, askers) && affirmedNext(doc, s.paragraph)))) {
        const id = interviewee ?? mostSalient(found);
        if (id) refs.push({ entityId: id, at: i, how: 'pronoun' });
        return;
      }
      // Indonesian -nya on a visit noun: "lawatannya" is the trip of the person in focus.
      if (doc.language === 'id' && t.norm.endsWith('nya') && lex.visitNouns.has(t.norm.slice(0, -3))) {
        const id = named.find((r) => r.at < i)?.entityId ?? prevSubject;
        if (id) refs.push({ entityId: id, at: i, how: 'possessive' });
      }
    });
    // "Kepala Pusat Riset … di BRIN itu baru kembali dari Hsinchu": a title phrase closed by "itu" /
    // "tersebut" opening the sentence points back to the person in focus.
    const opening = (found.titles.get(s.index) ?? []).find((t) => t.start <= 1);
    if (opening && prevSubject && !refs.some((r) => r.how === 'name' && r.at < opening.start + 16)) {
      const closer = s.tokens.findIndex((t, i) => i > opening.end && i <= opening.end + 14 && (t.norm === 'itu' || t.norm === 'tersebut'));
      if (closer > 0 && !s.tokens.slice(opening.end, closer).some((t) => t.text === ',' || t.text === '.')) refs.push({ entityId: prevSubject, at: opening.start, how: 'reference' });
    }
    // "… mengirim Chen Yi-ting dan Tsai Pei-shan ke Jawa Timur. Keduanya tiba di Surabaya …": a pair
    // pronoun opening a sentence is the people the sentence before named together.
    // ("Dari Kuching, keduanya terbang ke Singapura": after an opening phrase too.)
    const pairAt = s.tokens.findIndex((t, i) => i <= 4 && lex.groupPronouns.has(t.norm) && !refs.some((r) => r.at < i));
    const usesPair = pairAt >= 0 && pairNamed.length >= 2 && !refs.some((r) => r.at <= pairAt);
    if (usesPair) for (const id of pairNamed) refs.push({ entityId: id, at: pairAt, how: 'pronoun' });
    // "MARCH — TOMASZ KELLER ON THE ROAD": a section heading in capitals names whom its entries follow.
    if (s.heading && refs.length === 0) {
      const words = s.tokens.map((t) => (t.kind === 'word' && t.text === t.text.toUpperCase() ? t.norm : ''));
      for (const p of people) {
        const name = nameWords(p.name);
        const at = words.findIndex((_, i) => name.length >= 2 && name.every((w, k) => words[i + k] === w));
        if (at >= 0) refs.push({ entityId: p.id, at, how: 'name' });
      }
    }
    // "CHAIR: … tell us where you went and why?" — "Mr ASHDOWN: Certainly. Seoul in February, Tokyo in
    // March, and Abu Dhabi in May …": an answer's list of places is where its speaker went.
    const listsStops = interview && !refs.some((r) => r.at <= (places[0]?.mention.start ?? 0)) && listsWhereAsked(doc, s, places);
    if (listsStops) {
      for (const p of places) if (!p.origin) p.locative = true;
      const speaker = paragraphSpeaker(doc, found, s.paragraph);
      if (speaker) refs.push({ entityId: speaker, at: 0, how: 'pronoun' });
    }
    // "• Feb. 12 — Travels on to Osaka …", "Continues to Riyadh …": a timeline entry that opens on its
    // verb, naming no one, goes on with whoever is in focus.
    const entryVerb = entryVerbAt(doc, s.tokens);
    if (entryVerb >= 0 && refs.length === 0 && prevSubject) refs.push({ entityId: prevSubject, at: entryVerb, how: 'reference' });
    refs.sort((a, b) => a.at - b.at);
    // (People named side by side: "X dan Y", "X and Y", "X didampingi Y"; the pair carries on while it is spoken of.)
    const namedHere = refs.filter((r) => r.how === 'name');
    const joined = namedHere.filter((r, k) => {
      const other = namedHere[k + 1] ?? namedHere[k - 1];
      if (!other) return false;
      const [a, b] = r.at < other.at ? [r.at, other.at] : [other.at, r.at];
      return s.tokens.slice(a, b).some((t, j) => ['dan', 'and', 'serta', 'bersama', 'beserta'].includes(t.norm) || !!lex.accompanyVerbs.matchAt(s.tokens, a + j));
    }).map((r) => r.entityId);
    if (namedHere.length && (!usesPair || joined.length >= 2)) pairNamed = joined;

    const past = earlierYear(doc, s);
    const contextPlace = lex.contextPlaceWords.test(s.tokens) || lex.countryReferences.test(s.tokens);
    const caption = CAPTION_TAIL.test(s.text) || s.tokens.some((t) => t.norm === 'left' || t.norm === 'right' || t.norm === 'kiri' || t.norm === 'kanan');
    // A group as actor: its noun, or "mereka"/"they" right after a sentence about it.
    const groupNoun = s.tokens.some((t) => lex.groupNouns.has(t.norm));
    const group: boolean = groupNoun || (groupInFocus && s.tokens.some((t) => lex.groupPronouns.has(t.norm)));
    groupInFocus = group || (groupInFocus && refs.length === 0);
    // "Are you going to Hanoi?" — "Not yet.": a question claims and moves nothing.
    const question = s.text.trimEnd().endsWith('?');
    // ("PL: Then Canada." — "Montreal is … I spent an afternoon with their students": the answer is about the place asked.)
    const askedBefore = interview && s.paragraph > 0 && interviewerLine(doc, s.paragraph - 1, askers) && !interviewerLine(doc, s.paragraph, askers);
    const askedCountries = new Set(askedBefore ? out.filter((f) => f.s.paragraph === s.paragraph - 1 && !f.past).flatMap((f) => f.places.map((p) => p.country)) : []);
    // ("Where did the money come from?" — "A: Singapore, mainly. I spent almost two weeks there …": an answer
    // that opens on the place asked for is about it.)
    const answerOpening = askedBefore && !s.paragraphStart ? out.find((f) => f.s.paragraph === s.paragraph && f.s.paragraphStart) : undefined;
    const answeredPlace = answerOpening?.places.find((p) => p.locative && afterLineLabel(answerOpening.s.tokens, p.mention.start));
    if (askedCountries.size === 0 && answeredPlace) askedCountries.add(answeredPlace.country);
    out.push({
      s,
      quoteOpen: quoteOpen[s.index] ?? false,
      group,
      focusPerson: focus.recent[0] ?? null,
      entryStart: blog?.entryStarts.has(s.index) ?? false,
      dayScene: dayParagraph === s.paragraph || dayRun,
      narrator: narrator ?? null,
      interviewee: interviewee ?? null,
      question,
      asked: askedCountries.size === 1 ? ([...askedCountries][0] ?? null) : null,
      listsStops,
      people: dedupe(refs),
      orgs,
      places,
      regions,
      themes: (themeHits.get(s.index) ?? []).filter((h) => !deniedAim(doc, s.tokens, h)),
      contextPlace,
      // "signed the lease at a ceremony in the capital": the city in focus, wherever the talk went since.
      // ("… will open a lab in Bengaluru. Vross is scheduled to visit the city in July": the one city the
      // sentence before named, scene or not.)
      focus: lex.cityReferences.test(s.tokens) && (cityJustNamed ?? focus.city) ? (cityJustNamed ?? focus.city) : focus.country,
      caption,
      past,
    });

    // The first named person is the sentence's subject for the next sentence's pronouns;
    // the focus country moves with locative mentions.
    // ("'Professor Lee made us measure everything twice,' she recalls": who speaks is the subject, not whom she quotes.)
    const subject = refs.find((r) => !inQuote(r.at)) ?? refs[0];
    // (A quoted "I" guessed to be the story's main person is too weak a link to carry on.)
    const firstPerson = !!subject && lex.firstPersonPronouns.has(s.tokens[subject.at]?.norm ?? '');
    lastNamed = subject && !firstPerson ? { sentence: s.index, paragraph: s.paragraph } : null;
    // ("Siapa: Ferdinand Hutapea, …" — "Pendamping: Sekar Ayu Lestari, …": a fact box's companion goes along;
    // the box still follows its traveller.)
    const alongside = companionLine(doc, s.tokens) && !!prevSubject;
    if (subject && alongside) {
      focus.recent = [prevSubject as string, subject.entityId, ...focus.recent.filter((x) => x !== subject.entityId && x !== prevSubject)].slice(0, 4);
    } else if (subject) {
      focus.person = subject.entityId;
      focus.recent = [subject.entityId, ...focus.recent.filter((x) => x !== subject.entityId)].slice(0, 4);
    }
    // A place where something happens to somebody, or where a trip goes ("Lawatan akan ditutup di
    // Shenzhen"), moves the focus; "a project in the US" does not.
    const trip = s.tokens.some((t) => lex.strongVisitWords.has(t.norm));
    // A look back ("when Macron was in Dubai in December 2023") leaves the story where it was.
    // "she stayed in Nairobi": a place someone did not leave is no new scene.
    const stayed = s.tokens.some((t) => STAY_WORDS.has(t.norm));
    // "Kanda said Sakuragawa wanted … for customers in Japan": what a speaker says moves no scene.
    const first = refs[0];
    const reportedSpeech = !trip && !!first && [1, 2, 3].some((d) => lex.speechVerbs.has(s.tokens[first.at + d]?.norm ?? '') && s.tokens.slice(first.at + 1, first.at + d).every((t) => t.kind === 'word' && t.cap));
    // ("On Wednesday the delegation moves on to Stockholm": a travelling party moves it too.)
    // ("they", "them" only while a party is in focus: "… to package and test them" moves nothing.)
    const party = group;
    // ("Singapura menjadi persinggahan …": a stop that opens its sentence is the new scene.)
    // ("Where did the money come from?" — "A: Singapore, mainly.": so does a place that opens an answer.)
    const stopOpens = places.some((p) => p.locative && (p.mention.start === 0 || afterLineLabel(s.tokens, p.mention.start)));
    const loc = (refs.length || trip || party || stopOpens) && !past && !stayed && !reportedSpeech && !question ? places.filter((p) => p.locative) : [];
    // "Beyond the door is the training cleanroom of the … Center in Chandler": before anyone travels,
    // a feature's opening scene is where "the centre" later is.
    const scene = !focus.country && !past && refs.length === 0 ? places.filter((p) => p.locative && p.mention.type === 'City') : [];
    const last = loc[loc.length - 1] ?? scene[0];
    if (last) focus.country = last.country;
    const lastCity = loc.filter((p) => p.mention.type === 'City').at(-1) ?? scene[0];
    if (lastCity) focus.city = lastCity.country;
    // ("spent three days in Singapore. He met the city-state's regulator": a city in focus lies in the country in focus.)
    else if (last) focus.city = last.country;
    // (Not a firm's address: "Mumbai-based … spent three days in Singapore. He met the city-state's regulator".)
    const address = (p: PlaceRef): boolean => /^[-–]$/.test(s.tokens[p.mention.end]?.text ?? '') && BASED_WORDS.has(s.tokens[p.mention.end + 1]?.norm ?? '');
    const cities = new Set(places.filter((p) => !p.origin && p.mention.type === 'City' && !address(p)).map((p) => p.country));
    cityJustNamed = cities.size === 1 ? ([...cities][0] ?? null) : null;
  }
  return out;
}

/** The sentence is set in an earlier year than the article's: a year before it, or "last year". */
function earlierYear(doc: Doc, s: Sentence): boolean {
  if (doc.lexicon.pastCues.test(s.tokens)) return true;
  const published = Number(doc.article.publishedAt?.slice(0, 4));
  if (!published) return false;
  return s.tokens.some((t) => t.kind === 'number' && /^(19|20)\d\d$/.test(t.text) && Number(t.text) < published);
}

const STAY_WORDS = new Set(['stayed', 'stays', 'remained', 'remains', 'tetap']);

/** "Rencananya saya ke Bengaluru", "biasanya saya …": an adverb in -nya before "saya" opens the clause, it owns nothing. */
const SENTENCE_ADVERB = /^[a-z]{4,}nya$/;

/** Words after which an Indonesian "saya" is the speaker ("kata saya", "lalu saya", "bergabung dengan saya"), not a possessive ("rekan saya"). */
const SAYA_SUBJECT_BEFORE = new Set(['dan', 'kata', 'menurut', 'karena', 'ketika', 'saat', 'jika', 'kalau', 'maka', 'lalu', 'kemudian', 'tapi', 'tetapi', 'namun', 'yang', 'sehingga', 'bahwa', 'nanti', 'kini', 'sekarang', 'kemarin', 'besok', 'tadi', 'akhirnya', 'jadi', 'sebelumnya', 'setelah', 'sesudah', 'sebelum', 'sejak', 'bila', 'waktu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'depan', 'ini', 'itu', 'ya', 'pagi', 'siang', 'sore', 'malam', 'mendatang', 'dulu', 'terakhir', 'dengan', 'bersama', 'mendampingi', 'menemani']);

/** Verbs an entry may open on that are no nouns too ("Talks with …" names no one going anywhere). */
const ENTRY_NOUNS = new Set(['talks', 'trips', 'meetings', 'visits', 'stops', 'tours']);
const GOES_ON = new Set(['continues', 'crosses', 'presses', 'proceeds']);

/** Where a subjectless entry's verb stands: first, or right after a date and its dash ("• Feb. 10 — Lands in Seoul"). */
function entryVerbAt(doc: Doc, tokens: readonly Token[]): number {
  if (doc.language !== 'en') return -1;
  const dash = tokens.findIndex((t, i) => i <= 6 && (t.text === '—' || t.text === '–' || t.text === ':'));
  const dated = dash > 0 && tokens.slice(0, dash).some((t) => t.kind === 'number' || doc.lexicon.months.has(t.norm) || doc.lexicon.weekdays.has(t.norm));
  const at = dated ? dash + 1 : 0;
  const verb = tokens[at];
  const next = tokens[at + 1];
  // (A verb of the present: "Lands", "Travels", "Continues" — a timeline's tense.)
  const moves = !!verb && verb.cap && verb.norm.endsWith('s') && !ENTRY_NOUNS.has(verb.norm) && (doc.lexicon.visitVerbs.has(verb.norm) || doc.lexicon.departVerbs.has(verb.norm) || GOES_ON.has(verb.norm));
  return moves && next?.kind === 'word' ? at : -1;
}

/** A fact box's line for who goes along: "Pendamping: …", "Accompanied by: …". */
export function companionLine(doc: Doc, tokens: readonly Token[]): boolean {
  const label = doc.lexicon.companionLabels.matchAt(tokens, 0);
  return !!label && tokens[label.end]?.text === ':';
}

/** Who "my …" may be besides kin and staff: "my guest", "my colleague". */
const OTHERS_OF_MINE = new Set(['guest', 'guests', 'colleague', 'colleagues', 'friend', 'friends', 'partner', 'boss', 'host', 'co-host', 'cohost', 'co-founder', 'cofounder', 'interviewee']);
const GUEST_WORDS = new Set(['guest', 'interviewee']);

/** Position i follows a line's short label and its colon ("Njoroge: Hyderabad", "A: Singapore"). */
function afterLineLabel(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ':' && i <= 4;
}

const WHERE_WORDS = new Set(['where', 'mana', 'ke mana', 'kemana']);

/** An answer's opening (or what follows a one-word reply, "Certainly.") that opens on a place, after a question asking where. */
function listsWhereAsked(doc: Doc, s: Sentence, places: readonly PlaceRef[]): boolean {
  const ids = doc.paragraphs[s.paragraph]?.sentences ?? [];
  const reply = doc.sentences[ids[0] ?? -1];
  const second = ids[1] === s.index && !!reply && reply.tokens.filter((t) => t.kind === 'word').length <= 4 && !reply.text.trimEnd().endsWith('?');
  const opensOn = places.some((p) => p.mention.start === 0 || afterLineLabel(s.tokens, p.mention.start));
  // ("HOLLOWAY: And before Tokyo?" — "SOLBERG: Montreal, in September."; "What's next?" — "Bengaluru in
  // January.": a short answer naming a place to a short question is a stop too.)
  const words = (x: Sentence | undefined): number => x?.tokens.filter((t) => t.kind === 'word').length ?? 99;
  const prev = doc.paragraphs[s.paragraph - 1];
  const asked = prev ? doc.sentences[prev.sentences.at(-1) ?? -1] : undefined;
  const shortExchange = s.paragraphStart && words(s) <= 6 && !!asked && asked.text.trimEnd().endsWith('?') && words(asked) <= 7 && !!prev && questionParagraph(doc, s.paragraph - 1);
  return (s.paragraphStart || second) && opensOn && places.length >= 1 && (whereQuestionBefore(doc, s) || shortExchange);
}

/** The paragraph before asks where: "Where next?", "Ke mana berikutnya?". */
function whereQuestionBefore(doc: Doc, s: Sentence): boolean {
  const prev = s.paragraph - 1;
  if (prev < 0 || !questionParagraph(doc, prev)) return false;
  const last = doc.sentences[doc.paragraphs[prev]?.sentences.at(-1) ?? -1];
  return !!last && last.tokens.some((t) => WHERE_WORDS.has(t.norm));
}

/** Words that say yes to what was put ("In March, yes.", "Betul."). */
const AFFIRMATIONS = new Set(['yes', 'yeah', 'correct', 'indeed', 'right', 'ya', 'iya', 'betul', 'benar']);

/** The next paragraph's first sentence says yes. */
function affirmedNext(doc: Doc, paragraph: number): boolean {
  const first = doc.sentences[doc.paragraphs[paragraph + 1]?.sentences[0] ?? -1];
  return !!first && first.tokens.length <= 10 && first.tokens.some((t) => AFFIRMATIONS.has(t.norm));
}

/** An interviewer's paragraph: it ends on a question ("You have just returned from Hsinchu. What took you there?"). */
function questionParagraph(doc: Doc, paragraph: number): boolean {
  const last = doc.paragraphs[paragraph]?.sentences.at(-1);
  return last !== undefined && !!doc.sentences[last]?.text.trimEnd().endsWith('?');
}

const GOVERNMENT_KINDS = new Set(['ministry', 'government', 'agency']);

/**
 * "bertemu pejabat Kementerian Ekonomi, Perdagangan, dan Industri Jepang", "met officials of Korea's
 * science ministry": meeting a government body is meeting it in its country.
 */
function meetsGovernment(doc: Doc, s: Sentence, o: Mention): boolean {
  const kind = o.entityId ? doc.gazetteer.byId.get(o.entityId)?.kind : undefined;
  const head = s.tokens[o.start]?.norm ?? '';
  if (!(kind && GOVERNMENT_KINDS.has(kind)) && !['kementerian', 'ministry', 'departemen', 'department'].includes(head)) return false;
  for (let k = o.start - 1; k >= 0 && o.start - k <= 5; k--) {
    if (doc.lexicon.meetVerbs.matchesAt(s.tokens, k).some((m) => m.end <= o.start)) return true;
    const t = s.tokens[k] as Token;
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

/** Words telling where an organisation is based ("yang berbasis di Hanoi", "headquartered in"). */
export const BASED_WORDS = new Set(['berbasis', 'berkantor', 'bermarkas', 'based', 'headquartered']);

/** Coming somewhere: "we came to Doha", "came to sign". */
export const COME = new Set(['came', 'come', 'comes', 'coming', 'datang']);

/** How far into an article a lede may describe its subject before naming them. */
const LEDE_SENTENCES = 3;

/** The person a sentence among the next three opens on (named at its first or second token). */
function nameOpeningAfter(found: EntityFindings, sentence: number): string | undefined {
  const opening = found.mentions
    .filter((m) => m.type === 'Person' && m.entityId && m.sentence > sentence && m.sentence <= sentence + 3 && m.start <= 1)
    .sort((a, b) => a.sentence - b.sentence)[0];
  return opening?.entityId ?? undefined;
}

/** The speaker label opening a paragraph ("Pacific Ledger:", "PL:"), folded, or undefined. */
function lineLabel(doc: Doc, paragraph: number): string | undefined {
  const first = doc.sentences[doc.paragraphs[paragraph]?.sentences[0] ?? -1];
  return first ? speakerLabel(first.tokens) : undefined;
}

/** The labels an interview's questions open with, and their initials ("Pacific Ledger" → "pl"). */
function interviewerLabels(doc: Doc): Set<string> {
  const labels = new Set<string>();
  doc.paragraphs.forEach((_, p) => {
    const label = questionParagraph(doc, p) ? lineLabel(doc, p) : undefined;
    if (!label) return;
    labels.add(label);
    if (label.includes(' ')) labels.add(label.split(' ').map((w) => w.charAt(0)).join(''));
  });
  return labels;
}

/** The interviewer's line: a question, or a line opened with a label the questions use ("PL: Then Canada."). */
function interviewerLine(doc: Doc, paragraph: number, askers: ReadonlySet<string>): boolean {
  const label = lineLabel(doc, paragraph);
  return questionParagraph(doc, paragraph) || (!!label && askers.has(label));
}

/** Questions and answers: at least three paragraphs that hold nothing but questions. */
function isInterview(doc: Doc): boolean {
  let questions = 0;
  for (const [index, p] of doc.paragraphs.entries()) {
    const sentences = p.sentences.map((i) => doc.sentences[i]).filter((x): x is Sentence => !!x && !x.heading);
    // ("Q: You were in Abu Dhabi last week. What were you selling?": a labelled question may open on a statement.)
    // ("Pacific Ledger: You were on the road. What were you looking for?": a labelled line that ends on a question.)
    const labelledQuestion = !!lineLabel(doc, index) && questionParagraph(doc, index);
    if (sentences.length && (sentences.every((x) => x.text.trimEnd().endsWith('?')) || asksByLabel(sentences[0]?.text ?? '') || labelledQuestion)) questions++;
  }
  if (questions >= 3) return true;
  // (A transcript: lines opened by the labels of at least two speakers, four lines or more.)
  const labels = doc.paragraphs.map((_, index) => lineLabel(doc, index)).filter((l): l is string => !!l);
  return labels.length >= 4 && new Set(labels).size >= 2;
}

/** The person quoted in a paragraph: named next to a speech verb ("… ," she said → the one before). */
function paragraphSpeaker(doc: Doc, found: EntityFindings, paragraph: number): string | undefined {
  const ids = doc.paragraphs[paragraph]?.sentences ?? [];
  for (const i of ids) {
    const s = doc.sentences[i];
    if (!s) continue;
    for (const m of found.mentions) {
      if (m.sentence !== i || m.type !== 'Person' || !m.entityId) continue;
      const before = s.tokens[m.start - 1];
      const after = s.tokens[m.end];
      if ((before && doc.lexicon.speechVerbs.has(before.norm)) || (after && doc.lexicon.speechVerbs.has(after.norm))) return m.entityId;
      // "Sundaram: …" — the speaker label of an interview answer ("DEEPA RAGHUNATHAN (Ambrel Ventures): …" too).
      if (m.start === 0 && s.paragraphStart && s.tokens[afterBrackets(s.tokens, m.end)]?.text === ':') return m.entityId;
      // ("Aïcha Benali, CFO: …": or with an office after a comma.)
      if (m.start === 0 && s.paragraphStart && s.tokens[m.end]?.text === ',' && speakerLabel(s.tokens) !== undefined) return m.entityId;
    }
  }
  // ("RAGHUNATHAN: Partly. …": a transcript's label in capitals may be a surname the names pass left alone.)
  // ("Mr ASHDOWN: Certainly. …": after an honorific too.)
  const opening = doc.sentences[doc.paragraphs[paragraph]?.sentences[0] ?? -1]?.tokens ?? [];
  const honorific = doc.lexicon.honorifics.matchAt(opening, 0)?.end ?? 0;
  const label = lineLabel(doc, paragraph) === undefined ? undefined : speakerLabel(opening.slice(honorific));
  const bySurname = label ? found.table.persons().filter((p) => nameWords(p.name).length > 1 && nameWords(p.name).at(-1) === label) : [];
  return bySurname.length === 1 ? bySurname[0]?.id : undefined;
}

/** The index after a bracketed aside starting at i ("(host)", "(Ambrel Ventures)"), or i when none starts there. */
function afterBrackets(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  const close = tokens.findIndex((t, k) => k > i && t.text === ')');
  return close > 0 && close - i <= 6 ? close + 1 : i;
}

/** Sending others somewhere is no trip of one's own. */
const SEND_VERBS = new Set(['kirim', 'mengirim', 'mengirimkan', 'send', 'sends', 'sent', 'sending']);

/** Verbs of whoever conducts an interview ("Nadia Farahani spoke with her"). */
const INTERVIEWER_VERBS = new Set(['spoke', 'speaks', 'talked', 'talks', 'interviewed', 'interviews', 'asked', 'berbicara', 'berbincang', 'mewawancarai', 'mewawancarainya']);

/** Who an interview is with: the first person its introduction names, the interviewer aside. */
function intervieweeOf(doc: Doc, found: EntityFindings, askers: ReadonlySet<string>): string | undefined {
  // ("Members present: …", then "Mr ASHDOWN: Certainly. …" line after line: in a transcript, whoever
  // answers most is whom "you" is put to.)
  const answers = new Map<string, number>();
  doc.paragraphs.forEach((_, p) => {
    const label = lineLabel(doc, p);
    const speaker = label && !askers.has(label) && !questionParagraph(doc, p) ? paragraphSpeaker(doc, found, p) : undefined;
    if (speaker) answers.set(speaker, (answers.get(speaker) ?? 0) + 1);
  });
  const [top, second] = [...answers.entries()].sort((a, b) => b[1] - a[1]);
  if (top && top[1] >= 3 && (!second || top[1] >= 2 * second[1])) return top[0];
  const firstQuestion = doc.paragraphs.findIndex((_, p) => questionParagraph(doc, p));
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0) continue;
    const s = doc.sentences[m.sentence];
    if (!s || s.heading || (firstQuestion >= 0 && s.paragraph >= firstQuestion)) break;
    if (INTERVIEWER_VERBS.has(s.tokens[m.end]?.norm ?? '')) continue;
    return m.entityId;
  }
  return undefined;
}

/** Verbs of a writer's note: "Tan Wei Ling is chief executive of …", "… adalah pendiri …". */
const NOTE_VERBS = new Set(['is', 'was', 'adalah', 'merupakan', 'writes', 'menulis']);

/**
 * The writer of a column told in the first person, named by the note at its end ("Tan Wei Ling is chief
 * executive of Straits Meridian Data."): the article's last two paragraphs, a sentence that opens on a name.
 */
function columnistOf(doc: Doc, found: EntityFindings): string | undefined {
  const last = doc.paragraphs.length - 1;
  const firstPerson = firstPersonSentences(doc.sentences);
  if (firstPerson < 2) return undefined;
  const note = found.mentions.find((m) => {
    const s = m.type === 'Person' && m.entityId && m.start === 0 ? doc.sentences[m.sentence] : undefined;
    return !!s && s.paragraph >= last - 3 && s.paragraphStart && NOTE_VERBS.has(s.tokens[m.end]?.norm ?? '');
  });
  // ("Oleh Hanafi Rasyid Kusumo" above a column in the first person, or the byline ingest lifted out of the
  // text: the byline names the writer.)
  const byline = found.mentions.find((m) => m.type === 'Person' && m.entityId && m.via === 'byline');
  // ("Oleh Wulan Sekarsari" lifted out by ingest, and "nama di paspor saya, Wulan Sekarsari" in the text: a
  // byline the body names too.)
  const author = doc.article.authorOnPage === true ? nameWords(doc.article.author ?? '').join(' ') : '';
  const named = author ? found.table.persons().find((p) => nameWords(p.name).join(' ') === author) : undefined;
  // ("— Zawadi Mwangi-Holt, co-founder & CEO, Tausi AI" closing a post: its signature.)
  const signature = found.mentions.find((m) => {
    const s = m.type === 'Person' && m.entityId && m.start === 1 ? doc.sentences[m.sentence] : undefined;
    return !!s && s.paragraph === last && s.paragraphStart && ['—', '–', '-'].includes(s.tokens[0]?.text ?? '');
  });
  return note?.entityId ?? byline?.entityId ?? named?.id ?? signature?.entityId ?? undefined;
}

function mostSalient(found: EntityFindings): string | undefined {
  return found.table.persons().sort((a, b) => b.mentions - a.mentions)[0]?.id;
}

/** The person the article (or the gazetteer) gives a role at an organisation. */
function holderOf(found: EntityFindings, orgId: string, role: string): string | undefined {
  const fromText = found.mentions.find((m) => m.type === 'Person' && m.entityId && m.roleOrg?.entityId === orgId && (!role || m.role?.toLowerCase() === role));
  if (fromText?.entityId) return fromText.entityId;
  // ("Park Joon-young, chief executive of Daeyang Semiconductor": a title in apposition, "of" the organisation.)
  const apposed = found.mentions.find(
    (m) =>
      m.type === 'Person' &&
      !!m.entityId &&
      (found.titles.get(m.sentence) ?? []).some(
        (t) => t.start > m.end && t.start <= m.end + 3 && (!role || t.value.toLowerCase() === role) && found.mentions.some((o) => o.sentence === m.sentence && o.entityId === orgId && o.start > t.end && o.start <= t.end + 2),
      ),
  );
  if (apposed?.entityId) return apposed.entityId;
  const orgName = found.table.byId.get(orgId)?.gaz?.name;
  const fromGaz = found.table
    .persons()
    .find((p) => p.gaz?.roles.some((r) => r.org === orgName && (!role || r.role.toLowerCase() === role || role === 'chief')));
  return fromGaz?.id;
}

const BUSINESS = new Set(['ceo', 'chairman', 'executive chairman', 'founder', 'co-founder', 'director', 'managing director', 'chief', 'cfo', 'cto', 'coo', 'executive', 'vice chairman', 'general manager']);
const GOVERNMENT = new Set(['president', 'prime minister', 'minister', 'deputy minister', 'king', 'emir', 'crown prince', 'chancellor', 'secretary', 'official', 'governor', 'mayor', 'ambassador']);

function roleFamily(role: string): 'business' | 'government' | undefined {
  const r = role.toLowerCase();
  if (BUSINESS.has(r)) return 'business';
  if (GOVERNMENT.has(r)) return 'government';
  return undefined;
}

/**
 * "Tujuannya bukan membangun pabrik semikonduktor", "the trip was not about chips": a theme a denial
 * just before it names, in the same clause, is no aim ("not only chips" keeps it).
 */
function deniedAim(doc: Doc, tokens: readonly Token[], hit: ThemeHit): boolean {
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - 4; i--) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct') return false;
    if (doc.lexicon.aimNegations.has(t.norm)) return !doc.lexicon.notOnlyWords.has(tokens[i + 1]?.norm ?? '');
  }
  return false;
}

function dedupe(refs: PersonRef[]): PersonRef[] {
  const seen = new Set<string>();
  const out: PersonRef[] = [];
  for (const r of refs) {
    const key = `${r.entityId}@${r.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
