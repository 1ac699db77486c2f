// Language of an article: the input's own declaration when it is a real code, else franc-min over the whole text.
import { francAll } from 'franc-min';
import { SUPPORTED_LANGUAGES } from '../domain/types.js';

export const UNDETERMINED = 'und';

/** Fewer letters than this and trigram statistics are guesswork: the article stays `und`. */
export const MIN_LETTERS_FOR_DETECTION = 40;

/** Malay and Indonesian share most of their written vocabulary; franc tells them apart poorly. */
const MALAY_FAMILY = new Set(['ms', 'zlm', 'zsm', 'msa', 'ind', 'id', 'in']);

/**
 * Regional languages of Indonesia that franc may rank a whisker above Indonesian on a short text. When one of
 * them wins by less than this margin over Indonesian or Malay, the text is taken as Indonesian.
 */
const INDONESIAN_NEIGHBOURS = new Set(['jav', 'sun', 'mad', 'min', 'ace', 'ban', 'bjn', 'bug']);
const NEIGHBOUR_MARGIN = 0.02;

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * ISO 639-1 code for a language code or tag (`ind` → `id`, `en-US` → `en`, `zsm` → `id`); a language without a
 * two-letter code keeps its three letters. Null for anything that is not a known language.
 */
export function canonicalLanguage(code: string | null | undefined): string | null {
  const raw = code?.trim().replace(/_/g, '-');
  if (!raw || raw.toLowerCase() === UNDETERMINED) return null;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(raw)[0] ?? '';
  } catch {
    return null;
  }
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  if (MALAY_FAMILY.has(primary)) return 'id';
  if (!/^[a-z]{2,3}$/.test(primary) || displayNames.of(primary) === undefined) return null;
  return primary;
}

export function isSupportedLanguage(code: string): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** franc reads only the first 2048 characters of what it is given; longer texts are read window by window. */
const WINDOW_CHARS = 2000;
/** Enough windows for any real article (~80,000 characters); longer texts are sampled evenly. */
const MAX_WINDOWS = 40;

function windows(text: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > WINDOW_CHARS) {
    const cut = rest.lastIndexOf(' ', WINDOW_CHARS);
    const at = cut > WINDOW_CHARS / 2 ? cut : WINDOW_CHARS;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  if (out.length <= MAX_WINDOWS) return out;
  const step = out.length / MAX_WINDOWS;
  return Array.from({ length: MAX_WINDOWS }, (_, i) => out[Math.floor(i * step)] ?? '');
}

/**
 * Detects the language of a whole text; `und` when the text is too short or franc cannot tell. Each window's
 * franc scores are summed, weighted by the window's length, so the article as a whole decides.
 */
export function detectLanguage(text: string): string {
  if (letterCount(text) < MIN_LETTERS_FOR_DETECTION) return UNDETERMINED;
  const scores = new Map<string, number>();
  for (const w of windows(text)) {
    if (letterCount(w) < MIN_LETTERS_FOR_DETECTION / 2) continue;
    for (const [code, score] of francAll(w, { minLength: 1 })) {
      if (code !== UNDETERMINED) scores.set(code, (scores.get(code) ?? 0) + score * w.length);
    }
  }
  let best = UNDETERMINED;
  let bestScore = 0;
  for (const [code, score] of scores) {
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  if (best === UNDETERMINED) return UNDETERMINED;
  if (INDONESIAN_NEIGHBOURS.has(best)) {
    const malayic = Math.max(scores.get('ind') ?? 0, scores.get('zlm') ?? 0);
    if (malayic >= bestScore * (1 - NEIGHBOUR_MARGIN)) return 'id';
  }
  return canonicalLanguage(best) ?? best;
}

export interface LanguageDecision {
  language: string;
  languageSupported: boolean;
  /** Whether the code came from the input or from detection. */
  detected: boolean;
}

/**
 * The article's language. A declared code is trusted when it is a real language code, unless it is only a page
 * template's hint (`hintOnly`, e.g. `<html lang>`), in which case detection wins when it can decide.
 */
export function resolveLanguage(declared: string | null | undefined, text: string, hintOnly = false): LanguageDecision {
  const given = canonicalLanguage(declared);
  const decide = (language: string, detected: boolean): LanguageDecision => ({
    language,
    languageSupported: isSupportedLanguage(language),
    detected,
  });
  if (given && !hintOnly) return decide(given, false);
  const found = detectLanguage(text);
  if (found !== UNDETERMINED) return decide(found, true);
  return given ? decide(given, false) : decide(UNDETERMINED, true);
}
