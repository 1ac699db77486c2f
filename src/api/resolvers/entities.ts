// Entities: lookups by name, id, code and search; the profile fields every entity type shares;
// a person's visits, a country's visitors and involved organizations, a theme's taxonomy data.
import { entityId } from '../../domain/ids.js';
import { loadTaxonomy } from '../../extract/themes/taxonomy.js';
import type { ClaimRecord, EntityRecord } from '../../store/port.js';
import { checkClaimSearch } from '../../store/research-checks.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type {
  CountryResolvers,
  EntityResolvers,
  PersonResolvers,
  QueryResolvers,
  ThemeResolvers,
} from '../generated/graphql.js';
import { organizationsInvolved } from '../logic/involvement.js';
import { foldedWords, pickPerson } from '../logic/names.js';
import { groupRelations, groupRoles } from '../logic/relations.js';
import { mergeVisits } from '../logic/visits.js';
import { pageWindow, sliceConnection, toConnection } from '../pagination.js';
import { TIMELINE_TYPES, articleLookup, themeCodeOf, themesOf, taxonomyTheme } from './shared.js';

/** How many people a name search considers before deciding it is ambiguous. */
const NAME_CANDIDATES = 50;

async function visitsOf(ctx: ApiContext, claims: readonly ClaimRecord[]) {
  const lookup = await articleLookup(ctx, claims.map((c) => c.articleId));
  return mergeVisits(claims, lookup);
}

