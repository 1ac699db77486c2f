import { execFileSync } from 'node:child_process';
import { mkdir, open, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/types.js';
import { collectInputFiles, loadArticles } from '../../src/ingest/index.js';
import type { FileProgress } from '../../src/ingest/index.js';
import { examplesDir, tempDir } from './helpers.js';
import type { TempDir } from './helpers.js';

const GOOD_TEXT =
  'Jensen Huang visited Seoul on Friday and met the chairman of SK Group to talk about high-bandwidth memory for Nvidia processors.';
const MB = 1024 * 1024;

let tmp: TempDir;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.remove();
});

describe('loadArticles with bad inputs among good ones', () => {
  it('gives one failure line per bad file and still loads the rest', async () => {
    const dir = join(tmp.path, 'mixed');
    await mkdir(dir);
    const w = (name: string, content: string | Uint8Array) => tmp.write(join('mixed', name), content);
    const good = await w('good.txt', GOOD_TEXT);
    const goodJson = await w('good.json', JSON.stringify([{ id: 'j1', text: GOOD_TEXT.replace('Friday', 'Monday') }]));
    const empty = await w('empty.txt', '');
    const binary = await w('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const invalid = await w('invalid.json', '[{"id": "x", "text": "a"},\n {"id": "y" "text": "b"}]');
    const missingField = await w('missing.json', JSON.stringify([{ id: 'ok', text: 'Fine body.' }, { id: 'no-text' }]));
    const unknown = await w('notes.docx', 'not an article');
    // 20 MB, refused from its size: a 10 MB limit must not need the file in memory.
    const big = await w('big.txt', 'a'.repeat(20 * MB));
    const missing = join(dir, 'does-not-exist.md');

    const result = await loadArticles([good, goodJson, empty, binary, invalid, missingField, unknown, big, missing]);

    expect(result.articles.map((a) => a.id).slice(1)).toEqual(['j1', 'ok']);
    expect(result.articles[0]?.text).toBe(GOOD_TEXT);
    expect(result.failures.map((f) => f.message)).toEqual([
      `${missing}: no such file or directory`,
      `${empty}: file is empty`,
      `${binary}: binary file (NUL byte at offset 4), not text`,
      `${invalid}: invalid JSON at line 2, column 13: expected ','`,
      `${missingField}[1].text: missing; expected a non-empty string`,
      `${unknown}: unknown file type ".docx"; expected one of .txt .text .md .markdown .html .htm .json .jsonl .ndjson .xml .rss .atom`,
      `${big}: file is 20 MB, over the 10 MB size limit`,
    ]);
    for (const f of result.failures) {
      expect(f.message).not.toContain('\n');
      expect(f.message.startsWith(f.file)).toBe(true);
    }
    const perFile = Object.fromEntries(result.files.map((f) => [f.file, [f.articles.length, f.failures.length]]));
    expect(perFile).toEqual({
      [good]: [1, 0],
      [goodJson]: [1, 0],
      [empty]: [0, 1],
      [binary]: [0, 1],
      [invalid]: [0, 1],
      [missingField]: [1, 1],
      [unknown]: [0, 1],
      [big]: [0, 1],
    });
  });

  it('decides on size before looking at the content', async () => {
    // A sparse 20 MB file of NUL bytes: refused for its size, not read and found binary.
    const file = join(tmp.path, 'sparse.json');
    const handle = await open(file, 'w');
    await handle.truncate(20 * MB);
    await handle.close();
    const result = await loadArticles([file], { maxFileBytes: 5 * MB });
    expect(result.failures.map((f) => f.reason)).toEqual(['file is 20 MB, over the 5.0 MB size limit']);
  });

  it('honours a raised size limit', async () => {
    const file = await tmp.write('medium.txt', `${GOOD_TEXT}\n\n${'b'.repeat(2 * MB)}`);
    expect((await loadArticles([file], { maxFileBytes: MB })).failures).toHaveLength(1);
    expect((await loadArticles([file], { maxFileBytes: 3 * MB })).articles).toHaveLength(1);
  });
});

describe('loadArticles over directories', () => {
  let root: string;
  beforeAll(async () => {
    root = join(tmp.path, 'tree');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.hidden-dir'));
    const w = (name: string, content: string) => tmp.write(join('tree', name), content);
    await w('z-last.txt', `Last. ${GOOD_TEXT}`);
    await w('a-first.md', `# First\n\n${GOOD_TEXT.replace('Seoul', 'Tokyo')}`);
    await w('b-sub/middle.txt', GOOD_TEXT.replace('Seoul', 'Taipei'));
    await w('b-sub/deeper/deep.txt', GOOD_TEXT.replace('Seoul', 'Jakarta'));
    await w('.hidden.txt', 'hidden');
    await w('.hidden-dir/inside.txt', 'hidden too');
    await w('README.md', '# About these files');
    await w('logo.png', 'png');
    await symlink(join(root, 'b-sub'), join(root, 'c-loop'));
  });

  it('walks recursively in sorted order, skipping hidden files, documentation and other types', async () => {
    const found = await collectInputFiles([root]);
    expect(found.files.map((f) => f.slice(root.length + 1))).toEqual(['a-first.md', 'b-sub/deeper/deep.txt', 'b-sub/middle.txt', 'z-last.txt']);
    expect(found.skipped.map((s) => [s.file.slice(root.length + 1), s.reason])).toEqual([
      ['README.md', 'documentation file'],
      ['logo.png', 'not an article file type'],
    ]);
    expect(found.refused).toEqual([]);
  });

  it('loads a file once even when named twice or reached through a link', async () => {
    const result = await loadArticles([root, join(root, 'z-last.txt'), join(root, 'c-loop', 'middle.txt')]);
    expect(result.articles).toHaveLength(4);
    expect(result.failures).toEqual([]);
  });

  it('reports progress per file', async () => {
    const starts: number[] = [];
    const events: FileProgress[] = [];
    await loadArticles([root], { onStart: (n) => starts.push(n), onFile: (p) => events.push(p) });
    expect(starts).toEqual([4]);
    expect(events.map((e) => [e.done, e.total, e.articles, e.failures])).toEqual([
      [1, 4, 1, 0],
      [2, 4, 1, 0],
      [3, 4, 1, 0],
      [4, 4, 1, 0],
    ]);
  });

  it('is deterministic: two loads give the same ids, hashes and order', async () => {
    const key = (as: Article[]) => as.map((a) => `${a.id} ${a.hash}`);
    const first = await loadArticles([root]);
    const second = await loadArticles([root]);
    expect(key(second.articles)).toEqual(key(first.articles));
    expect(new Set(first.articles.map((a) => a.id)).size).toBe(4);
  });
});

describe('loadArticles and special files', () => {
  it('refuses a FIFO instead of blocking on it, named or found in a folder', async () => {
    const dir = join(tmp.path, 'special');
    await mkdir(dir);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await tmp.write(join('special', 'real.txt'), GOOD_TEXT);
    const walked = await loadArticles([dir]);
    expect(walked.articles).toHaveLength(1);
    expect(walked.skipped).toEqual([{ file: fifo, reason: 'not a regular file' }]);
    const named = await loadArticles([fifo]);
    expect(named.failures.map((f) => f.message)).toEqual([`${fifo}: not a regular file`]);
  });
});

describe('loadArticles and duplicate ids', () => {
  it('skips an exact copy and fails a different article under the same id', async () => {
    const a = await tmp.write('dup-a.json', JSON.stringify({ id: 'same', text: GOOD_TEXT }));
    const b = await tmp.write('dup-b.json', JSON.stringify({ id: 'same', text: GOOD_TEXT }));
    const c = await tmp.write('dup-c.json', JSON.stringify({ id: 'same', text: `${GOOD_TEXT} Changed.` }));
    const result = await loadArticles([a, b, c]);
    expect(result.articles.map((x) => x.origin)).toEqual([a]);
    expect(result.skipped.map((s) => s.file)).toEqual([b]);
    expect(result.failures.map((f) => f.message)).toEqual([
      `${c}: article id "same" was already loaded from ${a} with different content; this copy is skipped`,
    ]);
  });
});

describe('the bundled examples', () => {
  let result: Awaited<ReturnType<typeof loadArticles>>;
  beforeAll(async () => {
    result = await loadArticles([examplesDir]);
  });

  it('load without failures: six files, eight articles, the README skipped', () => {
    expect(result.failures).toEqual([]);
    expect(result.files).toHaveLength(6);
    expect(result.articles).toHaveLength(8);
    expect(result.skipped.map((s) => s.reason)).toEqual(['documentation file']);
    expect(new Set(result.files.map((f) => f.format))).toEqual(new Set(['html', 'json', 'markdown', 'rss', 'text']));
  });

  it('each has a url, a date, a source and a supported language', () => {
    for (const a of result.articles) {
      expect(a.url, a.origin ?? '').toMatch(/^https:\/\//);
      expect(a.publishedAt, a.origin ?? '').toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(a.source, a.origin ?? '').toBeTruthy();
      expect(a.languageSupported, a.origin ?? '').toBe(true);
    }
    expect(result.articles.filter((a) => a.language === 'id')).toHaveLength(2);
    expect(result.articles.filter((a) => a.language === 'en')).toHaveLength(6);
  });

  it('lose their page chrome but keep captions and credits', () => {
    const all = result.articles.map((a) => a.text).join('\n\n');
    for (const chrome of ['Skip to', 'Lewati ke konten', 'Lompat ke konten', 'Subscribe', 'Berlangganan', '©', 'Share on', 'Bagikan', 'Sign in']) {
      expect(all).not.toContain(chrome);
    }
    for (const credit of ['Photo: Reuters', 'Photo: Yonhap', 'Photo: WAM', 'Foto: Antara', 'Sumber: Reuters']) {
      expect(all).toContain(credit);
    }
  });

  it('say who visited where, and who plans to', () => {
    const all = result.articles.map((a) => a.text).join('\n\n');
    expect(all).toContain('Sam Altman visited Taiwan');
    expect(all).toContain('Di Jakarta, ia bertemu Presiden Joko Widodo');
    expect(all).toContain('akan mengunjungi');
    expect(all).toContain('is set to visit South Korea');
  });
});
