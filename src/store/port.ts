// The GraphStore port: everything above the store (pipeline, API, CLI) talks to this interface only.
// Each backend (sqlite/, neo4j/) is an adapter; test/contract/ runs one suite against every adapter.
import type {
  Article,
  ClaimStatus,
  EntityType,
  Evidence,
  Extraction,
  RelationType,
} from '../domain/types.js';

export type StoreBackend = 'sqlite' | 'neo4j';

/** An entity merged over every article that mentions it. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  code: string | null;
  wikidata: string | null;
  /** Every surface form seen, plus known aliases; sorted, without `name`. */
  aliases: string[];
  /** Mentions summed over articles. */
  mentions: number;
  articleCount: number;
  /** Earliest / latest date of an article mentioning it (publishedAt, else ingestedAt), ISO. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ArticleRecord extends Article {
  /** When this version was stored (ISO date-time). */
  ingestedAt: string;
}

/** One relation as one article states it. */
export interface ClaimRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  articleId: string;
  status: ClaimStatus;
  confidence: number;
  purposes: string[];
  role: string | null;
  themes: string[];
  /** The date the sentence gives, else the article's publishedAt; null when neither is known. */
  date: string | null;
  evidence: Evidence[];
}

/** What one article says of one entity. */
export interface MentionRecord {
  articleId: string;
  entityId: string;
  count: number;
  aliases: string[];
}

export interface EntityQuery {
  type?: EntityType;
  /** Case- and accent-insensitive match on name or alias: whole name, or word prefix of any word. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface ClaimQuery {
  type?: RelationType;
  source?: string;
  target?: string;
  /** Matches either end. */
  entity?: string;
  articleId?: string;
  status?: ClaimStatus;
  /** Words in the evidence text (case- and accent-insensitive, each word prefix-matched). */
  search?: string;
  limit?: number;
}

export interface ArticleQuery {
  entityId?: string;
  theme?: string;
  language?: string;
  source?: string;
  /** Inclusive ISO date bounds on publishedAt. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface SaveOutcome {
  /** new: first time; updated: content changed, article's claims replaced; unchanged: same hash, nothing written. */
  status: 'new' | 'updated' | 'unchanged';
  entities: number;
  relations: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  claims: number;
  mentions: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

// ── Research reads (used by the GraphQL API) ───────────────────────────────────────────────────
// Batch methods answer for many keys in one round trip (DataLoader): result[i] belongs to keys[i],
// repeated keys get equal answers, unknown keys get null or an empty list. Limits are checked like
// the ones above: BAD_USER_INPUT for a negative, fractional or too large (> 10 000) number.

/** Which end of a claim an entity must be. `either` takes a claim once even when it links the entity to itself. */
export type ClaimEnd = 'source' | 'target' | 'either';

export interface EntityClaimsQuery {
  end: ClaimEnd;
  /** Only claims of these types; every type when absent or empty. */
  types?: readonly RelationType[];
  /** At most this many claims per entity (default 1000), the first ones in claims() order. */
  limitPerEntity?: number;
}

export interface ArticlePageQuery {
  /** Default 50. */
  limit?: number;
  offset?: number;
}

/** claims() with paging, a total, several types at once, a theme and date bounds. */
export interface ClaimSearch {
  /** Any of these types; every type when absent or empty. */
  types?: readonly RelationType[];
  /** Either end. */
  entity?: string;
  status?: ClaimStatus;
  /** A taxonomy code ("memory"): claims whose `purposes` or `themes` contain it. */
  theme?: string;
  /** Inclusive ISO bounds on the claim's effective `date` (as ArticleQuery's from/to); undated claims never match a bound. */
  from?: string;
  to?: string;
  /** Words in the evidence text, as ClaimQuery.search. */
  search?: string;
  /** Default 50. */
  limit?: number;
  offset?: number;
}

/** The claims of one (type, source, target) taken together across articles: an edge of the graph. */
export interface RelationRecord {
  type: RelationType;
  source: string;
  target: string;
  /** Its claims' ids in claims() order (oldest first). One claim per article, so this is also its article count. */
  claimIds: string[];
  /**
   * Independent sources: distinct publishers of its articles, i.e. distinct non-null article `source`
   * values (compared exactly), plus one for each article that has no `source`.
   */
  sources: number;
  /** How many of its claims have status reported / planned. */
  reported: number;
  planned: number;
  /** Earliest / latest effective claim date; null when no claim is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface RelationQuery {
  type?: RelationType;
  /** Either end. */
  entity?: string;
  /** Only relations with at most this many independent sources (1: single-source relations). */
  maxSources?: number;
  /** Default 50. */
  limit?: number;
  offset?: number;
}

export interface NeighborQuery {
  /** Also link entities mentioned in the same article (co-mention), besides claims. */
  coMention: boolean;
  /** At most this many neighbours per entity (default 50, max 1000), strongest first. */
  limitPerEntity?: number;
  /** At most this many ids in claimIds / articleIds of each pair (default 10). */
  idsPerPair?: number;
}

/**
 * One neighbour of `from`. Edges are undirected: a claim links its source and target whatever its
 * type or direction; a co-mention links two entities mentioned by the same article. Theme entities
 * are never neighbours (they are topics, reached through purposes and themes, not actors), and an
 * entity is never its own neighbour.
 */
export interface NeighborRecord {
  from: string;
  to: string;
  /** Claims with `from` at one end and `to` at the other, and the first of their ids in id order. */
  claims: number;
  claimIds: string[];
  /** Articles mentioning both, and the first of their ids in id order (0 and [] without coMention). */
  coMentions: number;
  articleIds: string[];
}

export interface ActivityQuery {
  /** Inclusive ISO bounds on the article's publishedAt (as ArticleQuery); undated articles never match a bound. */
  from?: string;
  to?: string;
  /** Only entities of this type. */
  type?: EntityType;
  /** Only articles that also mention this entity. */
  coMentionedWith?: string;
  /** Split per publication day (the first 10 characters of publishedAt); otherwise one row per entity. */
  byDay?: boolean;
}

/** How much the matching articles mention one entity (on one day, with byDay). */
export interface ActivityRecord {
  entityId: string;
  /** With byDay: publishedAt cut to 10 characters (shorter for a reduced date like "2024-03"), null when undated; else null. */
  day: string | null;
  articles: number;
  /** Sum of the mention counts. */
  mentions: number;
}

export interface NewEntityQuery {
  /** ISO date: entities whose firstSeen is at or after it (string comparison, as every date here). */
  since: string;
  type?: EntityType;
  /** Default 50. */
  limit?: number;
  offset?: number;
}

export interface GraphStore {
  readonly backend: StoreBackend;
  /** Creates tables / constraints / indexes if absent. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Throws StoreUnavailableError when the store cannot answer. */
  ping(): Promise<void>;

