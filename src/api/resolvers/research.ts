// Research questions across the graph: timelines, theme trends, paths, search and leads.
import type { ClaimRecord } from '../../store/port.js';
import { apiError, badInput } from '../errors.js';
import type {
  HopResolvers,
  LeadResolvers,
  LeadsResolvers,
  PathResolvers,
  PathSearchResolvers,
  QueryResolvers,
  SearchResultsResolvers,
} from '../generated/graphql.js';
import { byDateDesc, dayOf, latest } from '../logic/dates.js';
import { namedPublishers } from '../logic/publishers.js';
import {
  newEntityReason,
  risingEntities,
  risingReason,
  singleSourceReason,
  unconfirmedPlanReason,
} from '../logic/leads.js';
import { foldedWords } from '../logic/names.js';
import { shortestPaths } from '../logic/paths.js';
import { relationFromRecord } from '../logic/relations.js';
import { buildTrends, emptyTrend, parseDay, periodsBetween, MAX_PERIODS } from '../logic/trends.js';
import { isUnconfirmedPlan, mergeVisits } from '../logic/visits.js';
import type { LeadModel, VisitModel } from '../models.js';
import { pageWindow, sliceConnection, toConnection } from '../pagination.js';
import { TIMELINE_TYPES, articleLookup, articleOf, claimsOf, entitiesOf, entityOf, themeIdOf, themesOf } from './shared.js';

const PATHS = { maxDepth: 4, maxLimit: 20, maxVisited: 5000, targetNeighbors: 1000 } as const;
/** Planned visits a leads query looks at, at most. */
const MAX_PLANS = 10_000;

function fullDay(name: string, value: string): Date {
  const d = parseDay(value);
  if (!d) throw badInput(`${name} must be a calendar date YYYY-MM-DD, got "${value}"`, { argument: name });
  return d;
}

function shiftDays(d: Date, n: number): string {
  return new Date(d.getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

function lead(fields: Partial<LeadModel> & Pick<LeadModel, 'kind' | 'reason'>): LeadModel {
  return { entityId: null, relation: null, visit: null, currentCount: null, previousCount: null, claimIds: [], ...fields };
}

export const researchQueries = {
  timeline: async (_root, args, ctx) => {
    if (!args.entity && !args.theme) throw badInput('timeline needs an entity, a theme, or both');
    const window = pageWindow(args);
    const page = await ctx.store.findClaims({
      types: args.types && args.types.length > 0 ? args.types : TIMELINE_TYPES,
      ...(args.entity ? { entity: args.entity } : {}),
      ...(args.theme ? { theme: args.theme } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
      limit: window.limit,
      offset: window.offset,
    });
    ctx.loaders.prime({ claims: page.items });
    return toConnection(page.items, page.total, window);
  },

  themeTrends: async (_root, args, ctx) => {
    const from = fullDay('from', args.from);
    const to = fullDay('to', args.to);
    if (from > to) throw badInput(`from (${args.from}) is after to (${args.to})`);
    const interval = args.interval ?? 'WEEK';
    let periods;
    try {
      periods = periodsBetween(from, to, interval);
    } catch (err) {
      if (err instanceof RangeError) {
        throw badInput(`${args.from}..${args.to} spans more than ${MAX_PERIODS} ${interval.toLowerCase()} periods: use a wider interval or a shorter range`);
      }
      throw err;
    }
    const rows = await ctx.store.mentionActivity({
      type: 'Theme',
      from: args.from,
      to: args.to,
      byDay: true,
      ...(args.entity ? { coMentionedWith: args.entity } : {}),
    });
    let trends = buildTrends(rows, periods, interval);
    if (args.themes && args.themes.length > 0) {
      const wanted = args.themes.map(themeIdOf);
      const byId = new Map(trends.map((t) => [t.entityId, t]));
      trends = wanted.map((id) => byId.get(id) ?? emptyTrend(id, periods));
    }
    trends.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.entityId < b.entityId ? -1 : 1));
    const themes = await themesOf(ctx, trends.map((t) => t.entityId));
    return trends.map((t, i) => ({
      theme: themes[i]!,
      articleCount: t.articles,
      mentionCount: t.mentions,
      points: t.points,
    }));
  },

  paths: async (_root, args, ctx) => {
    const maxDepth = args.maxDepth ?? 3;
    const limit = args.limit ?? 5;
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > PATHS.maxDepth) {
      throw badInput(`maxDepth must be from 1 to ${PATHS.maxDepth}, got ${maxDepth}`, { argument: 'maxDepth' });
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > PATHS.maxLimit) {
      throw badInput(`limit must be from 1 to ${PATHS.maxLimit}, got ${limit}`, { argument: 'limit' });
    }
    const [from, to] = await ctx.loaders.entity.loadMany([args.from, args.to]);
    for (const [id, found] of [[args.from, from], [args.to, to]] as const) {
      if (!found || found instanceof Error) throw apiError('NOT_FOUND', `paths: no entity has id "${id}"`, { id });
      if (found.type === 'Theme') {
        throw badInput(`paths: ${id} is a theme; paths link people, organizations and places (see timeline(theme:) or themeTrends)`);
      }
    }
    const coMention = args.coMention ?? true;
    return shortestPaths(
      args.from,
      args.to,
      (ids, limitPerEntity) => ctx.store.neighbors(ids, { coMention, ...(limitPerEntity ? { limitPerEntity } : {}) }),
      { maxDepth, limit, maxVisited: PATHS.maxVisited, targetNeighbors: PATHS.targetNeighbors },
    );
  },

  search: (_root, { text }) => {
    if (foldedWords(text).length === 0) throw badInput('text: give at least one word to search for');
    return { text };
  },

  leads: () => ({}),
} satisfies QueryResolvers;

