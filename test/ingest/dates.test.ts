import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/ingest/clean/dateline.js';
import { defaultNoiseRules, normalizeDate } from '../../src/ingest/index.js';

describe('normalizeDate', () => {
  it.each([
    ['2025-10-01', '2025-10-01'],
    [' 2025-10-01 ', '2025-10-01'],
    ['2025-10-01T18:40:00+09:00', '2025-10-01T18:40:00+09:00'],
    ['2025-10-01T18:40+0900', '2025-10-01T18:40:00+09:00'],
    ['2025-10-01 09:40:00Z', '2025-10-01T09:40:00Z'],
    ['2025-10-01T09:40:00.123Z', '2025-10-01T09:40:00Z'],
    ['Wed, 01 Oct 2025 20:15:00 +0900', '2025-10-01T20:15:00+09:00'],
    ['Tue, 04 Feb 2025 08:00:00 GMT', '2025-02-04T08:00:00Z'],
    ['4 Feb 2025 08:00 EST', '2025-02-04T08:00:00-05:00'],
    ['Oct. 1, 2025', '2025-10-01'],
    ['4 Februari 2025', '2025-02-04'],
    ['Selasa, 4 Februari 2025', '2025-02-04'],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    ['Sam Altman visited Seoul on Oct. 1, 2025 and Tokyo on Oct. 3, 2025', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('parseDateline', () => {
  const vocab = defaultNoiseRules().dates;
  it.each([
    ['Published Oct. 1, 2025, 18:40 KST', '2025-10-01'],
    ['Selasa, 4 Februari 2025 | 07.15 WIB', '2025-02-04'],
    ['June 12, 2025 · 8 min read', '2025-06-12'],
    ['22 May 2025 | Updated 23 May 2025', '2025-05-22'],
    ['Updated: Sept. 3, 2025 at 4:05 p.m. GMT+7', '2025-09-03'],
    ['May 2025 was a record month.', null],
    ['On May 12, 2025 Altman visited Seoul', null],
    ['Published in Seoul', null],
    ['12:40 KST', null],
  ])('%s → %s', (line, expected) => {
    expect(parseDateline(line, vocab)).toBe(expected);
  });
});
