import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, ArticleRecord, ClaimRecord, MentionRecord } from '../../store/port.js';
import type { EvidenceModel, VisitModel, RoleModel, RelationModel, RelationGroupModel, InvolvementModel, HopModel, PathModel, PathSearchModel, SearchModel, LeadsModel, LeadModel, IngestResultModel } from '../models.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Article = Node & {
  __typename?: 'Article';
  author: Maybe<Scalars['String']['output']>;
  /** The claims it makes, oldest first. */
  claims: Array<Claim>;
  /** The entities it mentions, most mentioned first. */
  entities: Array<Mention>;
  id: Scalars['ID']['output'];
  /** When this version was stored. */
  ingestedAt: Scalars['String']['output'];
  /** ISO 639-1 code, `und` when undetermined. */
  language: Scalars['String']['output'];
  /** Whether the extractor reads this language (English, Indonesian); other articles are stored without entities. */
  languageSupported: Scalars['Boolean']['output'];
  /** ISO date or date-time as the input gave it; null when unknown. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** The publisher (a wire, newspaper or site) as the input named it. */
  source: Maybe<Scalars['String']['output']>;
  /** The cleaned body text; evidence offsets index into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};


export type ArticleClaimsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type ArticleEntitiesArgs = {
  type?: InputMaybe<EntityType>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** Every filter narrows: an article must match all that are given. */
