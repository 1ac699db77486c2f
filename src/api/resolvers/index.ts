// Every resolver, with errors that concern the request turned into coded GraphQL errors.
import type { makeExecutableSchema } from '@graphql-tools/schema';
import type { Resolvers } from '../generated/graphql.js';
import { toClientError } from '../errors.js';
import { articleQueries, articleResolvers } from './articles.js';
import { entityQueries, entityResolvers } from './entities.js';
import { enumResolvers } from './enums.js';
import { ingestResultResolvers, mutationResolvers, subscriptionResolvers } from './ingest.js';
import { nodeQueries, nodeResolvers } from './node.js';
import { relationResolvers } from './relations.js';
import { researchQueries, researchResolvers } from './research.js';

export const resolvers: Resolvers = {
  Query: { ...nodeQueries, ...entityQueries, ...articleQueries, ...researchQueries },
  Mutation: mutationResolvers,
  Subscription: subscriptionResolvers,
  Node: nodeResolvers,
  ...entityResolvers,
  ...articleResolvers,
  ...relationResolvers,
  ...researchResolvers,
  IngestResult: ingestResultResolvers,
};

type AnyFn = (...args: unknown[]) => unknown;
type SchemaResolvers = NonNullable<Parameters<typeof makeExecutableSchema>[0]['resolvers']>;

/** Wraps a resolver so a client-facing JejakError (BAD_USER_INPUT, …) leaves it as a coded GraphQLError. */
function coded(fn: AnyFn): AnyFn {
  return (...args) => {
    try {
      const out = fn(...args);
      return out instanceof Promise ? out.catch((err: unknown) => Promise.reject(toClientError(err))) : out;
    } catch (err) {
      throw toClientError(err);
    }
  };
}

/** The resolver map for makeExecutableSchema, every field resolver wrapped by `coded`. */
export function codedResolvers(map: Resolvers = resolvers): SchemaResolvers {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(map as Record<string, Record<string, unknown>>)) {
    const wrapped: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === 'function' && !field.startsWith('__')) wrapped[field] = coded(value as AnyFn);
      else if (value && typeof value === 'object' && 'subscribe' in value) {
        const sub = value as { subscribe: AnyFn; resolve?: AnyFn };
        wrapped[field] = { ...sub, subscribe: coded(sub.subscribe), ...(sub.resolve ? { resolve: coded(sub.resolve) } : {}) };
      } else wrapped[field] = value;
    }
    out[typeName] = wrapped;
  }
  // The wrapped map has the same shape as `map`, which the generated types already checked.
  return { ...out, ...enumResolvers } as SchemaResolvers;
}
