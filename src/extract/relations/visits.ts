// VISITED: a person physically in a country, as the text reports (or plans) it. A visit sentence
// has a person, a place where something happens ("in Seoul", "di Jepang", "here") and a cue
// (visited, arrived, met … in, bertolak ke, menyambangi). Hosting is not visiting: a person in
// their own country receives visitors.
import type { ClaimStatus } from '../../domain/types.js';
import type { Doc } from '../doc.js';
import type { EntityFindings } from '../entities/index.js';
import type { Mention } from '../entities/mention.js';
import { basedBefore, possessiveAt, type Token } from '../text/tokenize.js';
import { BASED_WORDS, COME, companionLine, countryOf, PURPOSE_WORDS, type PersonRef, type PlaceRef, type SentenceFacts } from './context.js';
import type { RoleHit } from './roles.js';
import { quoteRanges, quotedAt } from '../text/quotes.js';
import { listMarkerLength } from '../text/segment.js';
import { datedAfter } from '../text/dates.js';

export interface VisitHit {
  person: string;
  country: string;
  sentence: number;
  status: ClaimStatus;
  confidence: number;
  /** Token position of the place the visit names (-1 when implied by context). */
  placeAt: number;
  /** Whether the sentences after this one may add purposes (false for a passing reference). */
  frame: boolean;
  /** A member named in a list of the party ("The delegation includes …"): the paragraphs that open on them tell their purposes. */
  listed?: boolean;
}

/** The travelling party: its members, and those of them said to go to every stop. */
export interface Party {
  members: ReadonlySet<string>;
  throughout: ReadonlySet<string>;
}

export interface MeetingHit {
  person: string;
  other: string;
  sentence: number;
  status: ClaimStatus;
}

// ("stayed in Seoul", "tetap berada di Seoul": staying on is being there.)
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'berada', 'ada', 'sedang', 'tengah', 'stayed', 'stays', 'remained', 'remains']);
const BE_FILLERS = new Set(['all', 'already', 'still', 'also', 'both', 'now', 'currently', 'among', 'those', 'sudah', 'masih', 'juga', 'telah', 'pun', 'berada', 'tetap', 'on']);
const BETWEEN = new Set(['between', 'antara']);
const TAG_PREPOSITIONS = new Set(['dalam', 'di', 'kepada', 'pada', 'saat', 'ketika', 'seusai', 'usai', 'in', 'at', 'to', 'on', 'during', 'after', 'before', 'when', 'while', 'from']);
/** "kata Dimas di Jakarta", "said Lee in Seoul": where a speaker speaks ("menilai lawatan ke AS" is someone's trip). */
const SPEAKER_AT = new Set(['di', 'in', 'at', 'from', 'dari']);
const WITHOUT = new Set(['tanpa', 'without']);
const NEXT_WORDS = new Set(['berikutnya', 'selanjutnya', 'mendatang']);
const CITING = new Set(['menurut', 'according', 'kata', 'ujar']);
const HOST_NOUNS = new Set(['host', 'hosts', 'tuan rumah', 'rumah']);
/** Words of staying put ("tetap berada di …"). */
const STAY_ON = new Set(['tetap', 'stayed', 'remained']);
/** Words of a plan made anew ("now plans to travel …"). */
const NOW_WORDS = new Set(['now', 'kini', 'sekarang']);
/** "the other stops", "etape lainnya": the rest of a trip. */
const OTHER_WORDS = new Set(['other', 'remaining', 'rest', 'lain', 'lainnya', 'berikutnya']);
const STOP_NOUN_WORDS = new Set(['stops', 'stop', 'legs', 'leg', 'cities', 'countries', 'etape', 'kota', 'negara', 'persinggahan']);
/** Verbs of showing a visitor round ("showed her the site", "mengajak … berkeliling"). */
const SHOW_VERBS = new Set(['showed', 'shows', 'guided', 'escorted']);
/** "at the invitation of X", "atas undangan X": X hosts. */
const INVITATION = new Set(['invitation', 'undangan']);
/** Standing units a visitor joins where they are ("a research group led by …", "laboratorium yang dipimpin …"). */
const RESEARCH_UNITS = new Set(['research', 'riset', 'penelitian', 'lab', 'laboratory', 'laboratorium']);
/** Words that describe a host party before its verb ("led by", "including"). */
const HOST_LEAD = new Set(['led', 'headed', 'including', 'dipimpin', 'termasuk']);
const SPENT = new Set(['spent', 'spends', 'spending', 'menghabiskan']);
const TIME_SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'morning', 'afternoon', 'evening', 'night', 'hours', 'hari', 'pekan', 'minggu', 'bulan', 'jam', 'malam']);
const LEAD_WORDS = new Set(['led', 'leads', 'leading', 'memimpin', 'dipimpin', 'pimpin']);

/** Ordinals that make a party one of several ("rombongan kedua", "the second group"). */
const ORDINALS = new Set(['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'first', 'second', 'third', 'fourth', 'fifth']);

/** "Rombongan ketiga bertolak ke Shenzhen", "The second group flew to Seoul": one of a delegation's split parties. */
function subParty(doc: Doc, tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => doc.lexicon.groupNouns.has(t.norm) && (ORDINALS.has(tokens[i + 1]?.norm ?? '') || ORDINALS.has(tokens[i - 1]?.norm ?? '')));
}
const MEETING_NOUNS = new Set(['pertemuan', 'meeting', 'talks', 'pembicaraan']);
/** Words after which a person is met, not travelling. */
const OBJECT_MARKERS = new Set(['with', 'dengan', 'bersama', 'joined', 'joins', 'met', 'meet', 'meets', 'bertemu', 'menemui', 'berdialog', 'berdiskusi', 'alongside']);
/**
 * "accompanied by X", "didampingi X", "travelling with X", "bersama X" right after a travel verb: X
 * travels too. (A host at home is still no visitor: the home check drops them.)
 */
const COMPANION_MARKERS = new Set(['accompanied', 'didampingi', 'accompanying', 'mendampingi', 'join', 'joins', 'joining', 'bergabung']);
/** Arriving or setting off: who comes "with" later in the clause travels too (touring a site "with" its CEO does not). */
const ARRIVE_WITH = new Set(['arrived', 'arrives', 'flew', 'landed', 'travelled', 'traveled', 'tiba', 'datang', 'bertolak', 'terbang', 'berangkat', 'mendarat']);
const TRAVEL_WITH = new Set(['travelling', 'traveling', 'travelled', 'traveled', 'flew', 'flying', 'tour', 'touring', 'toured', 'went', 'came', 'arrived', 'bertolak', 'terbang', 'berangkat', 'berkunjung', 'menyambangi', 'datang', 'tiba']);
/** "Leaders' Retreat … yang dihadiri Prabowo", "attended by": the people after were there. */
const ATTENDED_BY = new Set(['dihadiri', 'attended']);
const PASSIVE_HOSTED = new Set(['diterima', 'disambut', 'dijamu']);

/** People named as members of a travelling group, and the legs some of them drop out of. */
interface GroupMembers {
  ids: Set<string>;
  /** Members said to go to every stop ("ikut dalam rombongan ke kedua negara"), with that sentence. */
  everywhere: Map<string, number>;
  /** Countries a member skips ("Huy will not make the German leg"). */
  skips: Map<string, Set<string>>;
  /** The sentence that first names each member, when it names no place ("The delegation includes Yoo, Kang and Oh"). */
  namedWithoutPlace: Map<string, number>;
}

/** A line that is only a list marker: "1.", "2)", "•", "-". */
function listMarker(f: SentenceFacts): boolean {
  const t = f.s.tokens;
  return t.length > 0 && t.length <= 2 && (t[0]?.kind === 'number' || /^[•\-–*·▪]$/.test(t[0]?.text ?? '')) && (t.length === 1 || /^[.)]$/.test(t[1]?.text ?? ''));
}

/**
 * "Menkomdigi didampingi oleh: 1. Wakil Menteri …, Wahyu Adi Kusumo; 2. …": an entourage listed item by
 * item after a colon. Each item's first named person is a member of the party.
 */
function listedMembers(doc: Doc, facts: readonly SentenceFacts[]): string[] {
  const out: string[] = [];
  for (const [i, f] of facts.entries()) {
    const tokens = f.s.tokens;
    if (tokens.at(-1)?.text !== ':') continue;
    const introduces = tokens.some((t, k) => doc.lexicon.groupMemberCues.has(t.norm) || !!doc.lexicon.accompanyVerbs.matchAt(tokens, k));
    if (!introduces) continue;
    for (let j = i + 1; j < facts.length; j++) {
      const g = facts[j] as SentenceFacts;
      if (g.s.paragraph !== f.s.paragraph) break;
      if (listMarker(g)) continue;
      const first = g.people.find((p) => p.how === 'name');
      if (first) out.push(first.entityId);
    }
  }
  return out;
}

/** "SK Group" names a company; "Rombongan …" opening a sentence, "the group", "a delegation" name a party. */
function partyNamedIn(doc: Doc, x: SentenceFacts | undefined): boolean {
  return !!x && x.s.tokens.some((t, i) => (doc.lexicon.groupNouns.has(t.norm) || doc.lexicon.partyNouns.has(t.norm)) && (!t.cap || i === 0));
}

/** "menerima kunjungan delegasi …", "hosted a delegation …": a party the sentence says someone received. */
function hostedParty(doc: Doc, x: SentenceFacts | undefined): boolean {
  if (!x) return false;
  const groupAt = x.s.tokens.findLastIndex((t) => doc.lexicon.groupNouns.has(t.norm) || doc.lexicon.partyNouns.has(t.norm));
  return groupAt > 0 && x.s.tokens.slice(Math.max(0, groupAt - 3), groupAt).some((t) => doc.lexicon.hostVerbs.has(t.norm));
}

/** "dipimpin X", "X, yang ikut dalam rombongan", "led by X and includes Y". */
function groupMembers(doc: Doc, found: EntityFindings, facts: readonly SentenceFacts[]): GroupMembers {
  const ids = new Set<string>();
  const cancelled = new Set<string>();
  const skips = new Map<string, Set<string>>();
  const everywhere = new Map<string, number>();
  const namedWithoutPlace = new Map<string, number>();
  // Whom each escort was last said to accompany.
  const ledBy = new Map<string, string>();
  for (const f of facts) {
    // ("Kalau dosennya belum pernah masuk cleanroom, …," ujar Nurul Fajri: a negation a speaker quotes cancels no trip.)
    const quotes = quoteRanges(f.s.tokens, f.quoteOpen);
    const negatedOutsideQuotes = f.s.tokens.some((_, i) => negationAt(doc, f.s.tokens, i) && !quotedAt(quotes, i));
    if (negatedOutsideQuotes) {
      // A leg called off for one member ("will not make the German leg") leaves the rest of the trip;
      // a trip called off with no place named ("kunjungan sang wakil menteri … batal") leaves all of it.
      // ("Dari Hong Kong, Hendrawan tidak ikut ke Tokyo": where the leg left from was still theirs.)
      const leftFrom = new Set(f.places.filter((p) => p.origin).map((p) => p.country));
      const countries = found.mentions
        .filter((m) => m.sentence === f.s.index && (m.type === 'Country' || m.type === 'City'))
        .map((m) => countryOf(doc, m))
        .filter((c): c is string => !!c);
      // ("He is not expected to travel to the other stops": the stops not named are called off, not the one named before.)
      const otherStops = f.s.tokens.some((t, i) => OTHER_WORDS.has(t.norm) && (doc.lexicon.legNouns.has(f.s.tokens[i + 1]?.norm ?? '') || STOP_NOUN_WORDS.has(f.s.tokens[i + 1]?.norm ?? '') || STOP_NOUN_WORDS.has(f.s.tokens[i - 1]?.norm ?? '')));
      for (const p of f.people) {
        if (countries.length === 0 && !otherStops) cancelled.add(p.entityId);
        else for (const c of countries) if (!leftFrom.has(c)) skips.set(p.entityId, new Set([...(skips.get(p.entityId) ?? []), c]));
      }
    }
    // ("Fajar … menyusul dan baru bergabung dengan rombongan di Seoul": a member who joins at a stop skips
    // the stops told before it.)
    const joinsAt = f.s.tokens.some((t) => LATE_JOIN.has(t.norm)) ? f.places.find((p) => p.locative) : undefined;
    if (joinsAt) {
      const firstTold = new Map<string, number>();
      for (const g of facts) for (const p of g.places) if (p.locative && !firstTold.has(p.country)) firstTold.set(p.country, g.s.index);
      const joinTold = firstTold.get(joinsAt.country) ?? f.s.index;
      const earlier = [...firstTold].filter(([c, at]) => at < joinTold && c !== joinsAt.country).map(([c]) => c);
      for (const p of f.people.filter((q) => q.how === 'name')) skips.set(p.entityId, new Set([...(skips.get(p.entityId) ?? []), ...earlier]));
    }
    // ("Sepanjang kunjungan, Haryo didampingi …, Eko Wibisono": who accompanies throughout goes to every stop.)
    // (A verb of accompanying, not a party noun: "yang menerima rombongan, menyebut kedua negara" is no escort.)
    const accompanyAt = f.s.tokens.findIndex((t, i) => !!doc.lexicon.accompanyVerbs.matchAt(f.s.tokens, i) && !doc.lexicon.groupNouns.has(t.norm));
    if (accompanyAt >= 0) {
      // "Haryo didampingi Eko", "accompanied by Eko": the escorts come after; "Rina, yang mendampingi gubernur
      // hingga ke Johor Bahru": the escort comes before, the one accompanied after.
      // ("was accompanied throughout the visit by Farah Aziz": the "by" may come a few words later.)
      const passive = f.s.tokens[accompanyAt]?.norm === 'didampingi' || f.s.tokens.slice(accompanyAt + 1, accompanyAt + 6).some((t) => t.norm === 'by');
      const escorts = f.people.filter((q) => (passive ? q.at > accompanyAt : q.at < accompanyAt) && q.how === 'name');
      const led = f.people.filter((q) => (passive ? q.at < accompanyAt : q.at > accompanyAt));
      if (doc.lexicon.allStopsReferences.test(f.s.tokens)) {
        for (const p of escorts) {
          ids.add(p.entityId);
          everywhere.set(p.entityId, f.s.index);
          // ("Presiden didampingi Sulastri. … Sulastri mendampingi seluruh rangkaian kunjungan": whom she was said to accompany before.)
          const before = led.length ? undefined : ledBy.get(p.entityId);
          if (before) ids.add(before);
        }
        // (The one accompanied leads that party.)
        for (const p of led) ids.add(p.entityId);
      }
      const leader = led[0];
      if (leader) for (const p of escorts) ledBy.set(p.entityId, leader.entityId);
    }
    // "The delegation is led by X. Its members include Y; Z …": the party may be named a sentence before.
    // ("The delegation from Tokyo landed … Leading them were X and Y": or "them" the next sentence.)
    // ("Delegasi dipimpin Arya. Ikut pula … Sukmawati serta … Hendrawan": or a sentence that opens on joining it.)
    const namesParty =
      f.s.tokens.some((t) => t.norm === 'members' || t.norm === 'anggotanya' || doc.lexicon.groupPronouns.has(t.norm)) ||
      f.s.tokens.slice(0, 2).some((t) => doc.lexicon.groupMemberCues.has(t.norm));
    if (!partyNamedIn(doc, f) && !(partyNamedIn(doc, facts[f.s.index - 1]) && namesParty)) continue;
    if (!f.s.tokens.some((t) => doc.lexicon.groupMemberCues.has(t.norm))) continue;
    // ("Rombongan kedua dipimpin Meiliana": the leader of one split party is not with the whole delegation.)
    if (subParty(doc, f.s.tokens)) continue;
    // ("Gubernur … menerima kunjungan delegasi produsen … asal Shenzhen. Delegasi dipimpin … Zhou Jianguo":
    // a party received at home is a party of its own, not the one travelling.)
    const opensOnParty = f.s.tokens.findIndex((t) => doc.lexicon.groupNouns.has(t.norm)) <= 1;
    if (hostedParty(doc, f) || ((!partyNamedIn(doc, f) || opensOnParty) && hostedParty(doc, facts[f.s.index - 1]))) continue;
    // "rombongan diterima Prof. Maarten de Vries": whoever receives the party is no member of it.
    // ("… led by Kim, paid a courtesy call on Tran": whom the party meets is no member either.)
    // (A word that also tells of members — "joined" — keeps its own sense here.)
    const meets = (i: number): boolean => !!doc.lexicon.meetVerbs.matchAt(f.s.tokens, i) && !doc.lexicon.groupMemberCues.has(f.s.tokens[i]?.norm ?? '');
    const hostAt = f.s.tokens.findIndex((t, i) => PASSIVE_HOSTED.has(t.norm) || doc.lexicon.hostVerbs.has(t.norm) || meets(i));
    const members = f.people.filter((p) => p.how === 'name' && (hostAt < 0 || p.at < hostAt));
    // ("…, the presidential office in Seoul said": the speaker's place is nobody's stop.)
    const saidAt = (p: PlaceRef): boolean => f.s.tokens.slice(p.mention.end, p.mention.end + 3).some((t) => doc.lexicon.speechVerbs.has(t.norm));
    for (const p of members) {
      if (!ids.has(p.entityId) && f.places.every(saidAt)) namedWithoutPlace.set(p.entityId, f.s.index);
      ids.add(p.entityId);
    }
    if (doc.lexicon.allStopsReferences.test(f.s.tokens)) for (const p of members) everywhere.set(p.entityId, f.s.index);
  }
  for (const id of listedMembers(doc, facts)) ids.add(id);
  for (const c of cancelled) ids.delete(c);
  return { ids, skips, everywhere, namedWithoutPlace };
}

/** Words that give someone an office: "has been", "is", "menjabat sebagai". */
const COPULA = new Set(['is', 'was', 'has', 'have', 'had', 'been', 'became', 'remains', 'adalah', 'merupakan', 'menjabat', 'sebagai', 'kini']);

/** "here", "di sini", "ke sini". */
const HERE_WORDS = new Set(['here', 'sini']);

