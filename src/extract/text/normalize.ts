import { plainLetters } from '../../domain/letters.js';

// Folding used wherever two spellings of a name must meet: case, accents and a few letters NFKD keeps.
export function fold(text: string): string {
  return plainLetters(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

export function isUpperInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}
