// Contract: entity search (case/accent-insensitive, word prefixes, aliases), evidence search,
// hostile search text, and search staying in step with updates and deletes.
import { describe, expect, it } from 'vitest';
import {
  IDS,
  allExtractions,
  altmanSeoul,
  altmanSeoulRevised,
  altmanUae,
} from '../fixtures/extractions.js';
import { saveAll, snapshot, useStore } from './harness.js';
import { storeCases } from './stores.js';

const HOSTILE = [
  '"',
  '""',
  '*',
  'OR',
  'AND',
  'NOT',
  'NEAR(',
  'NEAR(altman sam, 2)',
  "');DROP TABLE entities;--",
  '"; DROP TABLE articles; --',
  'altman OR',
  'name:altman',
  '^altman',
  '(altman',
  'alt*man',
  '\\',
  '%',
  '_',
  '{name}: x',
  '\u0000',
  ' ',
];

describe.each(storeCases())('contract [%s] search', (_name, factory) => {
  const store = useStore(factory);
  const found = async (search: string, type?: 'Person' | 'Organization' | 'Country' | 'City' | 'Theme') =>
    (await store().findEntities({ search, ...(type ? { type } : {}) })).items.map((e) => e.id);

  it('finds entities by a word prefix of their name, whatever the case or accents', async () => {
    await saveAll(store(), allExtractions());
    expect(await found('altman')).toEqual([IDS.altman]);
    expect(await found('ALTMÁN')).toEqual([IDS.altman]);
    expect(await found('Sam Altman')).toEqual([IDS.altman]);
    expect(await found('altman sam')).toEqual([IDS.altman]);
    expect(await found('sk hyn')).toEqual([IDS.skHynix]);
    expect(await found('SK HYNIX')).toEqual([IDS.skHynix]);
    expect(await found('jose')).toEqual([IDS.ramosHorta]);
    expect(await found('José Ramos')).toEqual([IDS.ramosHorta]);
    expect(await found('horta')).toEqual([IDS.ramosHorta]);
    // A word prefix, not any substring.
    expect(await found('ltman')).toEqual([]);
    expect(await found('nobody')).toEqual([]);
  });

  it('finds entities through their aliases', async () => {
    await saveAll(store(), allExtractions());
    expect(await found('emirat')).toEqual([IDS.uae]);
    expect(await found('uni emirat arab')).toEqual([IDS.uae]);
    expect(await found('jepang')).toEqual([IDS.japan]);
    expect(await found('kecerdasan')).toEqual([IDS.ai]);
  });

  it('narrows by type, ranks the exact name first, pages with a total', async () => {
    await saveAll(store(), allExtractions());
    expect(await found('seoul', 'City')).toEqual([IDS.seoul]);
    expect(await found('seoul', 'Country')).toEqual([]);
    const countries = await store().findEntities({ type: 'Country' });
    const countryIds = new Set(
      allExtractions().flatMap((x) => x.entities.filter((e) => e.type === 'Country').map((e) => e.id)),
    );
    expect(countries.total).toBe(countryIds.size);
    expect(new Set(countries.items.map((e) => e.id))).toEqual(countryIds);
    // Most mentioned first when no name matches exactly.
    const mentions = countries.items.map((e) => e.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    const sk = await store().findEntities({ search: 'sk' });
    expect(sk.items.map((e) => e.id).sort()).toEqual([IDS.skGroup, IDS.skHynix]);
    const pageOne = await store().findEntities({ search: 'sk', limit: 1 });
    const pageTwo = await store().findEntities({ search: 'sk', limit: 1, offset: 1 });
    expect(pageOne.total).toBe(2);
    expect([...pageOne.items, ...pageTwo.items]).toEqual(sk.items);
    expect((await store().findEntities({ search: 'sk group' })).items[0]?.id).toBe(IDS.skGroup);

    const all = await store().findEntities({ limit: 1000 });
    expect(all.total).toBe((await store().stats()).entities);
  });

  it('treats hostile search text as plain words', async () => {
    await saveAll(store(), allExtractions());
    const before = await snapshot(store());
    for (const text of HOSTILE) {
      const page = await store().findEntities({ search: text });
      expect(page.total, text).toBe(page.items.length);
      expect(Array.isArray(await store().claims({ search: text })), text).toBe(true);
    }
    // Quotes, stars and operators around a real word do not stop it being found.
    expect(await found('"altman')).toEqual([IDS.altman]);
    expect(await found('altman*')).toEqual([IDS.altman]);
    expect(await found('(altman')).toEqual([IDS.altman]);
    expect(await found('NEAR(')).toEqual([]);
    expect(await snapshot(store())).toEqual(before);
  });

  it('searches claim evidence by words, accent- and case-insensitively', async () => {
    await saveAll(store(), allExtractions());
    const hits = await store().claims({ search: 'mengunjungi', type: 'VISITED' });
    expect(hits.map((c) => c.target).sort()).toEqual([IDS.japan, IDS.uae].sort());
    const semi = await store().claims({ search: 'SEMICONDUCTOR', type: 'VISITED' });
    expect(semi.map((c) => c.target)).toEqual([IDS.korea]);
    expect((await store().claims({ search: 'jose ramos' })).map((c) => c.type).sort()).toEqual(['ROLE_AT', 'VISITED']);
    expect((await store().claims({ search: 'mengunjungi' })).map((c) => c.type).sort()).toEqual([
      'ROLE_AT',
      'VISITED',
      'VISITED',
    ]);
    expect(await store().claims({ search: 'nowhere' })).toEqual([]);
  });

  it('keeps search in step with updates and deletes', async () => {
    await saveAll(store(), [altmanSeoul(), altmanUae()]);
    expect(await found('chey')).toEqual([IDS.chey]);
    expect((await store().claims({ search: 'chairman' })).length).toBeGreaterThan(0);

    await store().save(altmanSeoulRevised());
    expect(await found('chey')).toEqual([]);
    expect(await store().claims({ search: 'chairman' })).toEqual([]);
    expect((await store().claims({ search: 'artificial' })).map((c) => c.articleId)).toContain('test-altman-seoul');
    expect(await found('artificial')).toEqual([IDS.ai]);

    await store().deleteArticle('test-altman-uae');
    expect(await found('emirat')).toEqual([]);
    expect(await store().claims({ search: 'mengunjungi' })).toEqual([]);
    // Altman is still mentioned by the revised Seoul article; the alias only the UAE article used is gone.
    expect(await found('altman')).toEqual([IDS.altman]);
    expect((await store().getEntity(IDS.altman))?.aliases).toEqual([]);
  });
});
