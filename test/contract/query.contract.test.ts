// Contract: the flagship "who visited where, for what, on whose word" query, claim filters,
// batch entity lookup, article listing filters and mentions.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import type { ClaimRecord } from '../../src/store/port.js';
import {
  IDS,
  allExtractions,
  altmanSeoul,
  altmanTokyo,
  altmanUae,
  frenchNote,
  ramosHortaJakarta,
} from '../fixtures/extractions.js';
import { rejectionOf, saveAll, useStore } from './harness.js';
import { storeCases } from './stores.js';

/** What a store must answer for `type` claims from `source`, derived from the saved extractions. */
function expectedClaims(xs: readonly Extraction[], match: (r: Extraction['relations'][number]) => boolean) {
  return xs.flatMap((x) =>
    x.relations.filter(match).map((r) => ({
      articleId: x.article.id,
      target: r.target,
      status: r.status,
      purposes: r.purposes ?? [],
      date: r.date ?? x.article.publishedAt,
      evidence: r.evidence,
    })),
  );
}

function comparable(claims: ClaimRecord[]) {
  return claims.map(({ articleId, target, status, purposes, date, evidence }) => ({
    articleId,
    target,
    status,
    purposes,
    date,
    evidence,
  }));
}

const byDate = <T extends { date: string | null }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));

const titles = (page: { items: Array<{ id: string }> }): string[] => page.items.map((a) => a.id);

