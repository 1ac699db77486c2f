import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/ingest/index.js';
import type { LoadedFile } from '../../src/ingest/index.js';
import { fixture, tempDir } from './helpers.js';
import type { TempDir } from './helpers.js';

let tmp: TempDir;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.remove();
});

function only(loaded: LoadedFile) {
  expect(loaded.errors.map((e) => e.message)).toEqual([]);
  expect(loaded.articles).toHaveLength(1);
  const [article] = loaded.articles;
  if (!article) throw new Error('no article');
  return article;
}

describe('text loader', () => {
  it('reads the whole file as one article body', async () => {
    const file = fixture('plain.txt');
    const a = only(await loadFile(file));
    expect(a.format).toBe('text');
    expect(a.origin).toBe(file);
    expect(a.text).toContain('Sam Altman visited Seoul on Tuesday');
    expect(a.title).toBeUndefined();
  });

  it('strips a BOM and turns CRLF and CR into LF', async () => {
    const file = await tmp.write('crlf.txt', '\uFEFFFirst paragraph.\r\n\r\nSecond\rline.\r\n');
    const a = only(await loadFile(file));
    expect(a.text).toBe('First paragraph.\n\nSecond\nline.\n');
  });

  it('reads front matter for the metadata a bare text file cannot carry', async () => {
    const file = await tmp.write(
      'front.txt',
      '---\nurl: https://x.example/a\ndate: 2025-01-02\nsource: "X Daily"\nlanguage: en\n---\nBody text here.\n',
    );
    const a = only(await loadFile(file));
    expect(a).toMatchObject({ url: 'https://x.example/a', publishedAt: '2025-01-02', source: 'X Daily', language: 'en' });
    expect(a.text).toBe('Body text here.\n');
  });
});

describe('markdown loader', () => {
  it('takes front matter and the first # heading, and strips Markdown syntax', async () => {
    const a = only(await loadFile(fixture('story.md')));
    expect(a).toMatchObject({
      format: 'markdown',
      id: 'fixture-md-1',
      title: 'Huang returns to Taipei',
      url: 'https://fixture.example/md/huang-taipei',
      publishedAt: '2025-05-19',
      source: 'Fixture Daily',
    });
    expect(a.text).toContain('Nvidia chief Jensen Huang visited Taiwan on Monday, where he met suppliers about advanced packaging and the HBM');
    for (const syntax of ['**', '](', '`', '![', '# ', '> ', '- ']) expect(a.text).not.toContain(syntax);
    expect(a.text).not.toContain('Huang returns to Taipei');
  });

  it('keeps paragraph breaks, list items as lines, and image alt text as a caption', async () => {
    const a = only(await loadFile(fixture('story.md')));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs).toContain('Jensen Huang on stage in Taipei. Photo: AP');
    expect(paragraphs).toContain('Why it matters');
    expect(paragraphs).toContain('Packaging capacity is short.\nPower for new fabs is scarce.');
    expect(paragraphs).toContain('Supply, not demand, sets the pace this year, one executive said.');
  });

  it('leaves the heading in the body when the front matter titles the article differently', async () => {
    const file = await tmp.write('titled.md', '---\ntitle: Meta title\n---\n# Visible headline\n\nBody.\n');
    const a = only(await loadFile(file));
    expect(a.title).toBe('Meta title');
    expect(a.text).toBe('Visible headline\n\nBody.');
  });

  it('does not mistake a thematic break for front matter (.markdown extension)', async () => {
    const file = await tmp.write('rule.markdown', '---\n\nFirst part.\n\n---\n\nSecond part.\n');
    const a = only(await loadFile(file));
    expect(a.text).toBe('First part.\n\nSecond part.');
    expect(a.title).toBeUndefined();
  });
});

