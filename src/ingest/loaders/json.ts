// `.json`: one article object, or an array of them. A bad element fails alone; the others still load.
import { InputError } from '../../domain/errors.js';
import type { RawArticle } from '../../domain/types.js';
import { articleFromJson } from './article-json.js';
import { describeJsonError, parseJson } from './json-parse.js';
import { itemOrigin } from './types.js';
import type { LoadedFile } from './types.js';

export function loadJson(text: string, file: string): LoadedFile {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { file, format: 'json', articles: [], errors: [new InputError(file, describeJsonError(parsed.error))] };
  }
  const articles: RawArticle[] = [];
  const errors: InputError[] = [];
  const { value } = parsed;
  if (Array.isArray(value)) {
    if (value.length === 0) errors.push(new InputError(file, 'empty array: no articles'));
    value.forEach((item, i) => {
      const r = articleFromJson(item, 'json', itemOrigin(file, i));
      if (r.ok) articles.push(r.article);
      // `file.json[2].text: expected a non-empty string`
      else errors.push(new InputError(`${file}[${i}]${r.field ? `.${r.field}` : ''}`, r.reason));
    });
  } else {
    const r = articleFromJson(value, 'json', file);
    if (r.ok) articles.push(r.article);
    else errors.push(new InputError(file, r.field ? `${r.field}: ${r.reason}` : `${r.reason} or an array of them`));
  }
  return { file, format: 'json', articles, errors };
}