/** Claims whose effective date is within [from, to], by the store's own rule for such bounds. */
function withinDates(claims: readonly ClaimRecord[], from?: string | null, to?: string | null): ClaimRecord[] {
  const q = checkClaimSearch({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return claims.filter(
    (c) =>
      (q.from === undefined || (c.date !== null && c.date >= q.from)) &&
      (q.to === undefined || (c.date !== null && c.date.slice(0, q.to.length) <= q.to)),
  );
}

/** What organizationsInvolved needs of the visit articles: their claims, mentions and entities. */
async function visitArticles(ctx: ApiContext, articleIds: readonly string[]) {
  const ids = [...new Set(articleIds)];
  const ok = <T>(x: T | Error): T | null => (x instanceof Error ? null : x);
  const [claimLists, mentionLists] = await Promise.all([
    ctx.loaders.claimsOfArticle.loadMany(ids),
    ctx.loaders.mentionsOfArticle.loadMany(ids),
  ]);
  const claims = new Map(ids.map((id, i) => [id, ok(claimLists[i]!) ?? []]));
  const mentions = new Map(ids.map((id, i) => [id, ok(mentionLists[i]!) ?? []]));
  const entityIds = new Set<string>();
  for (const list of claims.values()) for (const c of list) entityIds.add(c.source).add(c.target);
  for (const list of mentions.values()) for (const m of list) entityIds.add(m.entityId);
  const entities = new Map<string, EntityRecord>();
  for (const found of await ctx.loaders.entity.loadMany([...entityIds])) {
    if (found && !(found instanceof Error)) entities.set(found.id, found);
  }
  return {
    claimsOfArticle: (id: string) => claims.get(id) ?? [],
    mentionsOfArticle: (id: string) => mentions.get(id) ?? [],
    entityOf: (id: string) => entities.get(id),
  };
}

/** Fields every entity type resolves the same way (the Entity interface). */
const profile = {
  mentionCount: (e) => e.mentions,
  roles: async (e, _args, ctx) => {
    const claims = await ctx.loaders.claimsOf('source', ['ROLE_AT']).load(e.id);
    return groupRoles(claims, await articleLookup(ctx, claims.map((c) => c.articleId)));
  },
  roleHolders: async (e, _args, ctx) => {
    const claims = await ctx.loaders.claimsOf('target', ['ROLE_AT']).load(e.id);
    return groupRoles(claims, await articleLookup(ctx, claims.map((c) => c.articleId)));
  },
  relations: async (e, args, ctx) => {
    const claims = await ctx.loaders.claimsOf('either', []).load(e.id);
    const lookup = await articleLookup(ctx, claims.map((c) => c.articleId));
    return groupRelations(e.id, claims, lookup, args.types ?? undefined);
  },
  articles: async (e, args, ctx) => {
    const window = pageWindow(args);
    const page = await ctx.loaders.articlesOf(window.limit, window.offset).load(e.id);
    return toConnection(page.items, page.total, window);
  },
  timeline: async (e, args, ctx) => {
    const types = args.types && args.types.length > 0 ? args.types : TIMELINE_TYPES;
    if (e.type === 'Theme') {
      const window = pageWindow(args);
      const page = await ctx.store.findClaims({
        theme: themeCodeOf(e),
        types,
        ...(args.from ? { from: args.from } : {}),
        ...(args.to ? { to: args.to } : {}),
        limit: window.limit,
        offset: window.offset,
      });
      ctx.loaders.prime({ claims: page.items });
      return toConnection(page.items, page.total, window);
    }
    const claims = await ctx.loaders.claimsOf('either', types).load(e.id);
    return sliceConnection(withinDates(claims, args.from, args.to), args);
  },
} satisfies PersonResolvers;

export const entityResolvers = {
  Entity: {
    __resolveType: (e) => e.type,
  } satisfies EntityResolvers,

  Person: {
    ...profile,
    visits: async (e, args, ctx) => {
      const visits = await visitsOf(ctx, await ctx.loaders.claimsOf('source', ['VISITED']).load(e.id));
      return args.status ? visits.filter((v) => v.status === args.status) : visits;
    },
  } satisfies PersonResolvers,

  Organization: profile,
  Region: profile,
  City: profile,

  Country: {
    ...profile,
    visitors: async (e, args, ctx) => {
      const visits = await visitsOf(ctx, await ctx.loaders.claimsOf('target', ['VISITED']).load(e.id));
      return sliceConnection(args.status ? visits.filter((v) => v.status === args.status) : visits, args);
    },
    organizations: async (e, args, ctx) => {
      const visitClaims = await ctx.loaders.claimsOf('target', ['VISITED']).load(e.id);
      const articles = await visitArticles(ctx, visitClaims.map((c) => c.articleId));
      return sliceConnection(organizationsInvolved({ visitClaims, ...articles }), args);
    },
  } satisfies CountryResolvers,

  Theme: {
    ...profile,
    name: (e) => taxonomyTheme(themeCodeOf(e))?.name.en ?? e.name,
    nameId: (e) => taxonomyTheme(themeCodeOf(e))?.name.id ?? null,
    code: (e) => themeCodeOf(e),
    broader: async (e, _args, ctx) => {
      const broader = taxonomyTheme(themeCodeOf(e))?.broader;
      return broader ? ((await themesOf(ctx, [broader]))[0] ?? null) : null;
    },
  } satisfies ThemeResolvers,
};

export const entityQueries = {
  person: async (_root, { name }, ctx) => {
    if (foldedWords(name).length === 0) throw badInput('name: give at least one word of the name');
    const found = await ctx.store.findEntities({ type: 'Person', search: name, limit: NAME_CANDIDATES });
    const match = pickPerson(name, found.items);
    if (match.kind === 'none') return null;
    if (match.kind === 'found') return match.entity;
    const candidates = match.candidates.map((e) => ({ id: e.id, name: e.name }));
    throw badInput(
      `"${name}" matches ${candidates.length} people: ${candidates.map((c) => `${c.name} (${c.id})`).join(', ')}. ` +
        'Give a fuller name, or use entity(id:).',
      { argument: 'name', candidates },
    );
  },
  entity: (_root, { id }, ctx) => ctx.loaders.entity.load(id),
  country: async (_root, { code }, ctx) => {
    const trimmed = code.trim();
    if (!/^[A-Za-z]{2}$/.test(trimmed)) throw badInput(`code must be an ISO 3166-1 alpha-2 code like "KR", got "${code}"`);
    const found = await ctx.loaders.entity.load(entityId('Country', trimmed));
    return found?.type === 'Country' ? found : null;
  },
  entities: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const page = await ctx.store.findEntities({
      ...(args.type ? { type: args.type } : {}),
      ...(args.search !== null && args.search !== undefined ? { search: args.search } : {}),
      limit: window.limit,
      offset: window.offset,
    });
    ctx.loaders.prime({ entities: page.items });
    return toConnection(page.items, page.total, window);
  },
  themes: (_root, _args, ctx) => themesOf(ctx, loadTaxonomy().map((t) => t.code)),
} satisfies QueryResolvers;
