// The write side as the API sees it: a function that runs the ingest pipeline on raw articles
// (the CLI passes createPipeline(store).ingestRaw from src/ingest/pipeline.ts).
import type { RawArticle } from '../domain/types.js';
import { badInput } from './errors.js';

/** One article's outcome; the same shape as the pipeline's PipelineResult. */
export interface IngestOutcome {
  origin: string;
  articleId: string | null;
  title: string | null;
  status: 'new' | 'updated' | 'unchanged' | 'failed';
  reason?: string;
  entities: number;
  relations: number;
}

export type IngestFn = (raws: RawArticle[]) => Promise<IngestOutcome[]>;

export const MAX_INGEST_ARTICLES = 100;
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface ArticleInputFields {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  author?: string | null;
  text: string;
  origin?: string | null;
}

/** Checks the mutation's input as a whole and turns each item into a RawArticle (plain text). */
export function toRawArticles(input: readonly ArticleInputFields[]): RawArticle[] {
  if (input.length === 0) throw badInput('input: give at least one article');
  if (input.length > MAX_INGEST_ARTICLES) {
    throw badInput(`input: at most ${MAX_INGEST_ARTICLES} articles per call, got ${input.length}`);
  }
  return input.map((a, i) => {
    if (a.text.length > MAX_ARTICLE_CHARS) {
      throw badInput(`input[${i}].text: at most ${MAX_ARTICLE_CHARS} characters, got ${a.text.length}`);
    }
    const raw: RawArticle = { text: a.text, format: 'text', origin: a.origin?.trim() || `api#${i + 1}` };
    for (const key of ['id', 'title', 'url', 'source', 'publishedAt', 'language', 'author'] as const) {
      const v = a[key];
      if (v !== null && v !== undefined) raw[key] = v;
    }
    return raw;
  });
}
