// Publication dates: whatever form an input gives them in → ISO 8601.
import type { DateVocabulary } from './clean/noise-rules.js';
import { defaultNoiseRules } from './clean/noise-rules.js';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function isoDate(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** A calendar date written out with a month name, found in a line of text. */
export interface DateMatch {
  date: string;
  index: number;
  length: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patternCache = new WeakMap<DateVocabulary, { mdy: RegExp; dmy: RegExp; iso: RegExp }>();

function datePatterns(vocab: DateVocabulary): { mdy: RegExp; dmy: RegExp; iso: RegExp } {
  let p = patternCache.get(vocab);
  if (!p) {
    // Longest names first so "september" wins over "sep".
    const names = [...vocab.months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    p = {
      // Oct. 1, 2025 / June 12 2025
      mdy: new RegExp(`(?<![\\p{L}])(${names})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
      // 4 Februari 2025 / 22 May 2025
      dmy: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(${names})\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
      iso: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    };
    patternCache.set(vocab, p);
  }
  return p;
}

/** Every month-name or ISO date in `text`, in order of position. */
export function findDates(text: string, vocab: DateVocabulary = defaultNoiseRules().dates): DateMatch[] {
  const { mdy, dmy, iso } = datePatterns(vocab);
  const found: DateMatch[] = [];
  for (const m of text.matchAll(mdy)) {
    const month = vocab.months.get((m[1] ?? '').toLowerCase());
    const date = month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(dmy)) {
    const month = vocab.months.get((m[2] ?? '').toLowerCase());
    const date = month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(iso)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) found.push({ date, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;
const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_ZONES: Record<string, string> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

function offset(zone: string | undefined): string | null | undefined {
  if (zone === undefined) return undefined;
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return NAMED_ZONES[zone.toLowerCase()] ?? null;
}

function dateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | undefined): string | null {
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 60) return null;
  const z = offset(zone);
  if (z === null) return null;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${z ?? ''}`;
}

/**
 * ISO 8601 form of a publication date: `YYYY-MM-DD` when only a date is known, else a date-time keeping the
 * input's own UTC offset (a Seoul evening stays on its Seoul date). Accepts ISO, RFC 2822 (RSS `pubDate`) and
 * month-name dates in English or Indonesian. Returns null for anything else.
 */
export function normalizeDate(input: string | null | undefined, vocab?: DateVocabulary): string | null {
  const s = input?.trim();
  if (!s) return null;
  let m = ISO_DATE.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ISO_DATE_TIME.exec(s);
  if (m) {
    return dateTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[8]);
  }
  m = RFC_2822.exec(s);
  if (m) {
    const month = RFC_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    let year = Number(m[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    const z = m[7];
    return month > 0 ? dateTime(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), z ?? 'Z') : null;
  }
  // A date written out ("Oct. 1, 2025", "4 Februari 2025"): only when it is the whole value, give or take a weekday.
  const dates = findDates(s, vocab);
  const first = dates[0];
  if (first && dates.length === 1 && s.length - first.length <= 12) return first.date;
  return null;
}
