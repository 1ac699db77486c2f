// Cue-word lexicons per language (data/lexicon/<lang>.json), compiled into phrase indexes once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../config/paths.js';
import { PhraseIndex, phraseIndexOf, phraseSet } from '../text/phrases.js';
import { fold } from '../text/normalize.js';

const LexiconFile = z.object({
  abbreviations: z.array(z.string()),
  titles: z.record(z.string(), z.string()),
  headOfStateTitles: z.array(z.string()),
  honorifics: z.array(z.string()),
  orgPrefixes: z.array(z.string()).default([]),
  orgSuffixes: z.array(z.string()),
  orgHeads: z.array(z.string()),
  orgCueNouns: z.array(z.string()),
  creditCues: z.array(z.string()),
  speechVerbs: z.array(z.string()),
  pronouns: z.object({ subject: z.array(z.string()), object: z.array(z.string()), possessive: z.array(z.string()) }),
  visitVerbs: z.array(z.string()),
  strongVisitWords: z.array(z.string()),
  visitNouns: z.array(z.string()),
  /** Words for one stop of a trip, written before the place in Indonesian ("etape Abu Dhabi"). */
  legNouns: z.array(z.string()).default([]),
  /** Taking part in an event: a speaker, a panellist, "memaparkan", "hadir". */
  eventRoleWords: z.array(z.string()).default([]),
  /** Host verbs in their bare form: hosting only after "will"/"would" ("would host the delegation"). */
  hostVerbBases: z.array(z.string()).default([]),
  /** "will join him in Seoul only", "hanya mendampingi di Seoul": a companion for that stop alone. */
  onlyCues: z.array(z.string()).default([]),
  meetVerbs: z.array(z.string()),
  hostVerbs: z.array(z.string()),
  locativePrepositions: z.array(z.string()),
  originPrepositions: z.array(z.string()),
  plannedCues: z.array(z.string()),
  /** Phrases that put a sentence in an earlier year ("last year", "tahun lalu"). */
  pastCues: z.array(z.string()).default([]),
  /** Words that say something has happened ("telah", "sudah", "kemarin"): a sentence with one reports, not plans. */
  realisCues: z.array(z.string()).default([]),
  /** "Ini bukan lawatan pertama Galih", "not the first time": a sentence about earlier trips, no trip itself. */
  earlierTripCues: z.array(z.string()).default([]),
  /** Being at an event ("akan hadir", "will attend"): a visit where a trip is already in focus. */
  attendVerbs: z.array(z.string()).default([]),
  /** Nouns of administrative areas ("provinces of", "provinsi"): the names they introduce are places. */
  placeNouns: z.array(z.string()).default([]),
  /** People who work somewhere ("analysts at Bernstein", "peneliti di …"): the name after "at" is an organisation. */
  staffNouns: z.array(z.string()).default([]),
  /** "founded Savanna Loop Data", "mendirikan Lumbung": what someone founds is an organisation. */
  foundingVerbs: z.array(z.string()).default([]),
  /** Going home with no place named: "kembali ke Tanah Air", "flew home". */
  homewardCues: z.array(z.string()).default([]),
  /** Common noun phrases that end in an organisation's closing word ("Tata Kelola Pusat Data"): no name ends so. */
  commonNounEndings: z.array(z.string()).default([]),
  /** Gatherings a report may be set at ("summit", "konferensi"): who takes part there from abroad is there. */
  eventNouns: z.array(z.string()).default([]),
  /** Words that name a travelling party only where its members are listed ("the group is led by …"). */
  partyNouns: z.array(z.string()).default([]),
  /** Verbs of setting off: "leave Leuven for Tokyo" — the place after "for" is where the trip goes. */
  departVerbs: z.array(z.string()).default([]),
  /** "You" in an interviewer's question: the interviewee. */
  secondPersonPronouns: z.array(z.string()).default([]),
  /** "returned from Hsinchu", "sepulang dari Tokyo": the place was visited. */
  returnFromCues: z.array(z.string()).default([]),
  /** "ikut dalam rombongan ke kedua negara", "on both legs": a member along for every stop. */
  allStopsReferences: z.array(z.string()).default([]),
  negationCues: z.array(z.string()),
  /** "yang bertugas di Jepang", "who is based in Tokyo": where someone is posted or lives, not visits. */
  postingVerbs: z.array(z.string()).default([]),
  /** "untuk membangun pabrik di Indonesia", "to build a plant in Texas": where an aim would be built is no scene. */
  siteVerbs: z.array(z.string()).default([]),
  /** "tidak ikut sesi investor", "skipped the dinner": a part of the programme one may miss and still be on the trip. */
  programmeItems: z.array(z.string()).default([]),
  /** "The aim is not chips", "Tujuannya bukan pabrik semikonduktor": a theme so denied is no aim. */
  aimNegations: z.array(z.string()).default([]),
  /** "not only", "not a single", "bukan hanya", "tidak ada": a denial that still speaks of what it names as wanted. */
  notOnlyWords: z.array(z.string()).default([]),
  partnerCues: z.array(z.string()),
  agreementCues: z.array(z.string()),
  connectors: z.array(z.string()),
  contextPlaceWords: z.array(z.string()),
  countryReferences: z.array(z.string()),
  cityReferences: z.array(z.string()).default([]),
  personReferences: z.record(z.string(), z.string()),
  returnCues: z.array(z.string()).default([]),
  accompanyVerbs: z.array(z.string()).default([]),
  stopwords: z.array(z.string()),
  notNames: z.array(z.string()),
  /** Common phrases that open with a known name ("tata kelola" is governance, not Tata). */
  commonPhrases: z.array(z.string()).default([]),
  dayWords: z.array(z.string()),
  relatedPrefixes: z.array(z.string()).default([]),
  correctionLabels: z.array(z.string()).default([]),
  /** A fact box's label for who goes along ("Pendamping:", "Accompanied by:"): its person is not the box's traveller. */
  companionLabels: z.array(z.string()).default([]),
  transitiveVisitVerbs: z.array(z.string()).default([]),
  months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)).default({}),
  firstPersonPronouns: z.array(z.string()).default([]),
  groupNouns: z.array(z.string()).default([]),
  groupMemberCues: z.array(z.string()).default([]),
  groupPronouns: z.array(z.string()).default([]),
  visitReferences: z.array(z.string()).default([]),
  /** Kin named before a name in apposition ("Istrinya, Nurul, …", "His wife, Ana, …"). */
  kinNouns: z.array(z.string()).default([]),
  /** Occupations in apposition after a name ("Gilang, mahasiswa …"). */
  occupationNouns: z.array(z.string()).default([]),
  /** Places of work a visitor walks or tours, named for where they stand ("the Batangas site"). */
  siteNouns: z.array(z.string()).default([]),
  /** Things a trip may be about that stand somewhere of their own ("a data center in Nairobi"). */
  thingNouns: z.array(z.string()).default([]),
  /** Words that put someone in a travelling party ("turut dalam rombongan", "part of the delegation"). */
  partyJoinWords: z.array(z.string()).default([]),
  /** Verbs whose subject is a person, not a firm ("flew", "met", "bertolak"): an unknown name before one is someone's. */
  personVerbs: z.array(z.string()).default([]),
  /** "we", "kami": in an interview's answer, the interviewee and their party. */
  firstPersonPluralPronouns: z.array(z.string()).default([]),
  /** "postponed", "diundur": no cancellation where a new date follows ("from September to November"). */
  postponeCues: z.array(z.string()).default([]),
  /** Words before a postponed trip's new date ("to", "until", "menjadi", "hingga"). */
  newDateWords: z.array(z.string()).default([]),
  /** Words before "to"/"ke" that make it no destination ("an alternative to China", "ekspor ke Tiongkok"). */
  notDestinationWords: z.array(z.string()).default([]),
});

