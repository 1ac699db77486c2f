// Domain types shared by every stage (ingest → extract → store → api → ui).
// This module imports nothing: each stage depends on it, never the other way.

export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Region', 'City', 'Theme'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relation vocabulary. VISITED maps to PLOVER CONSULT (mode visit); see schema/MODEL.md.
 * MENTIONS (article → entity) is not a claim and lives apart, as Mention.
 */
export const RELATION_TYPES = [
  'VISITED',
  'MET_WITH',
  'ROLE_AT',
  'PARTNERED_WITH',
  'AGREED_WITH',
  'LOCATED_IN',
  'IN_REGION',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const CLAIM_STATUSES = ['reported', 'planned'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Languages the extractor understands; any other detected language is stored, marked unsupported. */
export const SUPPORTED_LANGUAGES = ['en', 'id'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const INPUT_FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'rss', 'atom'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One article as a loader found it: fields it could read, body not yet cleaned. */
export interface RawArticle {
  id?: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  language?: string;
  author?: string;
  /** Body text; for HTML already reduced to the article's readable text with paragraph breaks. */
  text: string;
  format: InputFormat;
  /** Where it came from: a file path, with `#n` for the n-th article of a multi-article file. */
  origin: string;
}

/** An article after cleaning and language detection: the unit that is extracted and stored. */
export interface Article {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time, as given by the input; null when unknown. */
  publishedAt: string | null;
  author: string | null;
  /** ISO 639-1 code when detected, `und` when undetermined. */
  language: string;
  languageSupported: boolean;
  /** Cleaned body, paragraphs separated by blank lines. Evidence offsets index into this string. */
  text: string;
  /** sha256 (hex) of the cleaned content and metadata; a changed hash means re-extraction. */
  hash: string;
  origin: string | null;
  /**
   * Whether the page itself names its publisher (masthead, footer, credit line) — a reader sees it then,
   * even where cleaning took that line away. False when only metadata (a feed's field) names it; absent: assumed shown.
   */
  publisherOnPage?: boolean;
  /** Whether the text itself carried the byline cleaning lifted out ("Oleh …"), not only a metadata field. Absent: assumed not. */
  authorOnPage?: boolean;
}

/** The span of the article text that states a claim. Offsets are UTF-16 code units into Article.text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** An entity as found in one article. */
export interface ExtractedEntity {
  /** Stable id: `person:sam-altman`, `organization:sk-hynix`, `country:kr`, `theme:memory`, … */
  id: string;
  type: EntityType;
  name: string;
  /** ISO 3166-1 alpha-2 for Country, taxonomy id for Theme. */
  code?: string;
  /** Surface forms seen in this article (other than `name`). */
  aliases: string[];
  mentions: number;
  wikidata?: string;
}

/** A relation as one article states it: a claim, with the sentence(s) that say so. */
export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  status: ClaimStatus;
  confidence: number;
  /** Theme codes a VISITED claim is for. */
  purposes?: string[];
  /** ROLE_AT: CEO, chairman, president, minister, … */
  role?: string;
  /** Theme codes of a PARTNERED_WITH / AGREED_WITH / MET_WITH claim. */
  themes?: string[];
  /** A date the sentence itself gives (ISO); otherwise the claim dates from the article. */
  date?: string | null;
  evidence: Evidence[];
}

export interface Extraction {
  article: Article;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
