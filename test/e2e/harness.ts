// The browser tests' world: the explorer built from the current sources into a temp directory, a
// real server over a fresh SQLite store filled by the real pipeline (the project's sample
// articles), and Debian's Chromium driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer } from '../../src/api/server.js';
import { examplesDir } from '../../src/config/paths.js';
import { loadArticles } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { buildExplorer } from '../../src/ui/build.js';

export const CHROMIUM = process.env['JEJAK_CHROMIUM'] ?? '/usr/bin/chromium';
export const API_TOKEN = 'e2e-api-token';

/**
 * Outside CI a machine without Chromium skips the browser tests and says so loudly (README: "those
 * suites report what is missing"); in CI (CI=true) a missing browser fails the run instead.
 */
export const chromiumMissingLocally = !existsSync(CHROMIUM) && process.env['CI'] !== 'true';
if (chromiumMissingLocally) {
  process.stderr.write(`\n*** explorer browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set JEJAK_CHROMIUM). In CI this fails. ***\n\n`);
}

/** Fails when there is no browser: a missing browser must not pass for green. */
export function requireChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const how = 'install it with `apt-get install -y chromium` (or point JEJAK_CHROMIUM at a Chromium binary)';
  if (process.env['CI'] === 'true') throw new Error(`CI: the explorer's browser tests need Chromium at ${CHROMIUM}; .ci/run must ${how}.`);
  throw new Error(`The explorer's browser tests need Chromium at ${CHROMIUM}: ${how}.`);
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface Explorer {
  url: string;
  store: GraphStore;
  /** The built UI (for a second server over the same store). */
  staticDir: string;
  /** POSTs a GraphQL document with the API token, as a newsroom script would. */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Builds the UI, ingests examples/articles through the pipeline and serves both. */
export async function startExplorer(): Promise<Explorer> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-e2e-'));
  const staticDir = join(dir, 'ui');
  await buildExplorer(staticDir);
  const store = await openSqliteStore(join(dir, 'jejak.db'));
  const loaded = await loadArticles([examplesDir]);
  if (loaded.articles.length === 0) throw new Error(`no sample articles loaded from ${examplesDir}`);
  const results = await createPipeline(store).ingestArticles(loaded.articles);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length) throw new Error(`sample articles failed to ingest: ${failed.map((f) => `${f.origin}: ${f.reason}`).join('; ')}`);
  const server = createServer({ store, config: { apiToken: API_TOKEN, readToken: null }, staticDir });
  const running = await server.listen(0);
  return {
    url: running.url,
    store,
    staticDir,
    async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh page that records uncaught errors and console errors (asserted empty by the tests). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return { page, errors };
}
