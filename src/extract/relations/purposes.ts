// Purposes of a visit: the themes of its frame — the visit sentence and the sentences that carry
// on with it, until the text moves to another place, another visitor, a heading, or a paragraph
// that opens on someone or something else.
import type { Doc } from '../doc.js';
import type { ThemeHit } from '../themes/match.js';
import { companionLine, type SentenceFacts } from './context.js';
import type { Party, VisitHit } from './visits.js';
import { isListItem, listMarkerLength, speakerLabel } from '../text/segment.js';
import { quoteRanges, quotedAt } from '../text/quotes.js';

/** A paragraph opening a numbered item ("2. Menteri jadi tuan rumah …"). */
function numberedItem(f: SentenceFacts): boolean {
  return f.s.paragraphStart && listMarkerLength(f.s.tokens) === 2;
}

/** Words of joining someone else's trip: a visit so told shares that trip's purposes. */
const JOINING = new Set(['among', 'ikut', 'turut', 'menyusul', 'bergabung', 'mendampingi', 'didampingi', 'join', 'joins', 'joined', 'joining', 'accompany', 'accompanies', 'accompanied', 'accompanying', 'along']);

/** Adds theme codes to a visit's purposes, once each. */
function addCodes(out: Map<VisitHit, string[]>, hit: VisitHit, codes: readonly string[]): void {
  out.set(hit, [...new Set([...(out.get(hit) ?? []), ...codes])]);
}

/** A purpose needs this much theme weight inside the frame (a weak term weighs 0.5). */
const PURPOSE_MIN = 1;

/** The theme codes whose weight, summed over the hits, reaches min — in the order they first appear. */
function weighedCodes(themes: Iterable<ThemeHit>, min: number): string[] {
  const weights = new Map<string, number>();
  for (const t of themes) weights.set(t.code, (weights.get(t.code) ?? 0) + t.weight);
  return [...weights].filter(([, w]) => w >= min).map(([code]) => code);
}
/** How many stops make a sentence a summary of the trip. */
const SUMMARY_STOPS = 3;

/** How many paragraphs after the visit's own a frame may run into. */
const MAX_EXTRA_PARAGRAPHS = 2;

const JOINERS = new Set([',', '(', ')', '-', '—', '–', ':', ';']);

/**
 * Places of one sentence grouped when only connectors and other place names stand between them
 * ("ke Bangkok, Thailand, lalu ke Kuala Lumpur, Malaysia"): a theme after the group is the whole group's.
 */
function placeGroups(doc: Doc, f: SentenceFacts): Array<{ starts: number[]; first: number }> {
  const places = f.places.filter((p) => p.locative).sort((a, b) => a.mention.start - b.mention.start);
  const inPlace = (i: number): boolean => f.places.some((p) => p.mention.start <= i && i < p.mention.end);
  const groups: Array<{ starts: number[]; first: number; end: number }> = [];
  for (const p of places) {
    const last = groups[groups.length - 1];
    if (last) {
      const between = f.s.tokens.slice(last.end, p.mention.start);
      const onlyJoiners = between.every(
        (t, k) =>
          inPlace(last.end + k) ||
          JOINERS.has(t.text) ||
          doc.lexicon.connectors.has(t.norm) ||
          doc.lexicon.locativePrepositions.has(t.norm) ||
          t.norm === 'the',
      );
      if (onlyJoiners) {
        last.starts.push(p.mention.start);
        last.end = p.mention.end;
        continue;
      }
    }
    groups.push({ starts: [p.mention.start], first: p.mention.start, end: p.mention.end });
  }
  return groups;
}

/** Themes of the visit sentence that belong to this visit's place. */
function themesInVisitSentence(doc: Doc, f: SentenceFacts, hit: VisitHit, visitedAts: number[]): ThemeHit[] {
  const groups = placeGroups(doc, f).filter((g) => g.starts.some((s) => visitedAts.includes(s)));
  if (groups.length <= 1 || hit.placeAt < 0) return f.themes;
  const mine = groups.findIndex((g) => g.starts.includes(hit.placeAt));
  return f.themes.filter((t) => {
    // Each theme goes to the nearest group of places before it; themes before any place go to all.
    let owner = -1;
    groups.forEach((g, gi) => {
      if (g.first <= t.start) owner = gi;
    });
    return owner === -1 || owner === mine;
  });
}

