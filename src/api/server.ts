// The HTTP server behind `jejak serve` and the API tests: GraphQL (yoga, with GraphiQL and SSE
// subscriptions) at /graphql, /health, /ready, graph exports under /export/, and the explorer UI's
// static files at /.
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { packageRoot } from '../config/paths.js';
import { errorMessage } from '../domain/errors.js';
import { createPipeline, type Pipeline } from '../ingest/pipeline.js';
import type { GraphStore } from '../store/port.js';
import { accessFor, readRefusal, type TokenConfig } from './auth.js';
import type { ApiContext } from './context.js';
import { maskError } from './errors.js';
import { EXPORT_FILES, EXPORT_FORMATS, exportGraph, type ExportFormat } from './export/index.js';
import { sendError, sendJson, sendStream } from './http/respond.js';
import { serveStatic } from './http/static.js';
import type { IngestFn } from './ingest.js';
import { createLoaders } from './loaders.js';
import { armorConfig, useErrorCodes, useReadAccess } from './plugins.js';
import { createApiPubSub, type ApiPubSub } from './pubsub.js';
import { createSchema } from './schema.js';

export const GRAPHQL_PATH = '/graphql';

/**
 * Limits on what one GraphQL document may ask (graphql-armor); beyond them: QUERY_TOO_COMPLEX.
 * Cost is armor's estimate: 1 per scalar, 2 per object, ×1.5 per level of nesting, × the literal
 * `first` of a list. A profile of 100 entities with their visits, roles and relations costs about
 * 100 000; the default lets that through and stops lists nested in lists of 100.
 */
export interface ApiLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

export const DEFAULT_LIMITS: ApiLimits = { maxDepth: 10, maxAliases: 15, maxCost: 200_000, maxTokens: 2000, maxDirectives: 20 };

export interface ServerOptions {
  store: GraphStore;
  /** JEJAK_API_TOKEN (mutations) and JEJAK_READ_TOKEN (reads), as loadConfig() gives them. */
  config: TokenConfig;
  /**
   * The ingest pipeline behind the mutation. Default: the same pipeline as `jejak ingest`
   * (createPipeline(store), built on first use); null refuses mutations.
   */
  ingest?: IngestFn | null;
  /** Directory of the explorer UI; default `src/ui` of the package when it exists; null: none. */
  staticDir?: string | null;
  /** Where yoga reports masked errors; silent by default (the CLI passes one that prints). */
  logger?: YogaLogger;
  limits?: Partial<ApiLimits>;
  /** The clock (defaults of date arguments). */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface JejakServer {
  /** Handles every route; usable with any node:http server. */
  handler: RequestListener;
  yoga: YogaServerInstance<Record<string, never>, ApiContext>;
  pubsub: ApiPubSub;
  /** Starts listening (port 0: any free port; host default 127.0.0.1). */
  listen(port?: number, host?: string): Promise<RunningServer>;
}

const silent: YogaLogger = { debug() {}, info() {}, warn() {}, error() {} };

function defaultStaticDir(): string | null {
  const dir = join(packageRoot, 'src', 'ui');
  return existsSync(dir) ? dir : null;
}

export function createServer(options: ServerOptions): JejakServer {
  const { store, config } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const staticDir = options.staticDir === undefined ? defaultStaticDir() : options.staticDir;
  const pubsub = createApiPubSub();
  const now = options.now ?? (() => new Date());
  let pipeline: Pipeline | null = null;
  const ingest: IngestFn | null =
    options.ingest === undefined ? (raws) => (pipeline ??= createPipeline(store)).ingestRaw(raws) : options.ingest;

  const yoga = createYoga<Record<string, never>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: { title: 'jejak GraphQL' },
    landingPage: false,
    logging: options.logger ?? silent,
    maskedErrors: { maskError },
    context: ({ request }): ApiContext => ({
      store,
      loaders: createLoaders(store),
      access: accessFor(request.headers.get('authorization'), config),
      pubsub,
      ingest,
      now,
    }),
    plugins: [
      EnvelopArmorPlugin(armorConfig(limits)) as Plugin,
      useErrorCodes(),
      useReadAccess(),
    ],
  });

  const exportRoutes = new Map<string, ExportFormat>(EXPORT_FORMATS.map((f) => [`/export/${EXPORT_FILES[f].fileName}`, f]));

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === GRAPHQL_PATH) {
      await yoga(req, res);
      return;
    }
    if (path === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/ready') {
      try {
        await store.ping();
        sendJson(res, 200, { status: 'ready', backend: store.backend });
      } catch (err) {
        sendJson(res, 503, { status: 'unavailable', backend: store.backend, error: errorMessage(err) });
      }
      return;
    }
    const format = exportRoutes.get(path);
    if (format) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(res, 405, 'BAD_USER_INPUT', `${path} answers GET only`, { allow: 'GET, HEAD' });
        return;
      }
      const authorization = req.headers.authorization;
      if (!accessFor(authorization, config).canRead) {
        sendError(res, 401, 'UNAUTHENTICATED', readRefusal(authorization).message, { 'www-authenticate': 'Bearer' });
        return;
      }
      const file = EXPORT_FILES[format];
      const headers = {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      };
      if (req.method === 'HEAD') {
        res.writeHead(200, headers).end();
        return;
      }
      await sendStream(res, exportGraph(store, format), headers, (err) => {
        options.logger?.error(err);
        sendError(res, 503, 'STORE_UNAVAILABLE', 'The graph store is unavailable; try again later.');
      });
      return;
    }
    if (staticDir && (await serveStatic(staticDir, req, res, path))) return;
    sendError(res, 404, 'NOT_FOUND', `nothing at ${path}; the API is at ${GRAPHQL_PATH}`);
  }

  const handler: RequestListener = (req, res) => {
    route(req, res).catch((err: unknown) => {
      (options.logger ?? silent).error(err);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Unexpected error.');
      else res.destroy();
    });
  };

  return {
    handler,
    yoga,
    pubsub,
    listen(port = 0, host = '127.0.0.1') {
      const server = createHttpServer(handler);
      return new Promise<RunningServer>((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(port, host, () => {
          server.off('error', rejectListen);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolveListen({
            url: `http://${shown}:${address.port}`,
            port: address.port,
            close: () =>
              new Promise<void>((done, fail) => {
                server.close((err) => (err ? fail(err) : done()));
                // Subscriptions hold their connections open: end them so close() returns.
                server.closeAllConnections();
              }),
          });
        });
      });
    },
  };
}
