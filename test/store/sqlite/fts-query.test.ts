// User text reaches FTS5 only as quoted prefix words.
import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery, searchWords } from '../../../src/store/sqlite/search.js';

describe('ftsPrefixQuery', () => {
  it('quotes each word as a prefix term', () => {
    expect(ftsPrefixQuery('sk hyn')).toBe('"sk"* "hyn"*');
    expect(ftsPrefixQuery('  Uni   Emirat ')).toBe('"Uni"* "Emirat"*');
    expect(ftsPrefixQuery('José')).toBe('"José"*');
  });

  it('keeps operators and punctuation out of the expression', () => {
    for (const hostile of ['"', '*', 'OR', 'NEAR(', "');DROP TABLE entities;--", 'a:b', '^x', '(x OR y)', 'x + y']) {
      const q = ftsPrefixQuery(hostile);
      if (q === null) continue;
      // Only quoted words, each followed by a star, separated by spaces.
      expect(q, hostile).toMatch(/^"[\p{L}\p{N}\p{M}]+"\*( "[\p{L}\p{N}\p{M}]+"\*)*$/u);
    }
    expect(ftsPrefixQuery("');DROP TABLE entities;--")).toBe('"DROP"* "TABLE"* "entities"*');
    expect(ftsPrefixQuery('NEAR(')).toBe('"NEAR"*');
  });

  it('gives null when there is no word to search for', () => {
    for (const empty of ['', ' ', '"', '*', '()', '--', '\u0000']) expect(ftsPrefixQuery(empty), empty).toBeNull();
  });

  it('composes decomposed accents and bounds the number of words', () => {
    expect(searchWords('Jose\u0301')).toEqual(['José']);
    expect(searchWords('a '.repeat(100))).toHaveLength(12);
  });
});