/** The paragraph starting at sentence j is an interviewer's: only questions, or a labelled line ending on one. */
function questionParagraph(facts: SentenceFacts[], j: number): boolean {
  const paragraph = (facts[j] as SentenceFacts).s.paragraph;
  const labelled = speakerLabel((facts[j] as SentenceFacts).s.tokens) !== undefined;
  let k = j;
  for (; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === paragraph; k++) {
    if (!labelled && !(facts[k] as SentenceFacts).s.text.trimEnd().endsWith('?')) return false;
  }
  return (facts[k - 1] as SentenceFacts).s.text.trimEnd().endsWith('?');
}

/** The paragraph starting at j names someone on another trip (elsewhere), and not this visitor. */
function aboutAnotherTraveller(facts: SentenceFacts[], j: number, hit: VisitHit, travellers: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const paragraph = (facts[j] as SentenceFacts).s.paragraph;
  let other = false;
  for (let k = j; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === paragraph; k++) {
    for (const p of (facts[k] as SentenceFacts).people) {
      if (p.entityId === hit.person) return false;
      const trips = travellers.get(p.entityId);
      if (p.how === 'name' && trips && !trips.has(hit.country)) other = true;
    }
  }
  return other;
}

/** The question paragraph at j names the trip's country, a visit word or "there". */
function asksAboutTrip(doc: Doc, facts: SentenceFacts[], j: number, hit: VisitHit): boolean {
  const paragraph = (facts[j] as SentenceFacts).s.paragraph;
  for (let k = j; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === paragraph; k++) {
    const f = facts[k] as SentenceFacts;
    if (f.places.some((p) => p.country === hit.country)) return true;
    if (f.s.tokens.some((t) => doc.lexicon.visitNouns.has(t.norm) || doc.lexicon.strongVisitWords.has(t.norm))) return true;
    if (doc.lexicon.contextPlaceWords.test(f.s.tokens)) return true;
  }
  return false;
}

/** Openers that carry on the story: "Menurut …", "According to …", a quotation. */
const CARRY_ON = new Set(['menurut', 'according', 'asked', 'speaking', 'kata', 'ujar', '"', '“']);

const MEANWHILE = [['sementara', 'itu'], ['meanwhile'], ['di', 'sisi', 'lain'], ['elsewhere'], ['in', 'other', 'news']];

function opensOnSomethingElse(f: SentenceFacts, hit: VisitHit, story: ReadonlySet<string>): boolean {
  const first = f.s.tokens[0];
  if (first && CARRY_ON.has(first.norm)) return false;
  const wordsSeen: number[] = [];
  f.s.tokens.forEach((t, i) => {
    if (t.kind === 'word') wordsSeen.push(i);
  });
  const limit = wordsSeen[2] ?? Number.POSITIVE_INFINITY;
  // "Kanda said Sakuragawa wanted …": a paragraph that opens on the visitor goes on with the visit.
  const visitorFirst = f.people.find((p) => p.entityId === hit.person && p.at <= (wordsSeen[0] ?? 0) + 1);
  if (visitorFirst) return false;
  // "Sementara itu, Kepala BP Batam …", "Meanwhile, …": a paragraph that turns to something else, unless the visitor is in it.
  const turns = MEANWHILE.some((m) => m.every((w, k) => f.s.tokens[k]?.norm === w));
  if (turns && !f.people.some((p) => p.entityId === hit.person)) return true;
  const early = [
    ...f.people.filter((p) => p.how === 'name' && p.at <= limit).map((p) => p.entityId),
    // "At ASML the visitors toured …" sets the scene of the visit, it does not move on from it.
    ...f.orgs.filter((o) => o.start <= limit && !['at', 'di'].includes(f.s.tokens[o.start - 1]?.norm ?? '')).map((o) => o.entityId ?? ''),
    ...f.places
      .filter((p) => p.mention.start <= limit && p.country !== hit.country && !compoundWith(f, p, hit.country))
      .map((p) => p.country),
  ];
  return early.some((id) => id !== hit.person && !story.has(id));
}