export interface Lexicon {
  language: string;
  abbreviations: ReadonlySet<string>;
  /** Title phrase → normalised role ("chief executive" → CEO). */
  titles: PhraseIndex<string>;
  headOfStateTitles: ReadonlySet<string>;
  honorifics: PhraseIndex<true>;
  orgPrefixes: PhraseIndex<true>;
  orgSuffixes: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgCueNouns: PhraseIndex<true>;
  creditCues: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  possessivePronouns: ReadonlySet<string>;
  visitVerbs: ReadonlySet<string>;
  strongVisitWords: ReadonlySet<string>;
  visitNouns: ReadonlySet<string>;
  legNouns: ReadonlySet<string>;
  eventRoleWords: PhraseIndex<true>;
  hostVerbBases: ReadonlySet<string>;
  onlyCues: ReadonlySet<string>;
  meetVerbs: PhraseIndex<true>;
  hostVerbs: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  originPrepositions: PhraseIndex<true>;
  plannedCues: PhraseIndex<true>;
  pastCues: PhraseIndex<true>;
  realisCues: PhraseIndex<true>;
  earlierTripCues: PhraseIndex<true>;
  attendVerbs: Set<string>;
  placeNouns: Set<string>;
  staffNouns: Set<string>;
  foundingVerbs: Set<string>;
  homewardCues: PhraseIndex<true>;
  eventNouns: Set<string>;
  commonNounEndings: ReadonlySet<string>;
  partyNouns: Set<string>;
  departVerbs: Set<string>;
  secondPersonPronouns: Set<string>;
  returnFromCues: PhraseIndex<true>;
  allStopsReferences: PhraseIndex<true>;
  negationCues: PhraseIndex<true>;
  postingVerbs: Set<string>;
  siteVerbs: Set<string>;
  programmeItems: Set<string>;
  aimNegations: Set<string>;
  notOnlyWords: Set<string>;
  partnerCues: PhraseIndex<true>;
  agreementCues: PhraseIndex<true>;
  connectors: ReadonlySet<string>;
  contextPlaceWords: PhraseIndex<true>;
  countryReferences: PhraseIndex<true>;
  /** "the capital", "kota itu": the city last in focus, not the country. */
  cityReferences: PhraseIndex<true>;
  /** "sang CEO", "the prime minister", "Kepala Negara" → the role the person holds ('' = anyone). */
  personReferences: PhraseIndex<string>;
  /** "kembali ke", "flew back to": the place after is home, not a visit. */
  returnCues: PhraseIndex<true>;
  /** "mendampingi", "accompanied": being with a visitor is being there. */
  accompanyVerbs: PhraseIndex<true>;
  stopwords: ReadonlySet<string>;
  /** Capitalised tokens that are never names (AI, CEO, GPU …), folded. */
  notNames: ReadonlySet<string>;
  commonPhrases: PhraseIndex<true>;
  dayWords: ReadonlySet<string>;
  /** "Read more", "Baca juga": a line starting so links to another article. */
  relatedPrefixes: PhraseIndex<true>;
  /** "Correction:", "Ralat:": a paragraph opening so sets a report's earlier version right. */
  correctionLabels: PhraseIndex<true>;
  companionLabels: PhraseIndex<true>;
  /** Verbs whose object is the place visited ("visited Taiwan", "mengunjungi Jepang"). */
  transitiveVisitVerbs: ReadonlySet<string>;
  /** Month name → 1..12; weekday name → 0 (Sunday) .. 6. */
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  /** "I", "saya": in a quotation, the person quoted. */
  firstPersonPronouns: ReadonlySet<string>;
  /** "rombongan", "delegation": a travelling group whose members are named elsewhere. */
  groupNouns: ReadonlySet<string>;
  /** "dipimpin", "led by", "ikut dalam": words that make a person a member of the group. */
  groupMemberCues: ReadonlySet<string>;
  /** "mereka", "they": the group in focus. */
  groupPronouns: ReadonlySet<string>;
  /** "dalam pertemuan itu", "during the talks": the visit in focus goes on. */
  visitReferences: PhraseIndex<true>;
  kinNouns: ReadonlySet<string>;
  occupationNouns: ReadonlySet<string>;
  siteNouns: ReadonlySet<string>;
  thingNouns: ReadonlySet<string>;
  partyJoinWords: ReadonlySet<string>;
  personVerbs: ReadonlySet<string>;
  firstPersonPluralPronouns: ReadonlySet<string>;
  postponeCues: PhraseIndex<true>;
  newDateWords: ReadonlySet<string>;
  notDestinationWords: ReadonlySet<string>;
}

