// Chooses a loader by file extension and turns one file into RawArticles (or reasons it could not).
import { extname } from 'node:path';
import { InputError, errorMessage } from '../../domain/errors.js';
import { loadFeed } from './feed.js';
import { loadHtml } from './html.js';
import { loadJson } from './json.js';
import { loadJsonLines } from './jsonl.js';
import { loadMarkdown } from './markdown.js';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from './read-file.js';
import { loadPlainText } from './text.js';
import type { LoadedFile, Loader } from './types.js';

export type { LoadedFile, Loader } from './types.js';
export { DEFAULT_MAX_FILE_BYTES } from './read-file.js';

const LOADERS: Readonly<Record<string, Loader>> = {
  '.txt': loadPlainText,
  '.text': loadPlainText,
  '.md': loadMarkdown,
  '.markdown': loadMarkdown,
  '.html': loadHtml,
  '.htm': loadHtml,
  '.json': loadJson,
  '.jsonl': loadJsonLines,
  '.ndjson': loadJsonLines,
  '.xml': loadFeed,
  '.rss': loadFeed,
  '.atom': loadFeed,
};

/** Extensions (with the dot, lower case) that have a loader. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(LOADERS);

export function loaderFor(file: string): Loader | null {
  return LOADERS[extname(file).toLowerCase()] ?? null;
}

export interface LoadFileOptions {
  /** Files larger than this are refused from their size alone, unread. Default 10 MB. */
  maxFileBytes?: number;
}

/** Reads and parses one file. Never throws: every problem comes back in `errors`, naming the file. */
export async function loadFile(file: string, options: LoadFileOptions = {}): Promise<LoadedFile> {
  const failed = (err: InputError): LoadedFile => ({ file, format: null, articles: [], errors: [err] });
  const loader = loaderFor(file);
  if (!loader) {
    const ext = extname(file);
    return failed(
      new InputError(file, `unknown file type ${ext ? `"${ext}"` : '(no extension)'}; expected one of ${SUPPORTED_EXTENSIONS.join(' ')}`),
    );
  }
  try {
    const text = await readTextFile(file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    return loader(text, file);
  } catch (err) {
    if (err instanceof InputError) return failed(err);
    // A parser bug must cost one file, not the whole batch.
    return failed(new InputError(file, `cannot read: ${errorMessage(err).split('\n')[0] ?? 'unknown error'}`, { cause: err }));
  }
}