/** "The UAE–US AI Campus": a place glued by a dash or slash to the visit's own country. */
function compoundWith(f: SentenceFacts, p: SentenceFacts['places'][number], country: string): boolean {
  return f.places.some((o) => {
    if (o.country !== country) return false;
    const [a, b] = o.mention.end <= p.mention.start ? [o.mention.end, p.mention.start] : [p.mention.end, o.mention.start];
    const between = f.s.tokens.slice(a, b);
    return between.length > 0 && between.length <= 1 && between.every((t) => /^[-–—/]$/.test(t.text));
  });
}

/**
 * Themes of a whole article that tells one trip, weighed over its body; an interviewer's question on
 * another topic opens a part of the story that is not the trip's.
 */
function storyThemes(doc: Doc, facts: SentenceFacts[], current: VisitHit[]): string[] {
  const themes: ThemeHit[] = [];
  let offTopic = false;
  for (const [j, f] of facts.entries()) {
    if (f.s.paragraphStart && questionParagraph(facts, j)) offTopic = !current.some((hit) => asksAboutTrip(doc, facts, j, hit));
    if (f.s.heading || f.s.related || f.caption || offTopic) continue;
    themes.push(...f.themes);
  }
  // Twice a frame's bar: a theme the whole story keeps coming back to.
  return weighedCodes(themes, PURPOSE_MIN * 2);
}

/** How many paragraphs after a party's list of members may still open on one of them. */
const MEMBER_PARAGRAPHS = 6;

/** The sentences of the paragraphs after the hit that open on its person ("Yoo told reporters …"). */
function openingOn(facts: SentenceFacts[], hit: VisitHit): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  const first = (facts[hit.sentence] as SentenceFacts).s.paragraph;
  let opensOnHim = false;
  for (let j = hit.sentence + 1; j < facts.length; j++) {
    const f = facts[j] as SentenceFacts;
    if (f.s.heading || f.s.paragraph - first > MEMBER_PARAGRAPHS) break;
    if (f.s.paragraphStart) opensOnHim = f.people[0]?.entityId === hit.person && f.people[0].at <= 2;
    if (opensOnHim) out.push(f);
  }
  return out;
}

function listLinePurposes(facts: SentenceFacts[], visits: VisitHit[], out: Map<VisitHit, string[]>): void {
  const visitSentences = new Set(visits.map((v) => v.sentence));
  for (const [j, f] of facts.entries()) {
    if (!f.s.paragraphStart || !isListItem(f.s.tokens)) continue;
    const line: SentenceFacts[] = [];
    for (let k = j; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === f.s.paragraph; k++) line.push(facts[k] as SentenceFacts);
    if (line.some((g, k) => visitSentences.has(j + k) || g.people.length > 0)) continue;
    const place = f.places.find((p) => p.locative);
    if (!place) continue;
    const there = visits.filter((v) => v.country === place.country && !(facts[v.sentence] as SentenceFacts).past && v.sentence < j);
    if (new Set(there.map((v) => v.person)).size !== 1) continue;
    const codes = weighedCodes(line.flatMap((g) => g.themes), PURPOSE_MIN);
    for (const v of there) addCodes(out, v, codes);
  }
}

/** Nouns for one stop of a trip, after its place: "The Seoul stop", "the Taiwan leg". */
const STOP_WORDS = new Set(['stop', 'leg', 'stopover']);

/**
 * "The Seoul stop will focus on high-bandwidth memory …": a paragraph that opens on one stop of the trip,
 * naming no one, tells what every current visit there is for.
 */
function stopParagraphPurposes(doc: Doc, facts: SentenceFacts[], visits: VisitHit[], out: Map<VisitHit, string[]>): void {
  for (const [j, f] of facts.entries()) {
    if (!f.s.paragraphStart || f.people.some((p) => p.how === 'name')) continue;
    const stop = f.places.find((p) => STOP_WORDS.has(f.s.tokens[p.mention.end]?.norm ?? '') || doc.lexicon.legNouns.has(f.s.tokens[p.mention.end]?.norm ?? ''));
    if (!stop) continue;
    const there = visits.filter((v) => v.country === stop.country && v.sentence < j && !(facts[v.sentence] as SentenceFacts).past);
    if (!there.length) continue;
    const themes: ThemeHit[] = [];
    for (let k = j; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === f.s.paragraph; k++) {
      const g = facts[k] as SentenceFacts;
      if (k > j && g.places.some((p) => p.locative && p.country !== stop.country)) break;
      themes.push(...g.themes);
    }
    const codes = weighedCodes(themes, PURPOSE_MIN);
    for (const v of there) addCodes(out, v, codes);
  }
}

