// The one path from an article to the store: prepare → extract → resolve against the store → save.
// The CLI's ingest, the API's ingestArticles mutation and the benchmark all run it.
import { errorMessage } from '../domain/errors.js';
import type { Article, Extraction, RawArticle } from '../domain/types.js';
import { createExtractor, type Extractor } from '../extract/index.js';
import { resolveAgainstStore } from '../resolve/against-store.js';
import type { GraphStore } from '../store/port.js';
import { toArticle } from './prepare.js';

export interface PipelineResult {
  origin: string;
  articleId: string | null;
  title: string | null;
  status: 'new' | 'updated' | 'unchanged' | 'failed';
  reason?: string;
  entities: number;
  relations: number;
}

export interface PipelineOptions {
  /** Extra gazetteer files for the extractor. */
  gazetteerFiles?: string[];
  /** Reuse an extractor (the gazetteer is loaded once per extractor). */
  extractor?: Extractor;
}

export type OnArticle = (result: PipelineResult, extraction?: Extraction) => void;

export interface Pipeline {
  readonly extractor: Extractor;
  /** Prepared articles (the CLI loads and prepares files itself, to report file errors). */
  ingestArticles(articles: readonly Article[], onEach?: OnArticle): Promise<PipelineResult[]>;
  /** Raw articles (the API receives these). A raw article that cannot be prepared fails alone. */
  ingestRaw(raws: readonly RawArticle[], onEach?: OnArticle): Promise<PipelineResult[]>;
}

export function createPipeline(store: GraphStore, options: PipelineOptions = {}): Pipeline {
  const extractor = options.extractor ?? createExtractor({ gazetteerFiles: options.gazetteerFiles ?? [] });

  async function one(article: Article, onEach?: OnArticle): Promise<PipelineResult> {
    const base = { origin: article.origin ?? article.id, articleId: article.id, title: article.title };
    try {
      // Unchanged input is not even extracted again: re-ingesting changes nothing.
      if ((await store.articleHash(article.id)) === article.hash) {
        const r: PipelineResult = { ...base, status: 'unchanged', entities: 0, relations: 0 };
        onEach?.(r);
        return r;
      }
      const extraction = await resolveAgainstStore(extractor.extract(article), store);
      const outcome = await store.save(extraction);
      const r: PipelineResult = { ...base, status: outcome.status, entities: extraction.entities.length, relations: extraction.relations.length };
      onEach?.(r, extraction);
      return r;
    } catch (err) {
      const r: PipelineResult = { ...base, status: 'failed', reason: errorMessage(err), entities: 0, relations: 0 };
      onEach?.(r);
      return r;
    }
  }

  return {
    extractor,
    async ingestArticles(articles, onEach) {
      const results: PipelineResult[] = [];
      for (const a of articles) results.push(await one(a, onEach));
      return results;
    },
    async ingestRaw(raws, onEach) {
      const results: PipelineResult[] = [];
      for (const raw of raws) {
        let article: Article;
        try {
          article = toArticle(raw);
        } catch (err) {
          const r: PipelineResult = { origin: raw.origin, articleId: raw.id ?? null, title: raw.title ?? null, status: 'failed', reason: errorMessage(err), entities: 0, relations: 0 };
          onEach?.(r);
          results.push(r);
          continue;
        }
        results.push(await one(article, onEach));
      }
      return results;
    },
  };
}
