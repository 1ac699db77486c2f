// Checks shared by every store adapter: an Extraction is validated whole before anything is
// written, and query arguments are checked the same way whichever backend answers them.
import { z } from 'zod';
import { InputError, JejakError } from '../domain/errors.js';
import { typeOfEntityId } from '../domain/ids.js';
import {
  CLAIM_STATUSES,
  ENTITY_TYPES,
  RELATION_TYPES,
  type Extraction,
} from '../domain/types.js';
import type { ArticleQuery, ClaimQuery, EntityQuery } from './port.js';

/**
 * ISO 8601 calendar date, possibly reduced ("2024", "2024-03": a sentence may name only a month)
 * or followed by a time: what publishedAt, claim dates and query bounds must look like. Such strings
 * sort chronologically as text, which is how both adapters compare them.
 */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const isoDate = z.string().regex(ISO_DATE, 'expected an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or with a time)');
const offset = z.number().int().nonnegative();

const EvidenceSchema = z.object({ text: z.string(), start: offset, end: offset });

const ArticleSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string(),
  url: z.string().nullish(),
  source: z.string().nullish(),
  publishedAt: isoDate.nullish(),
  author: z.string().nullish(),
  language: z.string().min(1),
  languageSupported: z.boolean(),
  text: z.string(),
  hash: z.string().min(1),
  origin: z.string().nullish(),
});

const EntitySchema = z.object({
  id: z.string().regex(/^[a-z]+:\S+$/, 'expected an id like "person:sam-altman"'),
  type: z.enum(ENTITY_TYPES),
  name: z.string().trim().min(1),
  code: z.string().min(1).nullish(),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  wikidata: z.string().regex(/^Q[1-9]\d*$/, 'expected a Wikidata item id like "Q42"').nullish(),
});

const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  status: z.enum(CLAIM_STATUSES),
  confidence: z.number().min(0).max(1),
  purposes: z.array(z.string().min(1)).optional(),
  role: z.string().nullish(),
  themes: z.array(z.string().min(1)).optional(),
  date: isoDate.nullish(),
  evidence: z.array(EvidenceSchema),
});

const ExtractionSchema = z.object({
  article: ArticleSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});

const MAX_LISTED_PROBLEMS = 5;

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function where(extraction: unknown): string {
  const article = (extraction as { article?: { id?: unknown; origin?: unknown } } | null)?.article;
  const id = typeof article?.id === 'string' ? article.id : '?';
  const origin = typeof article?.origin === 'string' && article.origin ? ` (${article.origin})` : '';
  return `extraction of article "${id}"${origin}`;
}

/** Cross-field rules zod's shape check cannot express: references, uniqueness, offsets in range. */
function referenceProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  x.entities.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`entities[${i}].id: duplicate entity "${e.id}"`);
    ids.add(e.id);
    if (typeOfEntityId(e.id) !== e.type.toLowerCase()) {
      problems.push(`entities[${i}].id: "${e.id}" does not start with "${e.type.toLowerCase()}:" as type ${e.type} requires`);
    }
  });
  const claimKeys = new Set<string>();
  const textLength = x.article.text.length;
  x.relations.forEach((r, i) => {
    if (!ids.has(r.source)) problems.push(`relations[${i}].source: "${r.source}" is not among the extraction's entities`);
    if (!ids.has(r.target)) problems.push(`relations[${i}].target: "${r.target}" is not among the extraction's entities`);
    const key = `${r.type}\u0000${r.source}\u0000${r.target}`;
    if (claimKeys.has(key)) problems.push(`relations[${i}]: duplicate ${r.type} claim ${r.source} → ${r.target} (one per article)`);
    claimKeys.add(key);
    r.evidence.forEach((ev, j) => {
      if (ev.start > ev.end) problems.push(`relations[${i}].evidence[${j}]: start ${ev.start} is after end ${ev.end}`);
      if (ev.end > textLength) problems.push(`relations[${i}].evidence[${j}].end: ${ev.end} is past the article text (length ${textLength})`);
    });
  });
  return problems;
}

/**
 * Throws InputError (BAD_USER_INPUT) listing what is wrong with an extraction; returns it unchanged when valid.
 * Adapters call this before opening a transaction, so an invalid extraction never writes anything.
 */
export function validateExtraction(extraction: unknown): Extraction {
  const parsed = ExtractionSchema.safeParse(extraction);
  const problems = parsed.success
    ? referenceProblems(extraction as Extraction)
    : parsed.error.issues.map((issue) => `${describePath(issue.path) || 'extraction'}: ${issue.message}`);
  if (problems.length > 0) {
    const more = problems.length > MAX_LISTED_PROBLEMS ? ` (and ${problems.length - MAX_LISTED_PROBLEMS} more)` : '';
    throw new InputError(where(extraction), problems.slice(0, MAX_LISTED_PROBLEMS).join('; ') + more);
  }
  return extraction as Extraction;
}

// ── Query arguments ─────────────────────────────────────────────────────────────────────────────

export const DEFAULT_LIMITS = { articles: 50, entities: 50, claims: 1000 } as const;
export const MAX_LIMIT = 10_000;

function badInput(message: string): JejakError {
  return new JejakError('BAD_USER_INPUT', message);
}

function checkCount(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
  return value;
}

function checkEnum<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badInput(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value)) throw badInput(`${name} must be an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY), got "${value}"`);
  return value;
}

export interface CheckedArticleQuery extends ArticleQuery {
  limit: number;
  offset: number;
}

export function checkArticleQuery(q: ArticleQuery = {}): CheckedArticleQuery {
  return {
    ...q,
    from: checkDate('from', q.from),
    to: checkDate('to', q.to),
    limit: checkCount('limit', q.limit, DEFAULT_LIMITS.articles, MAX_LIMIT),
    offset: checkCount('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export interface CheckedEntityQuery extends EntityQuery {
  limit: number;
  offset: number;
}

export function checkEntityQuery(q: EntityQuery = {}): CheckedEntityQuery {
  return {
    ...q,
    type: checkEnum('type', q.type, ENTITY_TYPES),
    limit: checkCount('limit', q.limit, DEFAULT_LIMITS.entities, MAX_LIMIT),
    offset: checkCount('offset', q.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

export interface CheckedClaimQuery extends ClaimQuery {
  limit: number;
}

export function checkClaimQuery(q: ClaimQuery = {}): CheckedClaimQuery {
  return {
    ...q,
    type: checkEnum('type', q.type, RELATION_TYPES),
    status: checkEnum('status', q.status, CLAIM_STATUSES),
    limit: checkCount('limit', q.limit, DEFAULT_LIMITS.claims, MAX_LIMIT),
  };
}
