import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNoiseRules, stripNoise } from '../../src/ingest/index.js';

/** A body paragraph long enough to read as one, so the lines around it fall in the header and footer zones. */
const BODY =
  'SEOUL — Sam Altman visited Seoul on Wednesday and met the heads of Samsung Electronics and SK hynix to discuss memory for new data centers.';
const BODY_2 =
  'The two chipmakers said they would raise output of high-bandwidth memory, and the government offered help with power and permits for the sites.';

function article(header: string[], footer: string[] = [], middle: string[] = []): string {
  return [...header, BODY, ...middle, BODY_2, ...footer].join('\n\n');
}

describe('stripNoise drops page chrome', () => {
  it.each([
    ['skip link', ['Skip to content'], [], 'skip-link'],
    ['skip to main content', ['Skip to main content'], [], 'skip-link'],
    ['Indonesian skip link', ['Lewati ke konten utama'], [], 'skip-link'],
    ['Indonesian skip link, short', ['Lewati ke konten'], [], 'skip-link'],
    ['jump-to link', ['Lompat ke konten'], [], 'skip-link'],
    ['nav with bars', ['Tech | Business | Markets | Opinion'], [], 'nav'],
    ['nav with dots', ['Teknologi · Ekonomi Digital · Startup · Gawai'], [], 'nav'],
    ['account links', ['Sign in · Subscribe'], [], 'account-links'],
    ['section label', ['ANALYSIS'], [], 'section-label'],
    ['footer nav', [], ['About | Privacy | Terms'], 'nav'],
    ['subscribe box ending in a button', [], ['Get the Morning Chip briefing in your inbox. Subscribe now'], 'subscribe-box'],
    ['subscribe box, newsletter', [], ['Subscribe to The Wafer, our daily newsletter on chips and AI.'], 'subscribe-box'],
    ['subscribe box, weekly', [], ['Silicon Weekly: one email every Friday on chips. Subscribe'], 'subscribe-box'],
    ['Berlangganan box', [], ['Berlangganan buletin mingguan kami untuk kabar pusat data lewat email.'], 'subscribe-box'],
    ['Dapatkan … berlangganan', [], ['Dapatkan berita pilihan setiap pagi. Berlangganan buletin Kabar Uji.'], 'subscribe-box'],
    ['Langganan sekarang', [], ['Langganan sekarang agar bisa terus membaca dan mendapatkan akses ke semua arsip.'], 'subscribe-box'],
    ['site — Berlangganan', [], ['Jurnal Uji — Berlangganan buletin mingguan kami untuk kabar terbaru.'], 'subscribe-box'],
    ['Leave a Reply', [], ['Leave a Reply'], 'comments'],
    ['Eksplorasi konten lain', [], ['Eksplorasi konten lain dari Insimen'], 'more-from'],
    ['Lanjutkan membaca', [], ['Lanjutkan membaca'], 'continue-reading'],
    ['share line', [], ['Share on Facebook'], 'share'],
    ['Bagikan', [], ['Bagikan'], 'share'],
    ['copyright with links', [], ['© 2025 Han River Dispatch. All rights reserved. | Privacy | Terms'], 'copyright'],
    ['Hak cipta dilindungi', [], ['Hak cipta dilindungi.'], 'copyright'],
    ['Seluruh hak cipta', [], ['Seluruh hak cipta dilindungi undang-undang.'], 'footer-legal'],
    ['Indonesian copyright', [], ['© 2024 Warta Uji. Seluruh hak cipta dilindungi.'], 'copyright'],
  ])('%s', (_name, header, footer, rule) => {
    const r = stripNoise(article(header, footer));
    const chrome = [...header, ...footer][0] ?? '';
    expect(r.removed).toContainEqual({ line: chrome, rule });
    expect(r.text).toBe(`${BODY}\n\n${BODY_2}`);
  });

  // Related-article links are what a reader sees of the page: they stay, and the extractor reads
  // them for names only (no events, no themes).
  it.each([
    ['Read more link', 'Read more: Why HBM became the most-watched product'],
    ['Baca juga link', 'Baca juga: Daftar raksasa teknologi'],
  ])('keeps a related-article link: %s', (_name, link) => {
    const r = stripNoise(article([], [], [link]));
    expect(r.text).toBe(`${BODY}\n\n${link}\n\n${BODY_2}`);
  });

  it.each([
    ['share bar', 'Share on Facebook · Share on X · Email'],
    ['Indonesian share bar', 'Bagikan: Facebook | X | WhatsApp'],
    ['advertisement', 'ADVERTISEMENT'],
  ])('between body paragraphs: %s', (_name, chrome) => {
    const r = stripNoise(article([], [], [chrome]));
    expect(r.text).toBe(`${BODY}\n\n${BODY_2}`);
  });

  it('drops the repeated headline when it equals the title, whatever the quotes and case', () => {
    const r = stripNoise(article(['OpenAI’s “Stargate” comes to Seoul']), { title: "OpenAI's \"Stargate\" Comes To Seoul" });
    expect(r.removed).toEqual([{ line: 'OpenAI’s “Stargate” comes to Seoul', rule: 'title' }]);
  });

  it('drops the masthead and keeps its name as the source', () => {
    const r = stripNoise(article(['KABAR UJI ASIA', 'Beranda | Teknologi | Bisnis']));
    expect(r.removed.map((x) => x.rule)).toEqual(['masthead', 'nav']);
    expect(r.source).toBe('Kabar Uji Asia');
  });

  it('prefers the footer spelling of the publisher to the all-capitals masthead', () => {
    const r = stripNoise(article(['HAN RIVER DISPATCH'], ['© 2025 Han River Dispatch. All rights reserved.']));
    expect(r.removed.map((x) => x.rule)).toEqual(['masthead', 'copyright']);
    expect(r.source).toBe('Han River Dispatch');
  });

  it('finds the source in "Eksplorasi konten lain dari …"', () => {
    expect(stripNoise(article(['Skip to main content'], ['Eksplorasi konten lain dari Insimen', 'Leave a Reply'])).source).toBe('Insimen');
  });

  it('drops a header line naming the known source', () => {
    const r = stripNoise(article(['Gulf Compute Review']), { source: 'Gulf Compute Review' });
    expect(r.removed).toEqual([{ line: 'Gulf Compute Review', rule: 'masthead' }]);
    expect(r.source).toBeNull();
  });

  it('takes the headline out of the header when asked', () => {
    const r = stripNoise(article(['Skip to content', 'Altman lands in Seoul', 'By Staff Reporter']), { takeHeadline: true });
    expect(r.headline).toBe('Altman lands in Seoul');
    expect(r.text.startsWith(BODY)).toBe(true);
  });
});

