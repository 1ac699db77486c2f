// Shapes of the API answers the explorer asks for (a subset of schema/graphql, field for field).

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'REGION' | 'CITY' | 'THEME';
export type RelationType = 'VISITED' | 'MET_WITH' | 'ROLE_AT' | 'PARTNERED_WITH' | 'AGREED_WITH' | 'LOCATED_IN' | 'IN_REGION';
export type Status = 'REPORTED' | 'PLANNED';

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ThemeRef {
  id: string;
  code: string | null;
  name: string;
}

export interface ArticleRef {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface EvidenceItem {
  text: string;
  article: ArticleRef;
}

export interface Visit {
  key: string;
  status: Status;
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
  sourceCount: number;
  sources: string[];
  person: EntityRef;
  country: EntityRef & { code: string | null };
  purposes: ThemeRef[];
  evidence: EvidenceItem[];
}

export interface ClaimItem {
  id: string;
  type: RelationType;
  status: Status;
  date: string | null;
  role: string | null;
  source: EntityRef;
  target: EntityRef;
  purposes: ThemeRef[];
  themes: ThemeRef[];
  evidence: EvidenceItem[];
}

export interface RelationItem {
  direction: 'OUTGOING' | 'INCOMING' | null;
  other: EntityRef | null;
  claimCount: number;
  sourceCount: number;
  reportedCount: number;
  plannedCount: number;
  firstDate: string | null;
  lastDate: string | null;
  claims: Array<{ evidence: EvidenceItem[] }>;
}

export interface RelationGroup {
  type: RelationType;
  count: number;
  relations: Connection<RelationItem>;
}

export interface RoleItem {
  holder: EntityRef;
  at: EntityRef;
  titles: string[];
  firstDate: string | null;
  lastDate: string | null;
  sourceCount: number;
  articleCount: number;
}

export interface Involvement {
  organization: EntityRef;
  via: Array<'CLAIM' | 'MENTION'>;
  visitors: EntityRef[];
  articleCount: number;
}

export interface EntityProfile {
  __typename: 'Person' | 'Organization' | 'Country' | 'Region' | 'City' | 'Theme';
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  code: string | null;
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  roles: RoleItem[];
  roleHolders: RoleItem[];
  relations: RelationGroup[];
  timeline: Connection<ClaimItem>;
  articles: Connection<ArticleRef & { language: string }>;
  /** Person only. */
  visits?: Visit[];
  /** Country only. */
  visitors?: Connection<Visit>;
  organizations?: Connection<Involvement>;
  /** Theme only. */
  nameId?: string | null;
  broader?: ThemeRef | null;
}

export interface LeadItem {
  kind: 'SINGLE_SOURCE' | 'NEW_ENTITY' | 'RISING_ENTITY' | 'UNCONFIRMED_PLAN';
  reason: string;
  entity: EntityRef | null;
  relation: { type: RelationType; source: EntityRef; target: EntityRef } | null;
  visit: { person: EntityRef; country: EntityRef } | null;
  currentCount: number | null;
  previousCount: number | null;
  /** Asked for only where the lead rests on claims (plans, single-source relations). */
  claims?: Array<{ evidence: EvidenceItem[] }>;
}

export interface TrendPoint {
  period: string;
  start: string;
  end: string;
  articles: number;
  mentions: number;
}

export interface ThemeTrend {
  theme: ThemeRef;
  articleCount: number;
  mentionCount: number;
  points: TrendPoint[];
}

export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  claimCount: number;
  coMentionCount: number;
  claims: Array<{ type: RelationType; status: Status; evidence: EvidenceItem[] }>;
}

export interface PathItem {
  length: number;
  entities: EntityRef[];
  hops: PathHop[];
}

export interface PathSearch {
  from: EntityRef;
  to: EntityRef;
  truncated: boolean;
  exploredEntities: number;
  paths: PathItem[];
}

export interface ArticleFull extends ArticleRef {
  author: string | null;
  language: string;
  languageSupported: boolean;
  text: string;
  entities: Array<{ entity: EntityRef; count: number }>;
  claims: Array<{
    id: string;
    type: RelationType;
    status: Status;
    source: EntityRef;
    target: EntityRef;
    evidence: Array<{ start: number; end: number; text: string }>;
  }>;
}
