// How nodes and relationships come back from Cypher, and their mapping to the port's records.
// Projections name their variables: `a` an Article, `e` an Entity, `c` a Claim with its ends `s`
// and `t`, `m` a MENTIONS relationship. A property Neo4j does not hold comes back as null.
import type { ClaimStatus, EntityType, RelationType } from '../../domain/types.js';
import { aliasesWithoutName } from '../merge.js';
import type { ArticleRecord, ClaimRecord, EntityRecord, MentionRecord } from '../port.js';

export const ARTICLE_MAP =
  'a {.id, .title, .url, .source, .publishedAt, .author, .language, .languageSupported, .text, .hash, .origin, .ingestedAt}';

export const ENTITY_MAP =
  'e {.id, .type, .name, .code, .wikidata, .knownAliases, .seenAliases, .mentions, .articleCount, .firstSeen, .lastSeen}';

export const CLAIM_MAP = `{id: c.id, type: c.type, source: s.id, target: t.id, articleId: a.id, status: c.status,
  confidence: c.confidence, purposes: c.purposes, role: c.role, themes: c.themes, date: c.date,
  statedDate: c.statedDate, evidence: c.evidence, evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd}`;

export const MENTION_MAP = '{articleId: a.id, entityId: e.id, count: m.count, aliases: m.aliases, name: e.name}';

/** Binds a claim `c`'s source `s`, target `t` and article `a`. */
export const CLAIM_ENDS = 'MATCH (s:Entity)-[:SUBJECT_OF]->(c)-[:OBJECT]->(t:Entity), (c)-[:STATED_IN]->(a:Article)';

/** Claims' order everywhere: oldest effective date first, undated last, then id. */
export const CLAIM_ORDER = 'c.date IS NULL, c.date, c.id';
/** Articles' order everywhere: newest first, undated last, then id. */
export const ARTICLE_ORDER = 'a.publishedAt IS NULL, a.publishedAt DESC, a.id';

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  author: string | null;
  language: string;
  languageSupported: boolean;
  text: string;
  hash: string;
  origin: string | null;
  ingestedAt: string;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  code: string | null;
  wikidata: string | null;
  knownAliases: string[] | null;
  seenAliases: string[] | null;
  mentions: number | null;
  articleCount: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ClaimRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  articleId: string;
  status: ClaimStatus;
  confidence: number;
  purposes: string[] | null;
  role: string | null;
  themes: string[] | null;
  date: string | null;
  statedDate: string | null;
  evidence: string[] | null;
  evidenceStart: number[] | null;
  evidenceEnd: number[] | null;
}

export interface MentionRow {
  articleId: string;
  entityId: string;
  count: number;
  aliases: string[] | null;
  /** The entity's current name, left out of the mention's aliases. */
  name: string;
}

export function toArticle(r: ArticleRow): ArticleRecord {
  return {
    id: r.id,
    title: r.title,
    url: r.url ?? null,
    source: r.source ?? null,
    publishedAt: r.publishedAt ?? null,
    author: r.author ?? null,
    language: r.language,
    languageSupported: r.languageSupported === true,
    text: r.text,
    hash: r.hash,
    origin: r.origin ?? null,
    ingestedAt: r.ingestedAt,
  };
}

export function toEntity(r: EntityRow): EntityRecord {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    code: r.code ?? null,
    wikidata: r.wikidata ?? null,
    aliases: aliasesWithoutName(r.name, r.knownAliases ?? [], r.seenAliases ?? []),
    mentions: r.mentions ?? 0,
    articleCount: r.articleCount ?? 0,
    firstSeen: r.firstSeen ?? null,
    lastSeen: r.lastSeen ?? null,
  };
}

export function toClaim(r: ClaimRow): ClaimRecord {
  const texts = r.evidence ?? [];
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    articleId: r.articleId,
    status: r.status,
    confidence: r.confidence,
    purposes: r.purposes ?? [],
    role: r.role ?? null,
    themes: r.themes ?? [],
    date: r.date ?? null,
    // Evidence is kept as three parallel lists (properties cannot hold maps): text, start, end.
    evidence: texts.map((text, i) => ({ text, start: r.evidenceStart?.[i] ?? 0, end: r.evidenceEnd?.[i] ?? 0 })),
  };
}

export function toMention(r: MentionRow): MentionRecord {
  return {
    articleId: r.articleId,
    entityId: r.entityId,
    count: r.count,
    aliases: aliasesWithoutName(r.name, r.aliases ?? []),
  };
}
