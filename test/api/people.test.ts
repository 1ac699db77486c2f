// Q1/Q2: the flagship "where did this person go, when, for what, on whose word" query over HTTP,
// name lookup rules, entity lookups and the theme list.
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/extract/themes/taxonomy.js';
import { ID, corpus, jackAltman } from './fixtures.js';
import { nodeIds, onlyError, startApi } from './helpers.js';

const FLAGSHIP = `query ($name: String!) {
  person(name: $name) {
    id name
    visits {
      status firstDate lastDate articleCount sourceCount sources
      country { code name }
      purposes { code name }
      claims { id status date article { source } }
      evidence { text start end article { id title url publishedAt } }
    }
  }
}`;

describe('person(name) and visits', () => {
  it('answers the flagship query: countries, purposes, dates, sources and evidence per visit', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const { person } = await api.data(FLAGSHIP, { name: 'Altman' });
    expect(person.id).toBe(ID.altman);
    expect(person.name).toBe('Sam Altman');
    // Most recent first: Korea (again in March), Japan, the UAE.
    expect(person.visits.map((v: any) => v.country.code)).toEqual(['KR', 'JP', 'AE']);

    const korea = person.visits[0];
    expect(korea).toMatchObject({
      status: 'REPORTED',
      firstDate: '2024-01-25',
      lastDate: '2024-03-20',
      articleCount: 2,
      sourceCount: 2,
      sources: ['Example Wire', 'Seoul Daily'],
      country: { code: 'KR', name: 'South Korea' },
    });
    // Purposes: the union over both articles, with the taxonomy's names.
    const names = new Map(loadTaxonomy().map((t) => [t.code, t.name.en]));
    expect(korea.purposes).toEqual([
      { code: 'memory', name: names.get('memory') },
      { code: 'chips', name: names.get('chips') },
    ]);
    // Every evidence span is really in its article.
    for (const visit of person.visits) {
      for (const ev of visit.evidence) {
        const x = xs.find((e) => e.article.id === ev.article.id)!;
        expect(x.article.text.slice(ev.start, ev.end)).toBe(ev.text);
        expect(ev.article.title).toBe(x.article.title);
      }
    }
    expect(korea.evidence.map((e: any) => e.article.url)).toEqual(['https://example.test/seoul-1', null]);

    // Japan: planned by Kabar Contoh, then reported by Example Wire — one visit, two sources.
    const japan = person.visits[1];
    expect(japan).toMatchObject({ status: 'REPORTED', articleCount: 2, sourceCount: 2, firstDate: '2024-02-10' });
    expect(japan.claims.map((c: any) => [c.status, c.article.source])).toEqual([
      ['PLANNED', 'Kabar Contoh'],
      ['REPORTED', 'Example Wire'],
    ]);
    // The stated date wins over the article's.
    expect(person.visits[2]).toMatchObject({ firstDate: '2024-02-05', lastDate: '2024-02-05', sourceCount: 1 });
  });

  it('tells planned-only visits apart and filters by status', async () => {
    const api = await startApi({ extractions: corpus() });
    const q = `query ($status: VisitStatus) { person(name: "Jensen Huang") { visits(status: $status) { status country { code } } } }`;
    expect((await api.data(q)).person.visits).toEqual([
      { status: 'PLANNED', country: { code: 'ID' } },
      { status: 'REPORTED', country: { code: 'KR' } },
    ]);
    expect((await api.data(q, { status: 'PLANNED' })).person.visits).toEqual([{ status: 'PLANNED', country: { code: 'ID' } }]);
  });

  it('finds a person by full name or any unambiguous part, whatever the case or accents', async () => {
    const api = await startApi({ extractions: corpus() });
    const who = async (name: string) => (await api.data(`query ($n: String!) { person(name: $n) { id } }`, { n: name })).person?.id ?? null;
    expect(await who('Sam Altman')).toBe(ID.altman);
    expect(await who('sam altman')).toBe(ID.altman);
    expect(await who('ALTMÁN')).toBe(ID.altman);
    expect(await who('jose ramos-horta')).toBe(ID.horta);
    expect(await who('Ramos Horta')).toBe(ID.horta);
    expect(await who('Huang')).toBe(ID.huang);
    // Unknown: null, not an error. A non-person name finds no person.
    expect(await who('Nobody Atall')).toBeNull();
    expect(await who('Nvidia')).toBeNull();
  });

  it('refuses an ambiguous name with BAD_USER_INPUT listing the candidates', async () => {
    const api = await startApi({ extractions: [...corpus(), jackAltman()] });
    const res = await api.gql(`{ person(name: "Altman") { id } }`);
    const err = onlyError(res);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain('Sam Altman');
    expect(err.message).toContain('Jack Altman');
    expect(err.extensions['candidates']).toEqual(
      expect.arrayContaining([
        { id: ID.altman, name: 'Sam Altman' },
        { id: ID.jackAltman, name: 'Jack Altman' },
      ]),
    );
    // A fuller name settles it.
    expect((await api.data(`{ person(name: "sam altman") { id } }`)).person.id).toBe(ID.altman);
    expect(onlyError(await api.gql(`{ person(name: "  ") { id } }`)).code).toBe('BAD_USER_INPUT');
  });
});

describe('entity lookups and themes', () => {
  it('looks entities up by id, country code and search, with types', async () => {
    const api = await startApi({ extractions: corpus() });
    const d = await api.data(`{
      e: entity(id: "organization:sk-hynix") { __typename id type name mentionCount articleCount }
      none: entity(id: "person:nobody") { id }
      kr: country(code: "kr") { __typename name code }
      zz: country(code: "ZZ") { name }
      people: entities(type: PERSON) { totalCount edges { node { id } } }
      sk: entities(search: "sk") { totalCount edges { node { id name } } }
    }`);
    expect(d.e).toEqual({ __typename: 'Organization', id: ID.skHynix, type: 'ORGANIZATION', name: 'SK hynix', mentionCount: 3, articleCount: 2 });
    expect(d.none).toBeNull();
    expect(d.kr).toEqual({ __typename: 'Country', name: 'South Korea', code: 'KR' });
    expect(d.zz).toBeNull();
    expect(new Set(nodeIds(d.people))).toEqual(new Set([ID.altman, ID.huang, ID.chey, ID.horta]));
    expect(d.people.totalCount).toBe(4);
    expect(nodeIds(d.sk).sort()).toEqual([ID.skGroup, ID.skHynix]);
    expect(onlyError(await api.gql(`{ country(code: "Korea") { name } }`)).code).toBe('BAD_USER_INPUT');
  });

  it('lists every taxonomy theme with article and mention counts', async () => {
    const xs = corpus();
    const api = await startApi({ extractions: xs });
    const { themes } = await api.data(`{ themes { id code name nameId articleCount mentionCount broader { code } } }`);
    const taxonomy = loadTaxonomy();
    expect(themes.map((t: any) => t.code)).toEqual(taxonomy.map((t) => t.code));
    for (const t of themes) {
      const def = taxonomy.find((d) => d.code === t.code)!;
      const mentioning = xs.flatMap((x) => x.entities.filter((e) => e.id === `theme:${t.code}`));
      expect(t).toMatchObject({
        id: `theme:${t.code}`,
        name: def.name.en,
        nameId: def.name.id,
        articleCount: mentioning.length,
        mentionCount: mentioning.reduce((n, e) => n + e.mentions, 0),
        broader: def.broader ? { code: def.broader } : null,
      });
    }
    expect(themes.find((t: any) => t.code === 'memory').articleCount).toBe(2);
    expect(themes.find((t: any) => t.code === 'energy').articleCount).toBe(0);
  });
});
