// Contract: lifecycle, save/read back, idempotent re-save, update, delete, stats.
import { describe, expect, it } from 'vitest';
import { claimId } from '../../src/domain/ids.js';
import {
  IDS,
  allExtractions,
  altmanSeoul,
  altmanSeoulRevised,
  altmanTokyo,
  altmanUae,
  frenchNote,
  ramosHortaJakarta,
} from '../fixtures/extractions.js';
import { allClaims, expectedStats, idsOnlyIn, rejectionOf, saveAll, snapshot, useStore } from './harness.js';
import { storeCases } from './stores.js';

describe.each(storeCases())('contract [%s] save and read back', (_name, factory) => {
  const store = useStore(factory);

  it('starts empty, and init() may run again', async () => {
    await store().init();
    await store().ping();
    expect(await store().stats()).toEqual({ articles: 0, entities: 0, claims: 0, mentions: 0 });
    expect(await store().listArticles()).toEqual({ items: [], total: 0 });
  });

  it('reports STORE_UNAVAILABLE once closed', async () => {
    const s = await factory.open();
    await s.close();
    const err = await rejectionOf(s.ping());
    expect(err.code).toBe('STORE_UNAVAILABLE');
  });

  it('saves an article and reads back the article, entities, mentions and claims', async () => {
    const x = altmanSeoul();
    const outcome = await store().save(x);
    expect(outcome).toEqual({ status: 'new', entities: x.entities.length, relations: x.relations.length });

    const { ingestedAt, ...article } = (await store().getArticle(x.article.id)) ?? { ingestedAt: '' };
    expect(article).toEqual(x.article);
    expect(new Date(ingestedAt).toISOString()).toBe(ingestedAt);
    expect(await store().articleHash(x.article.id)).toBe(x.article.hash);
    expect(await store().articleHash('no-such-article')).toBeNull();
    expect(await store().getArticle('no-such-article')).toBeNull();

    expect(await store().getEntity(IDS.altman)).toEqual({
      id: IDS.altman,
      type: 'Person',
      name: 'Sam Altman',
      code: null,
      wikidata: null,
      aliases: ['Altman'],
      mentions: 2,
      articleCount: 1,
      firstSeen: x.article.publishedAt,
      lastSeen: x.article.publishedAt,
    });
    const korea = await store().getEntity(IDS.korea);
    expect(korea).toMatchObject({ type: 'Country', name: 'South Korea', code: 'KR', wikidata: 'Q884', aliases: [] });
    expect(await store().getEntity('person:nobody')).toBeNull();

    const mentions = await store().mentions({ articleId: x.article.id });
    expect(mentions.map((m) => m.entityId).sort()).toEqual(x.entities.map((e) => e.id).sort());
    expect(mentions.find((m) => m.entityId === IDS.altman)).toEqual({
      articleId: x.article.id,
      entityId: IDS.altman,
      count: 2,
      aliases: ['Altman'],
    });

    const claims = await store().claims({ articleId: x.article.id });
    expect(claims).toHaveLength(x.relations.length);
    for (const r of x.relations) {
      const c = claims.find((k) => k.type === r.type && k.source === r.source && k.target === r.target);
      expect(c).toEqual({
        id: claimId(x.article.id, r.type, r.source, r.target),
        type: r.type,
        source: r.source,
        target: r.target,
        articleId: x.article.id,
        status: r.status,
        confidence: r.confidence,
        purposes: r.purposes ?? [],
        role: r.role ?? null,
        themes: r.themes ?? [],
        date: r.date ?? x.article.publishedAt,
        evidence: r.evidence,
      });
      for (const ev of c?.evidence ?? []) expect(x.article.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('accepts a stated date that names only a month, and month bounds on articles', async () => {
    const x = altmanUae();
    const planned = x.relations.find((r) => r.status === 'planned');
    if (!planned) throw new Error('fixture lost the planned visit');
    planned.date = '2024-03';
    await store().save(x);
    expect((await store().claims({ status: 'planned' })).map((c) => c.date)).toEqual(['2024-03']);
    expect((await store().listArticles({ from: '2024-02', to: '2024-02' })).total).toBe(1);
    expect((await store().listArticles({ from: '2024-03' })).total).toBe(0);
  });

  it('stores an article without entities or relations', async () => {
    const x = frenchNote();
    expect((await store().save(x)).status).toBe('new');
    expect(await store().getArticle(x.article.id)).toMatchObject({ language: 'fr', languageSupported: false });
    expect(await store().stats()).toEqual({ articles: 1, entities: 0, claims: 0, mentions: 0 });
  });

  it('re-saving the same version writes nothing and says unchanged', async () => {
    const x = altmanSeoul();
    await store().save(x);
    const before = await snapshot(store());
    const again = await store().save(altmanSeoul());
    expect(again).toEqual({ status: 'unchanged', entities: x.entities.length, relations: x.relations.length });
    // ingestedAt included: an unchanged article is not even re-stamped.
    expect(await snapshot(store())).toEqual(before);
  });

  it('counts what was saved', async () => {
    const xs = allExtractions();
    await saveAll(store(), xs);
    expect(await store().stats()).toEqual(expectedStats(xs));
  });

  it('an update replaces the article’s claims and mentions and removes entities nothing mentions any more', async () => {
    const v1 = altmanSeoul();
    const uae = altmanUae();
    await saveAll(store(), [v1, uae]);
    const v2 = altmanSeoulRevised();
    const outcome = await store().save(v2);
    expect(outcome).toEqual({ status: 'updated', entities: v2.entities.length, relations: v2.relations.length });

    expect(await store().articleHash(v2.article.id)).toBe(v2.article.hash);
    expect((await store().getArticle(v2.article.id))?.text).toBe(v2.article.text);
    const claims = await store().claims({ articleId: v2.article.id });
    expect(claims.map((c) => c.id).sort()).toEqual(
      v2.relations.map((r) => claimId(v2.article.id, r.type, r.source, r.target)).sort(),
    );
    expect(claims.find((c) => c.type === 'VISITED')?.purposes).toEqual(['ai']);

    const orphans = idsOnlyIn([v1], [v2, uae]);
    expect(orphans).toEqual(expect.arrayContaining([IDS.chey, IDS.skGroup, IDS.seoul, IDS.memory]));
    expect(await store().getEntities(orphans)).toEqual(orphans.map(() => null));
    // Still mentioned elsewhere or again: kept, with figures from the current mentions only.
    expect(await store().getEntity(IDS.altman)).toMatchObject({ mentions: 1 + 2, articleCount: 2 });
    expect(await store().stats()).toEqual(expectedStats([v2, uae]));
  });

  it('keeps the fuller name whichever article comes first, and the shorter one as an alias', async () => {
    for (const order of [
      [altmanTokyo(), altmanSeoul()],
      [altmanSeoul(), altmanTokyo()],
    ]) {
      await saveAll(store(), order);
      expect(await store().getEntity(IDS.altman)).toMatchObject({ name: 'Sam Altman', aliases: ['Altman'] });
      for (const x of order) await store().deleteArticle(x.article.id);
    }
  });

  it('keeps a known code or wikidata id and fills one that was missing', async () => {
    await saveAll(store(), [altmanUae(), altmanTokyo()]);
    // altmanUae gives Japan code JP and no wikidata; altmanTokyo adds Q17.
    expect(await store().getEntity(IDS.japan)).toMatchObject({ code: 'JP', wikidata: 'Q17' });
    const renamed = altmanTokyo();
    renamed.article = { ...renamed.article, hash: `${renamed.article.hash}-v2` };
    const japan = renamed.entities.find((e) => e.id === IDS.japan);
    if (!japan) throw new Error('fixture lost Japan');
    japan.wikidata = 'Q999';
    await store().save(renamed);
    expect(await store().getEntity(IDS.japan)).toMatchObject({ code: 'JP', wikidata: 'Q17' });
  });

  it('deletes an article with its mentions, claims and the entities left unmentioned', async () => {
    const xs = [altmanSeoul(), altmanUae(), ramosHortaJakarta()];
    await saveAll(store(), xs);
    const [seoul, uae, horta] = xs as [(typeof xs)[0], (typeof xs)[0], (typeof xs)[0]];
    expect(await store().deleteArticle(uae.article.id)).toBe(true);
    expect(await store().deleteArticle(uae.article.id)).toBe(false);
    expect(await store().getArticle(uae.article.id)).toBeNull();
    expect(await store().claims({ articleId: uae.article.id })).toEqual([]);
    expect(await store().mentions({ articleId: uae.article.id })).toEqual([]);
    const gone = idsOnlyIn([uae], [seoul, horta]);
    expect(gone).toEqual(expect.arrayContaining([IDS.uae, IDS.dataCenters]));
    expect(await store().getEntities(gone)).toEqual(gone.map(() => null));
    expect(await store().getEntity(IDS.altman)).toMatchObject({ articleCount: 1 });
    expect(await store().stats()).toEqual(expectedStats([seoul, horta]));
    expect((await allClaims(store())).every((c) => c.articleId !== uae.article.id)).toBe(true);
  });
});