/**
 * "… would be accompanied throughout by X, Y and Z": whoever goes to every stop with the party is
 * there, at each stop, for what the party is told to be there for.
 */
function partyPurposes(
  facts: SentenceFacts[],
  visits: VisitHit[],
  party: Party,
  out: Map<VisitHit, string[]>,
): void {
  const byCountry = new Map<string, VisitHit[]>();
  for (const v of visits) {
    if (!party.members.has(v.person) || (facts[v.sentence] as SentenceFacts).past) continue;
    byCountry.set(v.country, [...(byCountry.get(v.country) ?? []), v]);
  }
  for (const hits of byCountry.values()) {
    const union = hits.flatMap((v) => out.get(v) ?? []);
    for (const v of hits) if (party.throughout.has(v.person)) addCodes(out, v, union);
  }
}

/** How many paragraphs after a visit the story may come back to its visitor. */
const RETURN_PARAGRAPHS = 4;

/**
 * "Bae, a former chip engineer …, told reporters in Hanoi that the plant would assemble and test
 * high-bandwidth memory": a later paragraph that opens on the visitor, there, is about the visit.
 */
function backToVisitorPurposes(facts: SentenceFacts[], visits: VisitHit[], out: Map<VisitHit, string[]>): void {
  const current = visits.filter((v) => !(facts[v.sentence] as SentenceFacts).past);
  for (const [j, f] of facts.entries()) {
    // (Not held back by a look back in its words: "who ran the chip unit until last year".)
    if (!f.s.paragraphStart) continue;
    const opener = f.people[0];
    if (!opener || opener.how !== 'name' || opener.at > 1) continue;
    // ("told reporters in Hanoi": where someone speaks is where they are.)
    const there = f.places.find((p) => !p.origin && (p.locative || ['in', 'di'].includes(f.s.tokens[p.mention.start - 1]?.norm ?? '')));
    if (!there) continue;
    const mine = current.filter((v) => v.person === opener.entityId && v.sentence < j);
    // (One trip there, told a few paragraphs before, and no other trip of theirs since.)
    const last = mine.at(-1);
    if (!last || last.country !== there.country || f.s.paragraph - (facts[last.sentence] as SentenceFacts).s.paragraph > RETURN_PARAGRAPHS) continue;
    if (visits.some((v) => v.sentence >= j && (facts[v.sentence] as SentenceFacts).s.paragraph === f.s.paragraph)) continue;
    const themes: ThemeHit[] = [];
    for (let k = j; k < facts.length && (facts[k] as SentenceFacts).s.paragraph === f.s.paragraph; k++) themes.push(...(facts[k] as SentenceFacts).themes);
    const codes = weighedCodes(themes, PURPOSE_MIN);
    for (const v of mine.filter((o) => o.country === there.country)) addCodes(out, v, codes);
  }
}

/**
 * "15:10 — Duarte has just finished a closed meeting … at the group's Hsinchu campus": in a live blog, an
 * entry about one visitor, moving nowhere else, is a moment of the trip the blog follows — printed newest
 * first, it may stand above the entry that tells the trip.
 */
