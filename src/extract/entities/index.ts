// Entity mentions of a whole article: known names, new names typed by cues, the publisher, then
// resolution to one entity per real-world thing.
import nlp from 'compromise';
import type { Doc } from '../doc.js';
import type { PhraseMatch } from '../text/phrases.js';
import { firstPersonSentences, type Sentence } from '../text/segment.js';
import { fold } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { gazetteerMentions } from './gazetteer-pass.js';
import type { Mention } from './mention.js';
import { DESK_WORDS, NameScanner } from './names-pass.js';
import { resolveMentions, type EntityTable } from './resolve.js';

export interface EntityFindings {
  mentions: Mention[];
  table: EntityTable;
  /** Titles per sentence (for coreference and roles). */
  titles: Map<number, Array<PhraseMatch<string>>>;
}

interface Span {
  start: number;
  end: number;
}

/** compromise's organisations, mapped onto our tokens (English only). */
function compromiseSpans(s: Sentence): { orgs: Span[] } {
  const doc = nlp(s.text);
  const toSpans = (items: Array<{ offset?: { start: number; length: number } }>): Span[] => {
    const out: Span[] = [];
    for (const it of items) {
      if (!it.offset) continue;
      const a = s.start + it.offset.start;
      const b = a + it.offset.length;
      const first = s.tokens.findIndex((t) => t.end > a);
      let last = -1;
      s.tokens.forEach((t, i) => {
        if (t.start < b && /[\p{L}\p{N}]/u.test(t.text)) last = i;
      });
      if (first >= 0 && last >= first) out.push({ start: first, end: last + 1 });
    }
    return out;
  };
  type Item = { offset?: { start: number; length: number } };
  return { orgs: toSpans(doc.organizations().json({ offset: true }) as Item[]) };
}

/**
 * "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE)": a rule-found
 * name whose words, with the capitalised words after them, spell the acronym in brackets belongs to
 * that longer name (a directorate's), not to a person.
 */
function spelledByAcronym(s: Sentence, m: Mention): boolean {
  if (m.type !== 'Person' || m.via !== 'rule') return false;
  const open = s.tokens.findIndex((t, i) => i >= m.end && i - m.end <= 14 && t.text === '(');
  const acronym = s.tokens[open + 1];
  if (open < 0 || !acronym || s.tokens[open + 2]?.text !== ')' || !/^[A-Z]{3,}$/.test(acronym.text)) return false;
  const initials = s.tokens
    .slice(m.start, open)
    .filter((t) => t.kind === 'word' && t.cap)
    .map((t) => t.text.charAt(0))
    .join('');
  return initials === acronym.text;
}

/**
 * "Badan Pengusahaan Batam (BP Batam)", "Kementerian Komunikasi dan Digital (Komdigi)": a capitalised
 * short form in brackets right after an organisation is that organisation, whatever else it might match.
 */
function withBracketAliases(s: Sentence, mentions: Mention[]): Mention[] {
  const out = [...mentions].filter((m) => !spelledByAcronym(s, m)).sort((a, b) => a.start - b.start);
  for (const m of [...out]) {
    if (m.type !== 'Organization' || s.tokens[m.end]?.text !== '(') continue;
    let close = m.end + 1;
    while (close < s.tokens.length && close - m.end <= 6 && s.tokens[close]?.text !== ')') close++;
    const inner = s.tokens.slice(m.end + 1, close);
    if (s.tokens[close]?.text !== ')' || inner.length === 0 || !inner.every((t) => t.kind !== 'punct' || t.text === '-' || t.text === '&')) continue;
    if (!inner.some((t) => t.cap) || inner.some((t) => t.kind === 'number')) continue;
    // ("(hanya ikut ke Hsinchu dan Seoul)": a remark in brackets, not a short form.)
    if (!(inner[0] as Token).cap) continue;
    // ("Corvane AI (San Francisco)": a place in brackets says where the firm is, not what it is called.)
    if (mentions.some((p) => p.start === m.end + 1 && p.end === close && (p.type === 'City' || p.type === 'Country' || p.type === 'Region'))) continue;
    const alias: Mention = {
      sentence: s.index,
      start: m.end + 1,
      end: close,
      type: 'Organization',
      name: inner.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text).join(''),
      via: 'rule',
      aliasOf: m,
    };
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i] as Mention;
      if (o.start >= alias.start && o.end <= alias.end) out.splice(i, 1);
    }
    out.push(alias);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Saudi Arabia's Public Investment Fund", "Korea Trade-Investment Promotion Agency": the text still names the country. */