export type ArticleFilter = {
  /** Articles mentioning this entity (id). */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Inclusive ISO date bounds on publishedAt; undated articles never match a bound. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 code. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publisher, exactly as stored. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Articles mentioning this theme (taxonomy code, or `theme:` id). */
  theme?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An article to ingest: its body as plain text plus what is known about it. */
export type ArticleInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  /** Stable id; derived from the URL or the content when absent. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 hint; detected from the text when absent. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from, for messages; `api#<n>` by default. */
  origin?: InputMaybe<Scalars['String']['input']>;
  /** ISO date or date-time. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** The body, plain text, paragraphs separated by blank lines (at most 1 000 000 characters). */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type City = Entity & Node & {
  __typename?: 'City';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  wikidata: Maybe<Scalars['String']['output']>;
};


export type CityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CityRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type CityTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** One relation as one article states it. */
export type Claim = Node & {
  __typename?: 'Claim';
  article: Article;
  /** The extractor's confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The date the sentence gives, else the article's publication date; null when neither is known. */
  date: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** `claim:…`, stable across re-ingests of the same article. */
  id: Scalars['ID']['output'];
  /** For VISITED: the themes the visit was for. */
  purposes: Array<Theme>;
  /** For ROLE_AT: the title (CEO, minister, …). */
  role: Maybe<Scalars['String']['output']>;
  source: Entity;
  status: ClaimStatus;
  target: Entity;
  /** For MET_WITH / PARTNERED_WITH / AGREED_WITH: the themes discussed. */
  themes: Array<Theme>;
  type: RelationType;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/** REPORTED: the article says it happened. PLANNED: the article says it is going to happen. */
export type ClaimStatus =
  | 'planned'
  | 'reported';

export type Country = Entity & Node & {
  __typename?: 'Country';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  /** ISO 3166-1 alpha-2, e.g. `KR`. */
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /**
   * Organizations this country's visits involved. A visit article is an article with a VISITED claim
   * to this country. An organization is involved when (CLAIM) it is at one end of a MET_WITH,
   * PARTNERED_WITH or AGREED_WITH claim of a visit article whose other end is that article's visitor,
   * or (MENTION) a visit article mentions it. Claim-backed ones first, then by number of visit
   * articles, then by name.
   */
  organizations: InvolvementConnection;
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  /** Who visited (or plans to visit) this country: one Visit per visitor, most recent first. */
  visitors: VisitConnection;
  wikidata: Maybe<Scalars['String']['output']>;
};


export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type CountryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type CountryVisitorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<VisitStatus>;
};

export type Direction =
  /** The profile's entity is the claim's target. */
  | 'INCOMING'
  /** The profile's entity is the claim's source. */
  | 'OUTGOING';

/**
 * A person, organization, country, region, city or theme, merged over every article that mentions it.
 * Dates are ISO 8601 strings as the articles give them (a day, a month, or a date-time).
 */
export type Entity = {
  /** Every other form seen for it (surnames, translations, spellings), sorted. */
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  /** Articles mentioning it, newest first. */
  articles: ArticleConnection;
  /** ISO 3166-1 alpha-2 for a country, the taxonomy code for a theme. */
  code: Maybe<Scalars['String']['output']>;
  /** Date of the earliest / latest article mentioning it (its storage time when the article is undated). */
  firstSeen: Maybe<Scalars['String']['output']>;
  /** Stable id: `person:sam-altman`, `organization:sk-hynix`, `country:kr`, `theme:memory`. */
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  /** Mentions summed over every article. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Its relations (claims from or to it, merged per type and other end), grouped by relation type. */
  relations: Array<RelationGroup>;
  /** Roles others hold at it (ROLE_AT claims to it): the people of an organization or a government. */
  roleHolders: Array<Role>;
  /** Roles it holds (ROLE_AT claims from it), one per place it holds them, with every title stated. */
  roles: Array<Role>;
  /**
   * Dated events it takes part in — VISITED, MET_WITH, AGREED_WITH and PARTNERED_WITH claims unless
   * `types` says otherwise — oldest first, undated last. For a theme: claims whose purposes or themes
   * include it.
   */
  timeline: ClaimConnection;
  type: EntityType;
  /** Wikidata item id (`Q42`) when known. */
  wikidata: Maybe<Scalars['String']['output']>;
};


/**
 * A person, organization, country, region, city or theme, merged over every article that mentions it.
 * Dates are ISO 8601 strings as the articles give them (a day, a month, or a date-time).
 */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person, organization, country, region, city or theme, merged over every article that mentions it.
 * Dates are ISO 8601 strings as the articles give them (a day, a month, or a date-time).
 */
export type EntityRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * A person, organization, country, region, city or theme, merged over every article that mentions it.
 * Dates are ISO 8601 strings as the articles give them (a day, a month, or a date-time).
 */
export type EntityTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityType =
  | 'City'
  | 'Country'
  | 'Organization'
  | 'Person'
  | 'Region'
  | 'Theme';

/** The sentence that states a claim, as a span of its article's text. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  claim: Claim;
  end: Scalars['Int']['output'];
  /** UTF-16 offsets into Article.text. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** One hop of a path: the two entities and what links them. */
export type Hop = {
  __typename?: 'Hop';
  /** The first such articles (at most 10). */
  articles: Array<Article>;
  /** Claims linking them, either way. */
  claimCount: Scalars['Int']['output'];
  /** The first claims (at most 10). */
  claims: Array<Claim>;
  /** Articles mentioning both. */
  coMentionCount: Scalars['Int']['output'];
  from: Entity;
  to: Entity;
};

export type IngestPayload = {
  __typename?: 'IngestPayload';
  failed: Scalars['Int']['output'];
  new: Scalars['Int']['output'];
  /** One per input article, in input order. */
  results: Array<IngestResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Maybe<Article>;
  articleId: Maybe<Scalars['ID']['output']>;
  entityCount: Scalars['Int']['output'];
  origin: Scalars['String']['output'];
  /** Why it failed, naming the field at fault. */
  reason: Maybe<Scalars['String']['output']>;
  relationCount: Scalars['Int']['output'];
  status: IngestStatus;
  title: Maybe<Scalars['String']['output']>;
};

export type IngestStatus =
  | 'failed'
  | 'new'
  | 'unchanged'
  | 'updated';

/** An organization involved in visits to a country (see Country.organizations). */
export type Involvement = {
  __typename?: 'Involvement';
  /** Visit articles involving it. */
  articleCount: Scalars['Int']['output'];
  articles: Array<Article>;
  /** The MET_WITH / PARTNERED_WITH / AGREED_WITH claims that involve it. */
  claims: Array<Claim>;
  organization: Organization;
  via: Array<InvolvementKind>;
  /** The visitors whose visit articles involve it. */
  visitors: Array<Person>;
};

export type InvolvementConnection = {
  __typename?: 'InvolvementConnection';
  edges: Array<InvolvementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvolvementEdge = {
  __typename?: 'InvolvementEdge';
  cursor: Scalars['String']['output'];
  node: Involvement;
};

export type InvolvementKind =
  /** At one end of a MET_WITH / PARTNERED_WITH / AGREED_WITH claim with the visitor, in a visit article. */
  | 'CLAIM'
  /** Mentioned in a visit article. */
  | 'MENTION';

/** Something worth checking, with the reason in words. */
export type Lead = {
  __typename?: 'Lead';
  /** The claims the lead rests on. */
  claims: Array<Claim>;
  /** For RISING_ENTITY: articles mentioning it in the last and in the previous period. */
  currentCount: Maybe<Scalars['Int']['output']>;
  entity: Maybe<Entity>;
  kind: LeadKind;
  previousCount: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  relation: Maybe<Relation>;
  visit: Maybe<Visit>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadKind =
  /** An entity first seen since a date. */
  | 'NEW_ENTITY'
  /** An entity mentioned by many more articles in the last period than in the one before. */
  | 'RISING_ENTITY'
  /** A relation only one publisher reports. */
  | 'SINGLE_SOURCE'
  /** A visit reported as planned that no later article reports as done. */
  | 'UNCONFIRMED_PLAN';

export type Leads = {
  __typename?: 'Leads';
  /** Entities first seen on or after `since` (ISO date), newest first. */
  newEntities: LeadConnection;
  /**
   * Entities whose article count jumps: over the `days` days ending `asOf` (default: today, UTC) at
   * least `minArticles` articles mention them, and at least twice as many as in the `days` before.
   * Biggest jumps first.
   */
  risingEntities: LeadConnection;
  /** Relations reported by a single publisher, most claims and newest first. */
  singleSource: LeadConnection;
  /**
   * Visits some article reports as planned where no reported VISITED claim for the same person and
   * country is dated on or after the latest planned one (an undated plan is confirmed by any report).
   * Newest plans first.
   */
  unconfirmedPlans: LeadConnection;
};


export type LeadsNewEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['String']['input'];
  type?: InputMaybe<EntityType>;
};


export type LeadsRisingEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
};


export type LeadsSingleSourceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<RelationType>;
};


