// The explorer in a real browser against a real server: search, person / country / graph views,
// leads, deep links and the back button, error and not-found states, and live updates over SSE.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/server.js';
import { API_TOKEN, chromiumMissingLocally, launchBrowser, openPage, startExplorer, type Explorer } from './harness.js';

interface ApiVisit {
  status: 'REPORTED' | 'PLANNED';
  country: { id: string; name: string };
  purposes: Array<{ name: string }>;
  evidence: Array<{ text: string; article: { id: string; url: string | null; title: string } }>;
}

const VISITS = `query ($name: String!) { person(name: $name) { id name visits {
  status country { id name } purposes { name } evidence { text article { id url title } } } } }`;

let explorer: Explorer;
let browser: Browser;
let altman: { id: string; name: string; visits: ApiVisit[] };
let pageErrors: string[] = [];
const pages: Page[] = [];

describe.skipIf(chromiumMissingLocally)('analyst explorer', () => {
  beforeAll(async () => {
    // Launch first: without Chromium the suite fails at once with the reason.
    browser = await launchBrowser();
    explorer = await startExplorer();
    const data = await explorer.gql<{ person: typeof altman | null }>(VISITS, { name: 'Altman' });
    if (!data.person) throw new Error('the sample articles no longer yield Sam Altman');
    altman = data.person;
  });

  afterAll(async () => {
    await browser?.close();
    await explorer?.close();
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    // Every test must leave the page without uncaught errors.
    const errors = pageErrors;
    pageErrors = [];
    expect(errors).toEqual([]);
  });

  async function open(hash: string): Promise<Page> {
    const { page, errors } = await openPage(browser);
    pages.push(page);
    pageErrors = errors;
    await page.goto(`${explorer.url}/${hash}`);
    return page;
  }

  function visitRow(page: Page, countryName: string) {
    return page.locator('tr.visit-row', { has: page.locator('th', { hasText: countryName }) });
  }

  it('finds a person as you type, keyboard-only, and lists every visited country with its purposes', async () => {
    const page = await open('#/');
    const box = page.getByRole('combobox', { name: /search/i });
    await box.click();
    await box.pressSequentially('Altman', { delay: 20 });
    const option = page.getByRole('option', { name: /Sam Altman/ });
    await expect.poll(() => option.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Arrow down onto the first result and choose it with Enter.
    await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBeTruthy();
    const active = await box.getAttribute('aria-activedescendant');
    await expect.poll(() => page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active}`).innerText()).toContain('Sam Altman');
    await box.press('Enter');

    await page.waitForURL(/#\/person\/person:sam-altman$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sam Altman');
    await page.locator('tr.visit-row').first().waitFor();
    expect(altman.visits.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('tr.visit-row').count()).toBe(altman.visits.length);
    for (const visit of altman.visits) {
      const row = visitRow(page, visit.country.name);
      expect(await row.count(), visit.country.name).toBe(1);
      const text = await row.innerText();
      expect(text).toContain(visit.status === 'PLANNED' ? 'planned' : 'reported');
      for (const purpose of visit.purposes) expect(text).toContain(purpose.name);
    }
    // The story the samples tell: Altman went to South Korea about memory chips.
    expect(await visitRow(page, 'South Korea').innerText()).toMatch(/memory chips/);
  });

  it('expands a visit to its evidence sentences with links to the articles', async () => {
    const page = await open('#/person/person:sam-altman');
    const korea = altman.visits.find((v) => v.country.id === 'country:kr');
    expect(korea, 'a visit to South Korea in the samples').toBeTruthy();
    const row = visitRow(page, 'South Korea');
    const toggle = row.getByRole('button', { name: /Evidence for South Korea/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const detail = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await detail.isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await detail.waitFor({ state: 'visible' });
    const quotes = await detail.locator('blockquote').allInnerTexts();
    expect(quotes.length).toBe(korea!.evidence.length);
    for (const e of korea!.evidence) expect(quotes).toContain(e.text);
    const first = korea!.evidence.find((e) => e.article.url)!;
    const link = detail.locator(`a[href="${first.article.url}"]`).first();
    expect(await link.innerText()).toContain(first.article.title);
    expect(await link.getAttribute('rel')).toContain('noopener');

    // "read here" opens the stored article with the sentence marked in its text.
    await detail.getByRole('link', { name: 'read here' }).first().click();
    await page.waitForURL(/#\/article\//);
    await page.locator('.article-text mark').first().waitFor();
    expect(await page.locator('.article-text').innerText()).toContain(korea!.evidence[0]!.text.slice(0, 40));

    // Collapsing again hides the sentences.
    await page.goBack();
    const again = visitRow(page, 'South Korea').getByRole('button', { name: /Evidence for South Korea/ });
    await again.waitFor();
    await again.click();
    await again.click();
    expect(await again.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens deep links directly, and the back button returns to the previous view', async () => {
    const page = await open('#/country/country:kr');
    await expect.poll(() => page.locator('h1').innerText()).toBe('South Korea');
    const visitors = await page.locator('#visits tr.visit-row th').allInnerTexts();
    expect(visitors).toContain('Sam Altman');
    expect(visitors).toContain('Jensen Huang');
    expect(await page.locator('#organisations').innerText()).toMatch(/SK hynix/);

    // A country code is a deep link too, redirected to the id (without an extra history entry).
    await page.goto(`${explorer.url}/#/country/JP`);
    await page.waitForURL(/#\/country\/country:jp$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Japan');

    // Follow the link to a visitor, then go back.
    await page.locator('#visits').getByRole('link', { name: 'Sam Altman' }).first().click();
    await page.waitForURL(/#\/person\/person:sam-altman$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sam Altman');
    await page.goBack();
    await page.waitForURL(/#\/country\/country:jp$/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Japan');

    // An organisation deep link shows its profile with people and relations.
    await page.goto(`${explorer.url}/#/organization/organization:openai`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('OpenAI');
    expect(await page.locator('#people').innerText()).toContain('Sam Altman');
  });

  it('draws the network of an entity and the path between two', async () => {
    const page = await open('#/graph/person:sam-altman');
    const graph = page.locator('[data-testid="graph"]');
    await expect.poll(() => graph.getAttribute('data-nodes'), { timeout: 15_000 }).not.toBeNull();
    const nodes = Number(await graph.getAttribute('data-nodes'));
    // Altman, each visited country, and more.
    expect(nodes).toBeGreaterThan(altman.visits.length);
    expect(await graph.locator('canvas').count()).toBeGreaterThan(0);
    const links = await page.locator('table.links').innerText();
    for (const v of altman.visits) expect(links).toContain(v.country.name);

    // Growing the drawing from the keyboard-usable list: South Korea brings its other visitors.
    await page.getByRole('button', { name: 'Expand South Korea' }).click();
    await expect.poll(async () => Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(nodes);
    expect(await page.locator('table.links').innerText()).toContain('Jensen Huang');
    expect(await page.getByRole('button', { name: 'Expand South Korea' }).count()).toBe(0);

    await page.goto(`${explorer.url}/#/path/organization:openai/organization:sk-hynix`);
    await page.locator('ol.paths li').first().waitFor();
    expect(await page.locator('h1').innerText()).toMatch(/OpenAI\s*↔\s*SK hynix/);
    const path = page.locator('[data-testid="graph"]');
    await expect.poll(async () => Number(await path.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(2);
  });

  it('lists follow-up leads, each with its reason', async () => {
    const page = await open('#/leads');
    await page.locator('.lead .reason').first().waitFor();
    const reasons = await page.locator('.lead .reason').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r.trim().length).toBeGreaterThan(20);
    // The samples announce trips nobody later reports: they must show as unconfirmed plans.
    const plans = page.locator('[data-group="unconfirmedPlans"] .lead');
    expect(await plans.count()).toBeGreaterThan(0);
    expect(await plans.first().innerText()).toMatch(/plan/i);
  });

  it('shows theme trends as a chart on the overview', async () => {
    const page = await open('#/');
    await page.locator('svg.chart g.series').first().waitFor();
    const series = await page.locator('svg.chart g.series').count();
    expect(series).toBeGreaterThan(0);
    expect(await page.locator('svg.chart g.series path').first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L/);
    expect(await page.locator('ul.legend a').count()).toBe(series);
  });

  it('shows not-found for unknown deep links and the API error code for bad requests', async () => {
    const page = await open('#/person/person:nobody-at-all');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Not found');
    expect(await page.locator('[data-view="not-found"]').innerText()).toContain('person:nobody-at-all');

    await page.goto(`${explorer.url}/#/no/such/page/here`);
    await expect.poll(() => page.locator('[data-view="not-found"]').innerText()).toContain('no/such/page/here');

    // Themes are never on a path: the API refuses with BAD_USER_INPUT and the page says so.
    await page.goto(`${explorer.url}/#/path/person:sam-altman/theme:memory`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('BAD_USER_INPUT');
  });

  it('gives every control on a profile an accessible name', async () => {
    const page = await open('#/person/person:sam-altman');
    await page.locator('tr.visit-row').first().waitFor();
    const unnamed = await page.evaluate(() => {
      const missing: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('button, input, select, a[href], [role="combobox"], [role="img"]')) {
        if (el.closest('[hidden]') || el.closest('dialog:not([open])')) continue;
        const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        const name = el.getAttribute('aria-label') ?? labelled?.textContent ?? el.closest('label')?.textContent ?? el.textContent ?? '';
        if (!name.trim()) missing.push(el.outerHTML.slice(0, 80));
      }
      return missing;
    });
    expect(unnamed).toEqual([]);
    // One h1 per view, and the visits table has column headers.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('table.visits thead th[scope="col"]').count()).toBeGreaterThanOrEqual(7);
  });

  it('asks for the access token when the server needs one, then loads', async () => {
    // The same UI and store behind a second server that wants a read token.
    const guarded = createServer({ store: explorer.store, config: { apiToken: API_TOKEN, readToken: 'e2e-read-token' }, staticDir: explorer.staticDir });
    const running = await guarded.listen(0);
    try {
      const { page, errors } = await openPage(browser);
      pages.push(page);
      await page.goto(`${running.url}/#/person/person:sam-altman`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('UNAUTHENTICATED');
      await alert.getByRole('button', { name: 'Enter access token' }).click();
      await page.getByLabel('Token', { exact: true }).fill('e2e-read-token');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe('Sam Altman');
      await page.locator('tr.visit-row').first().waitFor();
      // 401s on the way are the browser reporting the refused requests, not page errors.
      pageErrors = errors.filter((e) => !/401/.test(e));
    } finally {
      await running.close();
    }
  });

  it('shows a visit ingested through the API in the open person view without a reload', async () => {
    // An overview open in another tab counts the new article too.
    const overview = await open('#/');
    const before = await explorer.gql<{ articles: { totalCount: number } }>('{ articles(first: 1) { totalCount } }');
    await expect.poll(() => overview.locator('[data-view="home"] .page-head').innerText()).toContain(`${before.articles.totalCount} articles`);
    const overviewErrors = pageErrors;

    const page = await open('#/person/person:sam-altman');
    await page.locator('tr.visit-row').first().waitFor();
    expect(await visitRow(page, 'Vietnam').count()).toBe(0);
    await page.locator('article.profile[data-live="on"]').waitFor({ timeout: 10_000 });
    // A reload would lose this.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    // The stream is open; give the server a moment to register the subscription.
    await page.waitForTimeout(300);

    const result = await explorer.gql<{ ingestArticles: { new: number; results: Array<{ status: string; reason: string | null }> } }>(
      `mutation ($input: [ArticleInput!]!) { ingestArticles(input: $input) { new results { status reason } } }`,
      {
        input: [
          {
            title: 'Altman lands in Hanoi to talk data centres',
            source: 'E2E Wire',
            url: 'https://e2e.example/altman-hanoi',
            publishedAt: '2025-10-20',
            text: 'HANOI — OpenAI chief executive Sam Altman visited Vietnam on Monday to discuss data centers and chip supply with government officials.\n\nHe met Prime Minister Pham Minh Chinh in Hanoi.',
          },
        ],
      },
    );
    expect(result.ingestArticles.results[0]).toMatchObject({ status: 'NEW' });

    const row = visitRow(page, 'Vietnam');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toMatch(/reported/);
    expect(await row.innerText()).toMatch(/data centers/);
    expect(await row.locator('.new-tag').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // The update is announced in the polite live region too.
    await expect.poll(() => page.locator('#toasts').innerText()).toContain('Vietnam');
    await expect.poll(() => overview.locator('[data-view="home"] .page-head').innerText()).toContain(`${before.articles.totalCount + 1} articles`);
    expect(await overview.locator('#toasts').innerText()).toContain('Altman lands in Hanoi');
    expect(overviewErrors).toEqual([]);
  });
});
