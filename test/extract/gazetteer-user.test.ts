import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { createExtractor } from '../../src/extract/index.js';
import { article } from './helpers.js';

const TEXT = 'Haruka Ito of Kitsune Grid toured Jakarta this week to look at power for new data centers.';

describe('user gazetteer files (--gazetteer)', () => {
  it('adds people and organisations with their aliases and ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-gaz-'));
    const file = join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify({
        organizations: [{ name: 'Kitsune Grid K.K.', aliases: ['Kitsune Grid'], kind: 'company', country: 'JP', wikidata: 'Q999999999' }],
        people: [{ name: 'Haruka Ito', aliases: [], country: 'JP', roles: [{ role: 'CEO', org: 'Kitsune Grid K.K.' }] }],
      }),
    );
    const without = createExtractor().extract(article(TEXT, 'en'));
    expect(without.entities.some((e) => e.id === 'organization:kitsune-grid-k-k')).toBe(false);
    const x = createExtractor({ gazetteerFiles: [file] }).extract(article(TEXT, 'en'));
    const org = x.entities.find((e) => e.id === 'organization:kitsune-grid-k-k');
    expect(org).toMatchObject({ type: 'Organization', wikidata: 'Q999999999' });
    const visit = x.relations.find((r) => r.type === 'VISITED' && r.source === 'person:haruka-ito');
    expect(visit).toMatchObject({ target: 'country:id', purposes: ['data-centers', 'energy'] });
  });

  it('names the file and the field of a malformed entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-gaz-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ people: [{ name: 'X Y', country: 'Japan' }] }));
    expect(() => createExtractor({ gazetteerFiles: [file] })).toThrow(InputError);
    expect(() => createExtractor({ gazetteerFiles: [file] })).toThrow(/bad\.json: people\.0\.country/);
  });
});
