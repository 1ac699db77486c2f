// Contract: the research reads the GraphQL API is built on — batch lookups, paged claim search,
// relation aggregates with independent-source counts, neighbours for path search, mention activity
// and new entities. Expected figures are derived from the fixtures, never typed in.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import type { ClaimRecord, GraphStore } from '../../src/store/port.js';
import {
  IDS,
  allExtractions,
  altmanSeoul,
  altmanUae,
  article,
  evidence,
  ramosHortaJakarta,
} from '../fixtures/extractions.js';
import { allClaims, rejectionOf, saveAll, useStore } from './harness.js';
import { storeCases } from './stores.js';

const SEOUL_AGAIN = 'Sam Altman visited South Korea again to discuss memory chips.';
const HORTA_AGAIN = 'José Ramos-Horta visited Indonesia again for trade talks.';

/** A second Example Wire story on Altman's Korea trip: same publisher, so still one source. */
function altmanSeoulFollowUp(): Extraction {
  const a = article({
    id: 'test-altman-seoul-2',
    title: 'Altman back in Seoul',
    text: SEOUL_AGAIN,
    publishedAt: '2024-04-02',
    source: 'Example Wire',
  });
  return {
    article: a,
    entities: [
      { id: IDS.altman, type: 'Person', name: 'Sam Altman', aliases: [], mentions: 1 },
      { id: IDS.korea, type: 'Country', name: 'South Korea', code: 'KR', aliases: [], mentions: 1 },
      { id: IDS.memory, type: 'Theme', name: 'Memory chips', code: 'memory', aliases: [], mentions: 1 },
    ],
    relations: [
      {
        type: 'VISITED',
        source: IDS.altman,
        target: IDS.korea,
        status: 'reported',
        confidence: 0.9,
        purposes: ['memory'],
        evidence: [evidence(a.text, SEOUL_AGAIN)],
      },
    ],
  };
}

/** A second undated, source-less story on Ramos-Horta: each source-less article counts as its own publisher. */
function hortaFollowUp(): Extraction {
  const a = article({ id: 'test-ramos-horta-2', title: 'Ramos-Horta again', text: HORTA_AGAIN });
  return {
    article: a,
    entities: [
      { id: IDS.ramosHorta, type: 'Person', name: 'José Ramos-Horta', aliases: [], mentions: 1 },
      { id: IDS.indonesia, type: 'Country', name: 'Indonesia', code: 'ID', aliases: [], mentions: 1 },
    ],
    relations: [
      {
        type: 'VISITED',
        source: IDS.ramosHorta,
        target: IDS.indonesia,
        status: 'reported',
        confidence: 0.9,
        purposes: ['trade'],
        evidence: [evidence(a.text, HORTA_AGAIN)],
      },
    ],
  };
}

function dataset(): Extraction[] {
  return [...allExtractions(), altmanSeoulFollowUp(), hortaFollowUp()];
}

const ids = <T extends { id: string }>(xs: ReadonlyArray<T | null>): Array<string | null> => xs.map((x) => x?.id ?? null);

/** Claims() order: oldest effective date first, undated last, then id. */
function claimOrder(a: ClaimRecord, b: ClaimRecord): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What the fixtures say each article's publisher is, for counting independent sources by hand. */
function publishers(xs: readonly Extraction[], articleIds: readonly string[]): number {
  const keys = new Set(
    articleIds.map((id) => {
      const a = xs.find((x) => x.article.id === id)?.article;
      if (!a) throw new Error(`unknown article ${id}`);
      return a.source !== null ? `source:${a.source}` : `article:${a.id}`;
    }),
  );
  return keys.size;
}

