// RawArticle → Article: clean the body, settle title, date, source, author and language, derive a stable id and a
// content hash. Loading the same file twice yields the same id and hash.
import { InputError } from '../domain/errors.js';
import { contentArticleId, sha256 } from '../domain/ids.js';
import type { Article, InputFormat, RawArticle } from '../domain/types.js';
import type { NoiseRules } from './clean/noise-rules.js';
import { stripNoise } from './clean/strip-noise.js';
import { normalizeDate } from './dates.js';
import { resolveLanguage } from './language.js';

export interface PrepareOptions {
  /** Noise phrase lists; the bundled data/noise lists by default. */
  noiseRules?: NoiseRules;
}

/** Formats whose declared language is a page template's attribute, often wrong: detection decides. */
const HINT_ONLY_LANGUAGE: ReadonlySet<InputFormat> = new Set(['html', 'rss', 'atom']);
const TITLE_FALLBACK_WORDS = 12;
const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga)$/i;

function oneLine(s: string | undefined | null): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** An absolute http(s) URL as given, or null. */
function httpUrl(url: string | undefined): string | null {
  const u = url?.trim();
  if (!u) return null;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * The URL an article id is derived from: no fragment, no tracking parameters, no trailing slash, so the same story
 * shared through different links keeps one id.
 */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.href;
}

/** Lower case with runs of space as one: enough to find a publisher's name in a page however it is set. */
function looseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The first sentence of the body, cut to a dozen words: a title for an article that has none. */
function titleFromText(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= TITLE_FALLBACK_WORDS) return sentence.replace(/[.]$/, '');
  return `${words.slice(0, TITLE_FALLBACK_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}

/** Cleans and completes one raw article. Throws InputError (naming its origin) when no body text is left. */
export function toArticle(raw: RawArticle, options: PrepareOptions = {}): Article {
  const givenTitle = oneLine(raw.title);
  const givenSource = oneLine(raw.source);
  const cleaned = stripNoise(raw.text, {
    title: givenTitle,
    source: givenSource,
    takeHeadline: !givenTitle,
    ...(options.noiseRules ? { rules: options.noiseRules } : {}),
  });
  const text = cleaned.text;
  if (text === '') throw new InputError(raw.origin, 'no article text left after removing page chrome');

  const title = givenTitle ?? cleaned.headline ?? titleFromText(text);
  const url = httpUrl(raw.url);
  const source = givenSource ?? cleaned.source;
  const author = oneLine(raw.author) ?? cleaned.author;
  const publishedAt = normalizeDate(raw.publishedAt) ?? cleaned.publishedAt;
  const lang = resolveLanguage(raw.language, `${title}\n\n${text}`, HINT_ONLY_LANGUAGE.has(raw.format));
  const id = oneLine(raw.id) ?? (url ? contentArticleId(canonicalUrl(url)) : contentArticleId(text, title));
  // Everything a reader of the stored article sees, in a fixed order: a change in any of it means re-extraction.
  const hash = sha256(JSON.stringify([text, title, url, source, publishedAt, lang.language, author]));
  return {
    id,
    title,
    url,
    source,
    publishedAt,
    author,
    language: lang.language,
    languageSupported: lang.languageSupported,
    text,
    hash,
    origin: raw.origin,
    // An HTML page shows its site name in its chrome; other formats name a publisher in a metadata field,
    // which counts only where the text names it too (a masthead or footer the cleaning found does).
    publisherOnPage: source !== null && (raw.format === 'html' || givenSource === null || looseText(raw.text).includes(looseText(source))),
    authorOnPage: author !== null && looseText(raw.text).includes(looseText(author)),
  };
}
