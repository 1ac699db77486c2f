import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { contentArticleId } from '../../src/domain/ids.js';
import type { RawArticle } from '../../src/domain/types.js';
import { canonicalUrl, toArticle } from '../../src/ingest/index.js';

const BODY = [
  'SEOUL — Sam Altman visited Seoul on Wednesday and met the heads of Samsung Electronics and SK hynix to discuss memory for data centers.',
  'Japan was mentioned as a rival location, but Altman did not travel there during this trip, his office said.',
].join('\n\n');

const SCRAPED = [
  'Skip to content',
  'HAN RIVER TEST\nTech | Business | Markets',
  'Altman wins memory pledges in Seoul',
  'By Park Min-ji, Seoul bureau\nPublished Oct. 1, 2025, 18:40 KST',
  BODY,
  'Read more: Another story',
  '© 2025 Han River Test. All rights reserved.',
].join('\n\n');

function raw(extra: Partial<RawArticle> = {}): RawArticle {
  return { text: BODY, format: 'text', origin: 'a.txt', ...extra };
}

describe('toArticle', () => {
  it('cleans a scraped page and fills title, author, date and source from it', () => {
    const a = toArticle(raw({ text: SCRAPED }));
    expect(a).toMatchObject({
      title: 'Altman wins memory pledges in Seoul',
      author: 'Park Min-ji',
      publishedAt: '2025-10-01',
      source: 'Han River Test',
      url: null,
      language: 'en',
      languageSupported: true,
      // The related-article link stays: readers see it, the extractor reads it for names only.
      text: `${BODY}\n\nRead more: Another story`,
      origin: 'a.txt',
    });
  });

  it('prefers the input metadata to what the page chrome says', () => {
    const a = toArticle(
      raw({ text: SCRAPED, title: 'Given title', publishedAt: '2025-09-30', source: 'Given Source', author: 'Given Author' }),
    );
    expect(a).toMatchObject({ title: 'Given title', publishedAt: '2025-09-30', source: 'Given Source', author: 'Given Author' });
  });

  it('notes whether the page itself names its publisher, or only a metadata field does', () => {
    // The footer names the publisher, though cleaning takes the footer away.
    expect(toArticle(raw({ text: SCRAPED, source: 'Han River Test' })).publisherOnPage).toBe(true);
    expect(toArticle(raw({ text: SCRAPED })).publisherOnPage).toBe(true);
    expect(toArticle(raw({ source: 'Feed Only Daily' })).publisherOnPage).toBe(false);
    // An HTML page shows its site name in chrome the loader has already dropped.
    expect(toArticle(raw({ source: 'Feed Only Daily', format: 'html' })).publisherOnPage).toBe(true);
    expect(toArticle(raw()).publisherOnPage).toBe(false);
  });

  it('notes whether the text carried the byline it lifted out, or only a metadata field names the author', () => {
    expect(toArticle(raw({ text: SCRAPED })).authorOnPage).toBe(true);
    expect(toArticle(raw({ author: 'Given Author' })).authorOnPage).toBe(false);
    expect(toArticle(raw()).authorOnPage).toBe(false);
  });

  it('falls back to the dateline when the input date is not a date', () => {
    expect(toArticle(raw({ text: SCRAPED, publishedAt: 'soon' })).publishedAt).toBe('2025-10-01');
  });

  it('normalises the input date to ISO', () => {
    expect(toArticle(raw({ publishedAt: 'Wed, 01 Oct 2025 20:15:00 +0900' })).publishedAt).toBe('2025-10-01T20:15:00+09:00');
    expect(toArticle(raw({ publishedAt: '2025-10-01' })).publishedAt).toBe('2025-10-01');
  });

  it('titles an article with no title and no headline by its first words', () => {
    expect(toArticle(raw()).title).toBe('SEOUL — Sam Altman visited Seoul on Wednesday and met the heads…');
    expect(toArticle(raw({ text: 'Altman visited Seoul. He met Samsung.' })).title).toBe('Altman visited Seoul');
  });

  it('keeps an input id, else derives one from the URL, else from the content', () => {
    expect(toArticle(raw({ id: ' given-id ' })).id).toBe('given-id');
    const byUrl = toArticle(raw({ url: 'https://news.example/a/b' }));
    expect(byUrl.id).toBe(contentArticleId('https://news.example/a/b'));
    const byContent = toArticle(raw({ title: 'T' }));
    expect(byContent.id).toBe(contentArticleId(BODY, 'T'));
    expect(byContent.id).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('gives the same URL id to the same story behind tracking parameters, fragments and trailing slashes', () => {
    const ids = [
      'https://news.example/a/b',
      'https://news.example/a/b/',
      'https://news.example/a/b?utm_source=rss&utm_medium=feed',
      'https://news.example/a/b#comments',
      'https://NEWS.example/a/b?fbclid=xyz',
    ].map((url) => toArticle(raw({ url })).id);
    expect(new Set(ids).size).toBe(1);
    expect(toArticle(raw({ url: 'https://news.example/a/c' })).id).not.toBe(ids[0]);
  });

  it('ignores a URL that is not absolute http(s)', () => {
    expect(toArticle(raw({ url: 'javascript:alert(1)' })).url).toBeNull();
    expect(toArticle(raw({ url: '/relative/path' })).url).toBeNull();
  });

  it('is deterministic: the same input gives the same id and hash', () => {
    const first = toArticle(raw({ text: SCRAPED }));
    const second = toArticle(raw({ text: SCRAPED }));
    expect(second).toEqual(first);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the hash when the text or any metadata changes, but not when only the origin does', () => {
    const base = raw({ title: 'T', url: 'https://x.example/1', source: 'S', publishedAt: '2025-01-01', language: 'en' });
    const h = toArticle(base).hash;
    const variants: Partial<RawArticle>[] = [
      { text: `${BODY}\n\nOne more paragraph.` },
      { title: 'T2' },
      { url: 'https://x.example/2' },
      { source: 'S2' },
      { publishedAt: '2025-01-02' },
      { language: 'id' },
      { author: 'Someone Else' },
    ];
    for (const v of variants) expect(toArticle({ ...base, ...v }).hash).not.toBe(h);
    expect(toArticle({ ...base, origin: 'moved/a.txt' }).hash).toBe(h);
  });

  it('does not change the hash for chrome that cleaning removes', () => {
    const plain = toArticle(raw({ title: 'T' }));
    const chromed = toArticle(raw({ title: 'T', text: `Skip to content\n\n${BODY}\n\nShare on Facebook` }));
    expect(chromed.text).toBe(plain.text);
    expect(chromed.hash).toBe(plain.hash);
  });

  it('marks a non-supported language', () => {
    const a = toArticle(
      raw({ text: "Le patron d'OpenAI a rencontré mardi les dirigeants de Samsung à Séoul pour parler des puces mémoire et des centres de données." }),
    );
    expect(a).toMatchObject({ language: 'fr', languageSupported: false });
  });

  it('takes an HTML page language as a hint that detection overrides', () => {
    const text = 'CEO Microsoft Satya Nadella berkunjung ke Jakarta pada Selasa dan bertemu Presiden untuk membahas investasi pusat data.';
    expect(toArticle(raw({ text, format: 'html', language: 'en' })).language).toBe('id');
    expect(toArticle(raw({ text, format: 'json', language: 'en' })).language).toBe('en');
  });

  it('throws an InputError naming the origin when nothing but chrome is left', () => {
    const attempt = () => toArticle(raw({ text: 'Skip to content\n\nShare on Facebook', origin: 'feed.xml#2' }));
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow('feed.xml#2: no article text left after removing page chrome');
  });
});

describe('canonicalUrl', () => {
  it('drops the fragment, tracking parameters and a trailing slash, and sorts the query', () => {
    expect(canonicalUrl('https://X.example/a/?b=2&utm_source=x&a=1#top')).toBe('https://x.example/a?a=1&b=2');
    expect(canonicalUrl('https://x.example/')).toBe('https://x.example/');
  });
});