describe.each(storeCases())('contract [%s] research reads', (_name, factory) => {
  const store = useStore(factory);
  const fill = async (): Promise<{ xs: Extraction[]; claims: ClaimRecord[] }> => {
    const xs = dataset();
    await saveAll(store(), xs);
    return { xs, claims: await allClaims(store()) };
  };

  it('looks up articles and claims in batches, in the order asked, null where unknown', async () => {
    const { claims } = await fill();
    const articles = await store().getArticles(['test-altman-uae', 'nope', 'test-altman-seoul', 'test-altman-uae']);
    expect(ids(articles)).toEqual(['test-altman-uae', null, 'test-altman-seoul', 'test-altman-uae']);
    expect(articles[0]).toEqual(await store().getArticle('test-altman-uae'));
    const wanted = [claims[3]!.id, 'claim:missing', claims[0]!.id];
    const found = await store().getClaims(wanted);
    expect(ids(found)).toEqual([claims[3]!.id, null, claims[0]!.id]);
    expect(found[0]).toEqual(claims[3]);
    expect(await store().getArticles([])).toEqual([]);
    expect(await store().getClaims([])).toEqual([]);
  });

  it('gives each article its mentions (most mentioned first) and its claims', async () => {
    const { xs, claims } = await fill();
    const keys = ['test-altman-seoul', 'test-french-note', 'nope', 'test-altman-uae'];
    const mentions = await store().mentionsOfArticles(keys);
    expect(mentions).toHaveLength(keys.length);
    keys.forEach((key, i) => {
      const x = xs.find((e) => e.article.id === key);
      const expected = [...(x?.entities ?? [])]
        .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
        .map((e) => [e.id, e.mentions]);
      expect(mentions[i]!.map((m) => [m.entityId, m.count])).toEqual(expected);
      expect(mentions[i]!.every((m) => m.articleId === key)).toBe(true);
    });
    const perArticle = await store().claimsOfArticles(keys);
    keys.forEach((key, i) => {
      expect(perArticle[i]).toEqual(claims.filter((c) => c.articleId === key).sort(claimOrder));
    });
  });

  it('gives each entity its claims by end and type, in claims() order, capped per entity', async () => {
    const { claims } = await fill();
    const keys = [IDS.altman, IDS.japan, 'person:nobody', IDS.korea];
    const of = (end: 'source' | 'target' | 'either', id: string, types?: string[]) =>
      claims
        .filter((c) => (end === 'source' ? c.source === id : end === 'target' ? c.target === id : c.source === id || c.target === id))
        .filter((c) => !types || types.includes(c.type))
        .sort(claimOrder);
    for (const end of ['source', 'target', 'either'] as const) {
      const got = await store().claimsOfEntities(keys, { end });
      keys.forEach((id, i) => expect(got[i], `${end} ${id}`).toEqual(of(end, id)));
    }
    const visits = await store().claimsOfEntities(keys, { end: 'source', types: ['VISITED'] });
    expect(visits[0]).toEqual(of('source', IDS.altman, ['VISITED']));
    expect(visits[0]!.map((c) => c.target)).toEqual([IDS.korea, IDS.uae, IDS.japan, IDS.japan, IDS.korea]);
    const mixed = await store().claimsOfEntities([IDS.altman], { end: 'either', types: ['ROLE_AT', 'MET_WITH'] });
    expect(mixed[0]).toEqual(of('either', IDS.altman, ['ROLE_AT', 'MET_WITH']));
    const capped = await store().claimsOfEntities(keys, { end: 'either', limitPerEntity: 2 });
    keys.forEach((id, i) => expect(capped[i]).toEqual(of('either', id).slice(0, 2)));
    expect((await rejectionOf(store().claimsOfEntities(keys, { end: 'either', limitPerEntity: -1 }))).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await rejectionOf(store().claimsOfEntities(keys, { end: 'either', types: ['INVADED' as never] }))).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages each entity\'s articles exactly as listArticles does', async () => {
    await fill();
    const keys = [IDS.altman, IDS.korea, 'person:nobody', IDS.ramosHorta];
    for (const page of [{}, { limit: 2 }, { limit: 2, offset: 1 }, { offset: 10 }]) {
      const got = await store().articlesOfEntities(keys, page);
      for (const [i, id] of keys.entries()) {
        expect(got[i], `${id} ${JSON.stringify(page)}`).toEqual(await store().listArticles({ entityId: id, ...page }));
      }
    }
  });

  it('searches claims by several types, theme, date bounds and words, with paging and a total', async () => {
    const { claims } = await fill();
    const all = [...claims].sort(claimOrder);
    const everything = await store().findClaims({ limit: 1000 });
    expect(everything).toEqual({ items: all, total: all.length });

    const dated = await store().findClaims({ types: ['VISITED', 'MET_WITH'], from: '2024-02-01', to: '2024-03-14' });
    const expected = all.filter(
      (c) => (c.type === 'VISITED' || c.type === 'MET_WITH') && c.date !== null && c.date >= '2024-02-01' && c.date.slice(0, 10) <= '2024-03-14',
    );
    expect(dated.items).toEqual(expected);
    expect(dated.items.map((c) => c.target)).toEqual([IDS.uae, IDS.japan, IDS.japan]);

    const memory = await store().findClaims({ theme: 'memory' });
    expect(memory.items).toEqual(all.filter((c) => c.purposes.includes('memory') || c.themes.includes('memory')));
    expect(memory.total).toBe(2);
    expect((await store().findClaims({ theme: IDS.memory })).items).toEqual(memory.items);

    const ofAltman = await store().findClaims({ entity: IDS.altman, limit: 2, offset: 1 });
    const hisClaims = all.filter((c) => c.source === IDS.altman || c.target === IDS.altman);
    expect(ofAltman).toEqual({ items: hisClaims.slice(1, 3), total: hisClaims.length });

    const planned = await store().findClaims({ status: 'planned' });
    expect(planned.items.map((c) => c.target)).toEqual([IDS.japan]);
    const words = await store().findClaims({ search: 'mengunjungi', types: ['VISITED'] });
    expect(words.items.map((c) => c.target).sort()).toEqual([IDS.japan, IDS.uae].sort());
    expect(await store().findClaims({ search: '"' })).toEqual({ items: [], total: 0 });
    expect((await rejectionOf(store().findClaims({ from: 'soon' }))).code).toBe('BAD_USER_INPUT');
    expect((await rejectionOf(store().findClaims({ limit: 10_001 }))).code).toBe('BAD_USER_INPUT');
  });

  it('groups claims into relations with article, independent-source and status counts', async () => {
    const { xs, claims } = await fill();
    const page = await store().relations({ limit: 1000 });
    const keys = new Set(claims.map((c) => `${c.type} ${c.source} ${c.target}`));
    expect(page.total).toBe(keys.size);
    expect(page.items).toHaveLength(keys.size);
    for (const r of page.items) {
      const mine = claims.filter((c) => c.type === r.type && c.source === r.source && c.target === r.target).sort(claimOrder);
      expect(r.claimIds).toEqual(mine.map((c) => c.id));
      expect(r.sources).toBe(publishers(xs, mine.map((c) => c.articleId)));
      expect(r.reported).toBe(mine.filter((c) => c.status === 'reported').length);
      expect(r.planned).toBe(mine.filter((c) => c.status === 'planned').length);
      const dates = mine.map((c) => c.date).filter((d): d is string => d !== null).sort();
      expect(r.firstDate).toBe(dates[0] ?? null);
      expect(r.lastDate).toBe(dates.at(-1) ?? null);
    }
    const find = (type: string, source: string, target: string) =>
      page.items.find((r) => r.type === type && r.source === source && r.target === target);
    // Two Example Wire stories: two articles, one publisher.
    expect(find('VISITED', IDS.altman, IDS.korea)).toMatchObject({ sources: 1, reported: 2 });
    expect(find('VISITED', IDS.altman, IDS.korea)?.claimIds).toHaveLength(2);
    // Kabar Contoh's plan and Example Wire's report: two publishers.
    expect(find('VISITED', IDS.altman, IDS.japan)).toMatchObject({ sources: 2, reported: 1, planned: 1 });
    // Two source-less articles count as two publishers.
    expect(find('VISITED', IDS.ramosHorta, IDS.indonesia)).toMatchObject({ sources: 2 });
    // Most claims first, then latest date.
    const order = page.items.map((r) => [r.claimIds.length, r.lastDate ?? ''] as const);
    for (let i = 1; i < order.length; i++) {
      const [n0, d0] = order[i - 1]!;
      const [n1, d1] = order[i]!;
      expect(n0 > n1 || (n0 === n1 && (d0 >= d1 || d1 === ''))).toBe(true);
    }

    const single = await store().relations({ maxSources: 1, limit: 1000 });
    expect(single.items).toEqual(page.items.filter((r) => r.sources <= 1));
    const visits = await store().relations({ type: 'VISITED', entity: IDS.altman });
    expect(visits.items.map((r) => r.target).sort()).toEqual([IDS.japan, IDS.korea, IDS.uae].sort());
    const second = await store().relations({ limit: 2, offset: 2 });
    expect(second).toEqual({ items: page.items.slice(2, 4), total: page.total });
    expect((await rejectionOf(store().relations({ maxSources: -2 }))).code).toBe('BAD_USER_INPUT');
  });

  it('lists neighbours over claims and, when asked, co-mentions, never themes, strongest first', async () => {
    const { xs, claims } = await fill();
    const types = new Map(xs.flatMap((x) => x.entities.map((e) => [e.id, e.type] as const)));
    const expectedFor = (from: string, coMention: boolean) => {
      const counts = new Map<string, { claims: string[]; articles: string[] }>();
      const slot = (to: string) => {
        let s = counts.get(to);
        if (!s) counts.set(to, (s = { claims: [], articles: [] }));
        return s;
      };
      for (const c of claims) {
        if (c.source === from && c.target !== from) slot(c.target).claims.push(c.id);
        else if (c.target === from && c.source !== from) slot(c.source).claims.push(c.id);
      }
      if (coMention) {
        for (const x of xs) {
          if (!x.entities.some((e) => e.id === from)) continue;
          for (const e of x.entities) if (e.id !== from) slot(e.id).articles.push(x.article.id);
        }
      }
      return [...counts.entries()]
        .filter(([to]) => types.get(to) !== 'Theme')
        .map(([to, s]) => ({
          from,
          to,
          claims: s.claims.length,
          claimIds: [...s.claims].sort(),
          coMentions: s.articles.length,
          articleIds: [...s.articles].sort(),
        }))
        .sort((a, b) => b.claims + b.coMentions - (a.claims + a.coMentions) || (a.to < b.to ? -1 : 1));
    };

    const viaClaims = await store().neighbors([IDS.altman], { coMention: false });
    expect(viaClaims).toEqual(expectedFor(IDS.altman, false));
    expect(viaClaims.map((n) => n.to)).toContain(IDS.chey);
    expect(viaClaims.map((n) => n.to)).not.toContain(IDS.skHynix);

    const both = await store().neighbors([IDS.openai, IDS.skHynix], { coMention: true });
    expect(both).toEqual([...expectedFor(IDS.openai, true), ...expectedFor(IDS.skHynix, true)]);
    const hynix = both.find((n) => n.from === IDS.openai && n.to === IDS.skHynix);
    expect(hynix).toMatchObject({ claims: 0, coMentions: 1, articleIds: ['test-altman-seoul'] });
    expect(both.some((n) => types.get(n.to) === 'Theme')).toBe(false);

    const capped = await store().neighbors([IDS.altman], { coMention: true, limitPerEntity: 3, idsPerPair: 1 });
    expect(capped.map((n) => n.to)).toEqual(expectedFor(IDS.altman, true).slice(0, 3).map((n) => n.to));
    expect(capped.every((n) => n.claimIds.length <= 1 && n.articleIds.length <= 1)).toBe(true);
    expect(await store().neighbors(['person:nobody'], { coMention: true })).toEqual([]);
    expect((await rejectionOf(store().neighbors([IDS.altman], { coMention: true, limitPerEntity: 5000 }))).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('counts mentions per entity and day over a date range, optionally alongside another entity', async () => {
    const { xs } = await fill();
    const inRange = (d: string | null, from: string, to: string) => d !== null && d >= from && d.slice(0, to.length) <= to;
    const expected = (from: string, to: string, withId?: string) => {
      const rows = new Map<string, { entityId: string; day: string; articles: number; mentions: number }>();
      for (const x of xs) {
        if (!inRange(x.article.publishedAt, from, to)) continue;
        if (withId && !x.entities.some((e) => e.id === withId)) continue;
        for (const e of x.entities) {
          if (e.type !== 'Theme') continue;
          const day = x.article.publishedAt!.slice(0, 10);
          const key = `${e.id} ${day}`;
          const row = rows.get(key) ?? { entityId: e.id, day, articles: 0, mentions: 0 };
          row.articles += 1;
          row.mentions += e.mentions;
          rows.set(key, row);
        }
      }
      return [...rows.values()].sort((a, b) => (a.entityId + a.day < b.entityId + b.day ? -1 : 1));
    };
    const themes = await store().mentionActivity({ type: 'Theme', from: '2024-01-01', to: '2024-12-31', byDay: true });
    expect(themes).toEqual(expected('2024-01-01', '2024-12-31'));
    expect(themes.find((r) => r.entityId === IDS.ai && r.day === '2024-03-14')).toEqual({
      entityId: IDS.ai,
      day: '2024-03-14',
      articles: 1,
      mentions: 1,
    });
    const withJapan = await store().mentionActivity({ type: 'Theme', byDay: true, from: '2024', to: '2024', coMentionedWith: IDS.japan });
    expect(withJapan).toEqual(expected('2024', '2024', IDS.japan));

    const totals = await store().mentionActivity({ from: '2024-01-01', to: '2024-02-29' });
    const altman = totals.find((r) => r.entityId === IDS.altman);
    const his = xs.filter((x) => inRange(x.article.publishedAt, '2024-01-01', '2024-02-29')).flatMap((x) => x.entities.filter((e) => e.id === IDS.altman));
    expect(altman).toEqual({ entityId: IDS.altman, day: null, articles: his.length, mentions: his.reduce((n, e) => n + e.mentions, 0) });
    // No bounds: undated articles count too (their day is null).
    const horta = (await store().mentionActivity({ byDay: true })).filter((r) => r.entityId === IDS.ramosHorta);
    expect(horta).toEqual([{ entityId: IDS.ramosHorta, day: null, articles: 2, mentions: 2 }]);
    expect((await rejectionOf(store().mentionActivity({ to: 'tomorrow' }))).code).toBe('BAD_USER_INPUT');
  });

  it('lists entities first seen since a date, latest first', async () => {
    const { xs } = await fill();
    const firstSeen = async (s: GraphStore) => {
      const seen = new Map<string, string>();
      for (const x of xs) {
        const stored = await s.getArticle(x.article.id);
        const date = x.article.publishedAt ?? stored!.ingestedAt;
        for (const e of x.entities) {
          const prev = seen.get(e.id);
          if (prev === undefined || date < prev) seen.set(e.id, date);
        }
      }
      return seen;
    };
    const seen = await firstSeen(store());
    const since = '2024-02-01';
    const expected = [...seen.entries()]
      .filter(([, d]) => d >= since)
      .sort(([a, da], [b, db]) => (da !== db ? (da < db ? 1 : -1) : a < b ? -1 : 1))
      .map(([id]) => id);
    const page = await store().newEntities({ since, limit: 100 });
    expect(page.items.map((e) => e.id)).toEqual(expected);
    expect(page.total).toBe(expected.length);
    expect(page.items.map((e) => e.id)).toContain(IDS.tokyo);
    expect(page.items.map((e) => e.id)).not.toContain(IDS.altman);
    const cities = await store().newEntities({ since, type: 'City' });
    expect(cities.items.map((e) => e.id)).toEqual(expected.filter((id) => id.startsWith('city:')));
    const paged = await store().newEntities({ since, limit: 2, offset: 1 });
    expect(paged).toEqual({ items: page.items.slice(1, 3), total: page.total });
    expect((await rejectionOf(store().newEntities({ since: 'recently' }))).code).toBe('BAD_USER_INPUT');
  });

  it('stays in step with updates and deletes', async () => {
    await saveAll(store(), [altmanSeoul(), altmanUae(), ramosHortaJakarta()]);
    expect((await store().relations({ type: 'MET_WITH' })).total).toBe(1);
    await store().deleteArticle('test-altman-seoul');
    expect((await store().relations({ type: 'MET_WITH' })).total).toBe(0);
    expect(await store().getArticles(['test-altman-seoul'])).toEqual([null]);
    expect(await store().mentionsOfArticles(['test-altman-seoul'])).toEqual([[]]);
    const neighbours = await store().neighbors([IDS.altman], { coMention: true });
    expect(neighbours.map((n) => n.to)).not.toContain(IDS.chey);
  });
});
