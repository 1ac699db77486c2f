// Helpers the resolvers share: required lookups through the loaders, and themes (taxonomy + store).
import { JejakError } from '../../domain/errors.js';
import { entityId } from '../../domain/ids.js';
import type { RelationType } from '../../domain/types.js';
import { loadTaxonomy, type ThemeDef } from '../../extract/themes/taxonomy.js';
import type { ArticleRecord, ClaimRecord, EntityRecord } from '../../store/port.js';
import type { ApiContext } from '../context.js';

/** The events a timeline shows unless asked otherwise. */
export const TIMELINE_TYPES: readonly RelationType[] = ['VISITED', 'MET_WITH', 'AGREED_WITH', 'PARTNERED_WITH'];

/** A stored record a claim or article refers to must exist; its absence means a broken store. */
function must<T>(value: T | null | undefined | Error, what: string): T {
  if (value instanceof Error) throw value;
  if (value === null || value === undefined) throw new JejakError('INTERNAL', `${what} is referenced but not stored`);
  return value;
}

export async function entityOf(ctx: ApiContext, id: string): Promise<EntityRecord> {
  return must(await ctx.loaders.entity.load(id), `entity ${id}`);
}

export async function entitiesOf(ctx: ApiContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  return found.map((e, i) => must(e, `entity ${ids[i]}`));
}

export async function articleOf(ctx: ApiContext, id: string): Promise<ArticleRecord> {
  return must(await ctx.loaders.article.load(id), `article ${id}`);
}

/** Articles by id (skipping none), as a lookup function for the pure merge modules. */
export async function articleLookup(ctx: ApiContext, ids: Iterable<string>): Promise<(id: string) => ArticleRecord | null> {
  const unique = [...new Set(ids)];
  const found = await ctx.loaders.article.loadMany(unique);
  const byId = new Map<string, ArticleRecord>();
  found.forEach((a, i) => {
    if (a && !(a instanceof Error)) byId.set(unique[i]!, a);
  });
  return (id) => byId.get(id) ?? null;
}

export async function claimsOf(ctx: ApiContext, ids: readonly string[]): Promise<ClaimRecord[]> {
  const found = await ctx.loaders.claim.loadMany(ids);
  return found.map((c, i) => must(c, `claim ${ids[i]}`));
}

// ── Themes ──────────────────────────────────────────────────────────────────────────────────────

export function taxonomyTheme(code: string): ThemeDef | undefined {
  return loadTaxonomy().find((t) => t.code === code);
}

export function themeIdOf(code: string): string {
  return code.startsWith('theme:') ? code : entityId('Theme', code);
}

export function themeCodeOf(record: EntityRecord): string {
  return record.code ?? record.id.slice(record.id.indexOf(':') + 1);
}

/** A theme no article mentions yet: the taxonomy still knows it, with zero counts. */
function unmentionedTheme(codeOrId: string): EntityRecord {
  const code = codeOrId.startsWith('theme:') ? codeOrId.slice('theme:'.length) : codeOrId;
  return {
    id: themeIdOf(code),
    type: 'Theme',
    name: taxonomyTheme(code)?.name.en ?? code,
    code,
    wikidata: null,
    aliases: [],
    mentions: 0,
    articleCount: 0,
    firstSeen: null,
    lastSeen: null,
  };
}

/** Themes by code or `theme:` id (purposes, claim themes, taxonomy), stored figures where the store has them. */
export async function themesOf(ctx: ApiContext, codes: readonly string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entity.loadMany(codes.map(themeIdOf));
  return found.map((e, i) => (e && !(e instanceof Error) ? e : unmentionedTheme(codes[i]!)));
}
