// The ingest mutation (bearer-protected) and the subscriptions it feeds.
import type { ArticleRecord, ClaimRecord } from '../../store/port.js';
import { requireWrite } from '../auth.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import type {
  IngestResultResolvers,
  MutationResolvers,
  SubscriptionResolvers,
} from '../generated/graphql.js';
import { toRawArticles, type IngestOutcome } from '../ingest.js';
import type { IngestResultModel } from '../models.js';

/** Tells subscribers about every article stored as new or updated, and each of its claims. */
async function publish(ctx: ApiContext, outcomes: readonly IngestOutcome[]): Promise<void> {
  const ids = [
    ...new Set(
      outcomes
        .filter((o) => (o.status === 'new' || o.status === 'updated') && o.articleId !== null)
        .map((o) => o.articleId!),
    ),
  ];
  if (ids.length === 0) return;
  const [articles, claims] = await Promise.all([ctx.store.getArticles(ids), ctx.store.claimsOfArticles(ids)]);
  ids.forEach((_id, i) => {
    const article = articles[i];
    if (!article) return;
    ctx.pubsub.publish('articleIngested', article);
    for (const claim of claims[i] ?? []) {
      ctx.pubsub.publish('claimAdded', claim.source, claim);
      if (claim.target !== claim.source) ctx.pubsub.publish('claimAdded', claim.target, claim);
    }
  });
}

function toResult(o: IngestOutcome): IngestResultModel {
  return {
    origin: o.origin,
    articleId: o.articleId,
    title: o.title,
    status: o.status,
    reason: o.reason ?? null,
    entities: o.entities,
    relations: o.relations,
  };
}

export const mutationResolvers = {
  ingestArticles: async (_root, { input }, ctx) => {
    requireWrite(ctx.access);
    if (!ctx.ingest) {
      throw apiError('FORBIDDEN', 'Mutations are disabled on this server: it was started without an ingest pipeline.');
    }
    const outcomes = await ctx.ingest(toRawArticles(input));
    await publish(ctx, outcomes);
    const count = (status: IngestOutcome['status']) => outcomes.filter((o) => o.status === status).length;
    return {
      results: outcomes.map(toResult),
      new: count('new'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('failed'),
    };
  },
} satisfies MutationResolvers;

export const subscriptionResolvers = {
  articleIngested: {
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe('articleIngested'),
    resolve: (article: ArticleRecord) => article,
  },
  claimAdded: {
    subscribe: (_root, { entityId }, ctx) => ctx.pubsub.subscribe('claimAdded', entityId),
    resolve: (claim: ClaimRecord) => claim,
  },
} satisfies SubscriptionResolvers;

export const ingestResultResolvers = {
  entityCount: (r) => r.entities,
  relationCount: (r) => r.relations,
  article: (r, _args, ctx) => (r.articleId ? ctx.loaders.article.load(r.articleId) : null),
} satisfies IngestResultResolvers;