/** A stay's length: "a week in Asia", "sepekan di Eropa". */
const STAY_SPANS = new Set(['week', 'weeks', 'days', 'fortnight', 'month', 'sepekan', 'seminggu', 'sebulan', 'pekan', 'hari']);

/** Words of someone staying somewhere for a while ("yang sudah tiga bulan tinggal di kota itu"). */
const STAYING = new Set(['tinggal', 'menetap', 'staying', 'berada']);

/** Words of someone being somewhere ("yang juga hadir langsung di Tokyo"). */
const PRESENCE_WORDS = new Set(['hadir', 'berada', 'tiba', 'datang']);

/** Visit nouns that name people, not a trip ("the visitors were led by …"). */
const PEOPLE_NOUNS = new Set(['visitor', 'visitors', 'guest', 'guests', 'tamu', 'tetamu', 'pengunjung']);

/** Words of joining a party on the way ("menyusul", "joins the delegation in Seoul"). */
const LATE_JOIN = new Set(['menyusul', 'bergabung', 'join', 'joins', 'joined']);

/** Compass directions: "flew north" heads off without naming where. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northward', 'southward', 'eastward', 'westward', 'utara', 'selatan', 'timur', 'barat']);

/** Words that open a clause with a subject of its own. */
const CLAUSE_OPENERS = new Set(['where', 'when', 'while', 'whereas', 'ketika', 'sementara', 'sedangkan']);

/** Words opening a concessive clause ("Although …", "Meski …"): what it denies, the main clause does not. */
const CONCESSIVE = new Set(['although', 'though', 'despite', 'meski', 'meskipun', 'walaupun', 'walau', 'kendati']);

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'setelah', 'sebelum', 'ketika', 'saat', 'sesudah']);

/** Tokens that open a relative clause: a place inside one is where that clause's thing is. */
const RELATIVE = new Set(['that', 'which', 'yang']);

/** Where the capitalised words of a name starting at `at` end. */
function nameEndAt(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k]?.kind === 'word' && tokens[k]?.cap) k++;
  return k;
}

/**
 * A place that belongs to another clause than the visitor: "While Virkkunen was in Asia, Germany sent
 * its envoy to Taiwan" (a comma, then a new subject and its verb), or "the fab that ESMC is building in
 * Dresden" (a relative clause).
 */
function otherClause(doc: Doc, f: SentenceFacts, personAt: number, placeAt: number): boolean {
  const [a, b] = personAt < placeAt ? [personAt, placeAt] : [placeAt, personAt];
  const tokens = f.s.tokens;
  // "In Astana, Serikbayev hosts a delegation … led by Jaakko Vänskä": a scene that opens the sentence holds all of it.
  // ("3 March — In Astana, …": after a dateline or a timeline's date too.)
  const prep = placeAt - 1;
  const opens = prep === 0 || (prep <= 6 && /^[—–-]$/.test(tokens[prep - 1]?.text ?? ''));
  if (opens && ['in', 'di', 'at'].includes(tokens[prep]?.norm ?? '') && f.places.some((p) => p.mention.start === placeAt && tokens[p.mention.end]?.text === ',')) return false;
  // "Hendra bertolak ke Tokyo …, sementara Ratna terbang ke Abu Dhabi, dan I Made berada di Taipei": another
  // person between them who is the subject of a verb of their own has a clause of their own.
  const visitor = f.people.find((p) => p.at === personAt)?.entityId;
  // ("Dian dan Yudi akan ikut ke Seoul": names joined by "dan" share one verb.)
  // ("Hendrawan bersama Direktur Keuangan Melinda …": a title may stand between the connector and the name.)
  const joined = (q: PersonRef): boolean => {
    const titleAt = [1, 2, 3].map((d) => q.at - d).find((k) => k > 0 && !!doc.lexicon.titles.matchAt(tokens, k) && tokens.slice(k, q.at).every((t) => t.cap));
    const c = (titleAt ?? q.at) - 1;
    return ['dan', 'and', 'serta', '&', ',', 'bersama', 'beserta'].includes(tokens[c]?.norm ?? '') && f.people.some((o) => o.at < c && nameEndAt(tokens, o.at) === c);
  };
  if (f.people.some((q) => q.how === 'name' && q.entityId !== visitor && q.at > a && q.at < b && !joined(q) && clauseSubject(doc, tokens, q.at, personAt < placeAt ? placeAt : tokens.length))) return true;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k] as Token;
    // "…, yang turut dalam rombongan selama di Belanda" describes the person; "the fab that …" does not.
    // ("…, Prof. Dr. Antonius Wanggai, M.Sc., yang hanya mengikuti … di Seoul": a degree may close the name.)
    let letters = '';
    for (let j = k - 2; j > 0 && tokens[j]?.text === '.' && tokens[j - 1]?.kind === 'word' && (tokens[j - 1]?.text.length ?? 9) <= 4; j -= 2) letters = `${tokens[j - 1]?.text ?? ''}${letters}`;
    const degreeClosed = letters !== '' && doc.names.isDegree(letters);
    // ("…, Toros Mühendislik, which has built … in South Africa": "which" and "that" never speak of a person.)
    // ("Somchai, direktur eksekutif di BOI Thailand yang juga hadir langsung di Tokyo": being there is what people do.)
    const presence = t.norm === 'yang' && tokens.slice(k + 1, k + 4).some((x) => PRESENCE_WORDS.has(x.norm)) && f.people.some((q) => q.at < k && k - q.at <= 14);
    const aboutPerson = (t.norm === 'yang' && tokens[k - 1]?.text === ',' && (!!tokens[k - 2]?.cap || degreeClosed)) || presence;
    // ("Lim of Merlion Fund, which is based in Singapore, came to Tokyo": a clause closed by a comma and a verb gives the main clause back.)
    // ("Majid dari Rasheeq Ventures, dana ventura yang berbasis di Abu Dhabi, datang ke Bandung": inside an apposition too.)
    const opened = tokens[k - 1]?.text === ',' || (personAt < k && tokens.slice(personAt, k).some((x) => x.text === ','));
    const closesAt = RELATIVE.has(t.norm) && opened ? tokens.findIndex((x, j) => j > k && j < placeAt && x.text === ',') : -1;
    const resumes = tokens[closesAt + 1];
    // (Not ", yang ikut dalam rombongan, mengatakan …": what a speaker says is said, not done.)
    if (closesAt > 0 && resumes?.kind === 'word' && !resumes.cap && verbLike(doc, resumes) && !doc.lexicon.speechVerbs.has(resumes.norm)) {
      k = closesAt;
      continue;
    }
    if (personAt < placeAt && RELATIVE.has(t.norm) && !aboutPerson) return true;
    // ("Ríos flew to Seoul, where she was joined by Beatriz Olmedo, …, who had spent three days in Singapore":
    // a "who" clause is about the person it follows, not the subject.)
    const whoseClause = (t.norm === 'who' || t.norm === 'yang') && tokens[k - 1]?.text === ',' && f.people.some((q) => q.how === 'name' && q.entityId !== visitor && q.at < k && q.at > a && k - q.at <= 12);
    if (personAt < placeAt && whoseClause) return true;
    // "We spoke at her office in Singapore a few days after she returned …": a subordinate clause with a
    // subject of its own separates the place from the person.
    const subject = tokens[k + 1];
    // ("…, while deputy chief executive Kanya Ratanaporn flies to Nairobi": a titled subject too.)
    const titled = [k + 1, k + 2].some((j) => {
      const title = doc.lexicon.titles.matchAt(tokens, j);
      return !!title && !!tokens[title.end]?.cap;
    });
    // ("…, when it ran a single server hall in Singapore": a thing's pronoun is a subject too.)
    // ("…, while the envoy went on alone to Kigali": a subject named by role.)
    const byRole = !!doc.lexicon.personReferences.matchAt(tokens, k + 1);
    if (SUBORDINATORS.has(t.norm) && subject && (subject.cap || doc.lexicon.subjectPronouns.has(subject.norm) || ['it', 'they'].includes(subject.norm) || titled || byRole)) return true;
    // ("Hendra bertolak ke Tokyo, sementara Ratna terbang ke Abu Dhabi": a place before "while" is not the next subject's.)
    // (", dan Direktur Teknologi I Made Ariawan berada di Taipei": nor before "and" opening the visitor's own clause.)
    // (Only where the place has a verb of its own before it: "Pekan lalu di Jakarta, Menteri …, dan Teknologi Brian" is one clause.)
    const placeClause = placeAt < personAt && tokens[k - 1]?.text === ',' && tokens.slice(0, placeAt).some((x) => x.kind === 'word' && !x.cap && verbLike(doc, x));
    if (placeClause && ['while', 'whereas', 'sementara', 'sedangkan'].includes(t.norm)) return true;
    if (placeClause && ['and', 'dan', 'but', 'namun', 'tetapi'].includes(t.norm) && clauseSubject(doc, tokens, personAt, tokens.length)) return true;
    // ("Rohan flies back to India tomorrow and I fly to Nairobi": a pronoun after "and" opens a clause of its own,
    // unless it is the visitor again.)
    const pronoun = tokens[k + 1];
    const pronounSubject =
      // (Not "Rohan and I took the ferry": two subjects of one verb.)
      personAt < placeAt && k > nameEndAt(tokens, personAt) && ['and', 'dan', 'but', 'tetapi', 'namun'].includes(t.norm) && !!pronoun && (doc.lexicon.subjectPronouns.has(pronoun.norm) || doc.lexicon.firstPersonPronouns.has(pronoun.norm)) &&
      !!tokens[k + 2] && verbLike(doc, tokens[k + 2] as Token) && f.people.find((q) => q.at === k + 1)?.entityId !== visitor;
    if (pronounSubject) return true;
    if (t.text !== ',' && t.text !== ';') continue;
    const next = tokens[k + 1];
    const after = tokens[k + 2];
    // A capitalised subject right after the comma, followed by a verb-like word, starts a new clause
    // — unless that subject is the visitor ("Di Korea Selatan, Altman berdialog …").
    if (k + 1 !== personAt && next?.cap && after && after.kind === 'word' && !after.cap && verbLike(doc, after)) return true;
  }
  return false;
}

/** A postponement given its new date at i: "postponed a visit … from September to November", "diundur menjadi 14–17 Oktober". */
function rescheduledAt(doc: Doc, tokens: readonly Token[], i: number): boolean {
  const lex = doc.lexicon;
  // ("… yang semula dijadwalkan pekan ini diundur ke 14 Januari": a postponing word need not be a negation cue too.)
  const m = lex.postponeCues.matchAt(tokens, i);
  if (!m) return false;
  return tokens.slice(m.end, m.end + 12).some((t, k) => {
    const next = tokens[m.end + k + 1];
    // ("postponed … by about four weeks": a delay of a span is a new date too.)
    const bySpan = t.norm === 'by' && tokens.slice(m.end + k + 1, m.end + k + 5).some((x) => DELAY_UNITS.has(x.norm));
    return bySpan || (lex.newDateWords.has(t.norm) && !!next && (lex.months.has(next.norm) || next.kind === 'number' || lex.weekdays.has(next.norm)));
  });
}
const DELAY_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hari', 'pekan', 'minggu', 'bulan']);

/** Where a negation holds: a cue ("cancelled", "batal") at i — but a trip postponed to a new date is still planned. */
function negationAt(doc: Doc, tokens: readonly Token[], i: number): boolean {
  const m = doc.lexicon.negationCues.matchAt(tokens, i);
  if (!m || rescheduledAt(doc, tokens, i)) return false;
  // ("Hendrawan tidak ikut sesi investor", "skipped the dinner": missing one part of the programme is still being there.)
  if (tokens.slice(m.end, m.end + 2).some((t) => doc.lexicon.programmeItems.has(t.norm))) return false;
  // ("… yang semula dijadwalkan 10–13 November ditunda menjadi 1–4 Desember": the first plan's date, now moved.)
  const original = tokens.slice(m.start, m.end).some((t) => ORIGINALLY.has(t.norm));
  return !(original && tokens.some((_, k) => rescheduledAt(doc, tokens, k)));
}
const HEADS_VERBS = new Set(['heads', 'leads', 'runs', 'chairs', 'memimpin', 'mengepalai']);
const ORIGINALLY = new Set(['semula', 'sedianya', 'originally']);
/** Words pointing back at a trip just told: "perjalanan itu", "that trip", "the visit". */
const THAT_AFTER = new Set(['itu', 'tersebut', 'ini']);
const THAT_BEFORE = new Set(['that', 'the', 'this']);
/** A cue that says a trip never happened ("has not travelled", "never went", "belum pernah ke"), not that a plan or a leg was dropped. */
const DENIED = new Set(['denied', 'dibantah', 'membantah']);
const NOT_WORDS = new Set(['not', "n't", 'never', 'belum', 'tidak']);
const TRIP_WORDS = new Set(['travel', 'travelled', 'traveled', 'visit', 'visited', 'go', 'went', 'been', 'pernah', 'pergi', 'berangkat']);
/** Words opening a cue that tells of a former plan ("had been due to", "was supposed to", "semula"). */
const FORMER_PLAN = new Set([...ORIGINALLY, 'had', 'was', 'were', 'seharusnya', 'mestinya']);

function negated(doc: Doc, tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => negationAt(doc, tokens, i));
}

/**
 * A plan cue of the sentence's own: "pusat data yang akan dibangun", "which will host" plan something
 * else — though ", yang akan bergabung" after a name is that person's plan.
 */
function plannedIn(doc: Doc, tokens: readonly Token[]): boolean {
  // ("… visited the campus, where Chilean researchers will join a lab next year": a plan told in a "where" clause is that clause's.)
  const whereAt = tokens.findIndex((t, k) => t.norm === 'where' && tokens[k - 1]?.text === ',');
  const otherThing = (i: number): boolean => {
    const rel = tokens[i - 1]?.norm ?? '';
    return rel === 'which' || rel === 'that' || (rel === 'yang' && tokens[i - 2]?.text !== ',') || (whereAt >= 0 && i > whereAt && i - whereAt <= 6 && !doc.lexicon.subjectPronouns.has(tokens[whereAt + 1]?.norm ?? ''));
  };
  // ("She will now travel …", "will first visit": "will" and a trip verb with a word between.)
  const willThen = (i: number): boolean =>
    tokens[i]?.norm === 'will' && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]?.cap && (doc.lexicon.visitVerbs.has(tokens[i + 2]?.norm ?? '') || doc.lexicon.strongVisitWords.has(tokens[i + 2]?.norm ?? ''));
  return tokens.some((_, i) => !otherThing(i) && (!!doc.lexicon.plannedCues.matchAt(tokens, i) || willThen(i)));
}

/**
 * The sentence says something has happened: a past-tense verb of its own (not a speech tag — "said"
 * wraps plans too — nor a participle after "is"/"be": "is expected"), or a cue such as "telah",
 * "kemarin", "has visited".
 */
function realis(doc: Doc, f: SentenceFacts): boolean {
  const tokens = f.s.tokens;
  const lex = doc.lexicon;
  if (f.past || lex.realisCues.test(tokens)) return true;
  // "pada Maret lalu", "Senin lalu", "pekan lalu": a time gone by.
  const gone = (t: Token, i: number): boolean => {
    const prev = tokens[i - 1]?.norm ?? '';
    return t.norm === 'lalu' && (lex.months.has(prev) || lex.weekdays.has(prev) || TIME_SPANS.has(prev));
  };
  if (doc.language !== 'en') return tokens.some(gone);
  const quoted = quoteRanges(tokens, f.quoteOpen);
  return tokens.some((t, i) => {
    if (t.kind !== 'word' || lex.speechVerbs.has(t.norm) || quotedAt(quoted, i)) return false;
    const tag = doc.names.englishTag(t.norm);
    if (tag === 'Copula') return t.norm === 'was' || t.norm === 'were';
    // (Only a verb of the trip itself: "the trip mattered" tells nothing of whether it happened.)
    const tripVerb = lex.visitVerbs.has(t.norm) || lex.strongVisitWords.has(t.norm) || lex.hostVerbs.has(t.norm) || !!lex.meetVerbs.matchAt(tokens, i);
    // (", welcomed by …" after a comma may be a participle; "came", "flew", "went" are past whatever stands before.)
    const pastOnly = IRREGULAR_PAST.has(t.norm);
    return tripVerb && tag === 'PastTense' && !PARTICIPLE_AFTER.has(tokens[i - 1]?.norm ?? '') && (tokens[i - 1]?.text !== ',' || pastOnly);
  });
}
const PARTICIPLE_AFTER = new Set(['is', 'are', 'be', 'been', 'being', 'will', 'to', 'get', 'gets']);
/** Past forms that are never participles. */
const IRREGULAR_PAST = new Set(['came', 'flew', 'went', 'spoke', 'swung']);

/** The latest sentence before `before` naming `country` as a place where something happens says it will. */
function namedPlanned(facts: readonly SentenceFacts[], before: number, country: string, doc: Doc): boolean {
  for (let j = before - 1; j >= 0 && before - j <= 8; j--) {
    const g = facts[j] as SentenceFacts;
    if (g.places.some((p) => p.locative && p.country === country)) return plannedIn(doc, g.s.tokens);
  }
  return false;
}

/** Words that may stand between a subject and its verb ("Ratna akan membahas", "Lee will fly"). */
const AUXILIARIES = new Set(['akan', 'juga', 'sedang', 'tengah', 'kini', 'pun', 'will', 'would', 'also', 'then', 'is', 'was', 'has', 'had']);

