// Tells a byline's name ("Park Min-ji", "Tim Redaksi") from a sentence that merely starts with "By".

const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 60;

/** True when `text` reads as a person's or desk's name: a few capitalised words, particles allowed. */
export function looksLikeName(text: string, particles: ReadonlySet<string>): boolean {
  if (text.length === 0 || text.length > MAX_NAME_LENGTH) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_WORD.test(w) || INITIALS.test(w) || /^al-\p{Lu}/u.test(w)) capitalised++;
    else if (!particles.has(w.toLowerCase())) return false;
  }
  return capitalised > 0 && NAME_WORD.test(words[0] ?? '');
}

/**
 * The name a byline gives, without the role or desk after it:
 * "Park Min-ji, Seoul bureau" → "Park Min-ji"; "Dimas Prasetyo | Editor: Sari Wulandari" → "Dimas Prasetyo".
 */
export function nameFromByline(captured: string, particles: ReadonlySet<string>): string | null {
  const name = (captured.split(/\s*[|·•;,]\s*|\s+[—–-]\s+|\s+\(/u)[0] ?? '').trim().replace(/[.:]+$/, '');
  return looksLikeName(name, particles) ? name : null;
}

/** A publisher's name as a source: "KABAR TEKNO ASIA" → "Kabar Tekno Asia"; mixed case is kept as written. */
export function publisherName(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t !== t.toUpperCase() || !/\p{Lu}/u.test(t)) return t;
  // All capitals is a masthead's typography, not the name; words without a vowel (BBC, CNN) or of two letters
  // (AI, TV) are taken for acronyms and kept.
  const acronym = (w: string): boolean => w.length <= 2 || !/[AEIOUY]/.test(w);
  return t
    .split(' ')
    .map((w) => (acronym(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}
