// Word-form variants so a lexicon entry matches inflected forms in text.
// English: plurals. Indonesian: the productive affixes (ber-, me(N)-, pe(N)-, di-, ke-, ter-; -an, -kan, -i, -nya),
// with the nasal assimilation that drops a root's first consonant (memasok ← pasok, menanam ← tanam).
import type { Token } from '../text/tokenize.js';

export function englishVariants(t: Token): string[] {
  const w = t.norm;
  const out = [w];
  if (w.length > 3 && w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.length > 3 && w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  return out;
}

const SUFFIXES = ['kannya', 'annya', 'nya', 'kan', 'an', 'i', 'lah'];
const PREFIXES: Array<[string, string[]]> = [
  ['memper', ['']],
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['peng', ['', 'k']],
  ['peny', ['s']],
  ['pem', ['', 'p']],
  ['pen', ['', 't']],
  ['per', ['']],
  ['pe', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['ter', ['']],
  ['se', ['']],
];

export function indonesianVariants(t: Token): string[] {
  const w = t.norm;
  const out = new Set<string>([w]);
  if (w.length < 5) return [...out];
  const stems = new Set<string>([w]);
  for (const s of SUFFIXES) if (w.length - s.length >= 3 && w.endsWith(s)) stems.add(w.slice(0, -s.length));
  for (const stem of [...stems]) {
    out.add(stem);
    for (const [p, restore] of PREFIXES) {
      if (stem.length - p.length < 3 || !stem.startsWith(p)) continue;
      const rest = stem.slice(p.length);
      for (const r of restore) out.add(r + rest);
    }
  }
  return [...out];
}

/** Indonesian text borrows English terms ("data center", "server"): match both. */
export function variantsFor(language: string): (t: Token) => string[] {
  if (language === 'id') return (t) => [...new Set([...indonesianVariants(t), ...englishVariants(t)])];
  return englishVariants;
}