const folded = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));

function compile(language: string, raw: z.infer<typeof LexiconFile>): Lexicon {
  return {
    language,
    abbreviations: folded(raw.abbreviations),
    titles: phraseIndexOf(Object.entries(raw.titles)),
    headOfStateTitles: folded(raw.headOfStateTitles),
    honorifics: phraseSet(raw.honorifics),
    orgPrefixes: phraseSet(raw.orgPrefixes),
    orgSuffixes: folded(raw.orgSuffixes.map((s) => s.replace(/[.()]/g, ''))),
    orgHeads: folded(raw.orgHeads),
    orgCueNouns: phraseSet(raw.orgCueNouns),
    creditCues: folded(raw.creditCues),
    speechVerbs: folded(raw.speechVerbs),
    subjectPronouns: folded(raw.pronouns.subject),
    objectPronouns: folded(raw.pronouns.object),
    possessivePronouns: folded(raw.pronouns.possessive),
    visitVerbs: folded(raw.visitVerbs),
    strongVisitWords: folded(raw.strongVisitWords),
    visitNouns: folded(raw.visitNouns),
    legNouns: folded(raw.legNouns),
    eventRoleWords: phraseSet(raw.eventRoleWords),
    hostVerbBases: folded(raw.hostVerbBases),
    onlyCues: folded(raw.onlyCues),
    meetVerbs: phraseSet(raw.meetVerbs),
    hostVerbs: folded(raw.hostVerbs),
    locativePrepositions: folded(raw.locativePrepositions),
    originPrepositions: phraseSet(raw.originPrepositions),
    plannedCues: phraseSet(raw.plannedCues),
    pastCues: phraseSet(raw.pastCues),
    realisCues: phraseSet(raw.realisCues),
    earlierTripCues: phraseSet(raw.earlierTripCues),
    attendVerbs: folded(raw.attendVerbs),
    placeNouns: folded(raw.placeNouns),
    staffNouns: folded(raw.staffNouns),
    foundingVerbs: folded(raw.foundingVerbs),
    homewardCues: phraseSet(raw.homewardCues),
    eventNouns: folded(raw.eventNouns),
    commonNounEndings: folded(raw.commonNounEndings),
    partyNouns: folded(raw.partyNouns),
    departVerbs: folded(raw.departVerbs),
    secondPersonPronouns: folded(raw.secondPersonPronouns),
    returnFromCues: phraseSet(raw.returnFromCues),
    allStopsReferences: phraseSet(raw.allStopsReferences),
    negationCues: phraseSet(raw.negationCues),
    postingVerbs: folded(raw.postingVerbs),
    siteVerbs: folded(raw.siteVerbs),
    programmeItems: folded(raw.programmeItems),
    aimNegations: folded(raw.aimNegations),
    notOnlyWords: folded(raw.notOnlyWords),
    partnerCues: phraseSet(raw.partnerCues),
    agreementCues: phraseSet(raw.agreementCues),
    connectors: folded(raw.connectors),
    contextPlaceWords: phraseSet(raw.contextPlaceWords),
    countryReferences: phraseSet(raw.countryReferences),
    cityReferences: phraseSet(raw.cityReferences),
    personReferences: phraseIndexOf(Object.entries(raw.personReferences)),
    returnCues: phraseSet(raw.returnCues),
    accompanyVerbs: phraseSet(raw.accompanyVerbs),
    stopwords: folded(raw.stopwords),
    notNames: folded(raw.notNames),
    commonPhrases: phraseSet(raw.commonPhrases),
    dayWords: folded(raw.dayWords),
    relatedPrefixes: phraseSet(raw.relatedPrefixes),
    correctionLabels: phraseSet(raw.correctionLabels),
    companionLabels: phraseSet(raw.companionLabels),
    transitiveVisitVerbs: folded(raw.transitiveVisitVerbs),
    months: new Map(Object.entries(raw.months).map(([k, v]) => [fold(k), v])),
    weekdays: new Map(Object.entries(raw.weekdays).map(([k, v]) => [fold(k), v])),
    firstPersonPronouns: folded(raw.firstPersonPronouns),
    groupNouns: folded(raw.groupNouns),
    groupMemberCues: folded(raw.groupMemberCues),
    groupPronouns: folded(raw.groupPronouns),
    visitReferences: phraseSet(raw.visitReferences),
    kinNouns: folded(raw.kinNouns),
    occupationNouns: folded(raw.occupationNouns),
    siteNouns: folded(raw.siteNouns),
    thingNouns: folded(raw.thingNouns),
    partyJoinWords: folded(raw.partyJoinWords),
    personVerbs: folded(raw.personVerbs),
    firstPersonPluralPronouns: folded(raw.firstPersonPluralPronouns),
    postponeCues: phraseSet(raw.postponeCues),
    newDateWords: folded(raw.newDateWords),
    notDestinationWords: folded(raw.notDestinationWords),
  };
}

const cache = new Map<string, Lexicon>();

/** The lexicon of a supported language; throws naming the file when it is malformed. */
function readLexicon(language: 'en' | 'id'): z.infer<typeof LexiconFile> {
  const file = join(dataDir, 'lexicon', `${language}.json`);
  const parsed = LexiconFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid lexicon'}`);
  }
  return parsed.data;
}

export function lexiconFor(language: 'en' | 'id'): Lexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const raw = readLexicon(language);
  if (language === 'id') {
    // Indonesian news writes English titles and organisation words as they are ("Chief Operating
    // Officer", "University of …"): they count here too.
    const en = readLexicon('en');
    raw.titles = { ...en.titles, ...raw.titles };
    raw.orgHeads = [...new Set([...raw.orgHeads, ...en.orgHeads])];
  }
  const lex = compile(language, raw);
  cache.set(language, lex);
  return lex;
}
