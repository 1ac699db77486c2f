// Stable identifiers: the same real-world thing gets the same id in every run, store and language.
import { createHash } from 'node:crypto';
import { plainLetters } from './letters.js';
import type { EntityType, RelationType } from './types.js';

/** Lower-case ASCII slug: accents folded, anything else collapsed to single dashes. */
export function slugify(text: string): string {
  return plainLetters(text)
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `person:sam-altman`, `country:kr`, `theme:data-centers`. Countries and themes are keyed by code. */
export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}:${slugify(key)}`;
}

export function typeOfEntityId(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? '' : id.slice(0, i);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One claim per (article, relation type, source, target): re-extracting an article replaces, never duplicates. */
export function claimId(articleId: string, type: RelationType, source: string, target: string): string {
  return `claim:${sha256(`${articleId}\u0000${type}\u0000${source}\u0000${target}`).slice(0, 24)}`;
}

/** Article id derived from content when the input gives none. */
export function contentArticleId(text: string, title = ''): string {
  return `a-${sha256(`${title}\u0000${text}`).slice(0, 16)}`;
}