describe.each(storeCases())('contract [%s] queries', (_name, factory) => {
  const store = useStore(factory);

  it('answers where a person went, for what, when and on whose word, across articles', async () => {
    const xs = [altmanSeoul(), altmanUae(), altmanTokyo(), ramosHortaJakarta()];
    await saveAll(store(), xs);
    const visits = await store().claims({ source: IDS.altman, type: 'VISITED' });
    const expected = byDate(expectedClaims(xs, (r) => r.type === 'VISITED' && r.source === IDS.altman));
    expect(expected.map((e) => e.target)).toEqual([IDS.korea, IDS.uae, IDS.japan, IDS.japan]);
    expect(comparable(visits)).toEqual(expected);
    // The stated date wins over the article's; the planned trip carries the article's date.
    expect(visits.find((c) => c.target === IDS.uae)?.date).toBe('2024-02-05');
    expect(visits.find((c) => c.status === 'planned')?.date).toBe('2024-02-10');
    for (const c of visits) {
      const text = xs.find((x) => x.article.id === c.articleId)?.article.text ?? '';
      for (const ev of c.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    // Every country he went to is a known entity with its code, for the map.
    const countries = await store().getEntities([...new Set(visits.map((c) => c.target))]);
    expect(countries.map((c) => c?.code)).toEqual(['KR', 'AE', 'JP']);
  });

  it('filters claims by type, target, either end, article and status, and honours limit', async () => {
    const xs = allExtractions();
    await saveAll(store(), xs);
    const toJapan = await store().claims({ target: IDS.japan, type: 'VISITED' });
    expect(toJapan.map((c) => c.articleId).sort()).toEqual(['test-altman-tokyo', 'test-altman-uae']);

    const japan = await store().claims({ entity: IDS.japan });
    expect(japan.map((c) => `${c.type} ${c.source}`).sort()).toEqual([
      `LOCATED_IN ${IDS.tokyo}`,
      `VISITED ${IDS.altman}`,
      `VISITED ${IDS.altman}`,
    ]);

    const planned = await store().claims({ status: 'planned' });
    expect(planned.map((c) => c.target)).toEqual([IDS.japan]);

    const roles = await store().claims({ type: 'ROLE_AT', articleId: 'test-altman-seoul' });
    expect(roles.map((c) => [c.source, c.role]).sort()).toEqual([
      [IDS.chey, 'chairman'],
      [IDS.altman, 'CEO'],
    ].sort());

    const all = await store().claims();
    expect(all).toHaveLength(xs.reduce((n, x) => n + x.relations.length, 0));
    expect(await store().claims({ limit: 2 })).toEqual(all.slice(0, 2));
    expect(await store().claims({ source: 'person:nobody' })).toEqual([]);
    expect((await rejectionOf(store().claims({ limit: -1 }))).code).toBe('BAD_USER_INPUT');
    expect((await rejectionOf(store().claims({ type: 'INVADED' as never }))).code).toBe('BAD_USER_INPUT');
  });

  it('orders claims by date, undated last', async () => {
    await saveAll(store(), allExtractions());
    const dates = (await store().claims()).map((c) => c.date);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(dates.length - dated.length).toBe(ramosHortaJakarta().relations.length);
  });

  it('looks up many entities in one call, in the order asked, null where unknown', async () => {
    await saveAll(store(), [altmanSeoul(), altmanUae()]);
    const ids = [IDS.korea, 'country:zz', IDS.altman, IDS.korea, IDS.uae];
    const found = await store().getEntities(ids);
    expect(found.map((e) => e?.id ?? null)).toEqual([IDS.korea, null, IDS.altman, IDS.korea, IDS.uae]);
    expect(found[1]).toBeNull();
    expect(found[2]).toEqual(await store().getEntity(IDS.altman));
    expect(found[4]?.aliases).toEqual(['Uni Emirat Arab']);
    expect(await store().getEntities([])).toEqual([]);
  });

  it('lists articles newest first, undated last, with paging and total', async () => {
    const xs = allExtractions();
    await saveAll(store(), xs);
    const page = await store().listArticles();
    expect(page.total).toBe(xs.length);
    const expectedOrder = [...xs]
      .sort((a, b) => (b.article.publishedAt ?? '').localeCompare(a.article.publishedAt ?? ''))
      .map((x) => x.article.id);
    expect(titles(page)).toEqual(expectedOrder);
    expect(titles(page).at(-1)).toBe(ramosHortaJakarta().article.id);
    const second = await store().listArticles({ limit: 2, offset: 1 });
    expect(second.total).toBe(xs.length);
    expect(titles(second)).toEqual(expectedOrder.slice(1, 3));
    expect(await store().listArticles({ offset: 99 })).toEqual({ items: [], total: xs.length });
  });

  it('filters articles by entity, theme, language, source and date bounds', async () => {
    const xs = allExtractions();
    await saveAll(store(), xs);
    const ids = async (q: Parameters<ReturnType<typeof store>['listArticles']>[0]) =>
      titles(await store().listArticles(q)).sort();
    const having = (pred: (x: Extraction) => boolean) =>
      xs.filter(pred).map((x) => x.article.id).sort();

    expect(await ids({ entityId: IDS.altman })).toEqual(having((x) => x.entities.some((e) => e.id === IDS.altman)));
    expect(await ids({ theme: 'ai' })).toEqual(having((x) => x.entities.some((e) => e.id === IDS.ai)));
    expect(await ids({ theme: 'ai' })).toEqual(['test-altman-tokyo', 'test-altman-uae']);
    expect(await ids({ theme: IDS.ai })).toEqual(await ids({ theme: 'ai' }));
    expect(await ids({ language: 'id' })).toEqual(['test-altman-uae']);
    expect(await ids({ source: 'Example Wire' })).toEqual(['test-altman-seoul', 'test-altman-tokyo']);
    expect(await ids({ from: '2024-02-01' })).toEqual(['test-altman-tokyo', 'test-altman-uae']);
    // Inclusive bounds: the Tokyo article's date-time falls on the `to` day.
    expect(await ids({ from: '2024-01-30', to: '2024-03-14' })).toEqual([
      'test-altman-tokyo',
      'test-altman-uae',
      'test-french-note',
    ]);
    expect(await ids({ to: '2024-01-25' })).toEqual(['test-altman-seoul']);
    expect(await ids({ entityId: IDS.altman, source: 'Example Wire', from: '2024-02-01' })).toEqual([
      'test-altman-tokyo',
    ]);
    const filtered = await store().listArticles({ entityId: IDS.altman, limit: 1 });
    expect(filtered.items).toHaveLength(1);
    expect(filtered.total).toBe(3);
    expect(await store().listArticles({ theme: 'no-such-theme' })).toEqual({ items: [], total: 0 });
    expect((await rejectionOf(store().listArticles({ from: 'yesterday' }))).code).toBe('BAD_USER_INPUT');
    expect((await rejectionOf(store().listArticles({ limit: 1.5 }))).code).toBe('BAD_USER_INPUT');
  });

  it('lists mentions by article and by entity', async () => {
    const xs = [altmanSeoul(), altmanUae(), altmanTokyo(), frenchNote()];
    await saveAll(store(), xs);
    const ofAltman = await store().mentions({ entityId: IDS.altman });
    expect(ofAltman.map((m) => [m.articleId, m.count]).sort()).toEqual(
      xs
        .flatMap((x) => x.entities.filter((e) => e.id === IDS.altman).map((e) => [x.article.id, e.mentions]))
        .sort(),
    );
    // The Tokyo article called him "Altman" only; that form is an alias now that "Sam Altman" is his name.
    expect(ofAltman.find((m) => m.articleId === 'test-altman-tokyo')?.aliases).toEqual(['Altman']);
    expect(await store().mentions({ articleId: 'test-french-note' })).toEqual([]);
    const one = await store().mentions({ articleId: 'test-altman-uae', entityId: IDS.uae });
    expect(one).toEqual([{ articleId: 'test-altman-uae', entityId: IDS.uae, count: 1, aliases: ['Uni Emirat Arab'] }]);
  });

  it('computes entity figures from the articles that mention it', async () => {
    const xs = [altmanSeoul(), altmanUae(), altmanTokyo(), ramosHortaJakarta()];
    await saveAll(store(), xs);
    const altman = await store().getEntity(IDS.altman);
    const his = xs.flatMap((x) => x.entities.filter((e) => e.id === IDS.altman).map((e) => ({ x, e })));
    expect(altman).toMatchObject({
      name: 'Sam Altman',
      aliases: ['Altman'],
      mentions: his.reduce((n, { e }) => n + e.mentions, 0),
      articleCount: his.length,
      firstSeen: '2024-01-25',
      lastSeen: '2024-03-14T09:30:00Z',
    });
    // Undated article: first and last seen fall back to when it was stored.
    const horta = await store().getEntity(IDS.ramosHorta);
    const stored = await store().getArticle('test-ramos-horta');
    expect(horta?.firstSeen).toBe(stored?.ingestedAt);
    expect(horta?.lastSeen).toBe(stored?.ingestedAt);
  });
});