/** The name at `at` is followed by its own verb before `limit`: "… I Made Ariawan berada di Taipei". */
function clauseSubject(doc: Doc, tokens: readonly Token[], at: number, limit: number): boolean {
  let k = nameEndAt(tokens, at);
  // ("Hendra Gunawan Sutedja, MBA, menyampaikan": degrees between the name and its verb.)
  while (tokens[k]?.text === ',' && /^[A-Z][A-Za-z.]{1,5}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 3;
  if (AUXILIARIES.has(tokens[k]?.norm ?? '')) k++;
  const verb = tokens[k];
  return k < limit && !!verb && verb.kind === 'word' && !verb.cap && (verbLike(doc, verb) || doc.lexicon.strongVisitWords.has(verb.norm) || ['berada', 'tiba', 'flew', 'flies', 'travels', 'heads'].includes(verb.norm));
}

/** Indonesian words shaped like verbs that join or point instead ("bersama" is "together with"). */
const ID_NOT_VERBS = new Set(['bersama', 'beserta', 'terhadap', 'tersebut', 'terkait', 'termasuk', 'terutama', 'diantaranya', 'berikut']);

function verbLike(doc: Doc, t: Token): boolean {
  const lex = doc.lexicon;
  if (lex.speechVerbs.has(t.norm) || lex.visitVerbs.has(t.norm) || lex.hostVerbs.has(t.norm)) return true;
  if (doc.language === 'id') return /^(me|ber|di|ter)[a-z]{4,}$/.test(t.norm) && !ID_NOT_VERBS.has(t.norm);
  const tag = doc.names.englishTag(t.norm);
  return !!tag && /Verb|Tense|Infinitive|Gerund|Participle/.test(tag);
}

/**
 * Where the person at `at` is the speaker: the speech verb's position ("said Priya Raman", "Raman said",
 * "Leila Haddad, a Dubai-based analyst, said"), else -1.
 */
function speechVerbAt(doc: Doc, tokens: readonly Token[], at: number): number {
  const lex = doc.lexicon;
  const before = tokens[at - 1];
  let k = nameEndAt(tokens, at + 1);
  // "said Brandt would travel to Tokyo": the name opens the reported clause; "said Priya Raman." speaks.
  if (before && lex.speechVerbs.has(before.norm)) return tokens[k]?.kind === 'word' && !tokens[k]?.cap ? -1 : at - 1;
  if (tokens[k]?.text === ',') {
    // Skip an apposition up to the next comma: "X, a Dubai-based analyst at Y, said".
    let j = k + 1;
    while (j < tokens.length && j - k < 16 && tokens[j]?.text !== ',') j++;
    const afterApposition = tokens[j]?.text === ',' ? tokens[j + 1] : undefined;
    if (afterApposition && lex.speechVerbs.has(afterApposition.norm)) return j + 1;
    k++;
  }
  const after = tokens[k];
  return after && lex.speechVerbs.has(after.norm) ? k : -1;
}

function words(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.norm);
}

/**
 * Organisations whose country the article tells: in apposition ("Nordvann Energi AS, a Norwegian
 * hydropower producer") or a country owning a ministry ("Poland's Ministry of Digital Affairs").
 */
function firmNations(doc: Doc, found: EntityFindings): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of found.mentions) {
    if (o.type !== 'Organization' || !o.entityId || o.sentence < 0 || out.has(o.entityId)) continue;
    const tokens = doc.sentences[o.sentence]?.tokens ?? [];
    const inSentence = found.mentions.filter((m) => m.sentence === o.sentence && (m.demonym || m.type === 'Country'));
    const apposed = tokens[o.end]?.text === ',' && ['a', 'an'].includes(tokens[o.end + 1]?.norm ?? '') ? inSentence.find((m) => m.demonym && m.start === o.end + 2) : undefined;
    const ministry = ['ministry', 'department', 'kementerian'].includes(tokens[o.start]?.norm ?? '');
    const owner = ministry && possessiveAt(tokens, o.start - 2) ? inSentence.find((m) => m.type === 'Country' && m.end === o.start - 2) : undefined;
    // ("penyedia komputasi awan asal Surabaya, Jatayu Cloud", "Kallang Peak Ventures asal Singapura": where a firm is from.)
    const places = found.mentions.filter((m) => m.sentence === o.sentence && (m.type === 'Country' || m.type === 'City'));
    const from = places.find((m) => tokens[m.start - 1]?.norm === 'asal' && (m.end === o.start || (m.end === o.start - 1 && tokens[m.end]?.text === ',') || m.start === o.end + 1));
    // ("Song Hong Data yang berbasis di Hanoi", "Strait Harbour Data, headquartered in Singapore": where it is based.)
    const basedAt = places.find((m) => {
      const gap = tokens.slice(o.end, m.start).map((t) => t.norm);
      return m.start > o.end && gap.length <= 5 && gap.some((w) => BASED_WORDS.has(w)) && ['di', 'in'].includes(gap[gap.length - 1] ?? '');
    });
    const told = apposed ?? owner ?? from ?? basedAt;
    const code = told ? countryOf(doc, told) : undefined;
    if (code) out.set(o.entityId, code);
  }
  return out;
}

/** A person's home country: gazetteer, or a demonym/country written before their title ("South Korean President Lee"). */
export function homeCountries(doc: Doc, found: EntityFindings, roles: readonly RoleHit[] = []): Map<string, string> {
  const home = new Map<string, string>();
  for (const e of found.table.persons()) if (e.gaz?.country) home.set(e.id, e.gaz.country);
  const nations = firmNations(doc, found);
  // An official of a ministry or government serves at home ("state secretary at the Federal Ministry …").
  for (const r of roles) {
    // A director of a "PT …" or "… Tbk" company works in Indonesia.
    const orgName = found.table.byId.get(r.org)?.name ?? '';
    if (!home.has(r.person) && (/^PT\s/.test(orgName) || /\b(Tbk|\(Persero\))\.?$/.test(orgName))) home.set(r.person, 'ID');
    // A head of an institution named in Indonesian ("Rektor Institut Teknologi Sumatera Raya") serves in Indonesia.
    if (!home.has(r.person) && doc.language === 'id' && HOME_OFFICES.has(r.role) && /^(Universitas|Institut|Politeknik|Badan|Dinas|Kementerian|Lembaga|Biro|Pemerintah)\s/.test(orgName)) home.set(r.person, 'ID');
    // Whoever holds any office in an Indonesian legislature or regional government ("Ketua DPRD Kendal") serves there.
    if (!home.has(r.person) && /^(DPRD|DPR|DPD|MPR|Pemprov|Pemkab|Pemkot|Dewan Perwakilan Rakyat)\b|^Komisi\s.*\b(DPR|Dewan Perwakilan Rakyat)|^Komisi\s+[IVX]+\b/.test(orgName)) home.set(r.person, 'ID');
    const org = found.table.byId.get(r.org)?.gaz;
    if (!home.has(r.person) && org?.country && ['ministry', 'government', 'agency', 'university', 'institute', 'fund'].includes(org.kind ?? '')) home.set(r.person, org.country);
    // "Country Director Nvidia Indonesia": a company's national arm is where its people work.
    const arm = found.mentions.find((m) => m.type === 'Country' && m.sentence === r.sentence && found.mentions.some((o) => o.entityId === r.org && o.sentence === r.sentence && o.start < m.start && (o.end === m.end || o.end === m.start)));
    const code = arm ? countryOf(doc, arm) : undefined;
    if (!home.has(r.person) && code) home.set(r.person, code);
    // "founder of Lagos-based Ikenga Cloud": a firm based in its home city.
    const based = basedIn(doc, found, r.org, r.sentence);
    if (!home.has(r.person) && based) home.set(r.person, based);
    // "chief executive of the Italian data-center operator Lumenvia": the firm's nationality is its people's home.
    const orgAt = found.mentions.find((m) => m.entityId === r.org && m.sentence === r.sentence);
    const demonym = orgAt && found.mentions.find((m) => m.sentence === r.sentence && m.demonym && m.end <= orgAt.start && orgAt.start - m.end <= 5);
    const nation = demonym ? countryOf(doc, demonym) : undefined;
    if (!home.has(r.person) && nation) home.set(r.person, nation);
    // ("Vistula Compute S.A., a Polish operator …", "at Poland's Ministry of Digital Affairs": told anywhere in the article.)
    const told = nations.get(r.org);
    if (!home.has(r.person) && told) home.set(r.person, told);
  }
  const portfolio = doc.names.portfolio[doc.language as 'en' | 'id'] ?? new Set<string>();
  // ("Joseph Mwangale, the cabinet secretary who heads Kenya's Ministry of …": whoever heads a country's body serves there.)
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0 || home.has(m.entityId)) continue;
    const tokens = doc.sentences[m.sentence]?.tokens ?? [];
    const heads = tokens.findIndex((t, i) => i > m.end && i - m.end <= 10 && HEADS_VERBS.has(t.norm) && ['who', 'which', 'yang'].includes(tokens[i - 1]?.norm ?? ''));
    const country = heads > 0 ? found.mentions.find((o) => o.sentence === m.sentence && o.type === 'Country' && o.start === heads + 1 && /^['’]$/.test(tokens[o.end]?.text ?? '')) : undefined;
    const code = country ? countryOf(doc, country) : undefined;
    if (code) home.set(m.entityId, code);
  }
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0 || home.has(m.entityId)) continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const titles = found.titles.get(m.sentence) ?? [];
    // Honorifics and degrees sit between an office and the name: "Bupati Batang Dr. Ir. H. Wicaksono".
    const at = doc.names.titlesStartBefore(s.tokens, m.start);
    // ("Australia's assistant minister for industry, Grace Petrakis": the office's field may sit between.)
    const fieldBetween = (t: { end: number }): boolean =>
      t.end <= at && at - t.end <= 6 && s.tokens.slice(t.end, at).every((x) => x.text === ',' || ['for', 'of', 'and', 'untuk', 'bidang', 'dan'].includes(x.norm) || portfolio.has(x.norm));
    // ("Sanne Verhoeckx, the Netherlands' minister of economic affairs": an office in apposition after the name.)
    const apposed = (t: { start: number }): boolean =>
      s.tokens[m.end]?.text === ',' && t.start > m.end && t.start - m.end <= 7 && !s.tokens.slice(m.end + 1, t.start).some((x) => x.text === ',');
    // ("Halima Odhiambo has been Kenya's Cabinet Secretary …": or an office a copula gives her.)
    const inCountry = (k: number): boolean => found.mentions.some((o) => o.sentence === m.sentence && o.type === 'Country' && o.start <= k && o.end > k);
    const copular = (t: { start: number }): boolean =>
      t.start > m.end + 1 && t.start - m.end <= 6 && COPULA.has(s.tokens[m.end]?.norm ?? '') && s.tokens.slice(m.end, t.start).every((x, i) => COPULA.has(x.norm) || inCountry(m.end + i) || /^['’]$/.test(x.text) || x.norm === 's' || (x.cap && x.kind === 'word'));
    const title = titles.find((t) => !doc.names.isAcademicTitle(t.phrase.replace(/\.$/, '')) && (t.end === at || t.end + 1 === at || fieldBetween(t) || apposed(t) || copular(t)));
    if (!title) continue;
    // Demonym or country right before the title, or between title and name ("Presiden AS Donald Trump"),
    // or a place owning the office ("Gujarat's industries commissioner, Hemal Desai").
    // ("the Netherlands' minister": a name ending in s takes the apostrophe alone.)
    const possessiveBefore = (o: { end: number }): boolean => {
      if (!/^['’]$/.test(s.tokens[o.end]?.text ?? '')) return false;
      const after = s.tokens[o.end + 1]?.norm === 's' ? o.end + 2 : /s$/i.test(s.tokens[o.end - 1]?.text ?? '') ? o.end + 1 : -1;
      return after > 0 && title.start >= after && title.start - after <= 2;
    };
    const near = found.mentions.find(
      (o) =>
        o.sentence === m.sentence &&
        (o.type === 'Country' || o.type === 'City') &&
        (o.end === title.start || (o.start >= title.end && o.end <= m.start) || possessiveBefore(o)),
    );
    const code = near ? countryOf(doc, near) : undefined;
    if (code && doc.lexicon.headOfStateTitles.has(title.phrase.toLowerCase())) home.set(m.entityId, code);
    else if (code && /minister|menteri|president|presiden|secretary|king|emir|chancellor|governor|gubernur|mayor|premier|senator|commissioner|official|regent|bupati|wali kota|kepala dinas|director general|dirjen/i.test(title.phrase)) home.set(m.entityId, code);
  }
  appositiveOrigins(doc, found, home);
  if (doc.language === 'id') indonesianOfficials(doc, found, home);
  birthplaces(doc, found, home);
  workplaces(doc, found, home);
  delegationOfficials(doc, found, home);
  postings(doc, found, home);
  return home;
}

/** "for", "untuk", "to", "di", "in": what comes between an envoy's title and the country of the posting. */
const POSTED_TO = new Set(['to', 'untuk', 'in', 'di', 'for']);

/**
 * "Yusuf Hamdani, yang sudah tiga tahun bertugas di Jepang", "Sunil Pereira, who has been based in Tokyo since
 * 2021", "Duta Besar Korea Selatan untuk Indonesia, Ryu Seung-hwan": where someone is posted is home, whatever
 * nation they serve — they receive a delegation there, they do not visit.
 */
function postings(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  const lex = doc.lexicon;
  const placeAt = (sentence: number, from: number, within: number): string | undefined => {
    const o = found.mentions.find((x) => x.sentence === sentence && (x.type === 'City' || x.type === 'Country') && !x.demonym && x.start >= from && x.start <= from + within);
    return o ? countryOf(doc, o) : undefined;
  };
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0) continue;
    const tokens = doc.sentences[m.sentence]?.tokens ?? [];
    // A "who"/"yang" clause right after the name, with a verb of being posted and its place.
    if (tokens[m.end]?.text === ',' && ['who', 'yang'].includes(tokens[m.end + 1]?.norm ?? '')) {
      const verbAt = tokens.findIndex((t, i) => i > m.end + 1 && i <= m.end + 8 && lex.postingVerbs.has(t.norm) && ['di', 'in'].includes(tokens[i + 1]?.norm ?? ''));
      const code = verbAt > 0 && !tokens.slice(m.end + 2, verbAt).some((t) => t.kind === 'punct') ? placeAt(m.sentence, verbAt + 2, 1) : undefined;
      if (code) {
        home.set(m.entityId, code);
        continue;
      }
    }
    // An envoy's title with the country of the posting ("ambassador to Japan", "Duta Besar RI untuk Jepang").
    const envoy = (found.titles.get(m.sentence) ?? []).find((t) => t.value === 'ambassador' && (t.end <= m.start ? m.start - t.end <= 8 : t.start > m.end && t.start - m.end <= 3));
    if (!envoy) continue;
    const postedAt = tokens.findIndex((t, i) => i >= envoy.end && i <= envoy.end + 4 && POSTED_TO.has(t.norm));
    const code = postedAt >= 0 ? placeAt(m.sentence, postedAt + 1, 2) : undefined;
    if (code) home.set(m.entityId, code);
  }
}

const OFFICE_TITLES = new Set(['minister', 'deputy minister', 'secretary', 'envoy', 'ambassador', 'governor', 'director general']);

/** "A Chilean government delegation …. Economy Minister Valentina Ríos …": officials named with the party serve in its country. */
function delegationOfficials(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  const party = found.mentions.find((m) => m.demonym && m.sentence >= 0 && (doc.sentences[m.sentence]?.tokens.slice(m.end, m.end + 3) ?? []).some((t) => doc.lexicon.groupNouns.has(t.norm)));
  const code = party ? countryOf(doc, party) : undefined;
  const partyParagraph = party ? doc.sentences[party.sentence]?.paragraph : undefined;
  if (!code || partyParagraph === undefined) return;
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || home.has(m.entityId) || m.sentence < 0) continue;
    const s = doc.sentences[m.sentence];
    if (!s || s.paragraph - partyParagraph > 1 || s.paragraph < partyParagraph) continue;
    const titled = (found.titles.get(m.sentence) ?? []).some((t) => OFFICE_TITLES.has(t.value) && ((t.end <= m.start && m.start - t.end <= 1) || (t.start > m.end && t.start - m.end <= 4)));
    if (titled) home.set(m.entityId, code);
  }
}

const OFFICE_WORDS = new Set(['office', 'offices', 'headquarters', 'home']);
const POSSESSIVES = new Set(['her', 'his', 'their']);

/** The resolved people a sentence names, in order. */
function peopleIn(found: EntityFindings, sentence: number): Mention[] {
  return found.mentions.filter((o) => o.sentence === sentence && o.type === 'Person' && !!o.entityId);
}

/** What someone does where they work ("who runs …", "who heads …"), not what a visitor does ("who met …"). */
const WORKS_VERBS = new Set(['runs', 'ran', 'heads', 'headed', 'leads', 'led', 'works', 'worked', 'directs', 'chairs', 'manages', 'oversees', 'teaches', 'lectures']);

/** "Amara Njoroge founded Savanna Loop Data in Nairobi", "We spoke in her Nairobi office": where someone works is home. */
function workplaces(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  for (const s of doc.sentences) {
    // ("Lucía Arancibia, who runs the machine-learning group at Chile's Instituto …": a body a country owns,
    // where a "who" clause says someone works.)
    for (const m of peopleIn(found, s.index)) {
      if (!m.entityId || home.has(m.entityId) || s.tokens[m.end]?.text !== ',' || s.tokens[m.end + 1]?.norm !== 'who' || !WORKS_VERBS.has(s.tokens[m.end + 2]?.norm ?? '')) continue;
      const owner = found.mentions.find((o) => o.sentence === s.index && o.type === 'Country' && o.start > m.end + 2 && o.start - m.end <= 10 && s.tokens[o.start - 1]?.norm === 'at' && possessiveAt(s.tokens, o.end));
      const code = owner && !s.tokens.slice(m.end + 2, owner.start).some((t) => t.text === ',') ? countryOf(doc, owner) : undefined;
      if (code) home.set(m.entityId, code);
    }
    const places = found.mentions.filter((o) => o.sentence === s.index && o.type === 'City');
    for (const place of places) {
      const code = countryOf(doc, place);
      if (!code) continue;
      const prep = s.tokens[place.start - 1]?.norm ?? '';
      const founded = ['in', 'di'].includes(prep) ? s.tokens.findIndex((t, i) => doc.lexicon.foundingVerbs.has(t.norm) && i < place.start && place.start - i <= 8) : -1;
      const founder = founded > 0 ? peopleIn(found, s.index).find((o) => o.end === founded) : undefined;
      const office = POSSESSIVES.has(prep) && OFFICE_WORDS.has(s.tokens[place.end]?.norm ?? '');
      let person = founder ?? employee(doc, found, s.index, place);
      for (let j = s.index; office && !person && j >= 0 && s.index - j <= 3; j--) person = peopleIn(found, j).at(-1);
      if (person?.entityId && !home.has(person.entityId)) home.set(person.entityId, code);
    }
  }
}

