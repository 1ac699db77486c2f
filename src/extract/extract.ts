// The extractor: Article in, Extraction out. Pure apart from reading the bundled data once.
import { entityId } from '../domain/ids.js';
import type { Article, ExtractedEntity, ExtractedRelation, Extraction } from '../domain/types.js';
import { makeDoc, type Doc } from './doc.js';
import { findEntities, type EntityFindings } from './entities/index.js';
import type { ResolvedEntity } from './entities/resolve.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/load.js';
import { extractRelations } from './relations/index.js';
import { findThemes, type ThemeHit } from './themes/match.js';
import { themeName } from './themes/taxonomy.js';

export interface ExtractorOptions {
  /** Extra gazetteer files (JSON objects with organizations / people / countries / cities / regions). */
  gazetteerFiles?: readonly string[];
}

export interface Extractor {
  extract(article: Article): Extraction;
  readonly gazetteer: Gazetteer;
}

/** A theme counts for an article once its terms weigh at least this much (a weak term weighs 0.5). */
const ARTICLE_THEME_MIN = 1;

/**
 * The name an article gives an entity: the known name if the text uses it, else the fullest form
 * the text writes ("SoftBank" in an article that never says "SoftBank Group"). Ids stay those of the
 * gazetteer, so articles still meet on one node.
 */
function displayName(e: ResolvedEntity): string {
  if (e.type !== 'Person' && e.type !== 'Organization') return e.name;
  // "Saudi Arabia's Public Investment Fund" names the fund; the owner in front is not part of its name.
  const surfaces = [...e.surfaces].map((s) => s.replace(/^.*['’]s\s+/u, '')).filter(Boolean);
  if (surfaces.length === 0) return e.name;
  const longest = [...surfaces].sort((a, b) => b.length - a.length)[0] as string;
  if (surfaces.some((s) => s.toLowerCase() === e.name.toLowerCase()) && longest.length <= e.name.length) return e.name;
  const words = (s: string): number => s.split(/\s+/).length;
  return surfaces.sort((a, b) => words(b) - words(a) || b.length - a.length || a.localeCompare(b))[0] ?? e.name;
}

function toExtracted(e: ResolvedEntity): ExtractedEntity {
  const name = displayName(e);
  const aliases = [...new Set([...e.surfaces, e.name])].filter((s) => s !== name).sort();
  return {
    id: e.id,
    type: e.type,
    name,
    ...(e.code ? { code: e.code } : {}),
    aliases,
    mentions: e.mentions,
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  };
}

function themeEntities(doc: Doc, hits: Map<number, ThemeHit[]>): ExtractedEntity[] {
  const weight = new Map<string, number>();
  const strong = new Set<string>();
  const count = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  for (const [index, list] of hits) {
    const s = doc.sentences[index];
    if (!s) continue;
    for (const h of list) {
      weight.set(h.code, (weight.get(h.code) ?? 0) + h.weight);
      if (h.weight >= 1) strong.add(h.code);
      count.set(h.code, (count.get(h.code) ?? 0) + 1);
      const first = s.tokens[h.start];
      const last = s.tokens[h.end - 1];
      if (first && last) {
        const set = surfaces.get(h.code) ?? new Set<string>();
        set.add(doc.article.text.slice(first.start, last.end).toLowerCase());
        surfaces.set(h.code, set);
      }
    }
  }
  const out: ExtractedEntity[] = [];
  for (const [code, w] of weight) {
    // Weak words alone ("megawatts", "capacity") never make a theme.
    if (w < ARTICLE_THEME_MIN || !strong.has(code)) continue;
    out.push({
      id: entityId('Theme', code),
      type: 'Theme',
      name: themeName(code, 'en'),
      code,
      aliases: [...(surfaces.get(code) ?? [])].sort().slice(0, 12),
      mentions: count.get(code) ?? 0,
    });
  }
  return out;
}

/**
 * Theme words inside a name or a job title say nothing of the topic: "Bahtera Research", "Lembaga
 * Pengelola Dana Pendidikan", "peneliti" (researcher).
 */
function outsideNames(hits: ThemeHit[], found: EntityFindings, sentence: number): ThemeHit[] {
  const spans = [
    ...found.mentions.filter((m) => m.sentence === sentence && (m.type === 'Organization' || m.type === 'Person')),
    ...(found.titles.get(sentence) ?? []),
  ];
  return hits.filter((h) => !spans.some((m) => h.start < m.end && m.start < h.end));
}

/** Whitespace- and case-blind containment: is the headline still part of the body? */
function contains(text: string, part: string): boolean {
  const squash = (x: string): string => x.replace(/\s+/g, ' ').trim().toLowerCase();
  return squash(text).includes(squash(part));
}

const PLACE_TYPES = new Set<ExtractedEntity['type']>(['Country', 'City', 'Region']);

/**
 * Ingest takes a repeated headline out of the body; what it names ("… on Asia trip") is still named
 * by the article. Entities the body lacks come in from the headline; those it has count once more.
 */
function withHeadline(body: Extraction, headline: Extraction): Extraction {
  const byId = new Map(body.entities.map((e) => [e.id, e]));
  for (const e of headline.entities) {
    const known = byId.get(e.id);
    if (known) byId.set(e.id, { ...known, mentions: known.mentions + e.mentions });
    // Only places come in new: a headline capitalises every word ("Misi Talenta dan Tata Kelola AI" is
    // no Tata), names no person in full ("Orvelle's Vos"), and a theme word there is no topic of its own.
    else if (PLACE_TYPES.has(e.type)) byId.set(e.id, e);
  }
  return { ...body, entities: [...byId.values()].sort(byTypeThenWeight) };
}

function byTypeThenWeight(a: ExtractedEntity, b: ExtractedEntity): number {
  return a.type.localeCompare(b.type) || b.mentions - a.mentions || a.id.localeCompare(b.id);
}

/** One article's body through every stage. */
function extractBody(article: Article, gazetteer: Gazetteer): Extraction {
  if (!article.languageSupported || (article.language !== 'en' && article.language !== 'id')) {
    return { article, entities: [], relations: [] };
  }
  const doc = makeDoc(article, article.language, gazetteer);
  const found = findEntities(doc);
  const themeHits = new Map<number, ThemeHit[]>();
  for (const s of doc.sentences) themeHits.set(s.index, s.related ? [] : outsideNames(findThemes(s.tokens, doc.language), found, s.index));
  const entities = [...found.table.byId.values()].map(toExtracted);
  const themes = themeEntities(doc, themeHits);
  const relations: ExtractedRelation[] = extractRelations(doc, found, themeHits, new Set(themes.map((t) => t.code ?? '')));
  // Relations may only point at entities the extraction carries.
  const ids = new Set([...entities, ...themes].map((e) => e.id));
  return {
    article,
    entities: [...entities, ...themes].sort(byTypeThenWeight),
    relations: relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
  };
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const gazetteer = loadGazetteer(options.gazetteerFiles ?? []);
  return {
    gazetteer,
    extract(article: Article): Extraction {
      const body = extractBody(article, gazetteer);
      const title = article.title?.trim();
      if (!title || contains(article.text, title) || body.entities.length === 0) return body;
      // The headline alone, as a heading: it names things but reports no event.
      return withHeadline(body, extractBody({ ...article, text: title }, gazetteer));
    },
  };
}
