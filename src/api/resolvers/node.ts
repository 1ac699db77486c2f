// Global ids: `claim:…` is a claim, `<entity type>:…` an entity, anything else an article.
import { ENTITY_TYPES } from '../../domain/types.js';
import { typeOfEntityId } from '../../domain/ids.js';
import type { ArticleRecord, ClaimRecord, EntityRecord } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type { NodeResolvers, QueryResolvers } from '../generated/graphql.js';
import { MAX_PAGE_SIZE } from '../pagination.js';

const ENTITY_PREFIXES: ReadonlySet<string> = new Set(ENTITY_TYPES.map((t) => t.toLowerCase()));

type NodeRecord = EntityRecord | ArticleRecord | ClaimRecord;

export async function nodeById(ctx: ApiContext, id: string): Promise<NodeRecord | null> {
  const prefix = typeOfEntityId(id);
  if (prefix === 'claim') return ctx.loaders.claim.load(id);
  // An article id may look like an entity id (ids come from the input): fall back to articles.
  if (ENTITY_PREFIXES.has(prefix)) return (await ctx.loaders.entity.load(id)) ?? ctx.loaders.article.load(id);
  return ctx.loaders.article.load(id);
}

export const nodeResolvers = {
  __resolveType: (n) => {
    if ('hash' in n) return 'Article';
    if ('articleId' in n) return 'Claim';
    return n.type;
  },
} satisfies NodeResolvers;

export const nodeQueries = {
  node: (_root, { id }, ctx) => nodeById(ctx, id),
  nodes: (_root, { ids }, ctx) => {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`nodes: at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`);
    return Promise.all(ids.map((id) => nodeById(ctx, id)));
  },
} satisfies QueryResolvers;
