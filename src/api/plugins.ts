// Envelop plugins of the API: read access (JEJAK_READ_TOKEN) and stable codes for document errors.
import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { readRefusal } from './auth.js';
import { isGraphQLError } from './errors.js';

type GraphQLArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
import type { ApiContext } from './context.js';

/** When a read token is set, nothing executes (query, mutation or subscription) without a valid one. */
export function useReadAccess(): Plugin<ApiContext> {
  const refuse = (ctx: ApiContext & { request?: Request }) => (ctx.access.canRead ? null : readRefusal(ctx.request?.headers.get('authorization')));
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refuse(args.contextValue);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refuse(args.contextValue);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** graphql-armor reports a breached limit as a "Syntax Error: … limit …" message. */
const LIMIT = /limit of \d+ exceeded/i;

function withCode(err: GraphQLError, code: string): GraphQLError {
  if (err.extensions['code']) return err;
  // Made by the same graphql copy as the error it replaces (see isGraphQLError).
  const Ctor = err.constructor as typeof GraphQLError;
  // armor words a breached limit as a syntax error; it is not one.
  const message = code === 'QUERY_TOO_COMPLEX' ? err.message.replace(/^Syntax Error: /, '') : err.message;
  return new Ctor(message, {
    nodes: err.nodes ?? null,
    source: err.source ?? null,
    positions: err.positions ?? null,
    path: err.path ?? null,
    originalError: err.originalError ?? null,
    extensions: { ...err.extensions, code },
  });
}

/**
 * Gives every parse and validation error an `extensions.code`: QUERY_TOO_COMPLEX for a breached
 * limit (depth, aliases, cost, tokens, directives), GRAPHQL_PARSE_FAILED and
 * GRAPHQL_VALIDATION_FAILED otherwise.
 */
export function useErrorCodes(): Plugin<ApiContext> {
  const code = (err: GraphQLError, fallback: string) => (LIMIT.test(err.message) ? 'QUERY_TOO_COMPLEX' : fallback);
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (isGraphQLError(result)) replaceParseResult(withCode(result, code(result, 'GRAPHQL_PARSE_FAILED')));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => withCode(e, code(e, 'GRAPHQL_VALIDATION_FAILED'))));
      };
    },
  };
}

/**
 * graphql-armor settings. Validation-time limits report their error into the validation result
 * (rather than throwing) so useErrorCodes can code it; the token limit works while parsing and throws.
 */
export function armorConfig(limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxDirectives: number }): GraphQLArmorConfig {
  const report = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
  };
  return {
    maxDepth: { n: limits.maxDepth, ...report },
    maxAliases: { n: limits.maxAliases, ...report },
    costLimit: { maxCost: limits.maxCost, ...report },
    maxDirectives: { n: limits.maxDirectives, ...report },
    maxTokens: { n: limits.maxTokens },
  };
}
