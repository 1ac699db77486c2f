import { describe, expect, it } from 'vitest';
import { findThemes } from '../../src/extract/themes/match.js';
import { tokenize } from '../../src/extract/text/tokenize.js';

const codes = (text: string, lang: 'en' | 'id'): string[] => [...new Set(findThemes(tokenize(text), lang).map((h) => h.code))].sort();

describe('theme terms', () => {
  it.each([
    ['Indonesian affixes: pendanaan', 'Perusahaan itu mencari pendanaan baru.', 'id', ['investment']],
    ['Indonesian affixes: berinvestasi', 'Mereka berinvestasi di Batam.', 'id', ['investment']],
    ['Indonesian affixes: kelistrikan', 'Industri kelistrikan ikut hadir.', 'id', ['energy']],
    ['Indonesian affixes: perizinan', 'Proyek itu menunggu perizinan.', 'id', ['regulation']],
    ['English plural', 'Two new data centers and more servers.', 'en', ['data-centers']],
    ['narrower theme absorbs the broader one touching it', 'pasokan chip memori berkecepatan tinggi', 'id', ['memory', 'supply-chain']],
    ['memory chips are memory, not chips', 'They discussed memory chips.', 'en', ['memory']],
    ['power supply is energy, not supply chain', 'dukungan pasokan daya untuk pusat data', 'id', ['data-centers', 'energy']],
    ['Indonesian text borrows English terms', 'Kebutuhan server dan data center meningkat.', 'id', ['data-centers']],
    ['hiring told as job openings (id)', 'Satu lowongan bisa dilamar ratusan orang.', 'id', ['talent']],
    ['hiring told as job openings (en)', 'They have forty vacancies to fill.', 'en', ['talent']],
    ['money told as a funding round or a subsidy (en)', 'She came to close a Series B round; Tokyo offers a subsidy.', 'en', ['investment']],
    ['money told as a funding round (id)', 'Redwood Gate berminat memimpin putaran pendanaan Seri A.', 'id', ['investment']],
    ['tax incentives (id)', 'Mereka membahas insentif pajak bagi investor pusat data.', 'id', ['data-centers', 'investment']],
    ['renewable supply is energy, not a supply chain', 'They talked about renewable supply for the parks.', 'en', ['energy']],
    ['battery systems for storage are energy', 'The firm sells battery systems.', 'en', ['energy']],
  ])('%s', (_name, text, lang, expected) => {
    expect(codes(text, lang as 'en' | 'id')).toEqual(expected);
  });

  it.each([
    ['to supply a product is no supply chain', 'Cisco will supply networking gear.', 'en'],
    ['AI powers are nations, not electricity', 'Korea wants to be among the top three AI powers.', 'en'],
    ['daya saing is competitiveness', 'Integrasi ini memperkuat daya saing perusahaan.', 'id'],
    ['training a model is not talent', 'Daya untuk melatih model AI.', 'id'],
  ])('false positive: %s', (_name, text, lang) => {
    const hits = findThemes(tokenize(text), lang as 'en' | 'id').filter((h) => h.code === 'supply-chain' || h.code === 'energy' || h.code === 'talent');
    expect(hits).toEqual([]);
  });
});