/**
 * "Le Thu Trang, an economist at Red River Analytics in Hanoi, said …": the person an apposition says
 * works at a firm in a city.
 */
function employee(doc: Doc, found: EntityFindings, sentence: number, place: Mention): Mention | undefined {
  const tokens = doc.sentences[sentence]?.tokens ?? [];
  if (tokens[place.start - 1]?.norm !== 'in') return undefined;
  const org = found.mentions.find((o) => o.sentence === sentence && o.type === 'Organization' && o.end === place.start - 1 && tokens[o.start - 1]?.norm === 'at');
  if (!org) return undefined;
  // Back over the occupation ("an economist", "a senior analyst") to the comma after the name.
  let k = org.start - 2;
  while (k >= 0 && org.start - k <= 6 && tokens[k]?.kind === 'word' && !tokens[k]?.cap) k--;
  if (tokens[k]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[k + 1]?.norm ?? '')) return undefined;
  return peopleIn(found, sentence).find((m) => m.end === k);
}

/** The country of the city written "<City>-based" right before the organisation in a sentence. */
function basedIn(doc: Doc, found: EntityFindings, org: string, sentence: number): string | undefined {
  const s = doc.sentences[sentence];
  const o = found.mentions.find((m) => m.entityId === org && m.sentence === sentence);
  // ("Kyoto's Kisaragi Photonics": a city's possessive says the same.)
  const possessive = !!s && !!o && possessiveAt(s.tokens, o.start - 2);
  if (!s || !o || (!basedBefore(s.tokens, o.start) && !possessive)) return undefined;
  const city = found.mentions.find((m) => m.sentence === sentence && m.end === o.start - 2 && (m.type === 'City' || (m.type === 'Country' && !possessive)));
  return city ? countryOf(doc, city) : undefined;
}

/**
 * "Lan, a 26-year-old process engineer from Bac Ninh province in northern Vietnam", "Rahmat, 33 tahun,
 * insinyur asal Makassar": where an apposition says someone is from is their home.
 */
function appositiveOrigins(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0 || home.has(m.entityId)) continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    // ("didampingi Endang Sulistyowati dari Pemerintah Provinsi Jawa Timur": an official of an Indonesian body.)
    const body = s.tokens[m.end]?.norm === 'dari' ? found.mentions.find((o) => o.sentence === m.sentence && o.start === m.end + 1 && o.type === 'Organization') : undefined;
    if (doc.language === 'id' && body && INDONESIAN_BODY.test(body.name)) {
      home.set(m.entityId, 'ID');
      continue;
    }
    if (s.tokens[m.end]?.text !== ',') continue;
    // ("Ximena Cuautle, rector of the Universidad … (UTBN) in Querétaro": an office's institution and where it stands.)
    const office = (found.titles.get(m.sentence) ?? []).find((t) => t.start >= m.end + 1 && t.start <= m.end + 2 && HOME_OFFICES.has(t.value));
    const institutionBefore = (k: number): boolean =>
      !!office && !s.tokens.slice(office.end, k).some((x) => x.text === ',') && found.mentions.some((o) => o.sentence === m.sentence && o.type === 'Organization' && o.start >= office.end && o.end <= k);
    for (let k = m.end + 1; k < s.tokens.length && k - m.end <= 20; k++) {
      const t = s.tokens[k] as Token;
      if (t.text === '.' || t.text === ';' || (t.kind === 'word' && !t.cap && (doc.lexicon.visitVerbs.has(t.norm) || doc.lexicon.speechVerbs.has(t.norm)))) break;
      if (t.norm !== 'from' && t.norm !== 'asal' && !(t.norm === 'in' && institutionBefore(k))) continue;
      const place = found.mentions.find((o) => o.sentence === m.sentence && o.start > k && o.start <= k + 2 && (o.type === 'City' || o.type === 'Country'));
      const code = place ? countryOf(doc, place) : undefined;
      // ("from Bac Ninh province in northern Vietnam": the country that closes the phrase, when a province opens it.)
      const country = found.mentions.find((o) => o.sentence === m.sentence && o.type === 'Country' && o.start > k && o.start <= k + 8);
      const where = code ?? (country ? countryOf(doc, country) : undefined);
      if (where) home.set(m.entityId, where);
      break;
    }
  }
}

/** Words that tell where someone was born or grew up ("Born in Chiang Mai", "lahir di Medan"). */
const BIRTH_WORDS = new Set(['born', 'lahir', 'raised', 'dibesarkan', 'grew']);

/**
 * "Born in Chiang Mai and trained in Bangkok, she joined …": where someone was born is their home, when
 * nothing closer (an office, a company's base) says otherwise. The person is the sentence's, else the
 * one the sentences before were about.
 */
function birthplaces(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  for (const s of doc.sentences) {
    // ("came home to Hanoi", "pulang ke Medan": where someone goes home to is home too.)
    const at = s.tokens.findIndex((t, i) => (BIRTH_WORDS.has(t.norm) && ['in', 'di', 'up'].includes(s.tokens[i + 1]?.norm ?? '')) || ((t.norm === 'home' || t.norm === 'pulang') && ['to', 'ke'].includes(s.tokens[i + 1]?.norm ?? '')));
    // ("runs the fund from Singapore, where she was born": the place a "where … born" clause follows.)
    const bornAt = s.tokens.findIndex((t, i) => t.norm === 'born' && ['was', 'were'].includes(s.tokens[i - 1]?.norm ?? '') && s.tokens[i - 3]?.norm === 'where' && s.tokens[i - 4]?.text === ',');
    const placeBefore = bornAt > 0 ? found.mentions.find((o) => o.sentence === s.index && (o.type === 'City' || o.type === 'Country') && o.end === bornAt - 4) : undefined;
    if (at < 0 && !placeBefore) continue;
    // ("Born in Thunder Bay, Ontario, …": a town the gazetteer lacks, then its province.)
    const townFirst = (o: { start: number }): boolean => o.start <= at + 7 && s.tokens.slice(at + 2, o.start).every((t) => t.cap || t.text === ',');
    const place = placeBefore ?? found.mentions.find((o) => o.sentence === s.index && (o.type === 'City' || o.type === 'Country') && o.start > at && (o.start <= at + 4 || townFirst(o)));
    const code = place ? countryOf(doc, place) : undefined;
    if (!code) continue;
    let person = peopleIn(found, s.index)[0];
    for (let j = s.index - 1; !person && j >= 0 && s.index - j <= 5; j--) person = peopleIn(found, j).at(-1);
    if (person?.entityId && !home.has(person.entityId)) home.set(person.entityId, code);
  }
}

/** Names of Indonesian public bodies: whoever comes from one serves at home. */
const INDONESIAN_BODY = /^(Pemerintah|Pemprov|Pemkab|Pemkot|Dinas|Kementerian|Badan|Kantor|Sekretariat|DPRD|BUMN)\b/;

const HOME_OFFICES = new Set(['minister', 'deputy', 'deputy minister', 'president', 'governor', 'mayor', 'director general', 'regent', 'deputy regent', 'deputy governor', 'deputy mayor', 'regional secretary', 'rector', 'dean']);

/**
 * Indonesian press names a foreign official with the country ("Menteri Luar Negeri Jepang …"),
 * its own without: "Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi Stella Christie" serves in Indonesia.
 */
function indonesianOfficials(doc: Doc, found: EntityFindings, home: Map<string, string>): void {
  const portfolio = doc.names.portfolio.id;
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0 || home.has(m.entityId)) continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const title = (found.titles.get(m.sentence) ?? [])
      .filter((t) => t.end <= m.start && m.start - t.end <= 14 && !doc.names.isAcademicTitle(t.phrase.replace(/\.$/, '')))
      .at(-1);
    // ("Wakil Presiden Marzuki Alamsyah": a vice-president named right after the office, with no firm between, is the state's.)
    // (Not a firm's, named before it: "… dari Huaxin Cloud Technology, …, dipimpin Wakil Presiden Liu Yanping".)
    const statesDeputy =
      title?.value === 'vice president' && title.end === m.start && title.phrase.toLowerCase() === 'wakil presiden' && !found.mentions.some((o) => o.sentence === m.sentence && o.type === 'Organization' && o.end <= title.start);
    if (!title || (!HOME_OFFICES.has(title.value) && !statesDeputy) || title.phrase.toLowerCase().includes('eksekutif')) continue;
    // Only portfolio words, a ministry's acronym ("Wakil Menteri ESDM") and punctuation between the title and the name.
    // (Or an Indonesian province or city the office governs: "Gubernur Jawa Tengah".)
    const homePlaceAt = (k: number): boolean =>
      found.mentions.some((o) => o.sentence === m.sentence && o.start <= k && o.end > k && (o.type === 'City' || o.type === 'Region') && countryOf(doc, o) === 'ID');
    const between = s.tokens.slice(title.end, m.start);
    // ("Deputi Bidang Promosi Penanaman Modal, Nurhadi": an office's field, capitalised; a foreign place there is caught below.)
    if (!between.every((t, i) => t.kind !== 'word' || t.cap || portfolio.has(t.norm) || doc.names.isAcademicTitle(t.text) || homePlaceAt(title.end + i))) continue;
    // ("Didampingi Gubernur Kalimantan Timur, Sutrisno Wahyudi, Oh meninjau …": the office is the holder's named between.)
    if (found.mentions.some((o) => o.sentence === m.sentence && o.type === 'Person' && o.entityId !== m.entityId && o.start >= title.end && o.end <= m.start)) continue;
    // "Gubernur Jawa Tengah …": a province or city of Indonesia is still at home.
    const foreign = found.mentions.some(
      (o) =>
        o.sentence === m.sentence &&
        (o.type === 'Country' || o.type === 'City' || o.type === 'Region') &&
        (o.end === title.start || (o.start >= title.end && o.end <= m.start)) &&
        countryOf(doc, o) !== 'ID',
    );
    if (!foreign) home.set(m.entityId, 'ID');
  }
}

/**
 * At a party noun ("rombongan", "delegation") at i, the first word of joining ("ikut", "turut", "part of")
 * up to three words before it; -1 when there is none or no party noun at i.
 */
function partyJoinedAt(doc: Doc, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || (!doc.lexicon.groupNouns.has(t.norm) && !doc.lexicon.partyNouns.has(t.norm))) return -1;
  for (let j = Math.max(0, i - 3); j < i; j++) if (doc.lexicon.partyJoinWords.has((tokens[j] as Token).norm)) return j;
  return -1;
}

const INVITE_WORDS = new Set(['invite', 'invites', 'invited', 'mengundang']);

/** "… invited her to Hsinchu", "mengundang Rina ke Osaka": where the person invited right after the verb is asked to come; -1 if none. */
function invitedTo(f: SentenceFacts): number {
  const tokens = f.s.tokens;
  for (const p of f.people) {
    if (!INVITE_WORDS.has(tokens[p.at - 1]?.norm ?? '')) continue;
    let k = p.at + 1;
    while (k < tokens.length && tokens[k]?.kind === 'word' && tokens[k]?.cap) k++;
    if (['to', 'ke'].includes(tokens[k]?.norm ?? '') && f.places.some((q) => q.mention.start === k + 1 || q.mention.start === k + 2)) return k;
  }
  return -1;
}

function cueFlags(doc: Doc, f: SentenceFacts): { strong: boolean; weak: boolean; be: number[]; planned: boolean; negated: boolean } {
  const lex = doc.lexicon;
  const ws = words(f.s.tokens);
  const strip = (w: string): string => (doc.language === 'id' && w.endsWith('nya') ? w.slice(0, -3) : w);
  // Being with a visitor is being there: "mendampingi Presiden", "accompanied by" — next to a person.
  const accompany = f.s.tokens.some((_, i) => {
    const m = lex.accompanyVerbs.matchAt(f.s.tokens, i);
    // ("Hj. Siti Rahmawati, S.T., M.M. akan mendampingi di Abu Dhabi": degrees may push the name further back.)
    const atPlace = !!m && lex.locativePrepositions.has(f.s.tokens[m.end]?.norm ?? '') && f.people.length > 0;
    // ("didampingi Wakil Rektor Bidang Riset dan Kerja Sama, Dr. Eng. Lestari …": an office and degrees before the name.)
    const titledAfter = (p: PersonRef): boolean =>
      !!m && p.at > m.end && p.at <= m.end + 16 && f.s.tokens.slice(m.end, p.at).every((t) => t.kind !== 'word' || t.cap || ['dan', 'and', 'of'].includes(t.norm));
    return !!m && (atPlace || f.people.some((p) => (p.at >= i - 3 && p.at <= m.end + 3) || titledAfter(p)));
  });
  // "Peter Odhiambo led the delegation instead", "Rombongan dipimpin …": heading a travelling party.
  const leadsParty = f.group && ws.some((w) => LEAD_WORDS.has(w));
  // "spent a day at the centre", "menghabiskan dua hari di …": time spent somewhere is being there.
  // ("saya tiga bulan di Eindhoven", "three months in Eindhoven": a stay told by its length.)
  const spentTime = ws.some((w, i) => (SPENT.has(w) && ws.slice(i + 1, i + 4).some((x) => TIME_SPANS.has(x))) || (TIME_SPANS.has(w) && ['di', 'in'].includes(ws[i + 1] ?? '') && f.places.some((p) => p.mention.start === i + 2)));
  // ("…, yang ikut dalam rombongan menteri": being part of the travelling party.)
  // (Not "ikut menerima rombongan": receiving the party is hosting it.)
  const inParty = f.s.tokens.some((_, i) => {
    const j = partyJoinedAt(doc, f.s.tokens, i);
    return j >= 0 && f.s.tokens.slice(j + 1, i).every((x) => ['dalam', 'dengan', 'bersama', 'the', 'in'].includes(x.norm));
  });
  // ("Friday, Tokyo. … In the evening I spoke to forty students": a named diarist is where the day line says.)
  const diarist = f.dayScene && !!f.narrator && f.people.some((p) => p.entityId === f.narrator && p.how === 'pronoun');
  // ("meminta hasil kunjungan kerja itu diukur", "said the trip reflected …": a trip already told, pointed back at,
  // sends no one new on it.)
  const toldTrip = (i: number): boolean => {
    const ahead = f.s.tokens.slice(i + 1, i + 4).map((t) => t.norm);
    const back = ['itu', 'tersebut'].some((w) => ahead.includes(w)) || (['the', 'this', 'that'].includes(f.s.tokens[i - 1]?.norm ?? '') && !['to', 'ke'].includes(ahead[0] ?? ''));
    // (Only for someone named afresh: "ia" in "Jika kunjungan itu terlaksana, ia …" is the one who makes it.)
    return back && f.places.length === 0 && f.people.every((p) => p.how === 'name') && !PEOPLE_NOUNS.has(f.s.tokens[i]?.norm ?? '');
  };
  // ("My guest today runs research at …": a host's word for the one interviewed makes no trip.)
  const myGuest = (i: number): boolean => f.s.tokens[i - 1]?.norm === 'my' && f.people.some((p) => p.at === i - 1 && p.how === 'reference');
  const strongWord = f.s.tokens.some((t, i) => t.kind === 'word' && lex.strongVisitWords.has(strip(t.norm)) && !(lex.visitNouns.has(t.norm) && toldTrip(i)) && !myGuest(i));
  const invited = invitedTo(f) >= 0;
  // ("Solvane hosted Bambang Hadiprojo in Madrid", "receiving … Bambang … at our Madrid campus": a guest received at a place.)
  const hostsGuest = f.places.length > 0 && f.s.tokens.some((t, i) => lex.hostVerbs.has(t.norm) && f.people.some((p) => p.how === 'name' && p.at > i && p.at - i <= 12));
  const strong = strongWord || hostsGuest || accompany || leadsParty || spentTime || inParty || diarist || f.listsStops || lex.returnFromCues.test(f.s.tokens) || invited;
  // A weak cue ("met", "went", "spent") counts only close to a place where something happens.
  const locAt = f.places.filter((p) => p.locative).map((p) => p.anchor ?? p.mention.start);
  const dateline = f.places.some((p) => p.dateline);
  const near = (i: number): boolean => dateline || f.contextPlace || locAt.length === 0 || locAt.some((at) => Math.abs(at - i) <= 12);
  // "Di Seoul, Ibu Menteri akan membahas …", "In Tokyo, she will …": a sentence set in a place.
  const firstComma = f.s.tokens.findIndex((t) => t.text === ',');
  const opensOnPlace = ['at', 'in', 'di', 'inside', 'outside'].includes(f.s.tokens[0]?.norm ?? '');
  const scene = f.places.some(
    // ("Soal ekspansi ke Tiongkok, Nadia menggeleng": a destination after a topic word sets no scene.)
    (p) =>
      p.locative &&
      !p.origin &&
      ((p.mention.start <= 3 && f.s.tokens[p.mention.end]?.text === ',' && !(p.mention.start >= 2 && ['ke', 'to'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? ''))) ||
        (opensOnPlace && firstComma > p.mention.start && firstComma <= 12)),
  );
  // "memimpin rombongan direksi ke Amerika Serikat", "led a delegation to Seoul": a party headed somewhere.
  // "memimpin misi dagang ke Osaka", "a trade mission to Osaka": a mission named right before where it goes.
  const partyGoes = f.places.some((p) => {
    const k = p.mention.start - 1;
    if (!p.locative || !['ke', 'to', 'menuju'].includes(f.s.tokens[k]?.norm ?? '')) return false;
    return f.group || f.s.tokens.slice(Math.max(0, k - 3), k).some((t) => lex.partyNouns.has(t.norm) && f.people.length > 0);
  });
  // "Pak Teguh Santoso, bulan lalu ke Reykjavik": Indonesian goes "ke" a place without a verb.
  const verbless = doc.language === 'id' && f.places.some((p) => {
    if (!p.locative || f.s.tokens[p.mention.start - 1]?.norm !== 'ke') return false;
    const k = p.mention.start - 1;
    // ("ia juga berencana ke Seoul": a word of planning is no other verb.)
    const otherVerb = (t: Token, i: number): boolean => /^(me|ber|di|ter|pe)[a-z]{3,}/.test(t.norm) && !lex.visitVerbs.has(t.norm) && !lex.plannedCues.matchAt(f.s.tokens, i);
    return f.people.some((r) => r.at < k && k - r.at <= 10 && !f.s.tokens.slice(r.at + 1, k).some((t, j) => otherVerb(t, r.at + 1 + j)));
  });
  const weak =
    scene ||
    partyGoes ||
    verbless ||
    f.s.tokens.some((t, i) => lex.visitVerbs.has(strip(t.norm)) && near(i)) ||
    f.s.tokens.some((_, i) => !!lex.meetVerbs.matchAt(f.s.tokens, i) && near(i));
  // "were all in the UAE", "had already been in the country", "berada di".
  const be: number[] = [];
  f.s.tokens.forEach((t, i) => {
    if (!BE.has(t.norm)) return;
    let k = i + 1;
    while (k < f.s.tokens.length && BE_FILLERS.has((f.s.tokens[k] as Token).norm)) k++;
    const next = f.s.tokens[k];
    if (next && lex.locativePrepositions.has(next.norm)) be.push(k);
  });
  // ("Among those at the Brussels meetings were Sethuraman and …": the place before the verb, the people after.)
  if (f.s.tokens[0]?.norm === 'among' && f.s.tokens[1]?.norm === 'those' && lex.locativePrepositions.has(f.s.tokens[2]?.norm ?? '')) be.push(2);
  return {
    strong,
    weak,
    be,
    // (A trip moved to a new date is still to come.)
    // (An invitation is a trip still to be made: "invited her to Hsinchu for a month".)
    planned: plannedIn(doc, f.s.tokens) || f.s.tokens.some((_, i) => rescheduledAt(doc, f.s.tokens, i)) || invited,
    negated: negated(doc, f.s.tokens),
  };
}

