// "YAML-ish" front matter: a leading block of `key: value` lines between `---` fences. Only flat scalar keys are
// read (title, url, date, source, language, id, author); lists and nested maps are skipped, not interpreted.
import type { RawArticle } from '../../domain/types.js';

type Field = 'id' | 'title' | 'url' | 'source' | 'author' | 'language' | 'publishedAt';

const KEYS: Record<string, Field> = {
  id: 'id',
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  canonical: 'url',
  canonical_url: 'url',
  source: 'source',
  publisher: 'source',
  site: 'source',
  site_name: 'source',
  author: 'author',
  byline: 'author',
  language: 'language',
  lang: 'language',
  date: 'publishedAt',
  published: 'publishedAt',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  pubdate: 'publishedAt',
};

export interface FrontMatter {
  fields: Partial<Pick<RawArticle, Field>>;
  body: string;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v.replace(/\s+#.*$/, '');
}

/** Splits front matter off `text`; text without a closed `---` block comes back whole with no fields. */
export function splitFrontMatter(text: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text };
  const block = m[1] ?? '';
  const pairs = block.split('\n').map((line) => /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line));
  // A block with no `key: value` line is a thematic break in the Markdown, not front matter.
  if (!pairs.some((p) => p !== null)) return { fields: {}, body: text };
  const fields: FrontMatter['fields'] = {};
  for (const p of pairs) {
    if (!p) continue;
    const field = KEYS[(p[1] ?? '').toLowerCase()];
    const value = unquote(p[2] ?? '');
    if (field && value && fields[field] === undefined) fields[field] = value;
  }
  return { fields, body: text.slice(m[0].length) };
}