  /** Hash of the stored version of an article, or null. Lets the pipeline skip unchanged input before extracting. */
  articleHash(id: string): Promise<string | null>;
  /**
   * Writes one article with its entities, mentions and claims in one transaction:
   * all or nothing. Same hash → nothing written. Changed hash → the article's previous
   * mentions and claims are replaced; entities no article mentions any more are removed.
   */
  save(extraction: Extraction): Promise<SaveOutcome>;
  /** Removes an article, its mentions and claims, and entities left without mentions. */
  deleteArticle(id: string): Promise<boolean>;

  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Newest publishedAt first, undated last, then by id. */
  listArticles(query?: ArticleQuery): Promise<Page<ArticleRecord>>;

  getEntity(id: string): Promise<EntityRecord | null>;
  /** Batch lookup (for DataLoader); result order follows `ids`, null where unknown. */
  getEntities(ids: readonly string[]): Promise<Array<EntityRecord | null>>;
  /** Exact name match (case-insensitive) first, then most mentioned, then by name and id. */
  findEntities(query?: EntityQuery): Promise<Page<EntityRecord>>;

  /** Oldest date first, undated last, then by id. */
  claims(query?: ClaimQuery): Promise<ClaimRecord[]>;
  mentions(query: { articleId?: string; entityId?: string }): Promise<MentionRecord[]>;

  // ── Research reads ──

  /** Batch lookup of articles; order follows `ids`, null where unknown. */
  getArticles(ids: readonly string[]): Promise<Array<ArticleRecord | null>>;
  /** Batch lookup of claims by id; order follows `ids`, null where unknown. */
  getClaims(ids: readonly string[]): Promise<Array<ClaimRecord | null>>;
  /** Each article's mentions, most mentioned first, then by entity id. */
  mentionsOfArticles(articleIds: readonly string[]): Promise<MentionRecord[][]>;
  /** Each article's claims, in claims() order. */
  claimsOfArticles(articleIds: readonly string[]): Promise<ClaimRecord[][]>;
  /** Each entity's claims at the given end, in claims() order, at most limitPerEntity each. */
  claimsOfEntities(entityIds: readonly string[], query: EntityClaimsQuery): Promise<ClaimRecord[][]>;
  /** Batch form of listArticles({ entityId, limit, offset }) for each id: same order, a total per entity. */
  articlesOfEntities(entityIds: readonly string[], query?: ArticlePageQuery): Promise<Array<Page<ArticleRecord>>>;
  /** Claims matching every given filter, in claims() order, paged, with the total. */
  findClaims(query?: ClaimSearch): Promise<Page<ClaimRecord>>;
  /**
   * Claims grouped by (type, source, target). Most claims first, then latest lastDate (undated
   * last), then type, source, target.
   */
  relations(query?: RelationQuery): Promise<Page<RelationRecord>>;
  /**
   * Neighbours of each entity in `ids` (see NeighborRecord), for breadth-first path search. For each
   * `from`, strongest first (claims + coMentions, descending), then by `to`; rows grouped by `from`.
   */
  neighbors(ids: readonly string[], query: NeighborQuery): Promise<NeighborRecord[]>;
  /** Mention figures per entity (and day), over the articles the query selects; ordered by entityId, then day (null first). */
  mentionActivity(query?: ActivityQuery): Promise<ActivityRecord[]>;
  /** Entities first seen at or after `since`: latest firstSeen first, then by id. */
  newEntities(query: NewEntityQuery): Promise<Page<EntityRecord>>;

  stats(): Promise<StoreStats>;

  /** Every stored article as an Extraction (entities as that article saw them): for export and store-to-store copy. */
  exportExtractions(): AsyncIterable<Extraction>;
}