export type LeadsUnconfirmedPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What one article says of one entity. */
export type Mention = {
  __typename?: 'Mention';
  /** The forms the article used for it, other than the entity's name. */
  aliases: Array<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  entity: Entity;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Runs the same pipeline as `jejak ingest` on up to 100 articles. Needs `Authorization: Bearer
   * <JEJAK_API_TOKEN>`; when the server has no JEJAK_API_TOKEN, mutations are disabled (FORBIDDEN).
   * One article failing does not stop the others: see each result's status and reason.
   */
  ingestArticles: IngestPayload;
};


export type MutationIngestArticlesArgs = {
  input: Array<ArticleInput>;
};

/**
 * Anything with a global id: an entity (`person:sam-altman`, `country:kr`, `theme:memory`), an
 * article (its id, e.g. `a-3f2c…`) or a claim (`claim:…`). The ids are the store's own stable ids.
 */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  wikidata: Maybe<Scalars['String']['output']>;
};


export type OrganizationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type OrganizationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/**
 * Relay page information. Lists that grow with the corpus are connections: ask `first` (default 20,
 * at most 100; more is a BAD_USER_INPUT error) and pass `endCursor` as `after` for the next page.
 * Cursors are opaque.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** From the start to the end entity. */
  entities: Array<Entity>;
  hops: Array<Hop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
};

/**
 * Shortest connections between two entities. Edges are undirected: a claim of any type links its two
 * ends; with coMention, two entities mentioned by the same article are linked too. Themes are never
 * on a path (they would link almost everything; a path from or to a theme is a BAD_USER_INPUT
 * error). Breadth-first search, at most `maxDepth` hops; each entity contributes at most 50
 * neighbours (strongest first, all of the target's own up to 1000) and the search stops after
 * visiting 5000 entities (`truncated` then says a shorter path may have been missed).
 */
export type PathSearch = {
  __typename?: 'PathSearch';
  exploredEntities: Scalars['Int']['output'];
  from: Entity;
  maxDepth: Scalars['Int']['output'];
  /** Every shortest path found, up to `limit`, most strongly linked first. */
  paths: Array<Path>;
  to: Entity;
  truncated: Scalars['Boolean']['output'];
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  /**
   * The countries this person visited or plans to visit: one Visit per country, merging the VISITED
   * claims of every article. At most one per country, so a plain list. Most recent first.
   */
  visits: Array<Visit>;
  wikidata: Maybe<Scalars['String']['output']>;
};


export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PersonVisitsArgs = {
  status?: InputMaybe<VisitStatus>;
};

