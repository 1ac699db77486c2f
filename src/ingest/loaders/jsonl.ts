// `.jsonl`: one article object per line. A bad line fails alone, named by its line number (`file.jsonl:17: …`).
import { InputError } from '../../domain/errors.js';
import type { RawArticle } from '../../domain/types.js';
import { articleFromJson } from './article-json.js';
import { describeJsonError, parseJson } from './json-parse.js';
import { itemOrigin } from './types.js';
import type { LoadedFile } from './types.js';

export function loadJsonLines(text: string, file: string): LoadedFile {
  const articles: RawArticle[] = [];
  const errors: InputError[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      errors.push(new InputError(where, describeJsonError(parsed.error, false)));
      return;
    }
    const r = articleFromJson(parsed.value, 'jsonl', itemOrigin(file, articles.length + errors.length));
    if (r.ok) articles.push(r.article);
    else errors.push(new InputError(where, r.field ? `${r.field}: ${r.reason}` : r.reason));
  });
  if (articles.length === 0 && errors.length === 0) errors.push(new InputError(file, 'no articles (only blank lines)'));
  return { file, format: 'jsonl', articles, errors };
}
