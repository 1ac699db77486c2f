// What the resolvers pass between them for SDL types that are not a store record as such
// (codegen.ts maps each SDL type here). Ids, not objects: entities and articles are loaded
// (batched, per request) only when a query asks for them.
import type { Evidence, RelationType } from '../domain/types.js';
import type { ClaimRecord, NeighborRecord } from '../store/port.js';

export interface EvidenceModel extends Evidence {
  claim: ClaimRecord;
}

export type VisitStatusValue = 'REPORTED' | 'PLANNED';

export interface VisitModel {
  key: string;
  personId: string;
  countryId: string;
  status: VisitStatusValue;
  /** Theme codes, in the order the claims first name them. */
  purposes: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** VISITED claims, in claims() order. */
  claims: ClaimRecord[];
  articleIds: string[];
  /** Named publishers, sorted. */
  sources: string[];
  sourceCount: number;
}

export interface RoleModel {
  holderId: string;
  atId: string;
  titles: string[];
  claims: ClaimRecord[];
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
  sourceCount: number;
}

export interface RelationModel {
  type: RelationType;
  source: string;
  target: string;
  claimIds: string[];
  sources: number;
  reported: number;
  planned: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The entity whose profile lists it (for direction / other); null outside a profile. */
  perspective: string | null;
}

export interface RelationGroupModel {
  type: RelationType;
  relations: RelationModel[];
}

export type InvolvementKindValue = 'CLAIM' | 'MENTION';

export interface InvolvementModel {
  organizationId: string;
  via: InvolvementKindValue[];
  visitorIds: string[];
  articleIds: string[];
  claims: ClaimRecord[];
}

export type HopModel = NeighborRecord;

export interface PathModel {
  entityIds: string[];
  hops: HopModel[];
}

export interface PathSearchModel {
  fromId: string;
  toId: string;
  maxDepth: number;
  paths: PathModel[];
  explored: number;
  truncated: boolean;
}

export interface SearchModel {
  text: string;
}

/** The `leads` field's object: each lead kind is a field with its own arguments. */
export type LeadsModel = Record<string, never>;

export type LeadKindValue = 'SINGLE_SOURCE' | 'NEW_ENTITY' | 'RISING_ENTITY' | 'UNCONFIRMED_PLAN';

export interface LeadModel {
  kind: LeadKindValue;
  reason: string;
  entityId: string | null;
  relation: RelationModel | null;
  visit: VisitModel | null;
  currentCount: number | null;
  previousCount: number | null;
  claimIds: string[];
}

export type IngestStatusValue = 'new' | 'updated' | 'unchanged' | 'failed';

export interface IngestResultModel {
  origin: string;
  articleId: string | null;
  title: string | null;
  status: IngestStatusValue;
  reason: string | null;
  entities: number;
  relations: number;
}