export type Query = {
  __typename?: 'Query';
  article: Maybe<Article>;
  /** Articles, newest first (undated last). */
  articles: ArticleConnection;
  claim: Maybe<Claim>;
  /** A country by ISO 3166-1 alpha-2 code (`KR`, case-insensitive); null when no article mentions it. */
  country: Maybe<Country>;
  /**
   * Entities, optionally of one type and/or matching `search` (each word a prefix of a word of the
   * name or an alias; case- and accent-insensitive). Exact name matches first, then most mentioned.
   */
  entities: EntityConnection;
  /** An entity by id; null when unknown. */
  entity: Maybe<Entity>;
  /** Follow-up leads, each with a reason. */
  leads: Leads;
  /** An entity, article or claim by its global id; null when nothing has that id. */
  node: Maybe<Node>;
  /** Several nodes at once (at most 100), in the order asked, null where unknown. */
  nodes: Array<Maybe<Node>>;
  /**
   * Shortest paths between two entities (see PathSearch). maxDepth 1 to 4, limit 1 to 20. An id
   * nothing has is a NOT_FOUND error.
   */
  paths: PathSearch;
  /**
   * A person by name: the full name or an unambiguous part of it ("Altman", "sam altman"), case- and
   * accent-insensitive, also matching aliases. Null when no person matches. When several match, a
   * BAD_USER_INPUT error lists the candidates (extensions.candidates: [{id, name}]); ask again with a
   * fuller name or use entity(id).
   */
  person: Maybe<Person>;
  search: SearchResults;
  /**
   * Mentions per theme per period between `from` and `to` (inclusive ISO dates, at most 400 periods),
   * counted over dated articles; with `entity`, only articles that also mention that entity. Themes
   * with no mention in the range are left out unless named in `themes`. Most mentioned first.
   */
  themeTrends: Array<ThemeTrend>;
  /** Every theme of the taxonomy, with how many articles mention it and how often, in taxonomy order. */
  themes: Array<Theme>;
  /**
   * Events of an entity (its claims) or of a theme (claims whose purposes or themes include the
   * code), in date order, undated last. Types default to VISITED, MET_WITH, AGREED_WITH and
   * PARTNERED_WITH. Give `entity`, `theme` or both (both: the entity's claims about the theme).
   */
  timeline: ClaimConnection;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EntityType>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  coMention?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPersonArgs = {
  name: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
};


export type QueryThemeTrendsArgs = {
  entity?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  interval?: InputMaybe<TrendInterval>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type Region = Entity & Node & {
  __typename?: 'Region';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  wikidata: Maybe<Scalars['String']['output']>;
};


export type RegionArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


export type RegionTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** The claims of one (type, source, target) across articles: an edge of the graph. */
export type Relation = {
  __typename?: 'Relation';
  /** Equal to claimCount: an article makes at most one claim per (type, source, target). */
  articleCount: Scalars['Int']['output'];
  claimCount: Scalars['Int']['output'];
  claims: Array<Claim>;
  /** Inside an entity's relations: whether that entity is the source or the target. */
  direction: Maybe<Direction>;
  firstDate: Maybe<Scalars['String']['output']>;
  lastDate: Maybe<Scalars['String']['output']>;
  /** Inside an entity's relations: the other end. */
  other: Maybe<Entity>;
  plannedCount: Scalars['Int']['output'];
  reportedCount: Scalars['Int']['output'];
  source: Entity;
  /** Distinct publishers (see Visit.sourceCount). */
  sourceCount: Scalars['Int']['output'];
  target: Entity;
  type: RelationType;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** An entity's relations of one type; most claims first. */
export type RelationGroup = {
  __typename?: 'RelationGroup';
  /** How many relations (other ends) of this type. */
  count: Scalars['Int']['output'];
  relations: RelationConnection;
  type: RelationType;
};


/** An entity's relations of one type; most claims first. */
export type RelationGroupRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a claim says. VISITED: a person went to a country; MET_WITH: two parties met; ROLE_AT: the
 * source holds a role (CEO, minister, …) at the target; PARTNERED_WITH / AGREED_WITH: a deal or
 * partnership; LOCATED_IN / IN_REGION: geography.
 */
export type RelationType =
  | 'AGREED_WITH'
  | 'IN_REGION'
  | 'LOCATED_IN'
  | 'MET_WITH'
  | 'PARTNERED_WITH'
  | 'ROLE_AT'
  | 'VISITED';

/** ROLE_AT claims of one holder at one place, merged across articles. */
export type Role = {
  __typename?: 'Role';
  articleCount: Scalars['Int']['output'];
  /** The organization (or country) where the role is held. */
  at: Entity;
  claims: Array<Claim>;
  firstDate: Maybe<Scalars['String']['output']>;
  holder: Entity;
  lastDate: Maybe<Scalars['String']['output']>;
  /** Distinct publishers reporting it (see Relation.sourceCount). */
  sourceCount: Scalars['Int']['output'];
  /** Every title stated (CEO, chairman, president, …), sorted. */
  titles: Array<Scalars['String']['output']>;
};

/** Full-text search over entity names and aliases and over evidence sentences. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Claims whose evidence contains every word (each a word prefix), oldest first. */
  claims: ClaimConnection;
  entities: EntityConnection;
  text: Scalars['String']['output'];
};


/** Full-text search over entity names and aliases and over evidence sentences. */
export type SearchResultsClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** Full-text search over entity names and aliases and over evidence sentences. */
export type SearchResultsEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each article a mutation stored as new or updated. */
  articleIngested: Article;
  /** Each claim, from or to this entity, of an article a mutation stored as new or updated. */
  claimAdded: Claim;
};


export type SubscriptionClaimAddedArgs = {
  entityId: Scalars['ID']['input'];
};

/**
 * A theme of the taxonomy (data/themes.json), e.g. `memory`, `data-centers`. A theme the taxonomy
 * knows is listed even before any article mentions it (with zero counts).
 */
export type Theme = Entity & Node & {
  __typename?: 'Theme';
  aliases: Array<Scalars['String']['output']>;
  articleCount: Scalars['Int']['output'];
  articles: ArticleConnection;
  /** The broader theme in the taxonomy (memory → chips). */
  broader: Maybe<Theme>;
  /** The taxonomy code. */
  code: Maybe<Scalars['String']['output']>;
  firstSeen: Maybe<Scalars['String']['output']>;
  /** `theme:<code>`. */
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  /** The taxonomy's English name; the stored name for a code the taxonomy does not know. */
  name: Scalars['String']['output'];
  /** The taxonomy's Indonesian name, when the taxonomy knows the code. */
  nameId: Maybe<Scalars['String']['output']>;
  relations: Array<RelationGroup>;
  roleHolders: Array<Role>;
  roles: Array<Role>;
  timeline: ClaimConnection;
  type: EntityType;
  wikidata: Maybe<Scalars['String']['output']>;
};


/**
 * A theme of the taxonomy (data/themes.json), e.g. `memory`, `data-centers`. A theme the taxonomy
 * knows is listed even before any article mentions it (with zero counts).
 */
export type ThemeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A theme of the taxonomy (data/themes.json), e.g. `memory`, `data-centers`. A theme the taxonomy
 * knows is listed even before any article mentions it (with zero counts).
 */
export type ThemeRelationsArgs = {
  types?: InputMaybe<Array<RelationType>>;
};


/**
 * A theme of the taxonomy (data/themes.json), e.g. `memory`, `data-centers`. A theme the taxonomy
 * knows is listed even before any article mentions it (with zero counts).
 */
export type ThemeTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type ThemeTrend = {
  __typename?: 'ThemeTrend';
  articleCount: Scalars['Int']['output'];
  mentionCount: Scalars['Int']['output'];
  /** Every period from `from` to `to`, zeros included, oldest first. */
  points: Array<TrendPoint>;
  theme: Theme;
};

export type TrendInterval =
  | 'DAY'
  | 'MONTH'
  /** ISO weeks, Monday to Sunday; a period is named like `2024-W05`. */
  | 'WEEK';

export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** Articles published in the period that mention the theme. */
  articles: Scalars['Int']['output'];
  end: Scalars['String']['output'];
  /** Mentions of the theme in those articles. */
  mentions: Scalars['Int']['output'];
  /** `2024-01-25`, `2024-W04` or `2024-01`. */
  period: Scalars['String']['output'];
  /** First and last day of the period (ISO dates). */
  start: Scalars['String']['output'];
};

