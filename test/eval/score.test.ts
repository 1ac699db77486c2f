import { describe, expect, it } from 'vitest';
import { formatReport, normName, score, summarize, type Gold, type Prediction } from '../../src/eval/score.js';

const gold: Gold = {
  entities: { Person: ['Sam Altman', 'Lee Jae-myung'], Organization: ['SK hynix'], Country: ['KR', 'JP'], Region: ['East Asia'], Theme: ['memory'] },
  aliases: { 'Sam Altman': ['Altman'], 'SK hynix': ['SK Hynix'] },
  visits: [{ person: 'Sam Altman', country: 'KR', purposes: ['memory', 'data-centers'], optional: ['chips'] }],
};

function prediction(over: Partial<Prediction> = {}): Prediction {
  return {
    id: 'a',
    entities: [
      { id: 'person:altman', type: 'Person', name: 'Altman' },
      { id: 'person:lee', type: 'Person', name: 'LEE Jae-myung' },
      { id: 'organization:sk-hynix', type: 'Organization', name: 'SK Hynix' },
      { id: 'country:kr', type: 'Country', name: 'Korea', code: 'KR' },
      { id: 'country:jp', type: 'Country', name: 'Japan', code: 'jp' },
      { id: 'region:east-asia', type: 'Region', name: 'East Asia' },
      { id: 'theme:memory', type: 'Theme', name: 'memory chips', code: 'memory' },
    ],
    relations: [{ type: 'VISITED', source: 'person:altman', target: 'country:kr', purposes: ['memory', 'data-centers', 'chips'] }],
    ...over,
  };
}

describe('scoring', () => {
  it('matches names through aliases, case and accents; countries by code; themes by code', () => {
    const r = score(new Map([['a', gold]]), [prediction()]);
    const s = summarize(r);
    expect(s).toEqual({ entityF1: 1, worstTypeF1: 1, visitF1: 1, purposeF1: 1 });
  });

  it('neither credits nor penalises an optional purpose, and counts a missed one', () => {
    const p = prediction({ relations: [{ type: 'VISITED', source: 'person:altman', target: 'country:kr', purposes: ['chips', 'memory', 'energy'] }] });
    const r = score(new Map([['a', gold]]), [p]);
    expect(r.purposes).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts extra entities and visits as false positives and lists them', () => {
    const p = prediction();
    p.entities.push({ id: 'person:x', type: 'Person', name: 'Meanwhile' }, { id: 'country:us', type: 'Country', name: 'US', code: 'US' });
    p.relations.push({ type: 'VISITED', source: 'person:altman', target: 'country:us' });
    const r = score(new Map([['a', gold]]), [p]);
    expect(r.byType.Person.fp).toBe(1);
    expect(r.visits).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.diffs.find((d) => d.kind === 'visits')?.extra).toEqual(['sam altman|US']);
  });

  it('reports articles missing from the output', () => {
    const r = score(new Map([['a', gold], ['b', gold]]), [prediction()]);
    expect(r.missing).toEqual(['b']);
    expect(formatReport(r).at(-1)).toMatch(/articles=2 missing=1$/);
  });

  it('folds names the way the reference scorer does', () => {
    expect(normName('Øyvind  Eriksen')).toBe('yvind eriksen');
    expect(normName('Lee Jae-myung')).toBe('lee jae myung');
  });
});