function blogEntryPurposes(facts: SentenceFacts[], visits: VisitHit[], out: Map<VisitHit, string[]>): void {
  const starts = facts.filter((f) => f.entryStart).map((f) => f.s.index);
  for (const [n, start] of starts.entries()) {
    const end = starts[n + 1] ?? facts.length;
    const entry = facts.slice(start, end);
    // (The entry opens on its visitor; whoever else it names is met there, on no trip of their own.)
    const id = entry.find((f) => f.people.length > 0)?.people[0]?.entityId;
    if (!id || visits.some((v) => v.sentence >= start && v.sentence < end)) continue;
    if (entry.some((f) => f.people.some((p) => p.entityId !== id && visits.some((v) => v.person === p.entityId)))) continue;
    const current = visits.filter((v) => v.person === id && !(facts[v.sentence] as SentenceFacts).past);
    const countries = new Set(current.map((v) => v.country));
    // (Only where the entry is set in one of the trip's countries, and no other: a place it names, else the blog's scene.)
    const named = entry.flatMap((f) => f.places.filter((p) => p.locative || p.mention.type === 'City')).map((p) => p.country);
    const there = named.length ? named : [(entry[0] as SentenceFacts).focus].filter((c): c is string => !!c);
    if (there.length === 0 || !there.every((c) => countries.has(c)) || new Set(there).size !== 1) continue;
    const codes = weighedCodes(entry.flatMap((f) => f.themes), PURPOSE_MIN);
    for (const v of current.filter((o) => o.country === there[0])) addCodes(out, v, codes);
  }
}

/** How many paragraphs back a trip told without its travellers may be. */
const TRIP_LINE_PARAGRAPHS = 2;

/**
 * "Direksi … menggelar pertemuan dengan investor di Singapura, Hong Kong, dan Tokyo … menjelang rights
 * issue": a visit whose own words give no purpose takes them from the sentence just before that told the
 * trip to that place without naming anyone.
 */
function tripLinePurposes(facts: SentenceFacts[], visits: VisitHit[], out: Map<VisitHit, string[]>): void {
  for (const hit of visits) {
    if (visits.some((v) => v.person === hit.person && v.country === hit.country && (out.get(v) ?? []).length)) continue;
    const paragraph = (facts[hit.sentence] as SentenceFacts).s.paragraph;
    for (let j = hit.sentence - 1; j >= 0; j--) {
      const f = facts[j] as SentenceFacts;
      if (paragraph - f.s.paragraph > TRIP_LINE_PARAGRAPHS) break;
      if (f.s.heading || f.past || !f.places.some((p) => p.locative && p.country === hit.country)) continue;
      if (f.people.some((p) => p.how === 'name')) break;
      addCodes(out, hit, weighedCodes(f.themes, PURPOSE_MIN));
      break;
    }
  }
}