/** Who is the visitor: the subject side of a meeting, the object of "received", both sides of "between". */
function visitorsOf(f: SentenceFacts, doc: Doc): { visitors: PersonRef[]; others: PersonRef[] } {
  const tokens = f.s.tokens;
  // "was received (at the Governor's Mansion) by …" is the passive of hosting: the subject is the visitor.
  // ("a forum hosted by Falconbridge" is the same passive, as a modifier.)
  const englishPassive = (i: number): boolean => ['was', 'were', 'is', 'are', 'been', 'be'].includes(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.norm === 'by';
  // ("Vice Minister Han would host the delegation": a bare host verb after "will"/"would".)
  // ("… is expected to receive Tanase in Riyadh": after "to" too.)
  // ("Somchai showed her the company's site": whoever shows a visitor round is the host — not "the itinerary shows".)
  // ("Johan Ekberg … shows Goh a pipe": or a person named right after it.)
  const showsRound = (t: Token, i: number): boolean =>
    SHOW_VERBS.has(t.norm) && (doc.lexicon.objectPronouns.has(tokens[i + 1]?.norm ?? '') || f.people.some((p) => p.at === i + 1 && p.how === 'name'));
  const hosts = (t: Token, i: number): boolean =>
    doc.lexicon.hostVerbs.has(t.norm) || showsRound(t, i) || (doc.lexicon.hostVerbBases.has(t.norm) && ['will', 'would', 'to'].includes(tokens[i - 1]?.norm ?? ''));
  // ("talks … about hosting Kansai Lithic accelerators": a gerund after a preposition receives no one.)
  const gerund = (t: Token, i: number): boolean => t.norm.endsWith('ing') && ['about', 'for', 'on', 'in', 'with', 'by'].includes(tokens[i - 1]?.norm ?? '');
  const hostAt = tokens.findIndex((t, i) => hosts(t, i) && !englishPassive(i) && !gerund(t, i));
  const passiveAt = tokens.findIndex((t, i) => PASSIVE_HOSTED.has(t.norm) || (doc.lexicon.hostVerbs.has(t.norm) && englishPassive(i)));
  const betweenAt = tokens.findIndex((t) => BETWEEN.has(t.norm));
  // "pertemuan Presiden Prabowo dengan PM Starmer", "a meeting of X with Y": after a meeting noun
  // comes its subject; the other side follows "dengan"/"with".
  const subjectFollows = (i: number): boolean => MEETING_NOUNS.has((tokens[i] as Token).norm) && f.people.some((p) => p.at > i && p.at <= i + 4);
  // ("He will be joined in Oslo by Abena Owusu-Sarpong": a passive "joined" brings a companion, not someone met.)
  const passiveJoin = (i: number): boolean => ['joined', 'accompanied'].includes(tokens[i]?.norm ?? '') && englishPassive(i);
  // ("A first-time founder with no foundry relationships, she spent …": a marker before anyone is named splits no one.)
  // ("Sebagai tindak lanjut rangkaian pertemuan tersebut, Deputi … Ratna …": a meeting pointed back at splits no one either.)
  // (Not the meeting as the scene: "Dalam pertemuan tersebut, Bupati didampingi …" is at it.)
  const pointedBack = (i: number): boolean =>
    THAT_AFTER.has(tokens[i + 1]?.norm ?? '') && !f.people.some((p) => p.at < i) && !['dalam', 'di', 'in', 'at', 'during', 'selama', 'hadir'].includes(tokens[i - 1]?.norm ?? '');
  const markerAt = tokens.findIndex((t, i) => (OBJECT_MARKERS.has(t.norm) || !!doc.lexicon.meetVerbs.matchAt(tokens, i)) && !subjectFollows(i) && !passiveJoin(i) && !pointedBack(i) && !(t.norm === 'with' && !tokens[i + 1]?.cap && !f.people.some((p) => p.at < i)));
  // "The forum's host, Khalid Al Mazrouei, …": whoever the sentence calls the host stays a host.
  // ("His hosts, led by the fund's chief investment officer, Hamdan Al-Suwaidi, wanted …": so is whoever
  // a sentence opening on its hosts names before its verb.)
  const hostsOpen = tokens.slice(0, 2).some((t) => HOST_NOUNS.has(t.norm));
  const mainVerb = hostsOpen ? tokens.findIndex((t, i) => i > 1 && t.kind === 'word' && !t.cap && !HOST_LEAD.has(t.norm) && verbLike(doc, t) && !['the', 'a', 'an'].includes(tokens[i - 1]?.norm ?? '')) : -1;
  const hostNoun = (p: PersonRef): boolean => (tokens[p.at - 1]?.text === ',' && HOST_NOUNS.has(tokens[p.at - 2]?.norm ?? '')) || (hostsOpen && p.at < mainVerb);
  // ("in the group of the computer architect Dietmar Kohlhaas": a name after "of" and its description is no actor.)
  const ofObject = (p: PersonRef): boolean => {
    if (p.how !== 'name') return false;
    let k = p.at - 1;
    while (k >= 0 && p.at - k <= 6 && tokens[k]?.kind === 'word' && !tokens[k]?.cap && tokens[k]?.norm !== 'of') k--;
    return tokens[k]?.norm === 'of' && k < p.at - 1 && ['the', 'a', 'an'].includes(tokens[k + 1]?.norm ?? '');
  };
  // ("toured the plant of Daehan Memory in Pyeongtaek, where chief executive Choi Eun-ji said …": someone
  // a "where" clause introduces by an office, speaking, is the site's host.)
  const siteHost = (p: PersonRef): boolean => {
    if (p.how !== 'name') return false;
    const where = tokens.findIndex((t, i) => t.norm === 'where' && tokens[i - 1]?.text === ',' && i < p.at && p.at - i <= 5);
    if (where < 0 || !tokens.slice(where + 1, p.at).every((t) => t.kind === 'word' && !t.cap)) return false;
    const titled = tokens.slice(where + 1, p.at).some((_, k) => doc.lexicon.titles.matchAt(tokens, where + 1 + k)?.end === p.at);
    // ("… officials at the Malaysian Investment Development Authority, where deputy chief executive Faridah
    // Osman has offered …": an office at the body just named is held there.)
    const atBody = f.orgs.some((o) => o.end === where - 1);
    return titled && (atBody || tokens.slice(p.at, p.at + 6).some((t) => doc.lexicon.speechVerbs.has(t.norm)));
  };
  // ("… at Naniwa University, in Professor Emiko Sakurada's lab": whose place it is, not who came.)
  const placeOwner = (p: PersonRef): boolean =>
    p.how === 'name' && possessiveAt(tokens, nameEndAt(tokens, p.at)) && tokens.slice(Math.max(0, p.at - 3), p.at).some((t) => ['in', 'at', 'di'].includes(t.norm));
  // ("… was in Bangkok at the invitation of Somchai Rattanakorn": whoever invites is the host.)
  const inviter = (p: PersonRef): boolean => p.how === 'name' && tokens.slice(Math.max(0, p.at - 4), p.at).some((t, k, w) => INVITATION.has(t.norm) && (t.norm === 'undangan' || w[k + 1]?.norm === 'of'));
  // ("Ratna bergabung dengan kelompok riset yang dipimpin Prof. Matthias Oberländer": whoever leads the
  // research group a visitor joins works there.)
  const unitLeader = (p: PersonRef): boolean => {
    if (p.how !== 'name') return false;
    const lead = [1, 2, 3, 4].map((d) => p.at - d).find((k) => k >= 0 && LEAD_WORDS.has(tokens[k]?.norm ?? '') && tokens.slice(k + 1, p.at).every((t) => t.cap || t.text === '.' || ['by', 'oleh'].includes(t.norm)));
    return lead !== undefined && tokens.slice(Math.max(0, lead - 4), lead).some((t) => RESEARCH_UNITS.has(t.norm));
  };
  // ("… at GPU cloud providers, including Kaveri Compute, whose founder Ananya Kulkarni gave us …", "pitched
  // their partner Clarissa Teo": someone named by an office at the firm just named is that firm's, met there.)
  const firmsOwn = (p: PersonRef): boolean => {
    if (p.how !== 'name' || !['whose', 'their'].includes(tokens[p.at - 2]?.norm ?? '')) return false;
    return !!doc.lexicon.titles.matchAt(tokens, p.at - 1) && p.at - 2 > 0 && f.people.some((q) => q.at < p.at - 2 && q.entityId !== p.entityId);
  };
  // ("Bimo bertolak ke Seoul, kali ini tanpa Hendra": whoever a trip is made without stays out of it.)
  const without = (p: PersonRef): boolean => ['tanpa', 'without'].includes(tokens[p.at - 1]?.norm ?? '');
  const people = f.people.filter((p) => !hostNoun(p) && !ofObject(p) && !siteHost(p) && !placeOwner(p) && !inviter(p) && !unitLeader(p) && !firmsOwn(p) && !without(p));
  // The host verb splits host from guest only inside its own clause: in "Trump's visit to Riyadh …,
  // when the Crown Prince hosted a forum", Trump is no host.
  const hostClauseStart = hostAt < 0 ? -1 : Math.max(-1, ...tokens.slice(0, hostAt).map((t, i) => (['when', 'while', 'ketika', 'saat'].includes(t.norm) ? i : -1)));
  // ("BPISN menerima kunjungan delegasi Korea Selatan yang dipimpin … Kim Do-hyun, di Jakarta": a body hosts too.)
  const bodyBefore = f.orgs.some((o) => o.start > hostClauseStart && o.start < hostAt) || (/^[A-Z]{2,8}$/.test(tokens[hostAt - 1]?.text ?? '') && hostAt - 1 > hostClauseStart);
  // ("Solvane hosted Bambang …", "We had the pleasure of receiving … Bambang": a host no one names, a firm or "we".)
  const hostUnnamed = tokens.slice(hostClauseStart + 1, hostAt).some((t) => (t.kind === 'word' && t.cap) || doc.lexicon.firstPersonPluralPronouns.has(t.norm));
  const hostBody = hostAt > 0 && (bodyBefore || hostUnnamed) && !people.some((p) => p.at < hostAt);
  if (hostAt >= 0 && (passiveAt < 0 || hostAt < passiveAt) && (people.some((p) => p.at > hostClauseStart && p.at < hostAt) || hostBody)) {
    // "X received Y": Y visits, X hosts.
    return { visitors: people.filter((p) => p.at > hostAt || p.at < hostClauseStart), others: people.filter((p) => p.at > hostClauseStart && p.at < hostAt) };
  }
  if (passiveAt >= 0) {
    return { visitors: people.filter((p) => p.at < passiveAt), others: people.filter((p) => p.at > passiveAt) };
  }
  const attendedAt = tokens.findIndex((t, i) => ATTENDED_BY.has(t.norm) && (t.norm !== 'attended' || tokens[i + 1]?.norm === 'by'));
  // Everyone at an event is there: the subject who leads it and those who attend (hosts drop out by home).
  if (attendedAt >= 0) return { visitors: [...people], others: [] };
  // ("Park's trip follows a visit to Taiwan in August by Hanbit's chief technology officer, Kang Ji-hoon": the
  // visit is the one "by" names; whose trip it follows is elsewhere.)
  const visitBy = tokens.findIndex((t, i) => doc.lexicon.visitNouns.has(t.norm) && ['a', 'an', 'the', 'his', 'her'].includes(tokens[i - 1]?.norm ?? '') && tokens.slice(i + 1, i + 10).some((x) => x.norm === 'by'));
  const byAt = visitBy >= 0 ? tokens.findIndex((t, i) => i > visitBy && t.norm === 'by') : -1;
  const byWhom = byAt >= 0 ? people.filter((p) => p.at > byAt && p.at - byAt <= 10) : [];
  if (byWhom.length && doc.language === 'en') return { visitors: byWhom, others: people.filter((p) => p.at < visitBy) };
  // "tiba di Jakarta pada Rabu malam bersama X": a travel verb earlier in the same clause.
  // ("Rombongan dipimpin Ketua Komisi II H. Raja Ahmad Fadli, S.H., bersama …": or a word that leads a party,
  // whose degrees may bring commas.)
  const travelledBefore = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
      const t = tokens[k] as Token;
      if (LEAD_WORDS.has(t.norm)) return f.people.some((p) => p.at > k && p.at < i);
      if (t.text === ';' || doc.lexicon.meetVerbs.matchAt(tokens, k)) return false;
      if (t.text === ',' && !f.people.some((p) => p.at < k && k - p.at <= 10)) return false;
      if (ARRIVE_WITH.has(t.norm) && i - k <= 12) return true;
    }
    return false;
  };
  // "with" after a travel verb or after the place itself ("in Sapporo with our chairman") brings a companion.
  const afterPlace = (i: number): boolean => f.places.some((p) => p.mention.end === i);
  // ("Adrian bersama CTO Nawasena AI, Maya …, juga meninjau": "bersama" right after a name joins a second subject.)
  const coSubject = (t: Token, i: number): boolean =>
    ((t.norm === 'bersama' || (t.norm === 'with' && tokens[i - 1]?.norm === 'together')) && f.people.some((p) => p.how !== 'reference' && nameEndAt(tokens, p.at) === (t.norm === 'with' ? i - 1 : i))) ||
    // ("Bersama direktur …, Ir. Yusuf A. Pane, ia membahas …": opening the sentence, before its subject.)
    (i === 0 && ['bersama', 'together'].includes(t.norm));
  const companionAt = tokens.findIndex(
    (t, i) =>
      COMPANION_MARKERS.has(t.norm) ||
      coSubject(t, i) ||
      ((t.norm === 'with' || t.norm === 'bersama' || t.norm === 'dengan') && (TRAVEL_WITH.has(tokens[i - 1]?.norm ?? '') || afterPlace(i) || travelledBefore(i))),
  );
  // "The itinerary, shared with investors, starts in Riyadh, where Subramaniam will meet …": a new
  // clause ("where", "when") after the marker has a subject of its own.
  // ("… guna menemui investor, dan Direktur Teknologi I Made Ariawan berada di Taipei": nor after ", and" and a subject with its own verb.)
  const newClause = (p: PersonRef): boolean =>
    tokens.slice(markerAt + 1, p.at).some((t, i) => t.text === ',' && ['and', 'dan', 'but', 'namun', 'tetapi'].includes(tokens[markerAt + 2 + i]?.norm ?? '')) && clauseSubject(doc, tokens, p.at, tokens.length);
  const metAfterMarker = (p: PersonRef): boolean =>
    markerAt >= 0 && p.at > markerAt && !tokens.slice(markerAt + 1, p.at).some((t) => CLAUSE_OPENERS.has(t.norm) || t.text === ';') && !newClause(p);
  // ("… with Tan Wei Jun, a postdoctoral fellow who is travelling with her": the one the "who" clause is about travels.)
  const travellingWho = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.norm !== 'who' && t.norm !== 'yang') return;
    const verb = [k + 1, k + 2].find((j) => TRAVEL_WITH.has(tokens[j]?.norm ?? '') && ['with', 'bersama', 'dengan'].includes(tokens[j + 1]?.norm ?? ''));
    // ("saya bertemu Rizky Pratama, …, yang sudah tiga bulan tinggal di kota itu": who is staying there is there too.)
    const staying = tokens.slice(k + 1, k + 6).some((x, d) => STAYING.has(x.norm) && ['di', 'in', 'there'].includes(tokens[k + 2 + d]?.norm ?? ''));
    if (staying && tokens[k - 1]?.text === ',') {
      const before = people.filter((p) => p.at < k && k - p.at <= 16).at(-1);
      if (before) travellingWho.add(before.entityId);
      return;
    }
    if (verb === undefined) return;
    const before = people.filter((p) => p.at < k && k - p.at <= 12).at(-1);
    if (before) travellingWho.add(before.entityId);
  });
  const visitors: PersonRef[] = [];
  const others: PersonRef[] = [];
  for (const p of people) {
    if (travellingWho.has(p.entityId)) visitors.push(p);
    else if (betweenAt >= 0 && p.at > betweenAt) visitors.push(p);
    else if (companionAt >= 0 && p.at > companionAt && (markerAt < 0 || markerAt >= companionAt || p.at < markerAt)) visitors.push(p);
    else if (metAfterMarker(p)) others.push(p);
    else visitors.push(p);
  }
  return { visitors, others };
}