function countriesInsideOrgs(doc: Doc, s: Sentence, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const org of known) {
    if (org.type !== 'Organization') continue;
    const slice = s.tokens.slice(org.start, org.end);
    const countryOnly = (m: { value: { id: string } }): boolean => doc.gazetteer.byId.get(m.value.id)?.type === 'Country';
    for (const m of doc.gazetteer.surfaces.findAll(slice, undefined, countryOnly)) {
      const entry = doc.gazetteer.byId.get(m.value.id);
      const first = slice[m.start];
      if (entry?.type !== 'Country' || !first?.cap || m.value.needsContext || entry.ambiguous) continue;
      const raw = slice.slice(m.start, m.end).map((t) => t.text).join('');
      if (m.value.caseSensitive && raw !== m.value.form.replace(/\s+/g, '')) continue;
      out.push({
        sentence: s.index,
        start: org.start + m.start,
        end: org.start + m.end,
        type: 'Country',
        name: slice.slice(m.start, m.end).map((t) => t.text).join(' '),
        gazId: entry.id,
        via: 'gazetteer',
        demonym: m.value.demonym || undefined,
      });
    }
  }
  return out;
}

function inside(inner: Mention, outer: Mention): boolean {
  return inner.sentence === outer.sentence && inner.start >= outer.start && inner.end <= outer.end && inner !== outer;
}

/**
 * "lini produksi Hana Micron di Asan" after "Hana Micron Inc." elsewhere: a known name ("Micron")
 * with a capitalised word before it that, together, the article names as another organisation.
 */
function extendKnownByArticleNames(doc: Doc, mentions: Mention[], loose: Array<{ sentence: number; start: number; end: number }>): void {
  const fold = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const newOrgs = mentions.filter((m) => m.type === 'Organization' && !m.gazId).map((m) => fold(m.name));
  if (newOrgs.length === 0) return;
  for (const m of mentions) {
    if (m.type !== 'Organization' || !m.gazId || m.start === 0) continue;
    const s = doc.sentences[m.sentence];
    const prev = s?.tokens[m.start - 1];
    if (!s || !prev || prev.kind !== 'word' || !prev.cap) continue;
    if (mentions.some((o) => o !== m && o.sentence === m.sentence && o.start <= m.start - 1 && o.end > m.start - 1)) continue;
    const longer = fold(`${prev.text} ${m.name}`);
    if (!newOrgs.some((n) => n === longer || n.startsWith(`${longer} `))) continue;
    m.start -= 1;
    m.name = `${prev.text} ${m.name}`;
    m.gazId = undefined;
    m.via = 'rule';
    const covered = loose.findIndex((l) => l.sentence === m.sentence && l.start === m.start);
    if (covered >= 0) loose.splice(covered, 1);
  }
}

/**
 * "said Helix Grid now planned …", "told Pacific Compute Wire": a name the article (or its masthead)
 * gives as an organisation stays one, even where a weaker cue alone would read a person.
 */
function oneTypePerName(mentions: Mention[], doc: Doc): void {
  const fold = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const orgNames = new Set(mentions.filter((m) => m.type === 'Organization').map((m) => fold(m.name)));
  if (doc.article.source) orgNames.add(fold(doc.article.source));
  // ("Universitas Kepulauan Rempah (Unkira) … peneliti Unkira": a short form the article gives an organisation
  // in brackets is that organisation's wherever it stands, even after a word for its staff.)
  const shortForms = new Map(mentions.filter((m) => m.type === 'Organization' && m.aliasOf).map((m) => [fold(m.name), m.aliasOf as Mention]));
  for (const m of mentions) {
    const fullName = shortForms.get(fold(m.name));
    if (m.type === 'Person' && (m.via === 'rule' || m.via === 'partial') && ((!m.role && orgNames.has(fold(m.name))) || fullName)) {
      m.type = 'Organization';
      delete m.role;
      if (fullName) m.aliasOf = fullName;
    } else if (m.type === 'Organization' && m.via === 'rule' && fullName && !m.aliasOf && fullName !== m) {
      // ("Direktur Riset BOCN": so is the short form found on its own.)
      m.aliasOf = fullName;
    }
  }
  // "Minister Siobhán Kearney … Kearney is due in Tokyo": a titled person's surname that a firm also
  // bears (Kearney, the consultancy) is the person's wherever the article never names the firm itself.
  const titledSurnames = new Set(mentions.filter((m) => m.type === 'Person' && m.role && m.end - m.start >= 2).map((m) => fold(m.name).split(' ').at(-1) ?? ''));
  const firmsNamed = mentions.filter((m) => m.type === 'Organization' && m.via === 'gazetteer' && !titledSurnames.has(fold(m.name)));
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.via !== 'gazetteer' || m.end - m.start !== 1 || !titledSurnames.has(fold(m.name))) continue;
    if (firmsNamed.some((o) => o.gazId === m.gazId)) continue;
    m.type = 'Person';
    m.via = 'rule';
    delete m.gazId;
  }
}

/**
 * "Arvind Mehrotra, India's minister of state for electronics, …": the title in the apposition is the
 * person's role, so that "the minister" later points back to him.
 */
