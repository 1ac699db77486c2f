// HTML page: the article body found by Readability (not the site's menus and footers) as plain text, and the
// page's metadata (title, site name, canonical URL, publication time, language hint, author).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../../domain/errors.js';
import type { RawArticle } from '../../domain/types.js';
import { domToText } from './html-text.js';
import type { LoadedFile } from './types.js';

/** Below this many characters Readability's pick is doubted and the page's main region is read instead. */
const MIN_READABLE_CHARS = 200;
const CHROME_SELECTORS =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

interface PageMeta {
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  author?: string;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

function metaContent(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const v = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

function absoluteUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function readMeta(doc: Document): PageMeta {
  const og = (p: string): string => `meta[property="${p}"], meta[name="${p}"]`;
  const locale = metaContent(doc, og('og:locale'));
  const authorMeta = metaContent(doc, 'meta[name="author"]', og('article:author'), 'meta[name="byl"]');
  return {
    title: metaContent(doc, og('og:title'), og('twitter:title')) ?? clean(doc.querySelector('title')?.textContent),
    source: metaContent(doc, og('og:site_name'), 'meta[name="application-name"]'),
    url:
      absoluteUrl(clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))) ??
      absoluteUrl(metaContent(doc, og('og:url'))),
    publishedAt:
      metaContent(doc, og('article:published_time'), 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]') ??
      clean(doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime')),
    language: clean(doc.documentElement?.getAttribute('lang')) ?? locale,
    author: authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : undefined,
  };
}

/** "Altman in Seoul | Han River Dispatch" → "Altman in Seoul" when the suffix is the site's name. */
function withoutSiteSuffix(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]?.toLowerCase() === site.toLowerCase()) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}

function readableText(html: string): { text: string; title?: string; byline?: string; siteName?: string; publishedTime?: string } | null {
  const { document } = parseHTML(html);
  try {
    const result = new Readability<Node>(document, { serializer: (node) => node, charThreshold: 300 }).parse();
    if (!result?.content) return null;
    return {
      text: domToText(result.content),
      title: clean(result.title),
      byline: clean(result.byline),
      siteName: clean(result.siteName),
      publishedTime: clean(result.publishedTime),
    };
  } catch {
    // Readability can trip over malformed markup; the main-region reading below still works.
    return null;
  }
}

/** The page without its chrome elements: `<main>`, else `<article>`, else `<body>`. */
function mainRegionText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll(CHROME_SELECTORS))) el.remove();
  const root = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  return root ? domToText(root) : '';
}

export function loadHtml(html: string, file: string): LoadedFile {
  const meta = readMeta(parseHTML(html).document);
  const readable = readableText(html);
  let text = readable?.text ?? '';
  // A short pick may be a menu Readability settled for: trust only what survives removing the chrome elements.
  if (text.trim().length < MIN_READABLE_CHARS) text = mainRegionText(html);
  if (text.trim() === '') {
    return { file, format: 'html', articles: [], errors: [new InputError(file, 'no article text found in the HTML page')] };
  }
  const source = meta.source ?? readable?.siteName;
  const title = meta.title ?? readable?.title;
  const article: RawArticle = { text, format: 'html', origin: file };
  if (title) article.title = withoutSiteSuffix(title, source);
  if (source) article.source = source;
  if (meta.url) article.url = meta.url;
  const publishedAt = meta.publishedAt ?? readable?.publishedTime;
  if (publishedAt) article.publishedAt = publishedAt;
  if (meta.language) article.language = meta.language;
  const author = meta.author ?? readable?.byline;
  if (author) article.author = author.replace(/^(?:by|oleh)\s+/i, '');
  return { file, format: 'html', articles: [article], errors: [] };
}
