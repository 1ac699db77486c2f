// Plain text: the whole file is one article's body; title and chrome are sorted out by the cleaner. A leading
// `---` block of `key: value` lines (as in Markdown) gives the metadata a bare text file cannot otherwise carry.
import type { RawArticle } from '../../domain/types.js';
import { splitFrontMatter } from './front-matter.js';
import type { LoadedFile } from './types.js';

export function loadPlainText(text: string, file: string): LoadedFile {
  const { fields, body } = splitFrontMatter(text);
  const article: RawArticle = { ...fields, text: body, format: 'text', origin: file };
  return { file, format: 'text', articles: [article], errors: [] };
}
