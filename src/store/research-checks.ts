// Argument checks for the research reads of the port (relations, neighbours, activity, …), shared by
// every adapter so that both reject the same input with the same BAD_USER_INPUT message.
import { JejakError } from '../domain/errors.js';
import { CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES, type RelationType } from '../domain/types.js';
import type {
  ActivityQuery,
  ArticlePageQuery,
  ClaimSearch,
  EntityClaimsQuery,
  NeighborQuery,
  NewEntityQuery,
  RelationQuery,
} from './port.js';
import { MAX_LIMIT, checkArticleQuery } from './validate.js';

export const RESEARCH_DEFAULTS = {
  page: 50,
  claimsPerEntity: 1000,
  neighborsPerEntity: 50,
  maxNeighborsPerEntity: 1000,
  idsPerPair: 10,
} as const;

function bad(message: string): JejakError {
  return new JejakError('BAD_USER_INPUT', message);
}

function count(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw bad(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
  return value;
}

function member<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw bad(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function relationTypes(types: readonly RelationType[] | undefined): RelationType[] {
  return (types ?? []).map((t, i) => member(`types[${i}]`, t, RELATION_TYPES) as RelationType);
}

/** Dates follow exactly the rule of listArticles' from/to, so they are checked by the same code. */
function isoDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return checkArticleQuery({ from: value }).from;
  } catch {
    throw bad(`${name} must be an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY), got "${value}"`);
  }
}

function dateBounds(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const f = isoDate('from', from);
  const t = isoDate('to', to);
  return { ...(f !== undefined ? { from: f } : {}), ...(t !== undefined ? { to: t } : {}) };
}

function ids(name: string, values: readonly string[]): string[] {
  if (!Array.isArray(values)) throw bad(`${name} must be a list of ids`);
  if (values.length > MAX_LIMIT) throw bad(`${name}: at most ${MAX_LIMIT} ids per call, got ${values.length}`);
  return [...values];
}

export function checkIds(name: string, values: readonly string[]): string[] {
  return ids(name, values);
}

export function checkEntityClaimsQuery(q: EntityClaimsQuery): Required<Omit<EntityClaimsQuery, 'types'>> & { types: RelationType[] } {
  const end = member('end', q.end, ['source', 'target', 'either'] as const);
  if (end === undefined) throw bad('end must be one of source, target, either');
  return {
    end,
    types: relationTypes(q.types),
    limitPerEntity: count('limitPerEntity', q.limitPerEntity, RESEARCH_DEFAULTS.claimsPerEntity, MAX_LIMIT),
  };
}

export function checkArticlePageQuery(q: ArticlePageQuery = {}): { limit: number; offset: number } {
  return {
    limit: count('limit', q.limit, RESEARCH_DEFAULTS.page, MAX_LIMIT),
    offset: count('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export interface CheckedClaimSearch extends Omit<ClaimSearch, 'types'> {
  types: RelationType[];
  limit: number;
  offset: number;
}

export function checkClaimSearch(q: ClaimSearch = {}): CheckedClaimSearch {
  return {
    ...q,
    ...dateBounds(q.from, q.to),
    types: relationTypes(q.types),
    status: member('status', q.status, CLAIM_STATUSES),
    limit: count('limit', q.limit, RESEARCH_DEFAULTS.page, MAX_LIMIT),
    offset: count('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function checkRelationQuery(q: RelationQuery = {}): RelationQuery & { limit: number; offset: number } {
  return {
    ...q,
    type: member('type', q.type, RELATION_TYPES),
    ...(q.maxSources !== undefined ? { maxSources: count('maxSources', q.maxSources, 0, Number.MAX_SAFE_INTEGER) } : {}),
    limit: count('limit', q.limit, RESEARCH_DEFAULTS.page, MAX_LIMIT),
    offset: count('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function checkNeighborQuery(q: NeighborQuery): Required<NeighborQuery> {
  return {
    coMention: q.coMention === true,
    limitPerEntity: count(
      'limitPerEntity',
      q.limitPerEntity,
      RESEARCH_DEFAULTS.neighborsPerEntity,
      RESEARCH_DEFAULTS.maxNeighborsPerEntity,
    ),
    idsPerPair: count('idsPerPair', q.idsPerPair, RESEARCH_DEFAULTS.idsPerPair, MAX_LIMIT),
  };
}

export function checkActivityQuery(q: ActivityQuery = {}): ActivityQuery {
  return { ...q, ...dateBounds(q.from, q.to), type: member('type', q.type, ENTITY_TYPES) };
}

export function checkNewEntityQuery(q: NewEntityQuery): NewEntityQuery & { limit: number; offset: number } {
  const since = isoDate('since', q.since);
  if (since === undefined) throw bad('since is required (an ISO date)');
  return {
    ...q,
    since,
    type: member('type', q.type, ENTITY_TYPES),
    limit: count('limit', q.limit, RESEARCH_DEFAULTS.page, MAX_LIMIT),
    offset: count('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}
