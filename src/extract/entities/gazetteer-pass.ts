// Known names: every gazetteer surface form found in a sentence, with the case rules that keep
// "US" from matching "us" and a region from matching inside "Asia-Pacific".
import type { Doc } from '../doc.js';
import type { GazEntry, SurfaceRef } from '../gazetteer/load.js';
import type { PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import { TYPE_PRIORITY, type Mention } from './mention.js';

/** Words that make a context-bound place name ("the Gulf", "di Teluk") a place. */
const CONTEXT_WORDS = new Set(['the', 'in', 'to', 'across', 'di', 'ke', 'kawasan', 'negara', 'wilayah', 'from', 'dari']);

function rawOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join('');
}

function acceptable(doc: Doc, s: Sentence, m: PhraseMatch<SurfaceRef>, entry: GazEntry): boolean {
  const tokens = s.tokens;
  // "Direktur Tata Kelola Pusat Data": a common phrase that opens with a known name is no mention of it.
  const phrase = doc.lexicon.commonPhrases.matchAt(tokens, m.start);
  if (phrase && phrase.end > m.end) return false;
  const first = tokens[m.start] as Token;
  const raw = rawOf(tokens, m.start, m.end);
  const form = m.value.form.replace(/\s+/g, '');
  if (m.value.caseSensitive) {
    if (raw !== form && raw !== form.replace(/\.$/, '')) return false;
  } else {
    const formFirst = m.value.form.charAt(0);
    const lowerForm = formFirst !== formFirst.toUpperCase();
    if (lowerForm ? !raw.startsWith(m.value.form.split(/\s+/)[0] ?? '') : !first.cap && first.kind === 'word') return false;
  }
  const before = tokens[m.start - 1];
  const after = tokens[m.end];
  // "Kementerian Investasi, Perdagangan dan Industri Malaysia": a ministry known by a shorter name whose
  // portfolios go on in a list is another body, named whole by the names pass.
  if (entry.kind === 'ministry' && after?.text === ',' && tokens[m.end + 1]?.cap && tokens.slice(m.end + 2, m.end + 6).some((t) => t.norm === 'dan' || t.norm === 'and')) return false;
  // "meet Santiago Ibáñez Ferrán", "Victoria Chen said": a city that is also a given name, before a capitalised
  // word and after no preposition of place, opens a person's name.
  // ("Santiago Stock Exchange", "Victoria Harbour": a word for a place or a body after it keeps the city.)
  const bodyWord = !!after && (doc.lexicon.orgHeads.has(after.norm) || doc.lexicon.orgSuffixes.has(after.norm) || doc.lexicon.placeNouns.has(after.norm));
  // ("Najd Cloud chief executive Turki Al Otaibi": a country's one-word name can be a given name too.)
  if ((entry.type === 'City' || entry.type === 'Country') && m.end - m.start === 1 && doc.names.isGivenName(raw) && after?.cap && after.kind === 'word' && !bodyWord && !doc.lexicon.locativePrepositions.has(before?.norm ?? '') && !['from', 'dari', 'to', 'ke'].includes(before?.norm ?? '')) return false;
  // "Nordavind Datasenter AS": a legal form after a firm's name, not a country's short form.
  if (entry.type === 'Country' && raw.length <= 3 && raw === raw.toUpperCase() && before?.cap && before.kind === 'word' && tokens[m.start - 2]?.cap && doc.lexicon.orgSuffixes.has(raw.toLowerCase())) return false;
  // "Faisal bin Turki": a father's name, not Turkey.
  if (before && !before.cap && doc.names.patronymics.has(before.norm) && tokens[m.start - 2]?.cap) return false;
  // "US$2,5 miliar", "S$40 juta": a currency, not a country.
  if (after && after.text === '$' && !after.spaceBefore) return false;
  const glued = (t: Token | undefined, side: 'before' | 'after'): boolean =>
    !!t && t.norm === '-' && (side === 'before' ? !first.spaceBefore : !t.spaceBefore);
  // "Asia-Pacific Economic Cooperation" names no region; "Korean-language" still implies Korea.
  if (entry.type === 'Region' && (glued(before, 'before') || glued(after, 'after'))) return false;
  // A name glued to a following word by a hyphen is part of a compound name, unless it is a place.
  if ((entry.type === 'Organization' || entry.type === 'Person') && glued(after, 'after')) {
    const next = tokens[m.end + 1];
    // ("TSMC-led", "Samsung-backed": a participle after the hyphen still names the company.)
    if (next && next.kind === 'word' && !next.spaceBefore && !(next.cap === false && /(ed|owned|run|built|made)$/.test(next.norm))) return false;
  }
  if (m.value.needsContext) {
    // "the Gulf", "di Teluk", or used as an adjective: "Gulf diplomacy", "a Gulf state".
    const prev = before?.norm ?? '';
    const adjective = !!after && after.kind === 'word' && !after.cap;
    if (!CONTEXT_WORDS.has(prev) && !adjective) return false;
  }
  if (entry.ambiguous) {
    const prev = before?.norm ?? '';
    // "di Batang", "BATANG — …" (a dateline), "Bupati Batang": the place, not the word ("Batang Ai dams").
    const first = tokens[m.start];
    const dateline = m.start === 0 && !!first && first.text === first.text.toUpperCase() && /^[—–-]$/.test(tokens[m.end]?.text ?? '');
    // ("accompanied as far as Phoenix": how far a trip went names its place too.)
    const asFar = prev === 'as' && tokens[m.start - 2]?.norm === 'far';
    if (!doc.lexicon.locativePrepositions.has(prev) && prev !== 'from' && prev !== 'dari' && !dateline && !AREA_HEADS.has(prev) && !asFar) return false;
  }
  return true;
}

/** Words that name an area's office or kind right before its name. */
const AREA_HEADS = new Set(['bupati', 'kabupaten', 'pemkab', 'gubernur', 'provinsi', 'regency', 'wali', 'kota']);

export function gazetteerMentions(doc: Doc, s: Sentence): Mention[] {
  const { gazetteer } = doc;
  const candidates: Array<{ m: PhraseMatch<SurfaceRef>; entry: GazEntry }> = [];
  for (let i = 0; i < s.tokens.length; i++) {
    for (const m of gazetteer.surfaces.matchesAt(s.tokens, i)) {
      const entry = gazetteer.byId.get(m.value.id);
      if (entry && acceptable(doc, s, m, entry)) candidates.push({ m, entry });
    }
  }
  candidates.sort(
    (a, b) =>
      b.m.end - b.m.start - (a.m.end - a.m.start) ||
      TYPE_PRIORITY[a.entry.type] - TYPE_PRIORITY[b.entry.type] ||
      a.m.start - b.m.start,
  );
  const taken = new Array<boolean>(s.tokens.length).fill(false);
  const out: Mention[] = [];
  for (const { m, entry } of candidates) {
    let free = true;
    for (let k = m.start; k < m.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = true;
    out.push({
      sentence: s.index,
      start: m.start,
      end: m.end,
      type: entry.type,
      name: doc.article.text.slice((s.tokens[m.start] as Token).start, (s.tokens[m.end - 1] as Token).end),
      gazId: entry.id,
      via: 'gazetteer',
      demonym: m.value.demonym || undefined,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