describe('stripNoise moves the byline and the dateline stamp out of the body', () => {
  it.each([
    ['By Park Min-ji, Seoul bureau', 'Park Min-ji'],
    ['By Staff Reporter', 'Staff Reporter'],
    ['Oleh Rina Kartika', 'Rina Kartika'],
    ['Penulis: Dimas Prasetyo | Editor: Sari Wulandari', 'Dimas Prasetyo'],
    ['By Laura Mendes, Senior Correspondent', 'Laura Mendes'],
    ['By Sheikh Ahmed bin Saeed', 'Sheikh Ahmed bin Saeed'],
    ['Reporter: Ayu Lestari', 'Ayu Lestari'],
  ])('%s → author %s', (line, author) => {
    const r = stripNoise(article([line]));
    expect(r.author).toBe(author);
    expect(r.removed).toEqual([{ line, rule: 'byline' }]);
    expect(r.text).not.toContain(line);
  });

  it.each([
    ['Published Oct. 1, 2025, 18:40 KST', '2025-10-01'],
    ['Selasa, 4 Februari 2025 | 07.15 WIB', '2025-02-04'],
    ['June 12, 2025 · 8 min read', '2025-06-12'],
    ['22 May 2025 | Updated 23 May 2025', '2025-05-22'],
    ['October 31, 2025 · Updated 21:10 KST', '2025-10-31'],
    ['Kamis, 31 Juli 2025 | 19.05 WIB', '2025-07-31'],
    ['Diperbarui 2 Agustus 2024, pukul 10.30 WIB', '2024-08-02'],
    ['Posted on 2025-03-09 at 8:15 a.m. ET', '2025-03-09'],
  ])('%s → %s', (line, date) => {
    const r = stripNoise(article([line]));
    expect(r.publishedAt).toBe(date);
    expect(r.removed).toEqual([{ line, rule: 'dateline' }]);
  });

  it('splits a byline that carries the date stamp on the same line', () => {
    const r = stripNoise(article(['By Choi Seo-yeon | June 18, 2025 · 6 min read']));
    expect(r.author).toBe('Choi Seo-yeon');
    expect(r.publishedAt).toBe('2025-06-18');
  });

  it('prefers the header byline to a footer one, and falls back to the footer', () => {
    const both = stripNoise(article(['By Header Writer'], ['Reporter: Footer Writer', '© 2025 X Wire.']));
    expect(both.author).toBe('Header Writer');
    expect(both.removed.map((x) => x.rule)).toEqual(['byline', 'byline', 'copyright']);
    const footerOnly = stripNoise(article([], ['Reporter: Footer Writer', 'Updated 3 June 2025']));
    expect(footerOnly).toMatchObject({ author: 'Footer Writer', publishedAt: '2025-06-03' });
  });

  it('does not take an editor credit as the author', () => {
    const r = stripNoise(article(['Editor: Sari Wulandari']));
    expect(r.author).toBeNull();
    expect(r.removed).toEqual([{ line: 'Editor: Sari Wulandari', rule: 'editor-credit' }]);
  });
});