export const researchResolvers = {
  SearchResults: {
    entities: async (s, args, ctx) => {
      const window = pageWindow(args);
      const page = await ctx.store.findEntities({
        search: s.text,
        ...(args.type ? { type: args.type } : {}),
        limit: window.limit,
        offset: window.offset,
      });
      ctx.loaders.prime({ entities: page.items });
      return toConnection(page.items, page.total, window);
    },
    claims: async (s, args, ctx) => {
      const window = pageWindow(args);
      const page = await ctx.store.findClaims({
        search: s.text,
        ...(args.types && args.types.length > 0 ? { types: args.types } : {}),
        limit: window.limit,
        offset: window.offset,
      });
      ctx.loaders.prime({ claims: page.items });
      return toConnection(page.items, page.total, window);
    },
  } satisfies SearchResultsResolvers,

  PathSearch: {
    from: (p, _args, ctx) => entityOf(ctx, p.fromId),
    to: (p, _args, ctx) => entityOf(ctx, p.toId),
    exploredEntities: (p) => p.explored,
  } satisfies PathSearchResolvers,

  Path: {
    length: (p) => p.hops.length,
    entities: (p, _args, ctx) => entitiesOf(ctx, p.entityIds),
  } satisfies PathResolvers,

  Hop: {
    from: (h, _args, ctx) => entityOf(ctx, h.from),
    to: (h, _args, ctx) => entityOf(ctx, h.to),
    claimCount: (h) => h.claims,
    claims: (h, _args, ctx) => claimsOf(ctx, h.claimIds),
    coMentionCount: (h) => h.coMentions,
    articles: (h, _args, ctx) => Promise.all(h.articleIds.map((id) => articleOf(ctx, id))),
  } satisfies HopResolvers,

  Leads: {
    singleSource: async (_l, args, ctx) => {
      const window = pageWindow(args);
      const page = await ctx.store.relations({ maxSources: 1, ...(args.type ? { type: args.type } : {}), limit: window.limit, offset: window.offset });
      const firstClaims = await claimsOf(ctx, page.items.map((r) => r.claimIds[0]!));
      const articles = await articleLookup(ctx, firstClaims.map((c) => c.articleId));
      const names = new Map(
        (await entitiesOf(ctx, [...new Set(page.items.flatMap((r) => [r.source, r.target]))])).map((e) => [e.id, e.name]),
      );
      const leads = page.items.map((r, i) =>
        lead({
          kind: 'SINGLE_SOURCE',
          reason: singleSourceReason({
            type: r.type,
            sourceName: names.get(r.source) ?? r.source,
            targetName: names.get(r.target) ?? r.target,
            publisher: articles(firstClaims[i]!.articleId)?.source ?? null,
            articles: r.claimIds.length,
            lastDate: r.lastDate,
          }),
          relation: relationFromRecord(r),
          claimIds: r.claimIds,
        }),
      );
      return toConnection(leads, page.total, window);
    },

    newEntities: async (_l, args, ctx) => {
      const window = pageWindow(args);
      const page = await ctx.store.newEntities({ since: args.since, ...(args.type ? { type: args.type } : {}), limit: window.limit, offset: window.offset });
      ctx.loaders.prime({ entities: page.items });
      const leads = page.items.map((e) => lead({ kind: 'NEW_ENTITY', reason: newEntityReason(e), entityId: e.id }));
      return toConnection(leads, page.total, window);
    },

    risingEntities: async (_l, args, ctx) => {
      const days = args.days ?? 7;
      const minArticles = args.minArticles ?? 2;
      if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput(`days must be from 1 to 366, got ${days}`);
      if (!Number.isInteger(minArticles) || minArticles < 1) throw badInput(`minArticles must be at least 1, got ${minArticles}`);
      const asOf = args.asOf ?? ctx.now().toISOString().slice(0, 10);
      const asOfDay = fullDay('asOf', asOf);
      const type = args.type ? { type: args.type } : {};
      const [current, previous] = await Promise.all([
        ctx.store.mentionActivity({ ...type, from: shiftDays(asOfDay, 1 - days), to: asOf }),
        ctx.store.mentionActivity({ ...type, from: shiftDays(asOfDay, 1 - 2 * days), to: shiftDays(asOfDay, -days) }),
      ]);
      const rising = risingEntities(current, previous, minArticles);
      const window = pageWindow(args);
      const page = rising.slice(window.offset, window.offset + window.limit);
      const names = new Map((await entitiesOf(ctx, page.map((r) => r.entityId))).map((e) => [e.id, e.name]));
      const leads = page.map((r) =>
        lead({
          kind: 'RISING_ENTITY',
          reason: risingReason({ ...r, name: names.get(r.entityId) ?? r.entityId, days, asOf }),
          entityId: r.entityId,
          currentCount: r.current,
          previousCount: r.previous,
        }),
      );
      return toConnection(leads, rising.length, window);
    },

    unconfirmedPlans: async (_l, args, ctx) => {
      const plans = await ctx.store.findClaims({ types: ['VISITED'], status: 'planned', limit: MAX_PLANS });
      const people = [...new Set(plans.items.map((c) => c.source))];
      const lists = await ctx.loaders.claimsOf('source', ['VISITED']).loadMany(people);
      const claims: ClaimRecord[] = [];
      for (const list of lists) {
        if (list instanceof Error) throw list;
        claims.push(...list);
      }
      const lookup = await articleLookup(ctx, claims.map((c) => c.articleId));
      const lastPlan = (v: VisitModel) => latest(v.claims.filter((c) => c.status === 'planned').map((c) => c.date));
      const open = mergeVisits(claims, lookup)
        .filter(isUnconfirmedPlan)
        .sort((a, b) => byDateDesc(lastPlan(a), lastPlan(b)) || (a.key < b.key ? -1 : 1));
      const names = new Map(
        (await entitiesOf(ctx, [...new Set(open.flatMap((v) => [v.personId, v.countryId]))])).map((e) => [e.id, e.name]),
      );
      const leads = open.map((v) => {
        const planned = v.claims.filter((c) => c.status === 'planned');
        const last = lastPlan(v);
        return lead({
          kind: 'UNCONFIRMED_PLAN',
          reason: unconfirmedPlanReason({
            personName: names.get(v.personId) ?? v.personId,
            countryName: names.get(v.countryId) ?? v.countryId,
            publishers: namedPublishers(planned.map((c) => lookup(c.articleId))),
            lastPlanDate: last ? dayOf(last) : null,
            reportedBefore: v.claims.some((c) => c.status === 'reported'),
          }),
          entityId: v.personId,
          visit: v,
          claimIds: planned.map((c) => c.id),
        });
      });
      return sliceConnection(leads, args);
    },
  } satisfies LeadsResolvers,

  Lead: {
    entity: (l, _args, ctx) => (l.entityId ? entityOf(ctx, l.entityId) : null),
    claims: (l, _args, ctx) => claimsOf(ctx, l.claimIds),
  } satisfies LeadResolvers,
};