/**
 * A schedule line: a day ("Monday", "Day 2", "9 November", "Senin") and a colon, then the place
 * ("• Tuesday: Tokyo — talks with utilities"). Going home ("Friday: return to Abu Dhabi") is no stop.
 */
function itineraryStop(doc: Doc, f: SentenceFacts): PlaceRef | undefined {
  const lineStart = f.s.paragraphStart || /\n[ \t]*$/.test(doc.article.text.slice(Math.max(0, f.s.start - 4), f.s.start));
  if (!lineStart) return undefined;
  const tokens = f.s.tokens;
  let k = listMarkerLength(tokens);
  // ("- Senin (10/11): Abu Dhabi — …": a date in brackets may sit between the day and the colon.)
  const colon = tokens.findIndex((t, i) => i >= k && i <= k + 12 && t.text === ':');
  // "TUE 15 JUL | TOKYO > SEOUL | 14:00 …": a table's row, its day, then where the day ends up.
  const bar = tokens.findIndex((t, i) => i >= k && i <= k + 6 && t.text === '|');
  if (bar > 0 && (colon < 0 || bar < colon) && tokens.slice(k, bar).some((t) => doc.lexicon.weekdays.has(t.norm) || doc.lexicon.months.has(t.norm))) {
    const cellEnd = tokens.findIndex((t, i) => i > bar && t.text === '|');
    const end = cellEnd < 0 ? tokens.length : cellEnd;
    const arrow = tokens.findLastIndex((t, i) => i > bar && i < end && (t.text === '>' || t.text === '→'));
    const from = Math.max(bar, arrow);
    // (The cell opens on its place: not "| Delegasi Finlandia dipimpin …", a party from there.)
    return f.places.find((p) => (p.mention.start === from + 1 || (p.locative && p.mention.start === from + 2)) && p.mention.end <= end && !p.origin);
  }
  if (colon < 0) return undefined;
  const label = tokens.slice(k, colon);
  // "- Seoul, South Korea (2–3 Aug): HBM4 allocation talks …": a bullet labelled with its place.
  const placeLabel = k > 0 && f.places.find((p) => p.mention.start === k && p.mention.end <= colon && !p.origin);
  if (placeLabel) return negated(doc, tokens) ? undefined : placeLabel;
  const dayLabel = colon <= k + 8 && label.some((t) => doc.lexicon.weekdays.has(t.norm) || doc.lexicon.months.has(t.norm) || ['day', 'hari'].includes(t.norm));
  if (!dayLabel) return undefined;
  // ("- Mon 6 Oct, Tokyo: board meeting …", "Senin, 8 Desember — Tokyo: Upacara …": the day's place closes its label.)
  const closesLabel = f.places.find((p) => p.mention.end === colon && p.mention.start > k && [',', '—', '–', '-'].includes(tokens[p.mention.start - 1]?.text ?? '') && !p.origin);
  if (closesLabel) return negated(doc, tokens) ? undefined : closesLabel;
  k = colon + 1;
  if (doc.lexicon.returnCues.test(tokens.slice(k, k + 4))) return undefined;
  // The place opens the entry, or follows a trip word ("Rabu: perjalanan ke Riyadh").
  return f.places.find((p) => p.mention.start >= k && (p.mention.start <= k + 1 || (p.locative && p.mention.start <= k + 3)) && !p.origin);
}