export function visitPurposes(
  doc: Doc,
  facts: SentenceFacts[],
  visits: VisitHit[],
  home: ReadonlyMap<string, string> = new Map(),
  party: Party = { members: new Set(), throughout: new Set() },
): Map<VisitHit, string[]> {
  const bySentence = new Map<number, VisitHit[]>();
  for (const v of visits) {
    const list = bySentence.get(v.sentence) ?? [];
    list.push(v);
    bySentence.set(v.sentence, list);
  }
  const out = new Map<VisitHit, string[]>();
  // Who travels where: a paragraph about someone on another trip is that trip's story.
  const travellers = new Map<string, Set<string>>();
  for (const v of visits) {
    if (!(facts[v.sentence] as SentenceFacts).past) travellers.set(v.person, new Set([...(travellers.get(v.person) ?? []), v.country]));
  }
  // "In three weeks she flew to Hsinchu, then to Seoul and finally to Abu Dhabi, carrying the same pitch":
  // a sentence naming three stops or more sums the trip up; a stop that has a sentence of its own later
  // takes its purposes from there.
  const summary = (hit: VisitHit): boolean =>
    new Set((bySentence.get(hit.sentence) ?? []).filter((v) => v.person === hit.person).map((v) => v.country)).size >= SUMMARY_STOPS &&
    visits.some((v) => v.person === hit.person && v.country === hit.country && v.sentence > hit.sentence && v.frame);
  for (const hit of visits) {
    const frame: ThemeHit[] = [];
    if (summary(hit)) {
      out.set(hit, []);
      continue;
    }
    // ("Seoul in February, Tokyo in March, and Abu Dhabi in May." — "Ms OKONKWO: Tokyo?" — "Tokyo was about
    // people and research …": an answer listing stops takes each stop's purposes from the answers about it.)
    if ((facts[hit.sentence] as SentenceFacts).listsStops) {
      const answers = facts.filter((f) => f.s.index > hit.sentence && f.asked === hit.country);
      out.set(hit, weighedCodes(answers.flatMap((f) => f.themes), PURPOSE_MIN));
      continue;
    }
    const add = (themes: readonly ThemeHit[]): void => {
      frame.push(...themes);
    };
    const start = facts[hit.sentence] as SentenceFacts;
    const sameSentence = bySentence.get(hit.sentence) ?? [];
    // (A party's list of members names offices, not aims: "Kepala Dinas Energi Kepri".)
    if (!hit.listed) add(themesInVisitSentence(doc, start, hit, sameSentence.map((v) => v.placeAt)));
    // "… akan mendampingi Presiden dalam pertemuan tersebut": an implied visit points back to where
    // its paragraph set the scene.
    if (hit.placeAt < 0) {
      for (let j = hit.sentence - 1; j >= 0; j--) {
        const f = facts[j] as SentenceFacts;
        if (f.s.paragraph !== start.s.paragraph || f.s.heading) break;
        add(f.themes);
        if (f.places.some((p) => p.locative && p.country === hit.country)) break;
      }
    }
    if (hit.listed) add(openingOn(facts, hit).flatMap((f) => f.themes));
    // ("Finland's Henrik Aalto … showed off a rack that cut cooling energy by 40 percent. Aalto said he had
    // come to Singapore because …": a paragraph that opens on the visitor is about the visit from its start.)
    if (hit.frame && !start.s.paragraphStart && !start.past) {
      let j = hit.sentence;
      while (j > 0 && !(facts[j] as SentenceFacts).s.paragraphStart) j--;
      const opening = facts[j] as SentenceFacts;
      const opensOnVisitor = opening.people[0]?.entityId === hit.person && opening.people[0].how === 'name' && opening.people[0].at <= 3;
      // ("In Doha, the pitch from Qatari officials was cheap electricity. Vorhees … toured a site": so is one
      // that opens on the place, naming no one else.)
      const opensOnPlace =
        opening.places.some((p) => p.locative && p.country === hit.country && p.mention.start <= 1) && opening.people.every((p) => p.entityId === hit.person);
      // ("Rombongan ketiga bertolak ke Shenzhen. … Di Shenzhen, rombongan mengunjungi …": or on the party's going there.)
      const opensOnParty = opening.group && opening.people.length === 0 && opening.places.some((p) => p.locative && p.country === hit.country);
      const elsewhere = (f: SentenceFacts): boolean => f.places.some((p) => p.locative && p.country !== hit.country);
      const between = facts.slice(j, hit.sentence);
      if ((opensOnVisitor || opensOnPlace || opensOnParty) && !between.some(elsewhere) && !between.some((f) => (bySentence.get(f.s.index) ?? []).length)) for (const f of between) add(f.themes);
    }
    // ("PL: And India?" — "Kobayashi: Talent. … I spent two days there": the whole answer is about the place asked.)
    if (start.asked === hit.country) {
      let j = hit.sentence - 1;
      for (; j >= 0 && (facts[j] as SentenceFacts).s.paragraph === start.s.paragraph; j--) add((facts[j] as SentenceFacts).themes);
      // ("Sao Mai closed a Series B in February. Where did the money come from?": and so is what was asked.)
      for (const paragraph = (facts[j] as SentenceFacts | undefined)?.s.paragraph; j >= 0 && (facts[j] as SentenceFacts).s.paragraph === paragraph; j--) add((facts[j] as SentenceFacts).themes);
    }
    if (hit.frame) {
      // Whoever the visit sentence names (the host met) is part of its story:
      // "Vaishnaw said India wanted …" after "he met Ashwini Vaishnaw" goes on with the visit.
      // Co-travellers: whoever visits the same country in this sentence or the three before.
      const party = new Set(visits.filter((o) => o.country === hit.country && o.sentence >= hit.sentence - 3 && o.sentence <= hit.sentence).map((o) => o.person));
      const story = new Set([...start.people.map((p) => p.entityId), ...party]);
      let paragraphsCrossed = 0;
      // ("Kobayashi flew to Tokyo …, while Vorhees travelled alone to Abu Dhabi. There he announced …": after a
      // sentence that ends on someone else's trip elsewhere, what goes on about that other traveller is theirs.)
      const endsOnOther = new Set(
        sameSentence.filter((o) => o.person !== hit.person && o.country !== hit.country && o.placeAt > hit.placeAt && hit.placeAt >= 0).map((o) => o.person),
      );
      // ("“… Bulan depan saya akan ke Hsinchu. …” — Arief menambahkan, ODN menargetkan …": a trip told inside
      // a quotation is told no further than the quotation runs.)
      const toldInQuote = hit.placeAt >= 0 && quotedAt(quoteRanges(start.s.tokens, start.quoteOpen), hit.placeAt);
      for (let j = hit.sentence + 1; j < facts.length; j++) {
        const f = facts[j] as SentenceFacts;
        if (f.s.heading) break;
        if (toldInQuote && f.s.paragraphStart && !f.quoteOpen) break;
        if (f.people.some((p) => endsOnOther.has(p.entityId)) && !f.people.some((p) => p.entityId === hit.person)) break;
        if (f.s.paragraphStart) {
          // A look back at an earlier trip keeps to its own paragraph; so do a live blog's entry and a list's line.
          // ("1. Bos pusat data India sambangi Batam …" — "2. Menteri jadi tuan rumah …": a digest's next numbered item is another story.)
          if (start.past || f.entryStart || isListItem(start.s.tokens) || (numberedItem(f) && !f.caption)) break;
          // An interviewer's question about the trip ("What took you there?") leads into its answer;
          // any other question opens a new topic.
          if (questionParagraph(facts, j)) {
            if (!asksAboutTrip(doc, facts, j, hit)) break;
          } else if (!f.caption) paragraphsCrossed++;
          if (paragraphsCrossed > MAX_EXTRA_PARAGRAPHS) break;
          // ("Juru bicara …, Bimo, mengatakan penundaan dilakukan agar jadwal delegasi bertepatan dengan … di Korea
          // Selatan": unless it speaks of the trip there.)
          const ofThisTrip = f.places.some((p) => p.country === hit.country) && f.s.tokens.some((t) => doc.lexicon.visitNouns.has(t.norm) || doc.lexicon.groupNouns.has(t.norm));
          if (!f.caption && !ofThisTrip && opensOnSomethingElse(f, hit, story)) break;
          // A paragraph about another traveller, not this one, belongs to that traveller's story.
          if (!f.caption && aboutAnotherTraveller(facts, j, hit, travellers)) break;
        }
        // A look back at an earlier trip ("when Macron was in Dubai in 2023") does not end this one's frame.
        // (A co-traveller's visit to the same country — "The first leg takes the group to Bengaluru. The
        // minister is expected to visit a campus in Hyderabad" — carries the same trip on.)
        // ("He is travelling with Ahmed …": a companion joining the traveller there goes on with the same trip.)
        // ("Ethan Calloway, co-founder of …, addressed the forum by video": a sentence that opens on someone
        // outside the visit's story is theirs, inside a paragraph too.)
        const opener = f.people.find((p) => p.how === 'name' && p.at <= 1);
        // (Unless it speaks of the trip: "Analyst Kenji Mori said the Japan trip mattered for chip supply.")
        const ofTheTrip = f.places.some((p) => p.country === hit.country) || f.s.tokens.some((t) => doc.lexicon.visitNouns.has(t.norm));
        if (!f.s.paragraphStart && opener && opener.entityId !== hit.person && !story.has(opener.entityId) && !ofTheTrip) break;
        const withHim = f.people.some((p) => p.entityId === hit.person) && doc.lexicon.accompanyVerbs.test(f.s.tokens);
        const others = (bySentence.get(j) ?? []).filter((v) => (v.person !== hit.person || v.country !== hit.country) && !f.past && !(v.country === hit.country && (party.has(v.person) || withHim)));
        if (others.length) break;
        // Investment "di Indonesia" in an Indonesian president's trip is the trip's aim, not a move elsewhere.
        const elsewhere = f.places.find((p) => p.locative && p.country !== hit.country && p.country !== home.get(hit.person));
        if (elsewhere) {
          // The sentence moves elsewhere: what it says before the new place still belongs here —
          // unless it opens a paragraph ("Kontrak memori di Seoul."), which is about the new place.
          if (!f.s.paragraphStart) add(f.themes.filter((t) => t.end <= elsewhere.mention.start));
          break;
        }
        add(f.themes);
      }
    }
    out.set(hit, weighedCodes(frame, PURPOSE_MIN));
  }
  // "3. Kontrak memori di Seoul. …": a list's line about a place one traveller visited, naming no one,
  // tells what that visit did there.
  listLinePurposes(facts, visits, out);
  stopParagraphPurposes(doc, facts, visits, out);
  // "Dian dan Yudi akan ikut ke Seoul": a visit whose own words give no purpose joins the trip just told
  // to the same country — someone else's visit there a few sentences before — and shares its purposes.
  const ownPurposes = (person: string, country: string): number =>
    visits.filter((v) => v.person === person && v.country === country).reduce((n, v) => n + (out.get(v) ?? []).length, 0);
  for (const hit of visits) {
    if (ownPurposes(hit.person, hit.country) > 0) continue;
    const tokens = (facts[hit.sentence] as SentenceFacts).s.tokens;
    // (So does a member a list of the party names: "Rombongan itu terdiri atas …".)
    const listsParty = tokens.some((t) => doc.lexicon.groupNouns.has(t.norm)) && tokens.some((t) => doc.lexicon.groupMemberCues.has(t.norm));
    if (!hit.listed && !listsParty && !tokens.some((t) => JOINING.has(t.norm))) continue;
    // ("Turut mendampingi …", a member listed before the party's first stop: the trip told just after.)
    const near = (o: VisitHit): boolean => (o.sentence < hit.sentence || hit.placeAt < 0) && Math.abs(hit.sentence - o.sentence) <= 6;
    const shared = visits.filter((o) => o !== hit && o.person !== hit.person && o.country === hit.country && near(o));
    const union = new Set(shared.flatMap((o) => out.get(o) ?? []));
    if (union.size) out.set(hit, [...union]);
  }
  // ("Pendamping: Sekar …, Direktur Riset BOCN (hanya ikut ke Hsinchu dan Seoul)": a fact box's companion is
  // there for what the traveller is there for; the office's words are no aim.)
  for (const hit of visits) {
    if (!companionLine(doc, (facts[hit.sentence] as SentenceFacts).s.tokens)) continue;
    const union = new Set(visits.filter((o) => o.person !== hit.person && o.country === hit.country).flatMap((o) => out.get(o) ?? []));
    if (union.size) out.set(hit, [...union]);
  }
  partyPurposes(facts, visits, party, out);
  backToVisitorPurposes(facts, visits, out);
  blogEntryPurposes(facts, visits, out);
  tripLinePurposes(facts, visits, out);
  // An article about one trip to one country is that trip's story from end to end: what it says of
  // chips or power anywhere in the body is what the trip is for.
  const current = visits.filter((v) => !(facts[v.sentence] as SentenceFacts).past);
  const countries = new Set(current.map((v) => v.country));
  // (Not a digest whose numbered items are separate stories: "1. Bos pusat data India sambangi Batam … 3. Kunjungan CEO Vietnam diundur".)
  const itemOf: number[] = [];
  for (const f of facts) itemOf.push((itemOf.at(-1) ?? 0) + (numberedItem(f) ? 1 : 0));
  const items = current.map((v) => itemOf[v.sentence] ?? 0);
  const digest = new Set(items).size >= 2 && !items.includes(0);
  if (countries.size === 1 && current.length && !digest) {
    const whole = storyThemes(doc, facts, current);
    // The story is the first traveller's; others at the same summit have stories of their own.
    // (Companions share it: named in the same sentence as the traveller, or joining the trip.)
    const principal = current[0]?.person;
    const principalSentences = new Set(current.filter((v) => v.person === principal && v.frame).map((v) => v.sentence));
    const travelsAlong = (hit: VisitHit): boolean =>
      hit.person === principal || principalSentences.has(hit.sentence) || (facts[hit.sentence] as SentenceFacts).s.tokens.some((t) => JOINING.has(t.norm));
    for (const hit of current) if (travelsAlong(hit)) addCodes(out, hit, whole);
  }
  return out;
}
