// One article object as JSON inputs give it (the corpus format: id, language, title, url, publishedAt, source,
// text; `gold` and any other key are ignored), validated with zod into a RawArticle.
import { z } from 'zod';
import type { InputFormat, RawArticle } from '../../domain/types.js';
import { normalizeDate } from '../dates.js';

const nonEmpty = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `missing; expected ${what}` : `expected ${what}`) })
    .refine((s) => s.trim().length > 0, { error: `expected ${what}` });

const optionalText = z.string({ error: 'expected a string or null' }).nullish();

const ArticleObject = z.object(
  {
    id: nonEmpty('a non-empty string').optional(),
    title: optionalText,
    url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL or null' }).nullish(),
    source: optionalText,
    author: optionalText,
    language: optionalText,
    publishedAt: z
      .string({ error: 'expected an ISO date string or null' })
      .refine((s) => s.trim() === '' || normalizeDate(s) !== null, {
        error: 'expected a date such as 2025-10-01 or 2025-10-01T18:40:00+09:00',
      })
      .nullish(),
    text: nonEmpty('a non-empty string'),
  },
  { error: 'expected an article object' },
);

export type ArticleValidation = { ok: true; article: RawArticle } | { ok: false; field: string; reason: string };

/** Validates one parsed JSON value as an article; on failure names the first offending field. */
export function articleFromJson(value: unknown, format: InputFormat, origin: string): ArticleValidation {
  const parsed = ArticleObject.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return {
      ok: false,
      field: first ? first.path.map(String).join('.') : '',
      reason: `${first?.message ?? 'invalid article'}${more}`,
    };
  }
  const a = parsed.data;
  const article: RawArticle = { text: a.text, format, origin };
  const set = (key: 'id' | 'title' | 'url' | 'source' | 'author' | 'language' | 'publishedAt', v: string | null | undefined): void => {
    const t = v?.trim();
    if (t) article[key] = t;
  };
  set('id', a.id);
  set('title', a.title);
  set('url', a.url);
  set('source', a.source);
  set('author', a.author);
  set('language', a.language);
  set('publishedAt', a.publishedAt);
  return { ok: true, article };
}