/**
 * A person's visit to a country: the merge of the VISITED claims person → country across articles.
 * Purposes are the union of the claims' purposes; the dates span the claims' dates.
 */
export type Visit = {
  __typename?: 'Visit';
  /** Articles reporting it (one claim per article). */
  articleCount: Scalars['Int']['output'];
  /** The VISITED claims, oldest first; each says REPORTED or PLANNED. */
  claims: Array<Claim>;
  country: Country;
  /** Every evidence sentence of those claims, with its article. */
  evidence: Array<Evidence>;
  /** Earliest / latest claim date (stated in the sentence, else the article's date). */
  firstDate: Maybe<Scalars['String']['output']>;
  /** `<person id>→<country id>`, for keys in a UI. */
  key: Scalars['String']['output'];
  lastDate: Maybe<Scalars['String']['output']>;
  person: Person;
  purposes: Array<Theme>;
  /**
   * Independent sources: distinct publishers (article `source`, compared exactly) of those articles,
   * an article without a source counting as a publisher of its own.
   */
  sourceCount: Scalars['Int']['output'];
  /** The named publishers, sorted. */
  sources: Array<Scalars['String']['output']>;
  status: VisitStatus;
};

export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
};

export type VisitStatus =
  /** Every article speaks of it as planned: no article reports it as done. */
  | 'PLANNED'
  /** At least one article reports the visit as having happened. */
  | 'REPORTED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
  ;
  Node:
    | ( ArticleRecord )
    | ( EntityRecord )
    | ( ClaimRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
    | ( EntityRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  City: ResolverTypeWrapper<EntityRecord>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimStatus: ClaimStatus;
  Country: ResolverTypeWrapper<EntityRecord>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Hop: ResolverTypeWrapper<HopModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestPayload: ResolverTypeWrapper<Omit<IngestPayload, 'results'> & { results: Array<ResolversTypes['IngestResult']> }>;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Involvement: ResolverTypeWrapper<InvolvementModel>;
  InvolvementConnection: ResolverTypeWrapper<Omit<InvolvementConnection, 'edges'> & { edges: Array<ResolversTypes['InvolvementEdge']> }>;
  InvolvementEdge: ResolverTypeWrapper<Omit<InvolvementEdge, 'node'> & { node: ResolversTypes['Involvement'] }>;
  InvolvementKind: InvolvementKind;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadKind: LeadKind;
  Leads: ResolverTypeWrapper<LeadsModel>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<EntityRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathSearch: ResolverTypeWrapper<PathSearchModel>;
  Person: ResolverTypeWrapper<EntityRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<EntityRecord>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'edges'> & { edges: Array<ResolversTypes['RelationEdge']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationGroup: ResolverTypeWrapper<RelationGroupModel>;
  RelationType: RelationType;
  Role: ResolverTypeWrapper<RoleModel>;
  SearchResults: ResolverTypeWrapper<SearchModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Theme: ResolverTypeWrapper<EntityRecord>;
  ThemeTrend: ResolverTypeWrapper<Omit<ThemeTrend, 'theme'> & { theme: ResolversTypes['Theme'] }>;
  TrendInterval: TrendInterval;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  Visit: ResolverTypeWrapper<VisitModel>;
  VisitConnection: ResolverTypeWrapper<Omit<VisitConnection, 'edges'> & { edges: Array<ResolversTypes['VisitEdge']> }>;
  VisitEdge: ResolverTypeWrapper<Omit<VisitEdge, 'node'> & { node: ResolversTypes['Visit'] }>;
  VisitStatus: VisitStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  City: EntityRecord;
  Claim: ClaimRecord;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  Country: EntityRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  Hop: HopModel;
  ID: Scalars['ID']['output'];
  IngestPayload: Omit<IngestPayload, 'results'> & { results: Array<ResolversParentTypes['IngestResult']> };
  IngestResult: IngestResultModel;
  Int: Scalars['Int']['output'];
  Involvement: InvolvementModel;
  InvolvementConnection: Omit<InvolvementConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvolvementEdge']> };
  InvolvementEdge: Omit<InvolvementEdge, 'node'> & { node: ResolversParentTypes['Involvement'] };
  Lead: LeadModel;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  Leads: LeadsModel;
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: EntityRecord;
  PageInfo: PageInfo;
  Path: PathModel;
  PathSearch: PathSearchModel;
  Person: EntityRecord;
  Query: Record<PropertyKey, never>;
  Region: EntityRecord;
  Relation: RelationModel;
  RelationConnection: Omit<RelationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RelationEdge']> };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationGroup: RelationGroupModel;
  Role: RoleModel;
  SearchResults: SearchModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Theme: EntityRecord;
  ThemeTrend: Omit<ThemeTrend, 'theme'> & { theme: ResolversParentTypes['Theme'] };
  TrendPoint: TrendPoint;
  Visit: VisitModel;
  VisitConnection: Omit<VisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['VisitEdge']> };
  VisitEdge: Omit<VisitEdge, 'node'> & { node: ResolversParentTypes['Visit'] };
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ArticleClaimsArgs>>;
  entities?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, Partial<ArticleEntitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languageSupported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<CityArticlesArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<CityRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<CityTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<CountryArticlesArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['InvolvementConnection'], ParentType, ContextType, Partial<CountryOrganizationsArgs>>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<CountryRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<CountryTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['VisitConnection'], ParentType, ContextType, Partial<CountryVisitorsArgs>>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'City' | 'Country' | 'Organization' | 'Person' | 'Region' | 'Theme', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  coMentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type IngestPayloadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestPayload'] = ResolversParentTypes['IngestPayload']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InvolvementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Involvement'] = ResolversParentTypes['Involvement']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['InvolvementKind']>, ParentType, ContextType>;
  visitors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type InvolvementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InvolvementConnection'] = ResolversParentTypes['InvolvementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvolvementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvolvementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InvolvementEdge'] = ResolversParentTypes['InvolvementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Involvement'], ParentType, ContextType>;
};

