// Paths → Articles, file by file: what the CLI's ingest command and the pipeline call.
import { InputError, errorMessage } from '../domain/errors.js';
import type { Article, InputFormat } from '../domain/types.js';
import { loadFile } from './loaders/index.js';
import type { LoadFileOptions } from './loaders/index.js';
import { toArticle } from './prepare.js';
import type { PrepareOptions } from './prepare.js';
import { collectInputFiles } from './walk.js';
import type { SkippedFile } from './walk.js';

/** One problem, printable as one line (`message`). */
export interface LoadFailure {
  /** The file at fault, as the user named it or the walk found it. */
  file: string;
  /** The file, plus the element, field or line when known: `a.json[2].text`, `b.jsonl:17`, `feed.xml#3`. */
  where: string;
  reason: string;
  /** `${where}: ${reason}`, on one line. */
  message: string;
}

export interface FileArticles {
  file: string;
  format: InputFormat | null;
  articles: Article[];
  failures: LoadFailure[];
}

export interface FileProgress {
  file: string;
  /** Files finished so far, this one included (1-based), and the total to load. */
  done: number;
  total: number;
  /** Articles and failures of this file. */
  articles: number;
  failures: number;
}

export interface LoadArticlesOptions extends LoadFileOptions, PrepareOptions {
  /** Called once, before the first file, with the number of files to load. */
  onStart?: (totalFiles: number) => void;
  /** Called after each file. */
  onFile?: (progress: FileProgress) => void;
}

export interface LoadArticlesResult {
  /** Per loaded file, in load order. */
  files: FileArticles[];
  /** Every article, in load order, each id once. */
  articles: Article[];
  /** Every failure: missing paths, unreadable files, bad elements or lines, duplicate ids. */
  failures: LoadFailure[];
  /** Found inside directories and deliberately not loaded (hidden, README, unknown type), or exact duplicates. */
  skipped: SkippedFile[];
}

function failure(file: string, err: InputError): LoadFailure {
  const reason = err.reason.replace(/\s+/g, ' ').trim();
  return { file, where: err.where, reason, message: `${err.where}: ${reason}` };
}

/** Loads every file under `paths`. Never throws for bad input: each problem is one failure, the rest still loads. */
export async function loadArticles(paths: readonly string[], options: LoadArticlesOptions = {}): Promise<LoadArticlesResult> {
  const inputs = await collectInputFiles(paths);
  const result: LoadArticlesResult = {
    files: [],
    articles: [],
    failures: inputs.refused.map((m) => failure(m.file, new InputError(m.file, m.reason))),
    skipped: [...inputs.skipped],
  };
  const byId = new Map<string, Article>();
  options.onStart?.(inputs.files.length);
  for (const [i, file] of inputs.files.entries()) {
    const loaded = await loadFile(file, options);
    const entry: FileArticles = { file, format: loaded.format, articles: [], failures: loaded.errors.map((e) => failure(file, e)) };
    for (const raw of loaded.articles) {
      let article: Article;
      try {
        article = toArticle(raw, options);
      } catch (err) {
        const e = err instanceof InputError ? err : new InputError(raw.origin, `cannot prepare: ${errorMessage(err)}`, { cause: err });
        entry.failures.push(failure(file, e));
        continue;
      }
      const earlier = byId.get(article.id);
      if (earlier && earlier.hash === article.hash) {
        result.skipped.push({ file: article.origin ?? file, reason: `same article as ${earlier.origin ?? '?'} (id ${article.id})` });
        continue;
      }
      if (earlier) {
        const reason = `article id "${article.id}" was already loaded from ${earlier.origin ?? '?'} with different content; this copy is skipped`;
        entry.failures.push(failure(file, new InputError(article.origin ?? file, reason)));
        continue;
      }
      byId.set(article.id, article);
      entry.articles.push(article);
      result.articles.push(article);
    }
    result.files.push(entry);
    result.failures.push(...entry.failures);
    options.onFile?.({ file, done: i + 1, total: inputs.files.length, articles: entry.articles.length, failures: entry.failures.length });
  }
  return result;
}
