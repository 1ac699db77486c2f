// Articles, their mentions and claims, and the evidence sentences claims rest on.
import type {
  ArticleResolvers,
  ClaimResolvers,
  EvidenceResolvers,
  MentionResolvers,
  QueryResolvers,
} from '../generated/graphql.js';
import { pageWindow, toConnection } from '../pagination.js';
import { articleOf, entityOf, themesOf } from './shared.js';

export const articleResolvers = {
  Article: {
    entities: async (a, args, ctx) => {
      const mentions = await ctx.loaders.mentionsOfArticle.load(a.id);
      if (!args.type) return mentions;
      const entities = await ctx.loaders.entity.loadMany(mentions.map((m) => m.entityId));
      return mentions.filter((_m, i) => {
        const e = entities[i];
        return e && !(e instanceof Error) && e.type === args.type;
      });
    },
    claims: async (a, args, ctx) => {
      const claims = await ctx.loaders.claimsOfArticle.load(a.id);
      return args.types && args.types.length > 0 ? claims.filter((c) => args.types!.includes(c.type)) : claims;
    },
  } satisfies ArticleResolvers,

  Mention: {
    entity: (m, _args, ctx) => entityOf(ctx, m.entityId),
  } satisfies MentionResolvers,

  Claim: {
    source: (c, _args, ctx) => entityOf(ctx, c.source),
    target: (c, _args, ctx) => entityOf(ctx, c.target),
    article: (c, _args, ctx) => articleOf(ctx, c.articleId),
    purposes: (c, _args, ctx) => themesOf(ctx, c.purposes),
    themes: (c, _args, ctx) => themesOf(ctx, c.themes),
    evidence: (c) => c.evidence.map((ev) => ({ ...ev, claim: c })),
  } satisfies ClaimResolvers,

  Evidence: {
    article: (ev, _args, ctx) => articleOf(ctx, ev.claim.articleId),
  } satisfies EvidenceResolvers,
};

export const articleQueries = {
  article: (_root, { id }, ctx) => ctx.loaders.article.load(id),
  claim: (_root, { id }, ctx) => ctx.loaders.claim.load(id),
  articles: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const f = args.filter ?? {};
    const page = await ctx.store.listArticles({
      ...(f.entity ? { entityId: f.entity } : {}),
      ...(f.theme ? { theme: f.theme } : {}),
      ...(f.language ? { language: f.language } : {}),
      ...(f.source ? { source: f.source } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      limit: window.limit,
      offset: window.offset,
    });
    ctx.loaders.prime({ articles: page.items });
    return toConnection(page.items, page.total, window);
  },
} satisfies QueryResolvers;
