// The Neo4j adapter's word search: user text reaches Lucene only as folded prefix terms, and the
// stored words are cut the same way. Needs no server.
import { describe, expect, it } from 'vitest';
import { foldWord, luceneQuery, nameKey, searchText } from '../../../src/store/neo4j/search.js';

describe('Neo4j search words', () => {
  it('folds case and Latin accents, composed or not', () => {
    expect(foldWord('José')).toBe('jose');
    expect(foldWord('Jose\u0301')).toBe('jose');
    expect(foldWord('ALTMÁN')).toBe('altman');
    expect(searchText(['José Ramos-Horta', 'Ramos Horta', 'SK hynix'])).toBe('jose ramos horta sk hynix');
  });

  it('requires every word as a prefix', () => {
    expect(luceneQuery('sk hyn')).toBe('sk* AND hyn*');
    expect(luceneQuery('  Uni   Emirat ')).toBe('uni* AND emirat*');
    expect(luceneQuery('José')).toBe('jose*');
  });

  it('keeps Lucene syntax out of the query', () => {
    const hostile = ['"', '*', 'OR', 'AND NOT', 'NEAR(', "');DROP TABLE x;--", 'name:altman', '^x~2', '(x OR y)', 'a/b\\c', 'x && y || !z', '{a TO b}', '[a TO b]'];
    for (const text of hostile) {
      const q = luceneQuery(text);
      if (q === null) continue;
      // Only lower-case words, each followed by a star, joined by AND.
      expect(q, text).toMatch(/^[\p{L}\p{N}\p{M}\p{Co}]+\*( AND [\p{L}\p{N}\p{M}\p{Co}]+\*)*$/u);
    }
    expect(luceneQuery('OR')).toBe('or*');
    expect(luceneQuery('name:altman')).toBe('name* AND altman*');
  });

  it('gives null when there is no word, and bounds the number of words', () => {
    for (const empty of ['', ' ', '"', '*', '()', '--', '\u0000']) expect(luceneQuery(empty), empty).toBeNull();
    expect(luceneQuery('a '.repeat(100))?.split(' AND ')).toHaveLength(12);
  });

  it('folds only ASCII letters in the exact-name key, as SQLite NOCASE does', () => {
    expect(nameKey(' Sam Altman ')).toBe('sam altman');
    expect(nameKey('JOSÉ')).toBe('josÉ');
  });
});
