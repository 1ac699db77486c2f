// Recognises a dateline stamp ("Published Oct. 1, 2025, 18:40 KST", "Selasa, 4 Februari 2025 | 07.15 WIB"):
// a line made only of a date, times, weekdays, time zones and stamp words.
import { findDates } from '../dates.js';
import type { DateVocabulary } from './noise-rules.js';

const TIME = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?$/i;
const NUMBER = /^\d{1,4}$/;
const OFFSET_ZONE = /^(?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?$/i;
const MAX_STAMP_LENGTH = 100;

/** The stamp's first date (YYYY-MM-DD) when `line` is a dateline stamp, else null. */
export function parseDateline(line: string, vocab: DateVocabulary): string | null {
  if (line.length > MAX_STAMP_LENGTH) return null;
  const dates = findDates(line, vocab);
  const first = dates[0];
  if (!first) return null;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    if (d.index < at) continue; // overlapping matches of the same date
    rest += ` ${line.slice(at, d.index)} `;
    at = d.index + d.length;
  }
  rest += line.slice(at);
  const tokens = rest
    .toLowerCase()
    .split(/[\s|·•,;—–()[\]/]+|\s-\s/u)
    .map((t) => t.replace(/^[-.:]+|[-.:]+$/g, ''))
    .filter((t) => t.length > 0);
  const isStampWord = (t: string): boolean =>
    NUMBER.test(t) || TIME.test(t) || OFFSET_ZONE.test(t) || vocab.stampWords.has(t) || vocab.months.has(t);
  return tokens.every(isStampWord) ? first.date : null;
}