export function findVisits(
  doc: Doc,
  found: EntityFindings,
  facts: SentenceFacts[],
  roles: readonly RoleHit[] = [],
): { visits: VisitHit[]; meetings: MeetingHit[]; home: Map<string, string>; party: Party } {
  const home = homeCountries(doc, found, roles);
  // ("PERTH – … Liam Prendergast, dijadwalkan berkunjung ke Balikpapan …": whoever a dateline's first
  // sentence sends elsewhere sets off from home — where the dateline is, unless something says otherwise.)
  for (const f of facts) {
    // (A plan: "cut short a visit to India and flew back to Paris" leaves from a stop, not from home.)
    const setOff = f.s.paragraphStart && doc.lexicon.plannedCues.test(f.s.tokens) ? f.places.find((p) => p.origin && p.mention.start === 0) : undefined;
    const leaving = setOff ? f.people.filter((p) => p.how === 'name') : [];
    if (setOff && leaving.length === 1 && !home.has(leaving[0]?.entityId ?? '')) home.set(leaving[0]?.entityId ?? '', setOff.country);
  }
  const visits: VisitHit[] = [];
  const meetings: MeetingHit[] = [];
  const lastVisit = new Map<string, string>();
  const group = groupMembers(doc, found, facts);
  const members = group.ids;
  // Where someone named is said to go home ("will fly back to Istanbul", "kembali ke Jakarta").
  // (`cueAt`: where the first return or homeward cue of that sentence stands.)
  const wentHome = new Map<string, { sentence: number; stillAt: Set<string>; cueAt: number }>();
  for (const f of facts) {
    const homewardAt = f.s.tokens.findIndex((_, i) => !!doc.lexicon.homewardCues.matchAt(f.s.tokens, i));
    if (homewardAt < 0 && (!f.places.some((p) => p.origin) || !doc.lexicon.returnCues.test(f.s.tokens))) continue;
    // ("… kembali ke Tanah Air lebih awal, sehingga kunjungan ke Taiwan dilanjutkan …": a stop named after going home is not theirs.)
    const stillAt = new Set(f.places.filter((p) => !p.origin && (homewardAt < 0 || p.mention.start < homewardAt)).map((p) => p.country));
    const cueAt = f.s.tokens.findIndex((_, i) => !!doc.lexicon.returnCues.matchAt(f.s.tokens, i) || !!doc.lexicon.homewardCues.matchAt(f.s.tokens, i));
    for (const p of f.people) if (p.how !== 'reference' && !wentHome.has(p.entityId)) wentHome.set(p.entityId, { sentence: f.s.index, stillAt, cueAt });
  }
  // People who travel together in one sentence ("X dan Y tiba di Hsinchu") are the group "keduanya" / "rombongan" means.
  let lastParty: string[] = [];
  let scheduleTraveller: string | null = null;
  // Where the report is set: its dateline, else the first place where something happens in its opening.
  const opening = facts.filter((f) => !f.s.heading).slice(0, 3);
  const eventCountry = (facts.flatMap((f) => f.places).find((p) => p.dateline) ?? opening.flatMap((f) => f.places).find((p) => p.locative && !p.origin))?.country;
  // "TANJUNGPINANG – Komisi II … melakukan kunjungan kerja ke Johor, Malaysia, dan Singapura": a party set
  // off from the dateline to the places its opening names; its members, listed without a place, go there.
  const lead = opening[0];
  const setAtEvent = !!lead?.places.some((p) => p.dateline && p.country === eventCountry) && lead.s.tokens.some((t) => doc.lexicon.eventNouns.has(t.norm)) && !lead.places.some((p) => p.locative && p.country !== eventCountry);
  const setOffFrom = lead?.places.find((p) => p.dateline)?.country;
  const tripWord = !!lead && lead.s.tokens.some((t) => doc.lexicon.visitNouns.has(t.norm) || doc.lexicon.strongVisitWords.has(t.norm));
  // (A dateline that is itself a stop, "TOKYO — … lawatan ke Jepang dan Korea", is no place set off from.)
  const datelineIsStop = !!lead?.places.some((p) => p.locative && !p.dateline && p.country === setOffFrom);
  const announced = setOffFrom && tripWord && !datelineIsStop ? [...new Set(lead.places.filter((p) => p.locative && !p.origin && !p.dateline && p.country !== setOffFrom).map((p) => p.country))] : [];
  // Companions held to the stops named with them ("in Seoul only", "dalam etape Abu Dhabi dan Riyadh").
  const onlyAt = new Map<string, Set<string>>();
  const heldElsewhere = (id: string, country: string): boolean => onlyAt.has(id) && !onlyAt.get(id)?.has(country);
  const onlyTold = new Map<string, { sentence: number; countries: ReadonlySet<string> }>();
  // "… joined by video link from Paris instead. She used her slot to argue …": whoever a paragraph
  // says was not there is not placed there by the rest of it.
  const absentIn = new Map<string, number>();
  // ("Dirjen ILMATE Rina Kartikasari tetap berada di Seoul hingga 16 Juni": staying on where one already is, abroad, is being there.)
  const staysOn = (f: SentenceFacts): boolean => {
    const negAts = f.s.tokens.map((_, i) => i).filter((i) => negationAt(doc, f.s.tokens, i));
    const at = negAts[0] ?? 0;
    return (
      negAts.length > 0 &&
      negAts.every((i) => STAY_ON.has(f.s.tokens[i]?.norm ?? '')) &&
      f.places.some((p) => p.locative && p.mention.start > at && p.mention.start - at <= 4 && f.people.some((q) => lastVisit.get(q.entityId) === p.country && home.get(q.entityId) !== p.country))
    );
  };
  const inCorrection = (f: SentenceFacts): boolean => {
    const opening = facts.find((o) => o.s.paragraph === f.s.paragraph && o.s.paragraphStart)?.s.tokens ?? [];
    const label = doc.lexicon.correctionLabels.matchAt(opening, 0);
    return !!label && [':', '—', '–', '-'].includes(opening[label.end]?.text ?? '');
  };
  const record = (hit: VisitHit): void => {
    // "will visit Japan next week. In Tokyo, Altman meets Son …": a sentence that says nothing of
    // time goes on with the trip it follows, planned or not.
    const before = visits.findLast((v) => v.person === hit.person);
    const f = facts[hit.sentence];
    const goesOn = hit.status === 'reported' && before?.status === 'planned' && hit.sentence - before.sentence <= 6;
    // ("Hyderabad, in November." in a September interview: a date still to come is a plan.)
    const ahead = !!f && datedAfter(f.s.text, f.s.tokens, doc.lexicon, doc.article.publishedAt);
    visits.push(f && (goesOn || ahead) && !realis(doc, f) ? { ...hit, status: 'planned' } : hit);
    lastVisit.set(hit.person, hit.country);
  };
  for (const f of facts) {
    // "• Monday: Seoul — meetings with SK Hynix …": a line of a schedule is a stop of the trip in focus.
    // The traveller is whoever the text was about when the schedule began; hosts named in a line stay hosts.
    const stop = itineraryStop(doc, f);
    // ("Ezra Halvorsen, CEO, Corvane AI" over the list: a line that opens with a name heads its own list.)
    const heads = f.people.find((p) => p.at === 0 && p.how === 'name')?.entityId;
    // (Or whom the line before the schedule names: "An itinerary for … Desmond Achterberg shows …".)
    // (Not a companion's: "Pendamping: Sekar …, (hanya ikut ke Hsinchu dan Seoul)".)
    const lastTraveller = visits.findLast((v) => !companionLine(doc, (facts[v.sentence] as SentenceFacts).s.tokens))?.person;
    if (!stop) scheduleTraveller = heads ?? lastTraveller ?? f.people.find((p) => p.how === 'name')?.entityId ?? f.focusPerson ?? null;
    const traveller = stop && scheduleTraveller;
    if (stop && traveller && home.get(traveller) !== stop.country) {
      // A schedule shares the status of the trip it lays out ("akan melakukan muhibah …: - Senin: Abu Dhabi").
      const planned = plannedIn(doc, f.s.tokens) || visits.at(-1)?.status === 'planned';
      record({ person: traveller, country: stop.country, sentence: f.s.index, status: planned ? 'planned' : 'reported', confidence: 0.7, placeAt: stop.mention.start, frame: true });
      // (The party's other members already bound there go by the same schedule: the president his minister escorts.)
      const alongside = new Set(visits.filter((v) => v.person !== traveller && members.has(v.person) && members.has(traveller) && v.country === stop.country && v.sentence < f.s.index).map((v) => v.person));
      for (const id of alongside) record({ person: id, country: stop.country, sentence: f.s.index, status: planned ? 'planned' : 'reported', confidence: 0.6, placeAt: stop.mention.start, frame: true });
      continue;
    }
    // "Salah satu pembicara … adalah Nguyen Thi Thu Ha, … asal Vietnam", "Dari Thailand hadir Pornthip":
    // a guest from another country taking part in the event the article is set at is there.
    // (The event is where the report is set: see eventCountry.)
    if (eventCountry && !f.past && doc.lexicon.eventRoleWords.test(f.s.tokens) && !f.places.some((p) => p.locative && p.country !== eventCountry) && !negated(doc, f.s.tokens)) {
      const fromAbroad = f.places.filter((p) => p.mention.type === 'Country' && p.country !== eventCountry && (p.origin || ['asal'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? '')));
      // ("Zhou Lingfeng, chairman of the Chinese server maker …, attended both days": a foreign firm's officer.)
      const foreignFirm = found.mentions.some((m) => m.sentence === f.s.index && m.demonym && m.entityId !== `country:${eventCountry.toLowerCase()}`);
      // (Only where the report opens on the gathering at its dateline: "NAIROBI — The East Africa Compute Summit closed …".)
      const abroad = (id: string): boolean => fromAbroad.length > 0 || (setAtEvent && (foreignFirm || (!!home.get(id) && home.get(id) !== eventCountry)));
      for (const p of f.people.filter((r) => r.how === 'name' && abroad(r.entityId))) {
        if (home.get(p.entityId) === eventCountry || visits.some((h) => h.person === p.entityId && h.country === eventCountry)) continue;
        record({ person: p.entityId, country: eventCountry, sentence: f.s.index, status: plannedIn(doc, f.s.tokens) ? 'planned' : 'reported', confidence: 0.6, placeAt: -1, frame: true });
      }
    }
    // "Rangkaian lawatan ditutup di Doha", "The tour ends in Doha": the trip in focus, nobody named, goes on to a place.
    const lastTrip = visits.at(-1);
    // ("Next year's summit will be held in Kigali": where a gathering meets is no stop of anyone's trip.)
    const tripNoun = f.s.tokens.some((t) => doc.lexicon.visitNouns.has(t.norm) && !doc.lexicon.eventNouns.has(t.norm));
    // (Not in a correction at the foot: "Ralat: … Yang benar, kunjungan berlangsung di Fukuoka" sets the
    // story's trip right, not the last one told.)
    if (!f.s.heading && f.people.length === 0 && !f.group && !f.past && lastTrip && tripNoun && !inCorrection(f)) {
      const negatedHere = negated(doc, f.s.tokens) || doc.lexicon.earlierTripCues.test(f.s.tokens);
      // The place follows the trip word closely ("lawatan ditutup di Doha"), not a clause away ("The tour comes as … to China").
      const tripAt = f.s.tokens.findIndex((t) => doc.lexicon.visitNouns.has(t.norm));
      const there = f.places.filter((p) => p.locative && !p.origin && !p.venue && p.country !== lastTrip.country && p.mention.start > tripAt && p.mention.start - tripAt <= 5);
      const travellers = lastParty.includes(lastTrip.person) ? lastParty : [lastTrip.person];
      // ("Kunjungan rombongan Singapura ke Batam": a party from elsewhere is not the trip in focus.)
      const otherParty = f.places.some((p) => p.origin && p.country !== lastTrip.country);
      if (!negatedHere && !otherParty && there.length) {
        for (const id of travellers) {
          for (const p of there) {
            if (home.get(id) === p.country || heldElsewhere(id, p.country)) continue;
            if (visits.some((h) => h.person === id && h.country === p.country && h.sentence === f.s.index)) continue;
            record({ person: id, country: p.country, sentence: f.s.index, status: lastTrip.status, confidence: 0.6, placeAt: p.mention.start, frame: true });
          }
        }
        continue;
      }
    }
    // "Dalam pertemuan dengan Keppel, kedua pihak …": nobody named, but the visit in focus goes on.
    if (!f.s.heading && f.people.length === 0 && f.focusPerson && doc.lexicon.visitReferences.test(f.s.tokens)) {
      const country = lastVisit.get(f.focusPerson);
      if (country && !f.places.some((p) => p.country !== country)) {
        // ("The trip has been postponed to November 12": a reference to the trip keeps its status.)
        const status = visits.findLast((v) => v.person === f.focusPerson && v.country === country)?.status ?? 'reported';
        record({ person: f.focusPerson, country, sentence: f.s.index, status, confidence: 0.5, placeAt: -1, frame: true });
      }
      continue;
    }
    if (f.s.heading || (f.people.length === 0 && !(f.group && (members.size || lastParty.length || visits.length)))) continue;
    // "Are you going to Hanoi?": a question claims no trip.
    if (f.question) continue;
    // ("Rombongan kedua dipimpin Meiliana …. Ia terbang ke Seoul": a split party's leader goes where the next words say.)
    // (Not a party told by where it comes from: "Delegasi kedua berasal dari Huaxin …, berkantor pusat di Shenzhen, dipimpin …".)
    if (subParty(doc, f.s.tokens) && f.places.length === 0) continue;
    const cue = cueFlags(doc, f);
    if (staysOn(f)) cue.negated = false;
    // "She withdrew last week, and her colleague … travelled in her place": a negation holds for its
    // own clause; a later clause with a visit of its own still counts.
    let negatedUntil = -1;
    let keepBefore = Number.POSITIVE_INFINITY;
    if (cue.negated) {
      const negAt = f.s.tokens.findIndex((_, i) => negationAt(doc, f.s.tokens, i));
      // ("Meski sang chairman batal datang, Yushan tetap mengirim …": a concessive clause keeps its negation to itself.)
      const concessive = CONCESSIVE.has(f.s.tokens[0]?.norm ?? '');
      const clauseEnd = f.s.tokens.findIndex((t, i) => i > negAt && (t.text === ',' || t.text === ';') && (concessive || ['and', 'but', 'while', 'dan', 'namun', 'tetapi', 'sementara'].includes(f.s.tokens[i + 1]?.norm ?? '')));
      const laterNegated = f.s.tokens.some((_, i) => i > clauseEnd && negationAt(doc, f.s.tokens, i));
      const visitCue = (from: number, to?: number): boolean => f.s.tokens.slice(from, to).some((t) => doc.lexicon.strongVisitWords.has(t.norm) || doc.lexicon.visitVerbs.has(t.norm));
      const laterCue = clauseEnd > 0 && !laterNegated && visitCue(clauseEnd);
      // "Haddad is expected in Jakarta next month …; a stop in Bangkok … has been dropped": a negation
      // after a semicolon holds for its own clause; the trip before it stands.
      const semicolon = f.s.tokens.findIndex((t, i) => t.text === ';' && i < negAt);
      const earlierTrip = semicolon > 0 && f.people.some((p) => p.at < semicolon) && visitCue(0, semicolon);
      if (earlierTrip) keepBefore = semicolon;
      else if (laterCue || (concessive && clauseEnd > 0 && !laterNegated)) negatedUntil = clauseEnd;
      else {
        for (const p of f.people) absentIn.set(p.entityId, f.s.paragraph);
        continue;
      }
    }
    const status: ClaimStatus = cue.planned ? 'planned' : 'reported';
    const { visitors, others } = visitorsOf(f, doc);
    // "rombongan menyambangi …", "the delegation flew to …": every member named in the article travels.
    // ("Kunjungan rombongan Singapura dan Malaysia …": a party named for another home is another party.)
    const foreignParty = f.places.some((p) => p.origin && doc.lexicon.groupNouns.has(f.s.tokens[p.mention.start - 1]?.norm ?? ''));
    const groupAt = f.s.tokens.findIndex((t) => doc.lexicon.groupNouns.has(t.norm) || doc.lexicon.groupPronouns.has(t.norm));
    // ("Morita hosted a delegation of fund managers from Europe": a party the sentence introduces is a new one.)
    // (Only one hosted or met: "A delegation from Hoshino toured plants …" is the trip itself.)
    const newParty = ['a', 'an'].includes(f.s.tokens[groupAt - 1]?.norm ?? '') && f.s.tokens.slice(0, groupAt).some((t, i) => doc.lexicon.hostVerbs.has(t.norm) || doc.lexicon.hostVerbBases.has(t.norm) || !!doc.lexicon.meetVerbs.matchAt(f.s.tokens, i));
    // ("Rombongan ketiga bertolak ke Shenzhen": one of the split parties is not everyone in the delegation.)
    // ("Hendra menyambut langsung delegasi tersebut di kantor BPISN": a party someone receives goes nowhere new.)
    if (f.group && !foreignParty && !newParty && !subParty(doc, f.s.tokens) && !hostedParty(doc, f) && !visitors.some((v) => v.how === 'name' || v.how === 'pronoun')) {
      const at = groupAt;
      // No members named: the party is whoever last travelled ("Meutya … bertolak ke Korea. Dari Seoul, rombongan …").
      // ("Turut mendampingi …, Yohanes. Dari Abu Dhabi, rombongan bertolak ke Riyadh": everyone travelling lately.)
      const lately = [...new Set(visits.filter((h) => h.sentence >= f.s.index - 6).map((h) => h.person))];
      // ("Rombongan ketiga bertolak ke Shenzhen. … Rizky Pratama, memanfaatkan kunjungan itu …. Di Shenzhen,
      // rombongan mengunjungi …": in a paragraph opened on one split party, the party is whoever it names.)
      const split = facts.find((g) => g.s.paragraph === f.s.paragraph && g.s.index < f.s.index && subParty(doc, g.s.tokens));
      const splitMembers = split ? [...new Set(facts.filter((g) => g.s.paragraph === f.s.paragraph && g.s.index >= split.s.index && g.s.index < f.s.index).flatMap((g) => g.people.filter((p) => p.how === 'name').map((p) => p.entityId)))] : [];
      const party = split ? splitMembers : members.size ? [...members] : lastParty.length ? lastParty : lately;
      // ("Altıntaş-Yurt will fly back to Istanbul after the Astana talks": a member gone home is no longer in the party.)
      // ("… after the Astana talks": the stop that sentence names is still theirs.)
      const gone = (id: string): boolean => {
        const left = wentHome.get(id);
        return !!left && left.sentence < f.s.index && !f.places.some((p) => left.stillAt.has(p.country));
      };
      // ("rombongan menteri terbang ke Tokyo tanpa gubernur": whoever the party goes without stays behind.)
      const without = new Set(f.people.filter((p) => WITHOUT.has(f.s.tokens[p.at - 1]?.norm ?? '')).map((p) => p.entityId));
      for (const id of party) if (!visitors.some((v) => v.entityId === id) && !gone(id)) visitors.push({ entityId: id, at: Math.max(0, at), how: 'reference' });
      for (let k = visitors.length - 1; k >= 0; k--) if (without.has((visitors[k] as PersonRef).entityId)) visitors.splice(k, 1);
    }
    // "Dari Jakarta, ia … melanjutkan lawatan ke Kuala Lumpur": a pronoun continuing a trip from a place
    // is the visitor who was there, not a host at home there.
    const origin = f.places.find((p) => p.origin)?.country;
    if (origin) {
      for (const v of visitors) {
        if (v.how !== 'pronoun' || lastVisit.get(v.entityId) === origin) continue;
        // Someone leaving from a place they were visiting, or going home to it ("Before returning to Seoul, he …").
        const there = [...lastVisit].filter(([id, c]) => c === origin && id !== v.entityId).map(([id]) => id);
        const goingHome = [...lastVisit.keys()].filter((id) => id !== v.entityId && home.get(id) === origin && home.get(v.entityId) !== origin);
        if (home.get(v.entityId) === origin && there.length === 1 && there[0]) v.entityId = there[0];
        else if (home.get(v.entityId) !== origin && goingHome.length === 1 && goingHome[0]) v.entityId = goingHome[0];
      }
    }

    // Places where the event happens. An organisation as venue counts only for a clear visit or meeting
    // ("a keynote at National Taiwan University"), not for "twelve years at GIC".
    const meeting = f.s.tokens.some((_, i) => !!doc.lexicon.meetVerbs.matchAt(f.s.tokens, i));
    let places: PlaceRef[] = f.places.filter((p) => p.locative && !p.origin && (!p.venue || cue.strong || meeting) && p.mention.start < keepBefore);
    // "travel to Doha … on a $90 million raise for a 40 MW data center in Nairobi": where the thing
    // discussed stands is not where the trip goes, when the sentence names that too.
    const thingIn = (p: PlaceRef): boolean =>
      ['in', 'di'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? '') && doc.lexicon.thingNouns.has(f.s.tokens[p.mention.start - 2]?.norm ?? '');
    if (places.some((p) => !thingIn(p))) places = places.filter((p) => !thingIn(p));
    if (places.length === 0 && cue.strong) {
      // "Jakarta menjadi perhentian pertama …", "The last stop is Oslo": the place a visit noun is said of.
      const near = f.places.filter(
        (p) => !p.origin && f.s.tokens.some((t, i) => doc.lexicon.visitNouns.has(t.norm) && Math.abs(i - p.mention.start) <= 4),
      );
      const first = f.places[0];
      if (near.length) places = near;
      // ("Delegasi India dipimpin …": a country right after the party's noun is where the party comes from.)
      // ("Bengaluru-based Vajra … has begun a roadshow": where a firm is based is not where it goes.)
      else if (
        first &&
        first.mention.start <= 2 &&
        !first.origin &&
        !doc.lexicon.groupNouns.has(f.s.tokens[first.mention.start - 1]?.norm ?? '') &&
        !f.s.tokens.slice(first.mention.end, first.mention.end + 2).some((t) => BASED_WORDS.has(t.norm))
      )
        places = [first];
    }
    // "Di Seoul, Sri memimpin forum … untuk pabrik-pabrik elektronik di Indonesia": in a sentence set in a
    // place, another country after a noun ("pabrik … di Indonesia") is where that thing is, not a visit.
    const scenePlace = places.find(
      (p) => p.mention.start <= 2 && f.s.tokens[p.mention.end]?.text === ',' && ['di', 'in', 'at'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? '') && ['di', 'in', 'at', 'selama'].includes(f.s.tokens[0]?.norm ?? ''),
    );
    if (scenePlace) {
      places = places.filter((p) => {
        if (p === scenePlace || p.country === scenePlace.country) return true;
        const before = f.s.tokens[p.mention.start - 2];
        return !before || before.kind !== 'word' || verbLike(doc, before);
      });
    }
    // "ke Riyadh untuk mempresentasikan rencana pusat data kedua di Sumatera Utara": after a destination, a
    // place in the purpose clause, after a noun, is where the thing is.
    const destination = places.find((p) => ['ke', 'to', 'menuju'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? ''));
    if (destination) {
      places = places.filter((p) => {
        if (p.mention.start <= destination.mention.start || p.country === destination.country) return true;
        const between = f.s.tokens.slice(destination.mention.end, p.mention.start - 1);
        // (Within the destination's own clause: "…, sementara X berada di Taipei" is another traveller's.)
        const purpose = between.some((t) => PURPOSE_WORDS.has(t.norm)) && !between.some((t) => t.text === ',' || t.text === ';');
        const before = f.s.tokens[p.mention.start - 2];
        const afterNoun = ['di', 'in'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? '') && !!before && before.kind === 'word' && !before.cap && !verbLike(doc, before);
        return !(purpose && afterNoun);
      });
    }
    // "Di sana Agus dijadwalkan menemui …", "There he met …": a sentence that opens on the place in
    // focus happens there, whatever other places it names later.
    // ("From there she went to Prague": where she left from is no scene of this sentence.)
    // ("Vross is scheduled to visit the city in July": the city the story just named, not her last stop.)
    const cityNamed = doc.lexicon.cityReferences.test(f.s.tokens) && f.places.length === 0;
    const opensThere = f.s.tokens.slice(0, 4).some((_, i) => !!doc.lexicon.contextPlaceWords.matchAt(f.s.tokens, i) && !['from', 'dari'].includes(f.s.tokens[i - 1]?.norm ?? ''));
    if (opensThere && f.focus) places = [];
    // "melanjutkan tur ke Timur Tengah": a trip to a region names no country to imply.
    // ("a swing through Asia", "tur keliling Asia": a trip word right before the region's preposition.)
    // ("I spent a week in Asia": so is a stay of some days there.)
    const tripBefore = (i: number): boolean => f.s.tokens.slice(Math.max(0, i - 4), i).some((t) => doc.lexicon.strongVisitWords.has(t.norm) || doc.lexicon.visitNouns.has(t.norm) || STAY_SPANS.has(t.norm));
    const toRegion = f.regions.some((r) => {
      const prep = f.s.tokens[r.start - 1]?.norm ?? '';
      return ['to', 'ke', 'menuju', 'into'].includes(prep) || (['through', 'across', 'around', 'of', 'in', 'keliling', 'di'].includes(prep) && tripBefore(r.start - 1));
    });
    // "JD Vance juga akan hadir": attending, right after a trip to the place in focus, is being there.
    const attends = f.s.tokens.some((t) => doc.lexicon.attendVerbs.has(t.norm)) && visits.some((h) => h.country === f.focus && h.sentence >= f.s.index - 2);
    const aboutEarlierTrips = doc.lexicon.earlierTripCues.test(f.s.tokens);
    // ("Brenner … came to sign a research agreement": coming, with no place, is coming to the place in focus.)
    const cameTo = f.s.tokens.some((t, i) => COME.has(t.norm) && f.s.tokens[i + 1]?.norm === 'to' && f.s.tokens[i + 2]?.kind === 'word' && !f.s.tokens[i + 2]?.cap);
    // ("I flew north.": a compass direction names no place — not the one in focus either.)
    const offNowhere = f.s.tokens.some((t, i) => i > 0 && COMPASS.has(t.norm) && f.s.tokens[i - 1]?.kind === 'word' && !f.s.tokens[i - 1]?.cap && f.s.tokens[i + 1]?.kind !== 'word');
    // ("will accompany Chou on both legs": every stop, which the party's members get below — not the place in focus.)
    const allStops = doc.lexicon.allStopsReferences.test(f.s.tokens);
    // ("CHAIR: Start with Seoul." — "… I met the two largest Korean producers": whom the one answering
    // met, in an answer about the place asked, was met there.)
    const answeredMeeting =
      !!f.asked && f.s.tokens.some((_, i) => !!doc.lexicon.meetVerbs.matchAt(f.s.tokens, i)) && f.people.some((p) => p.at <= 2 && doc.lexicon.firstPersonPronouns.has(f.s.tokens[p.at]?.norm ?? ''));
    const implied = places.length === 0 && !toRegion && !aboutEarlierTrips && !offNowhere && !allStops && (cue.strong || (cue.weak && f.contextPlace) || answeredMeeting || (opensThere && !!f.focus) || attends || (cameTo && !!f.focus));
    if (places.length === 0 && !implied) continue;
    if (!cue.strong && !cue.weak && cue.be.length === 0) continue;

    // Quoted words belong to whoever they are about, not to the speaker who quotes them:
    // '"Bapak Presiden akan bertolak ke Abu Dhabi," kata Sugiono' is the president's trip.
    const quotes = quoteRanges(f.s.tokens, f.quoteOpen);
    const quoted = (at: number): boolean => quotedAt(quotes, at);
    const speaker = (p: PersonRef): boolean => speechVerbAt(doc, f.s.tokens, p.at) >= 0;
    const markAt = f.s.tokens.findIndex((t, i) => COMPANION_MARKERS.has(t.norm) || !!doc.lexicon.accompanyVerbs.matchAt(f.s.tokens, i));
    // Where a host is met and no place is named, the host's own country is the place.
    const hostHome = others.map((o) => home.get(o.entityId)).find((c): c is string => !!c);
    for (const v of visitors) {
      if (v.at < negatedUntil) continue;
      // "Anindita … mengatakan Hendra bertolak ke Taiwan": who tells of someone else's trip did not make it.
      const reportedSubject = (p: PersonRef): boolean => {
        const next = f.s.tokens[nameEndAt(f.s.tokens, p.at)];
        // "kata Farid dalam keterangan …", "said Lee in a statement": a speaker's tag, not a reported subject.
        return next?.kind === 'word' && !next.cap && !TAG_PREPOSITIONS.has(next.norm);
      };
      const tells = f.s.tokens.some((t, i) => i > v.at && doc.lexicon.speechVerbs.has(t.norm) && f.people.some((p) => p.at > i && p.at <= i + 3 && p.how === 'name' && p.entityId !== v.entityId && reportedSubject(p)));
      if (tells) continue;
      if (quotes.length && !quoted(v.at) && speaker(v) && places.every((p) => quoted(p.mention.start))) continue;
      // A commentator ("kunjungan ini penting, menilai X") is not the visitor of an implied place, and
      // what a speaker says happened somewhere is reported speech, not the speaker's trip.
      // ("Kimura, who flew in on Monday, says …": his own clause tells of his coming, to the place in focus.)
      const ownArrival = (verbAt: number): boolean => cue.strong && verbAt > v.at && f.s.tokens.slice(v.at, verbAt).some((t) => doc.lexicon.strongVisitWords.has(t.norm));
      if (places.length === 0 && speaker(v) && !ownArrival(speechVerbAt(doc, f.s.tokens, v.at))) continue;
      // "…ia sempat ke Hanoi…, namun menurut Reza, …": whoever a later "according to" cites did not go there.
      const citedAt = f.s.tokens.findIndex((t, i) => i < v.at && i >= v.at - 2 && CITING.has(t.norm));
      if (citedAt >= 0 && places.every((p) => p.mention.start < citedAt)) continue;
      // ("Menurut Citra, di Tokyo Hendra dijadwalkan …": the one cited tells of someone else named after.)
      const citedSource = v.at > 0 && CITING.has(f.s.tokens[v.at - 1]?.norm ?? '');
      if (citedSource && f.people.some((q) => q.how === 'name' && q.entityId !== v.entityId && q.at > v.at)) continue;
      const verbAt = speechVerbAt(doc, f.s.tokens, v.at);
      const reported = (p: PlaceRef): boolean =>
        verbAt >= 0 && (v.how === 'name' || v.how === 'pronoun') && p.mention.start > verbAt && !(p.mention.start <= verbAt + 3 && SPEAKER_AT.has(f.s.tokens[p.mention.start - 1]?.norm ?? ''));
      // ("Rahmat menambahkan, lawatan berikutnya direncanakan ke Belanda": a traveller telling of the next trip, nobody else named, tells of his own.)
      const nextTrip = lastVisit.has(v.entityId) && f.s.tokens.some((t, i) => i > verbAt && doc.lexicon.visitNouns.has(t.norm) && (NEXT_WORDS.has(f.s.tokens[i + 1]?.norm ?? '') || f.s.tokens[i - 1]?.norm === 'next')) && !f.people.some((p) => p.at > verbAt && p.entityId !== v.entityId);
      if (places.length && places.every(reported) && !nextTrip) {
        // "Al Mansoori, who flew in on Monday, told reporters … in Johor": what he says is elsewhere,
        // but his own clause says he came — to the place in focus.
        if (!ownArrival(verbAt) || !f.focus || home.get(v.entityId) === f.focus) continue;
        record({ person: v.entityId, country: f.focus, sentence: f.s.index, status, confidence: 0.7, placeAt: -1, frame: true });
        continue;
      }
      // "…, yang turut mendampingi gubernur, …": whoever accompanies a host at home, who has gone nowhere, stays home too.
      const escortsHost = markAt > v.at && f.people.some((o) => o.at > markAt && o.entityId !== v.entityId && !!home.get(o.entityId) && !lastVisit.has(o.entityId));
      if (escortsHost && places.length === 0) continue;
      const inQuotes = quotes.length ? places.filter((p) => quoted(p.mention.start) === quoted(v.at)) : places;
      // ("Reports in Manila last week said Villanueva-Ocampo would fly to Singapore": where the report is from is not her trip.)
      const sayersPlace = (p: PlaceRef): boolean => f.s.tokens.some((t, i) => i > p.mention.end && i < v.at && doc.lexicon.speechVerbs.has(t.norm));
      // ("he is flying home to São Paulo tonight": where someone goes home to is no stop.)
      const homeBound = (p: PlaceRef): boolean => f.s.tokens.slice(Math.max(0, p.mention.start - 3), p.mention.start).some((t) => t.norm === 'home');
      const own = inQuotes.filter((p) => !otherClause(doc, f, v.at, p.mention.start) && !sayersPlace(p) && !homeBound(p));
      // ("On Tuesday the chairman flew home, while …": who goes home in a clause naming no place of its own went nowhere.)
      const goesHome = f.s.tokens.slice(v.at + 1, v.at + 5).some((t, i) => t.norm === 'home' && ['flew', 'went', 'headed', 'returned', 'pulang'].includes(f.s.tokens[v.at + i]?.norm ?? ''));
      if (!own.length && goesHome) continue;
      const targets: Array<{ country: string; at: number }> = own.length
        ? own.map((p) => ({ country: p.country, at: p.mention.start }))
        : (() => {
            // "She is accompanied by Rao": a companion is where the one accompanied is, wherever he went before.
            const accompanied = markAt > v.at || markAt < 0 ? undefined : f.people.find((p) => p.at < markAt && p.entityId !== v.entityId);
            // ("…, yang turut dalam rombongan, menyebut …", "part of the delegation": the trip just told is theirs.)
            const joinsParty = f.s.tokens.some((_, i) => partyJoinedAt(doc, f.s.tokens, i) >= 0);
            // (In a live blog's entry, the party is where the blog is, not where the entry printed above it went.)
            const inEntry = facts.some((g) => g.entryStart && g.s.paragraph === f.s.paragraph);
            const partyPlace = inEntry && f.focus ? f.focus : visits.at(-1)?.country;
            const theirPlace = accompanied ? lastVisit.get(accompanied.entityId) : joinsParty ? partyPlace : undefined;
            // ("Friday, Taipei. … the minister tours a clean room": a diary's day sets where the day is spent.)
            // ("Ia didampingi Direktur Investasi Dhafra, Omar Al Ketbi": whom a companion accompanies is no host, wherever they come from.)
            // ("Monday — Dubai. … a meeting with Noura …. She wanted to talk about our revenue": in a diary's day,
            // the one met where the writer is lives there, unless told arriving.)
            const firstPerson = (t?: Token): boolean => !!t && (doc.lexicon.firstPersonPronouns.has(t.norm) || doc.lexicon.firstPersonPluralPronouns.has(t.norm));
            // ("Kibet and I pitched …", "Hafiz … joined me", "didampingi …, Rina": a companion is there with the writer.)
            const withWriter = f.s.tokens.slice(Math.max(0, v.at - 3), v.at + 6).some((t) => firstPerson(t)) && f.s.tokens.slice(v.at, v.at + 6).some((t) => ['and', 'dan', 'joined', 'joins', 'with', 'bersama'].includes(t.norm));
            // (Only someone the day itself introduces: the minister a reporter's diary follows travels.)
            const firstTold = facts.find((g) => g.people.some((p) => p.entityId === v.entityId))?.s.paragraph ?? f.s.paragraph;
            const metThatDay = firstTold >= f.s.paragraph - 1;
            if (f.dayScene && metThatDay && !firstPerson(f.s.tokens[v.at]) && !withWriter && markAt < 0 && !joinsParty && !lastVisit.has(v.entityId)) return [];
            // ("Q: And then he came here.": in an interview, "here" is where the one interviewed is at home.)
            const hereHome = f.interviewee && f.s.tokens.some((t) => HERE_WORDS.has(t.norm)) ? home.get(f.interviewee) : undefined;
            const c = hereHome ?? f.asked ?? (opensThere || f.dayScene || cityNamed ? f.focus : null) ?? (accompanied ? theirPlace : undefined) ?? hostHome ?? theirPlace ?? lastVisit.get(v.entityId) ?? f.focus;
            // (Unless the one accompanied is a visitor there: "CEO Dhafra … menyambangi Samarinda. Ia didampingi … Omar".)
            const withVisitor = !!accompanied && theirPlace === c;
            if (c === setOffFrom && announced.length && (members.has(v.entityId) || accompanied || markAt >= 0) && !lastVisit.has(v.entityId) && !withVisitor) return announced.map((country) => ({ country, at: -1 }));
            return c ? [{ country: c, at: -1 }] : [];
          })();
      const seen = new Set<string>();
      for (const t of targets) {
        if (seen.has(t.country) || home.get(v.entityId) === t.country) continue;
        if (t.at < 0 && absentIn.get(v.entityId) === f.s.paragraph) continue;
        if (v.how === 'reference' && group.skips.get(v.entityId)?.has(t.country)) continue;
        if (v.how === 'reference' && heldElsewhere(v.entityId, t.country)) continue;
        seen.add(t.country);
        let confidence = 0.55;
        if (cue.strong) confidence += 0.2;
        if (t.at >= 0) confidence += 0.1;
        if (v.how === 'name') confidence += 0.1;
        record({
          person: v.entityId,
          country: t.country,
          sentence: f.s.index,
          // (A place the sentence does not name keeps the status of the sentence that named it: "akan berkunjung ke Dresden … Selain X, delegasi itu beranggotakan …".)
          status: t.at < 0 && !f.past && namedPlanned(facts, f.s.index, t.country, doc) ? 'planned' : status,
          confidence: Math.min(0.95, Number(confidence.toFixed(2))),
          placeAt: t.at,
          frame: true,
        });
      }
    }
    // "in Seoul only", "dalam etape Abu Dhabi dan Riyadh": a companion is held to the stops named here.
    if (f.s.tokens.some((t) => doc.lexicon.onlyCues.has(t.norm) || doc.lexicon.legNouns.has(t.norm))) {
      // (Named companions only: "Joining him on the Riyadh leg is X" leaves "him" free to go on.)
      const named = (id: string): boolean => f.people.some((p) => p.entityId === id && p.how === 'name');
      for (const h of visits) if (h.sentence === f.s.index && named(h.person)) onlyAt.set(h.person, new Set([...(onlyAt.get(h.person) ?? []), h.country]));
      // ("Wulan hanya mengikuti agenda di Riyadh": "only" right before the stop holds its traveller there, even for the party's trip told earlier.)
      const onlyBefore = (h: VisitHit): boolean => h.placeAt >= 0 && f.s.tokens.slice(Math.max(0, h.placeAt - 5), h.placeAt).some((t) => doc.lexicon.onlyCues.has(t.norm));
      for (const h of visits) if (h.sentence === f.s.index && named(h.person) && onlyBefore(h)) onlyTold.set(h.person, { sentence: f.s.index, countries: onlyAt.get(h.person) ?? new Set() });
    }
    const party = [...new Set(visits.filter((h) => h.sentence === f.s.index).map((h) => h.person))];
    if (party.length >= 2) lastParty = party;
    // A passing reference ("His trip overlapped with … meeting in Busan between Trump and Xi")
    // yields the claim but leaves the following sentences to the named visitors.
    const named = visits.filter((h) => h.sentence === f.s.index && f.people.some((p) => p.entityId === h.person && p.how === 'name'));
    if (named.length) {
      for (const h of visits) {
        if (h.sentence !== f.s.index || named.includes(h)) continue;
        const ref = f.people.find((p) => p.entityId === h.person);
        // "… Owen Larkspur, is set to join her": someone the named visitor joins shares the frame.
        const firstNamed = Math.min(...f.people.filter((p) => p.how === 'name' && named.some((n) => n.person === p.entityId)).map((p) => p.at));
        if (ref && ref.how !== 'name' && ref.at < firstNamed) h.frame = false;
      }
    }
    // Meetings: each visitor with each person on the other side.
    for (const v of visitors) {
      // (A meeting shares the status its visit came out with: planned where the trip still is.)
      const met = visits.findLast((h) => h.sentence === f.s.index && h.person === v.entityId)?.status ?? status;
      for (const o of others) {
        if (o.entityId !== v.entityId) meetings.push({ person: v.entityId, other: o.entityId, sentence: f.s.index, status: met });
      }
    }
  }
  // "Semula, rombongan dijadwalkan singgah di Beijing … Namun, rencana itu dibatalkan": a plan called
  // off in the next sentence, which names no place of its own, did not happen.
  const calledOff = (i: number): boolean => {
    const next = facts[i + 1];
    const cur = facts[i];
    // ("… would fly to Singapore in March. MDIC spokesperson Liza Tan denied this.": a denial by someone else too.)
    // (A traveller named there skips a leg of a trip that still happens: "Huy will not make the German leg.")
    const travellerNamed = !!next && next.people.some((p) => visits.some((h) => h.person === p.entityId));
    // ("Kami mau ke Austin … Tapi perjalanan itu kami batalkan": unless it points back at that very trip.)
    const thatTrip = !!next && next.s.tokens.some((t, i) => doc.lexicon.visitNouns.has(t.norm) && (THAT_AFTER.has(next.s.tokens[i + 1]?.norm ?? '') || THAT_BEFORE.has(next.s.tokens[i - 1]?.norm ?? '')));
    return !!next && !!cur && next.s.paragraph === cur.s.paragraph && next.places.length === 0 && (!travellerNamed || thatTrip) && negated(doc, next.s.tokens);
  };
  // "… arrived in Hanoi with a delegation of business leaders. … The delegation includes Yoo, Kang and Oh":
  // members named after the party's trip was told, with no place of their own, are where the party went.
  for (const [id, at] of group.namedWithoutPlace) {
    // ("Rombongan kedua dipimpin Meiliana …": who leads another of the split parties is not in the last one.)
    if (subParty(doc, (facts[at] as SentenceFacts).s.tokens)) continue;
    // The party is the one named last before: "TAPC akan mengirim tim ke Batam. Tim itu dipimpin …" is another party.
    const partySentence = facts.findLast((f) => f.s.index < at && partyNamedIn(doc, f))?.s.index;
    const partyTrip = visits.findLast((v) => v.sentence === partySentence && v.placeAt >= 0 && at - v.sentence <= 4 && v.person !== id && !(facts[v.sentence] as SentenceFacts).past);
    // ("… misi dagang ke Seoul yang semula dijadwalkan pada November ditunda. Misi yang dipimpin Wamen
    // Larasati … itu kini dijadwalkan pada Februari": a party's trip told without anyone, then its leader.)
    const told = partySentence !== undefined && !partyTrip ? (facts[partySentence] as SentenceFacts) : undefined;
    if (told && at - told.s.index <= 2 && !told.past && told.people.length === 0 && home.get(id) !== undefined) {
      const own = facts[at] as SentenceFacts;
      const stops = [...new Set(told.places.filter((p) => p.locative && !p.origin && p.country !== home.get(id)).map((p) => p.country))];
      // (Still on: called off there only if not set anew in the leader's sentence.)
      const setAnew = own.s.tokens.some((t) => NOW_WORDS.has(t.norm)) || doc.lexicon.plannedCues.test(own.s.tokens);
      const off = negated(doc, told.s.tokens) && !setAnew;
      if (!off && !negated(doc, own.s.tokens)) for (const country of stops) visits.push({ person: id, country, sentence: at, status: 'planned', confidence: 0.6, placeAt: -1, frame: true });
      continue;
    }
    if (!partyTrip) continue;
    // (The whole trip its leader is on so far: "melawat ke Arab Saudi dan Qatar … Setelah itu, rombongan bertolak ke Doha.")
    const leg = visits.filter((o) => o.sentence === partyTrip.sentence && o.person === partyTrip.person).sort((a, b) => a.placeAt - b.placeAt);
    const before = visits.filter((o) => o.person === partyTrip.person && o.sentence < partyTrip.sentence && o.placeAt >= 0 && !(facts[o.sentence] as SentenceFacts).past && !leg.some((l) => l.country === o.country));
    const stops = [...new Map([...before, ...leg].map((o) => [o.country, o] as const)).values()];
    // ("Rika … kembali ke Batam": a member who goes home early is at the first stop only.)
    const back = wentHome.get(id);
    const along = back && back.sentence > at ? stops.slice(0, 1) : stops;
    for (const v of along) {
      // (Even where a later sentence already placed them there: the list is where their purposes are told from.)
      // ("Wulan hanya mengikuti agenda di Riyadh": a member held to some stops goes to those alone.)
      if (home.get(id) !== v.country && !heldElsewhere(id, v.country)) visits.push({ ...v, person: id, sentence: at, placeAt: -1, confidence: Math.min(v.confidence, 0.6), frame: false, listed: true });
    }
  }
  // A member along for every stop goes wherever the rest of the party goes.
  for (const id of group.everywhere.keys()) {
    const said = group.everywhere.get(id) ?? 0;
    for (const v of [...visits]) {
      // Only the trip told so far: an earlier trip told later ("Pada Oktober 2025 ia ke Korea") is not this one.
      if (v.person === id || !members.has(v.person) || home.get(id) === v.country || v.sentence > said) continue;
      if (visits.some((o) => o.person === id && o.country === v.country)) continue;
      visits.push({ ...v, person: id, confidence: Math.min(v.confidence, 0.7) });
    }
  }
  // "Arief batal mengunjungi Kanada" anywhere in the report: the plan to go there, told before or after, is off.
  const cancelled = new Map<string, number>();
  // ("Marcus has not travelled to Vietnam this year": a trip denied outright, not one called off.)
  const denied = new Map<string, number>();
  for (const f of facts) {
    // ("Hoshino had been due to leave for Riyadh on Nov. 9. She will now travel in December": the first
    // plan's date, not the stop, is what "had been due to" calls off.)
    const cueAt = f.s.tokens.findIndex((_, i) => negationAt(doc, f.s.tokens, i) && !FORMER_PLAN.has(f.s.tokens[i]?.norm ?? ''));
    if (cueAt < 0 || staysOn(f)) continue;
    // ("• Apr. 8 — The Taipei stop is cancelled.": a stop named by its place alone calls off whoever's
    // plan went there before.)
    if (f.people.length === 0) {
      const tokens = f.s.tokens;
      const stopNamed = f.places.filter((p) => Math.abs(p.mention.start - cueAt) <= 6 && (doc.lexicon.visitNouns.has(tokens[p.mention.end]?.norm ?? '') || doc.lexicon.legNouns.has(tokens[p.mention.end]?.norm ?? '')));
      for (const p of stopNamed) {
        for (const v of visits) if (v.status === 'planned' && v.country === p.country && v.sentence < f.s.index && !cancelled.has(`${v.person}|${p.country}`)) cancelled.set(`${v.person}|${p.country}`, f.s.index);
      }
      continue;
    }
    const near = [...new Set(f.people.filter((p) => Math.abs(p.at - cueAt) <= 5).map((p) => p.entityId))];
    if (near.length !== 1) continue;
    const cue = doc.lexicon.negationCues.matchAt(f.s.tokens, cueAt);
    // (Of the trip itself — "tidak ikut ke Hefei" skips one leg of a trip that happened.)
    const cueWords = cue ? f.s.tokens.slice(cue.start, cue.end).map((t) => t.norm) : [];
    const denial = cueWords.some((w) => DENIED.has(w)) || (cueWords.some((w) => NOT_WORDS.has(w)) && cueWords.some((w) => TRIP_WORDS.has(w)));
    for (const p of f.places) {
      if (p.origin || Math.abs(p.mention.start - cueAt) > 6) continue;
      const key = `${near[0]}|${p.country}`;
      if (!cancelled.has(key)) cancelled.set(key, f.s.index);
      if (denial && !denied.has(key)) denied.set(key, f.s.index);
    }
  }
  // ("A trade paper reported that Threlkeld had met officials in Bac Ninh. … 'Marcus has not travelled to
  // Vietnam this year'": a trip flatly denied, and told as done nowhere after the denial, did not happen.)
  const deniedAfter = (v: VisitHit): boolean => {
    const at = denied.get(`${v.person}|${v.country}`);
    return at !== undefined && !visits.some((o) => o.person === v.person && o.country === v.country && o.sentence > at && o.status === 'reported');
  };
  // ("… called off a trip to Vietnam … The company said Choi now plans to travel to Hanoi in September": a
  // plan told after the call-off as made now, or moved, is a new plan.)
  const replanned = (v: VisitHit): boolean => {
    const at = cancelled.get(`${v.person}|${v.country}`);
    const tokens = (facts[v.sentence] as SentenceFacts).s.tokens;
    return at !== undefined && v.sentence > at && (tokens.some((t) => NOW_WORDS.has(t.norm)) || doc.lexicon.postponeCues.test(tokens));
  };
  // ("Wulan hanya mengikuti agenda di Riyadh", told after "rombongan bertolak ke Doha": the party's other stops were not hers.)
  const heldAway = (v: VisitHit): boolean => {
    const only = onlyTold.get(v.person);
    return !!only && v.sentence < only.sentence && !only.countries.has(v.country) && !(facts[v.sentence] as SentenceFacts).people.some((p) => p.entityId === v.person && p.how === 'name');
  };
  // ("Dari Taipei, Galang terbang sendiri ke Shenzhen, sementara Rachel kembali ke Singapura": a companion placed
  // by the trip alone, who went home from one stop, was at no other.)
  const leftEarly = (v: VisitHit): boolean => {
    const back = wentHome.get(v.person);
    if (!back || v.placeAt >= 0 || v.sentence > back.sentence) return false;
    const f = facts[back.sentence] as SentenceFacts;
    const from = f.places.find((p) => p.origin);
    const nearCue = f.people.some((p) => p.entityId === v.person && back.cueAt > p.at && back.cueAt - p.at <= 3);
    // (Only the stops after the one left from: "Sepulang dari Hsinchu", the last stop, leaves the earlier ones.)
    const firstTold = (c: string): number => Math.min(...visits.filter((o) => o.country === c).map((o) => o.sentence * 10000 + Math.max(0, o.placeAt)));
    return nearCue && !!from && from.country !== v.country && visits.some((o) => o.person === v.person && o.country === from.country) && firstTold(v.country) > firstTold(from.country);
  };
  const off = (v: VisitHit): boolean => heldAway(v) || leftEarly(v) || deniedAfter(v) || (v.status === 'planned' && (calledOff(v.sentence) || (cancelled.has(`${v.person}|${v.country}`) && !replanned(v))));
  return { visits: visits.filter((v) => !off(v)), meetings, home, party: { members, throughout: new Set(group.everywhere.keys()) } };
}
