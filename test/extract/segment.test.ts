import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/text/segment.js';

const ABBR = new Set(['co', 'corp', 'inc', 'dr', 'mr', 'oct', 'jan', 'u.s']);

describe('sentence segmentation', () => {
  it.each([
    ['abbreviation of a company', 'Taiwan Semiconductor Manufacturing Co. (TSMC) makes chips. Nvidia buys them.', 2],
    ['initials inside a name', 'Samsung chairman Jay Y. Lee met him. They talked.', 2],
    ['dotted country abbreviation', 'U.S. President Donald Trump spoke. He left.', 2],
    ['decimal numbers', 'Data centers used 1.5% of power in 2024. That will double.', 2],
    ['quote closing a sentence', '"We need more memory." Altman said so in Seoul.', 2],
    ['Indonesian number with comma', 'Microsoft menanamkan US$1,7 miliar. Nilainya besar.', 2],
    ['one line per caption', 'Sam Altman OpenAI\nSam Altman. Sumber: Reuters', 3],
    ['a numbered list\'s marker stays with its line', '1. Borong server GPU. Di Tokyo, ia bertemu pemasok.\n\n2. Pinjaman bank. Masih di Tokyo.', 4],
    ['a number ending a sentence still ends it', 'The fund grew in 2024. It will grow in 2025.', 2],
  ])('%s', (_name, text, count) => {
    expect(segment(text, ABBR).sentences).toHaveLength(count);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'SEOUL — Altman arrived.\n\nHe met Lee. They signed.';
    for (const s of segment(text, ABBR).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks short unpunctuated lines as headings', () => {
    const { sentences } = segment('Korea Selatan dan Jepang: Memori dan Data Center\n\nDi Korea Selatan, Altman berdialog.', ABBR);
    expect(sentences.map((s) => s.heading)).toEqual([true, false]);
  });
});

describe('a degree after a name', () => {
  it('ends the sentence when a new one starts after it, and not inside the name', () => {
    const isDegree = (letters: string): boolean => ['ST', 'MEng'].includes(letters);
    const text = 'Ia didampingi Dr. Eng. Sinta Maharani, S.T. Tahun lalu ia ke Penang. Kata U.S. Steel itu benar.';
    const out = segment(text, new Set(['dr', 'eng']), isDegree).sentences.map((s) => s.text);
    expect(out).toEqual(['Ia didampingi Dr. Eng. Sinta Maharani, S.T.', 'Tahun lalu ia ke Penang.', 'Kata U.S. Steel itu benar.']);
  });
});