describe('stripNoise keeps real text (false positives)', () => {
  it.each([
    ['a sentence starting with "Subscribe"', 'Subscribe to the view that memory is a commodity and you miss the whole HBM story, analysts say.'],
    ['subscribers', 'Subscribers in Korea now outnumber those anywhere except the United States.'],
    ['"read more about" mid-sentence', 'Readers can read more about the deal in the filing, which lists the memory volumes.'],
    ['read more without a colon', 'Read more about the deal in the company filing.'],
    ['a line with bars and figures', 'Revenue | 2024 | 2025'],
    ['a list of companies with bars', 'Samsung | SK hynix | Micron'],
    ['a share price sentence', 'Share prices of SK hynix rose 5% after the announcement.'],
    ['a photo credit', 'Samsung Electronics chairman Lee Jae-yong (left) and Sam Altman in Seoul. Photo: Yonhap'],
    ['an Indonesian photo credit', 'Sam Altman (kiri) dan Masayoshi Son di Tokyo. Sumber: Reuters'],
    ['an image alt line', 'Sam Altman OpenAI'],
    ['a sentence starting with "By"', 'By 2030, data centers could use twice as much power.'],
    ['By + weekday', 'By Tuesday the deal was done.'],
    ['Oleh karena itu', 'Oleh karena itu, pemerintah menunda izin.'],
    ['Berlangganan as a verb', 'Berlangganan layanan cloud kini bisa dibayar dengan rupiah, kata Dharma.'],
    ['a month at the start of a sentence', 'May 2025 was a record month for HBM shipments.'],
    ['a section word in the body', 'ANALYSIS'],
    ['a newsletter mention', 'The company also launched a newsletter for investors in Seoul.'],
    ['a copyright-like mention', 'Copyright rules for AI training were also discussed.'],
  ])('in the body: %s', (_name, line) => {
    const r = stripNoise(article([], [], [line]));
    expect(r.removed).toEqual([]);
    expect(r.text).toContain(line);
  });

  it.each([
    ['a closing photo credit', 'Sam Altman at the signing in Seoul. Photo: Yonhap'],
    ['a closing Indonesian credit', 'Presiden menerima CEO Microsoft di Istana. Foto: Antara'],
    ['a last paragraph mentioning a newsletter', 'The company also launched a newsletter for investors.'],
    ['a last sentence ending in "subscribe"', 'More than half of Korean offices now pay to subscribe.'],
    ['a last paragraph about comments', 'Comments from the ministry were expected later in the week.'],
  ])('at the very end: %s', (_name, line) => {
    const r = stripNoise([BODY, BODY_2, line, '© 2025 Test Wire. All rights reserved.'].join('\n\n'));
    expect(r.text.endsWith(line)).toBe(true);
    expect(r.removed.map((x) => x.rule)).toEqual(['copyright']);
  });

  it.each([
    ['a headline that is not the title', 'Seoul courts OpenAI'],
    ['a short dek', 'A strategic visit, with memory at its heart.'],
  ])('in the header: %s', (_name, line) => {
    const r = stripNoise(article([line]), { title: 'Something else entirely' });
    expect(r.text.startsWith(line)).toBe(true);
  });

  it('keeps an unrecognised first line that no menu follows (it may be a headline)', () => {
    const r = stripNoise(article(['Altman in Seoul']));
    expect(r.removed).toEqual([]);
    expect(r.source).toBeNull();
  });

  it('keeps paragraphs and the lines inside them, normalising whitespace only', () => {
    const r = stripNoise(`  First\u00A0 line.\r\nSecond line.  \r\n\r\n\r\n\r\nNext\tparagraph.\u200B `);
    expect(r.text).toBe('First line.\nSecond line.\n\nNext paragraph.');
    expect(r.removed).toEqual([]);
  });

  it('returns empty text for a page of nothing but chrome', () => {
    const r = stripNoise('Skip to content\n\nTech | Business\n\n© 2025 X. All rights reserved.');
    expect(r.text).toBe('');
  });
});

describe('noise rules are data', () => {
  it('reads rules from the data files of a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jejak-noise-'));
    try {
      await writeFile(
        join(dir, 'custom.json'),
        JSON.stringify({ lines: [{ id: 'promo', zone: 'any', pattern: '^promo code \\w+$' }] }),
      );
      const rules = loadNoiseRules(dir);
      const r = stripNoise(article([], [], ['Promo code SAVE10']), { rules });
      expect(r.removed).toEqual([{ line: 'Promo code SAVE10', rule: 'promo' }]);
      // Without the bundled lists, bundled chrome stays.
      expect(stripNoise(article(['Skip to content']), { rules }).text).toContain('Skip to content');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the file of a broken pattern', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jejak-noise-'));
    try {
      await writeFile(join(dir, 'broken.json'), JSON.stringify({ lines: [{ id: 'bad', zone: 'any', pattern: '(' }] }));
      expect(() => loadNoiseRules(dir)).toThrow(/broken\.json bad: invalid pattern/);
      await writeFile(join(dir, 'broken.json'), JSON.stringify({ lines: [{ id: 'bad', zone: 'middle', pattern: 'x' }] }));
      expect(() => loadNoiseRules(dir)).toThrow(/broken\.json: lines\.0\.zone/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
