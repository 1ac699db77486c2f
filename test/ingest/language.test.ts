import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { canonicalLanguage, detectLanguage, resolveLanguage } from '../../src/ingest/index.js';

const ENGLISH =
  'Sam Altman visited Seoul on Wednesday and met the heads of Samsung and SK hynix. The two companies agreed to supply memory chips for the data centers that OpenAI plans to build with its partners over the next few years.';
const INDONESIAN =
  'CEO Microsoft Satya Nadella berkunjung ke Jakarta pada Selasa. Di Istana Merdeka, ia bertemu Presiden Joko Widodo untuk membahas rencana investasi pusat data dan pelatihan kecerdasan buatan bagi ratusan ribu orang Indonesia.';
/** Indonesian that franc-min, on its own, takes for Malay. */
const INDONESIAN_READ_AS_MALAY = 'Presiden menerima kunjungan CEO perusahaan teknologi itu di istana pada Selasa pagi.';
const FRENCH =
  "Le patron d'OpenAI a rencontré mardi les dirigeants de Samsung à Séoul pour parler des puces mémoire et des centres de données que l'entreprise veut construire.";
const GERMAN =
  'Der Chef von OpenAI traf sich am Dienstag in Seoul mit den Spitzen von Samsung, um über Speicherchips und neue Rechenzentren zu sprechen, die das Unternehmen bauen will.';

describe('detectLanguage', () => {
  it('detects English and Indonesian', () => {
    expect(detectLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(INDONESIAN)).toBe('id');
  });

  it('folds Malay into Indonesian', () => {
    // Guard: the sample really is one franc calls Malay, or this test would prove nothing.
    expect(['zlm', 'zsm', 'msa']).toContain(franc(INDONESIAN_READ_AS_MALAY));
    expect(detectLanguage(INDONESIAN_READ_AS_MALAY)).toBe('id');
  });

  it('names other languages by their ISO 639-1 code', () => {
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(GERMAN)).toBe('de');
  });

  it('reads the whole article, not only the part franc looks at', () => {
    // franc reads 2048 characters: an Indonesian opening quote longer than that would decide alone.
    const text = `${INDONESIAN.repeat(10)}\n\n${ENGLISH.repeat(40)}`;
    expect(['ind', 'zlm']).toContain(franc(text));
    expect(detectLanguage(text)).toBe('en');
  });

  it('gives up on too little text', () => {
    expect(detectLanguage('Altman visited Seoul.')).toBe('und');
    expect(detectLanguage('12345 — 67890 !!!')).toBe('und');
  });
});

describe('resolveLanguage', () => {
  it('marks English and Indonesian supported, others unsupported', () => {
    expect(resolveLanguage(undefined, ENGLISH)).toEqual({ language: 'en', languageSupported: true, detected: true });
    expect(resolveLanguage(undefined, INDONESIAN)).toEqual({ language: 'id', languageSupported: true, detected: true });
    expect(resolveLanguage(undefined, FRENCH)).toEqual({ language: 'fr', languageSupported: false, detected: true });
    expect(resolveLanguage(undefined, GERMAN)).toEqual({ language: 'de', languageSupported: false, detected: true });
    expect(resolveLanguage(undefined, 'Too short.')).toEqual({ language: 'und', languageSupported: false, detected: true });
  });

  it('trusts a valid declared code over the text', () => {
    expect(resolveLanguage('en', INDONESIAN)).toEqual({ language: 'en', languageSupported: true, detected: false });
    expect(resolveLanguage('de-DE', ENGLISH)).toEqual({ language: 'de', languageSupported: false, detected: false });
  });

  it('detects when the declared code is not a language', () => {
    expect(resolveLanguage('english', INDONESIAN).language).toBe('id');
    expect(resolveLanguage('xx', ENGLISH).language).toBe('en');
    expect(resolveLanguage('und', ENGLISH).language).toBe('en');
  });

  it('treats a page template hint as a fallback only', () => {
    expect(resolveLanguage('en', INDONESIAN, true).language).toBe('id');
    expect(resolveLanguage('id', 'Short.', true)).toEqual({ language: 'id', languageSupported: true, detected: false });
  });
});

describe('canonicalLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN-us', 'en'],
    ['eng', 'en'],
    ['ind', 'id'],
    ['id_ID', 'id'],
    ['in', 'id'],
    ['ms', 'id'],
    ['zsm', 'id'],
    ['zlm', 'id'],
    ['msa', 'id'],
    ['fra', 'fr'],
    ['ko-KR', 'ko'],
    ['xx', null],
    ['english', null],
    ['', null],
    ['und', null],
  ])('%s → %s', (code, expected) => {
    expect(canonicalLanguage(code)).toBe(expected);
  });
});
