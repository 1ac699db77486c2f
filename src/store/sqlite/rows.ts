// Row shapes as SQLite returns them, and their mapping to the port's records.
import { JejakError } from '../../domain/errors.js';
import type { ClaimStatus, EntityType, Evidence, RelationType } from '../../domain/types.js';
import { aliasesWithoutName } from '../merge.js';
import type { ArticleRecord, ClaimRecord, EntityRecord, MentionRecord } from '../port.js';

export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published_at: string | null;
  author: string | null;
  language: string;
  language_supported: number;
  text: string;
  hash: string;
  origin: string | null;
  ingested_at: string;
}

/** A row of the entity_summary view. */
export interface EntityRow {
  seq: number;
  id: string;
  type: EntityType;
  name: string;
  code: string | null;
  wikidata: string | null;
  known_aliases: string;
  seen_aliases: string;
  mentions: number;
  article_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

/** A row of the claim_view view. */
export interface ClaimRow {
  seq: number;
  id: string;
  type: RelationType;
  source: string;
  target: string;
  article_id: string;
  status: ClaimStatus;
  confidence: number;
  purposes: string;
  role: string | null;
  themes: string;
  stated_date: string | null;
  evidence: string;
  date: string | null;
}

export interface MentionRow {
  article_id: string;
  entity_id: string;
  count: number;
  aliases: string;
  /** The entity's current name, left out of the mention's aliases. */
  name: string;
}

/** JSON columns are written only by this adapter; a malformed one means the file was edited by hand. */
export function parseJson<T>(text: string, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new JejakError('INTERNAL', `SQLite store: column ${column} holds invalid JSON`, { cause: err });
  }
}

export function toArticle(r: ArticleRow): ArticleRecord {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    source: r.source,
    publishedAt: r.published_at,
    author: r.author,
    language: r.language,
    languageSupported: r.language_supported === 1,
    text: r.text,
    hash: r.hash,
    origin: r.origin,
    ingestedAt: r.ingested_at,
  };
}

export function toEntity(r: EntityRow): EntityRecord {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    code: r.code,
    wikidata: r.wikidata,
    aliases: aliasesWithoutName(
      r.name,
      parseJson<string[]>(r.known_aliases, 'entities.aliases'),
      parseJson<string[]>(r.seen_aliases, 'mentions.aliases'),
    ),
    mentions: r.mentions,
    articleCount: r.article_count,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

export function toClaim(r: ClaimRow): ClaimRecord {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    articleId: r.article_id,
    status: r.status,
    confidence: r.confidence,
    purposes: parseJson<string[]>(r.purposes, 'claims.purposes'),
    role: r.role,
    themes: parseJson<string[]>(r.themes, 'claims.themes'),
    date: r.date,
    evidence: parseJson<Evidence[]>(r.evidence, 'claims.evidence'),
  };
}

export function toMention(r: MentionRow): MentionRecord {
  return {
    articleId: r.article_id,
    entityId: r.entity_id,
    count: r.count,
    aliases: aliasesWithoutName(r.name, parseJson<string[]>(r.aliases, 'mentions.aliases')),
  };
}