describe('html loader', () => {
  it('reads the article body without site chrome, keeping captions and credits', async () => {
    const a = only(await loadFile(fixture('page.html')));
    expect(a.format).toBe('html');
    expect(a.text).toContain('CEO Nvidia Jensen Huang berkunjung ke Indonesia pada Kamis.');
    expect(a.text).toContain('Jensen Huang di Jakarta, Kamis (14/11/2024). Foto: Antara');
    for (const chrome of ['Beranda', 'Bagikan', 'Hak cipta']) expect(a.text).not.toContain(chrome);
    // Paragraphs are separated by one blank line.
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('reads title, site name, canonical URL, time, language hint and author', async () => {
    const a = only(await loadFile(fixture('page.html')));
    expect(a).toMatchObject({
      title: 'Huang Kunjungi Jakarta',
      source: 'Warta Uji',
      url: 'https://wartauji.example/2024/11/14/huang-jakarta',
      publishedAt: '2024-11-14T10:00:00+07:00',
      language: 'id',
      author: 'Sinta Dewi',
    });
  });

  it('prefers og metadata, and drops a site-name suffix from <title>', async () => {
    const body = '<p>' + 'Sam Altman visited Tokyo to meet SoftBank about energy and funding. '.repeat(6) + '</p>';
    const file = await tmp.write(
      'suffix.htm',
      `<html><head><title>Altman in Tokyo | Example Wire</title><meta property="og:site_name" content="Example Wire">` +
        `<meta property="og:url" content="https://ex.example/altman-tokyo"><meta property="article:published_time" content="2025-02-03">` +
        `</head><body><article>${body}</article></body></html>`,
    );
    const a = only(await loadFile(file));
    expect(a).toMatchObject({ title: 'Altman in Tokyo', source: 'Example Wire', url: 'https://ex.example/altman-tokyo', publishedAt: '2025-02-03' });
  });

  it('fails a page with no text, naming the file', async () => {
    const file = await tmp.write('blank.html', '<html><head><title>x</title></head><body><nav>Home</nav></body></html>');
    const loaded = await loadFile(file);
    expect(loaded.articles).toEqual([]);
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}: no article text found in the HTML page`]);
  });
});

describe('json loader', () => {
  const good = { id: 'a1', language: 'en', title: 'T', url: 'https://x.example/a1', publishedAt: '2025-10-01', source: 'S', text: 'Body.' };

  it('loads one article object, ignoring gold and unknown keys', async () => {
    const file = await tmp.write('one.json', JSON.stringify({ ...good, gold: { visits: [] }, extra: 1 }));
    const a = only(await loadFile(file));
    expect(a).toEqual({ ...good, format: 'json', origin: file });
  });

  it('loads an array; a bad element fails alone and the message names its field', async () => {
    const file = await tmp.write('many.json', JSON.stringify([good, { ...good, id: 'a2' }, { ...good, id: 'a3', text: '  ' }]));
    const loaded = await loadFile(file);
    expect(loaded.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(loaded.articles.map((a) => a.origin)).toEqual([`${file}#1`, `${file}#2`]);
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}[2].text: expected a non-empty string`]);
  });

  it.each([
    ['missing text', { id: 'x' }, 'text: missing; expected a non-empty string'],
    ['text not a string', { text: 42 }, 'text: expected a non-empty string'],
    ['bad url', { text: 'b', url: 'not a url' }, 'url: expected an absolute http(s) URL or null'],
    ['bad date', { text: 'b', publishedAt: 'yesterday' }, 'publishedAt: expected a date such as 2025-10-01'],
    ['id not a string', { id: 7, text: 'b' }, 'id: expected a non-empty string'],
  ])('names the offending field: %s', async (_name, value, reason) => {
    const file = await tmp.write('field.json', JSON.stringify(value));
    const loaded = await loadFile(file);
    expect(loaded.articles).toEqual([]);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]?.message).toContain(`${file}: ${reason}`);
  });

  it('says how many more problems an element has', async () => {
    const file = await tmp.write('two-problems.json', JSON.stringify([{ url: 'nope' }]));
    const loaded = await loadFile(file);
    expect(loaded.errors[0]?.message).toMatch(/\[0\]\.\w+: .* \(and 1 more problem\)$/);
  });

  it('reports invalid JSON with its line and column', async () => {
    const file = await tmp.write('broken.json', '{\n  "id": "x",\n  "text": tru\n}\n');
    const loaded = await loadFile(file);
    expect(loaded.articles).toEqual([]);
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}: invalid JSON at line 3, column 11: unexpected character or invalid value`]);
  });

  it('refuses a value that is neither an article nor an array', async () => {
    const file = await tmp.write('scalar.json', '"just a string"');
    const loaded = await loadFile(file);
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}: expected an article object or an array of them`]);
  });
});

describe('jsonl loader', () => {
  it('loads one article per line; a bad line fails alone and is named by number', async () => {
    const lines = [
      JSON.stringify({ id: 'l1', text: 'First.' }),
      '',
      '{"id": "l3", "text": }',
      JSON.stringify({ id: 'l4' }),
      JSON.stringify({ id: 'l5', text: 'Fifth.', url: 'https://x.example/5' }),
    ];
    const file = await tmp.write('lines.jsonl', lines.join('\n') + '\n');
    const loaded = await loadFile(file);
    expect(loaded.format).toBe('jsonl');
    expect(loaded.articles.map((a) => a.id)).toEqual(['l1', 'l5']);
    expect(loaded.errors.map((e) => e.message)).toEqual([
      `${file}:3: invalid JSON at column 22: expected a value`,
      `${file}:4: text: missing; expected a non-empty string`,
    ]);
  });
});

describe('feed loaders', () => {
  it('reads RSS 2.0 items: content:encoded, guid, pubDate, author, feed title as source', async () => {
    const file = fixture('rss.xml');
    const loaded = await loadFile(file);
    expect(loaded.format).toBe('rss');
    expect(loaded.articles).toHaveLength(2);
    const [first, second] = loaded.articles;
    expect(first).toMatchObject({
      title: 'Son meets Altman in Tokyo',
      url: 'https://feed.example/son-altman-tokyo',
      publishedAt: 'Mon, 03 Feb 2025 18:30:00 +0900',
      author: 'Feed Reporter',
      source: 'Fixture Feed',
      language: 'en-us',
      origin: `${file}#1`,
    });
    // A permalink guid is the URL, not an id of its own.
    expect(first?.id).toBeUndefined();
    expect(first?.text).toBe('TOKYO — Sam Altman visited Japan and met Masayoshi Son & other SoftBank executives about funding.\n\nIndia came up as a future market.');
    expect(second).toMatchObject({ id: 'item-two-guid', title: '2025', author: 'Desk Editor' });
    expect(second?.text).toBe('Escaped HTML description paragraph.\n\nSecond paragraph.');
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}#3: item has no text (no content, description or summary)`]);
  });

  it('reads Atom entries: alternate link, id, published, author, html, summary and xhtml content', async () => {
    const loaded = await loadFile(fixture('atom.xml'));
    expect(loaded.format).toBe('atom');
    expect(loaded.errors).toEqual([]);
    expect(loaded.articles.map((a) => [a.id, a.url, a.publishedAt])).toEqual([
      ['tag:atom.example,2025:altman-abu-dhabi', 'https://atom.example/altman-abu-dhabi', '2025-05-22T10:00:00+04:00'],
      ['tag:atom.example,2025:summary-only', 'https://atom.example/summary-only', '2025-06-01T00:00:00Z'],
      ['tag:atom.example,2025:xhtml', 'https://atom.example/xhtml', '2025-06-02T00:00:00Z'],
    ]);
    expect(loaded.articles.map((a) => a.text)).toEqual([
      'ABU DHABI — Sam Altman travelled to the UAE to meet G42.\n\nQatar was mentioned.',
      'Jensen Huang visited Seoul to talk about memory.',
      'First xhtml paragraph.\n\nSecond xhtml paragraph.',
    ]);
    expect(loaded.articles[0]).toMatchObject({ author: 'Atom Author', source: 'Atom Fixture', language: 'en' });
  });

  it('accepts .rss and .atom extensions', async () => {
    const rss = await tmp.write('f.rss', '<rss version="2.0"><channel><title>C</title><item><title>I</title><description>Text.</description></item></channel></rss>');
    const atom = await tmp.write('f.atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry><title>E</title><summary>Text.</summary></entry></feed>');
    expect(only(await loadFile(rss)).format).toBe('rss');
    expect(only(await loadFile(atom)).format).toBe('atom');
  });

  it('refuses malformed XML with a line, and XML that is not a feed', async () => {
    const bad = await tmp.write('bad.xml', '<rss>\n<channel>\n<title>x</channel>\n</rss>');
    const other = await tmp.write('other.xml', '<?xml version="1.0"?><catalog><book/></catalog>');
    const badLoad = await loadFile(bad);
    expect(badLoad.errors).toHaveLength(1);
    expect(badLoad.errors[0]?.message).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid XML at line 3, column \\d+: `));
    expect((await loadFile(other)).errors.map((e) => e.message)).toEqual([`${other}: not an RSS or Atom feed (root element <catalog>)`]);
  });
});

describe('file-level refusals', () => {
  it('refuses an unknown extension, naming it', async () => {
    const file = await tmp.write('notes.docx', 'whatever');
    const loaded = await loadFile(file);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]?.message).toMatch(new RegExp(`^.*notes\\.docx: unknown file type "\\.docx"; expected one of .*\\.txt`));
  });

  it.each([
    ['empty file', 'empty.txt', new Uint8Array(0), 'file is empty'],
    ['whitespace only', 'blank.md', new TextEncoder().encode(' \n\t\n'), 'file is empty (only whitespace)'],
    ['NUL bytes', 'image.txt', new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]), 'binary file (NUL byte at offset 3), not text'],
    ['invalid UTF-8', 'latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), 'not valid UTF-8 text (binary or another encoding)'],
    ['UTF-16', 'wide.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'UTF-16 text is not supported; save the file as UTF-8'],
  ])('refuses %s with one line naming the file', async (_name, fileName, bytes, reason) => {
    const file = await tmp.write(fileName, bytes);
    const loaded = await loadFile(file);
    expect(loaded.articles).toEqual([]);
    expect(loaded.errors.map((e) => e.message)).toEqual([`${file}: ${reason}`]);
  });

  it('refuses a directory and a missing file', async () => {
    const dir = join(tmp.path, 'folder.txt');
    await mkdir(dir);
    expect((await loadFile(dir)).errors.map((e) => e.reason)).toEqual(['is a directory']);
    expect((await loadFile(join(tmp.path, 'gone.txt'))).errors.map((e) => e.reason)).toEqual(['no such file']);
  });
});
