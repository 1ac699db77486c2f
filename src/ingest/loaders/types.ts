// What every loader returns for one file.
import type { InputError } from '../../domain/errors.js';
import type { InputFormat, RawArticle } from '../../domain/types.js';

/**
 * The articles one file yielded and the problems it had. A whole-file problem (unreadable, invalid JSON) is one
 * error and no articles; a multi-article file (JSON array, JSONL, feed) may yield some articles and some errors.
 */
export interface LoadedFile {
  file: string;
  format: InputFormat | null;
  articles: RawArticle[];
  errors: InputError[];
}

/** Parses the text of one file (already read and decoded). */
export type Loader = (text: string, file: string) => LoadedFile;

/** `file#n` for the n-th (1-based) article of a multi-article file. */
export function itemOrigin(file: string, index: number): string {
  return `${file}#${index + 1}`;
}
