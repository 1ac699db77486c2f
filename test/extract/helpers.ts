import { sha256 } from '../../src/domain/ids.js';
import type { Article, Extraction, ExtractedEntity } from '../../src/domain/types.js';
import { createExtractor } from '../../src/extract/index.js';

export const extractor = createExtractor();

export function article(text: string, language: 'en' | 'id', extra: Partial<Article> = {}): Article {
  return {
    id: `t-${sha256(text).slice(0, 10)}`,
    title: 'test',
    url: null,
    source: null,
    publishedAt: '2025-06-01',
    author: null,
    language,
    languageSupported: true,
    text,
    hash: sha256(text),
    origin: null,
    ...extra,
  };
}

export function run(text: string, language: 'en' | 'id', extra: Partial<Article> = {}): Extraction {
  return extractor.extract(article(text, language, extra));
}

export function names(x: Extraction, type: ExtractedEntity['type']): string[] {
  return x.entities
    .filter((e) => e.type === type)
    .map((e) => (type === 'Country' || type === 'Theme' ? (e.code ?? e.name) : e.name))
    .sort();
}

/** Visits as "Person → CC [status] purposes". */
/** The country codes one person visits, sorted. */
export function stopsOf(x: Extraction, who: string): string[] {
  return visits(x)
    .filter((v) => v.startsWith(`${who} →`))
    .map((v) => v.split(' → ')[1]?.slice(0, 2) ?? '')
    .sort();
}

export function visits(x: Extraction): string[] {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  return x.relations
    .filter((r) => r.type === 'VISITED')
    .map((r) => `${byId.get(r.source)?.name} → ${byId.get(r.target)?.code} [${r.status}] ${(r.purposes ?? []).join(',')}`.trim())
    .sort();
}