function rolesFromAppositions(doc: Doc, mentions: Mention[], titles: Map<number, Array<PhraseMatch<string>>>): void {
  for (const m of mentions) {
    if (m.type !== 'Person' || m.role || m.sentence < 0) continue;
    const s = doc.sentences[m.sentence];
    if (s?.tokens[m.end]?.text !== ',') continue;
    let stop = m.end + 1;
    while (stop < s.tokens.length && stop - m.end <= 8 && s.tokens[stop]?.text !== ',') stop++;
    // "in Kulai, its chief executive said": a new subject, not a description of the name before it.
    if (['its', 'his', 'her', 'their', 'our'].includes(s.tokens[m.end + 1]?.norm ?? '') || m.end - m.start < 2) continue;
    const title = (titles.get(m.sentence) ?? []).find((t) => t.start > m.end && t.end <= stop && !doc.lexicon.speechVerbs.has(s.tokens[t.end]?.norm ?? ''));
    if (title) m.role = title.value;
  }
}

/**
 * "MANILA CIRCUIT: You have just come back …": the publisher's name written in the text is the
 * publisher, not the city its name holds.
 */
function withoutPublisher(s: Sentence, known: Mention[], source: readonly string[]): Mention[] {
  if (source.length < 2) return known;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + source.length <= s.tokens.length; i++) {
    if (source.every((w, k) => s.tokens[i + k]?.norm === w)) spans.push([i, i + source.length]);
  }
  return known.filter((m) => m.type === 'Organization' || !spans.some(([a, b]) => m.start < b && a < m.end));
}

export function findEntities(doc: Doc): EntityFindings {
  const mentions: Mention[] = [];
  const loose: Array<{ sentence: number; start: number; end: number }> = [];
  const titles = new Map<number, Array<PhraseMatch<string>>>();
  const sourceTokens = doc.article.source ? tokenize(doc.article.source).map((t) => t.norm) : [];
  for (const s of doc.sentences) {
    const known = withoutPublisher(s, gazetteerMentions(doc, s), sourceTokens);
    const spans = (): { orgs: Span[] } => (doc.language === 'en' && !s.heading ? compromiseSpans(s) : { orgs: [] });
    const scan = new NameScanner(doc, s, known, spans).scan();
    titles.set(s.index, scan.titles);
    // A new organisation whose name holds known names ("SK Telecom", "Gulf Compute Review") replaces
    // them, except countries: "SB OpenAI Japan" still names Japan.
    // (A person's name may hold a firm's one-word name as its surname: "Minister Siobhán Kearney".)
    const kept = known.filter((k) => !scan.mentions.some((m) => (m.type === 'Organization' || (m.type === 'Person' && (k.type === 'Person' || k.type === 'Organization'))) && inside(k, m) && k.type !== 'Country'));
    const sentenceMentions = withBracketAliases(s, [...kept, ...scan.mentions, ...countriesInsideOrgs(doc, s, kept)]);
    mentions.push(...sentenceMentions);
    for (const l of scan.loose) loose.push({ sentence: s.index, ...l });
  }
  extendKnownByArticleNames(doc, mentions, loose);
  oneTypePerName(mentions, doc);
  rolesFromAppositions(doc, mentions, titles);
  // Untracked regions ("Nordic countries") only kept their words from being read as names.
  const tracked = mentions.filter((m) => !m.gazId || doc.gazetteer.byId.get(m.gazId)?.tracked !== false);
  mentions.length = 0;
  mentions.push(...tracked);
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  // The publisher is an organisation every reader sees, even when only the site chrome names it —
  // but not when no page names it at all (a feed's source field alone).
  if (doc.article.source && doc.article.publisherOnPage !== false) {
    const tokens = tokenize(doc.article.source);
    const hit = doc.gazetteer.surfaces.matchAt(tokens, 0);
    const gazId = hit && hit.end === tokens.length && doc.gazetteer.byId.get(hit.value.id)?.type === 'Organization' ? hit.value.id : undefined;
    mentions.push({ sentence: -1, start: 0, end: 0, type: 'Organization', name: doc.article.source, via: 'source', gazId });
  }
  // A column told in the first person: the byline ingest lifted out of its text names its writer, who is the "I".
  const author = doc.article.author?.trim() ?? '';
  // (The writer's own "I": outside quotation marks; "Redaksi Jendela Riset", "Tech Desk" are no writer's name.)
  const firstPerson = firstPersonSentences(doc.sentences, true);
  const authorWords = author.split(/\s+/);
  const desk = authorWords.some((w) => DESK_WORDS.has(fold(w)));
  if (doc.article.authorOnPage === true && firstPerson >= 2 && !desk && authorWords.length >= 2 && authorWords.length <= 5 && authorWords.every((w) => /^\p{Lu}/u.test(w)) && !mentions.some((m) => m.type === 'Person' && fold(m.name) === fold(author))) {
    mentions.push({ sentence: -1, start: 0, end: 0, type: 'Person', name: author, via: 'byline' });
  }
  const table = resolveMentions(doc, mentions, loose);
  return { mentions, table, titles };
}