export type LeadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  currentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LeadKind'], ParentType, ContextType>;
  previousCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type LeadsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Leads'] = ResolversParentTypes['Leads']> = {
  newEntities?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<LeadsNewEntitiesArgs, 'since'>>;
  risingEntities?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<LeadsRisingEntitiesArgs, 'days' | 'minArticles'>>;
  singleSource?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<LeadsSingleSourceArgs>>;
  unconfirmedPlans?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<LeadsUnconfirmedPlansArgs>>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticles?: Resolver<ResolversTypes['IngestPayload'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'input'>>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'City' | 'Claim' | 'Country' | 'Organization' | 'Person' | 'Region' | 'Theme', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<OrganizationArticlesArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<OrganizationRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<OrganizationTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathSearchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathSearch'] = ResolversParentTypes['PathSearch']> = {
  exploredEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<PersonArticlesArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<PersonRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<PersonTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType, Partial<PersonVisitsArgs>>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['Leads'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  paths?: Resolver<ResolversTypes['PathSearch'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'coMention' | 'from' | 'limit' | 'maxDepth' | 'to'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'name'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  themeTrends?: Resolver<Array<ResolversTypes['ThemeTrend']>, ParentType, ContextType, RequireFields<QueryThemeTrendsArgs, 'from' | 'interval' | 'to'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryTimelineArgs>>;
};

export type RegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<RegionArticlesArgs>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<RegionRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<RegionTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['Direction']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  plannedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationGroup'] = ResolversParentTypes['RelationGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, Partial<RelationGroupRelationsArgs>>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  titles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<SearchResultsClaimsArgs>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<SearchResultsEntitiesArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleIngested?: SubscriptionResolver<ResolversTypes['Article'], "articleIngested", ParentType, ContextType>;
  claimAdded?: SubscriptionResolver<ResolversTypes['Claim'], "claimAdded", ParentType, ContextType, RequireFields<SubscriptionClaimAddedArgs, 'entityId'>>;
};

export type ThemeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<ThemeArticlesArgs>>;
  broader?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['RelationGroup']>, ParentType, ContextType, Partial<ThemeRelationsArgs>>;
  roleHolders?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<ThemeTimelineArgs>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeTrendResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ThemeTrend'] = ResolversParentTypes['ThemeTrend']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VisitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VisitStatus'], ParentType, ContextType>;
};

export type VisitConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VisitConnection'] = ResolversParentTypes['VisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VisitEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['VisitEdge'] = ResolversParentTypes['VisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IngestPayload?: IngestPayloadResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Involvement?: InvolvementResolvers<ContextType>;
  InvolvementConnection?: InvolvementConnectionResolvers<ContextType>;
  InvolvementEdge?: InvolvementEdgeResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  Leads?: LeadsResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathSearch?: PathSearchResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationGroup?: RelationGroupResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeTrend?: ThemeTrendResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  VisitConnection?: VisitConnectionResolvers<ContextType>;
  VisitEdge?: VisitEdgeResolvers<ContextType>;
};

