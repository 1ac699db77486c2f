// The date a sentence gives an event: "Selasa (30/4/2024)", "on Oct. 1", "22 May 2025", or a
// weekday read against the article's date ("on Wednesday" in a Wednesday paper is that day).
import type { Lexicon } from '../lexicon/load.js';
import type { Token } from './tokenize.js';

const DAY = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

function year4(y: number): number {
  return y < 100 ? 2000 + y : y;
}

export function sentenceDate(text: string, tokens: readonly Token[], lex: Lexicon, published: string | null, forward: boolean): string | null {
  const pub = published ? new Date(`${published.slice(0, 10)}T00:00:00Z`) : null;
  const pubYear = pub && !Number.isNaN(pub.getTime()) ? pub.getUTCFullYear() : null;
  // Indonesian press style: "(30/4/2024)", "(7/2)".
  const paren = /\((?:[^()\d]{0,12})?(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\)/.exec(text);
  if (paren) {
    const y = paren[3] ? year4(Number(paren[3])) : pubYear;
    const d = y ? iso(y, Number(paren[2]), Number(paren[1])) : null;
    if (d) return d;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const month = lex.months.get(t.norm);
    if (month && t.cap) {
      // "Oct. 1, 2025" / "October 1"
      let j = i + 1;
      if (tokens[j]?.text === '.') j++;
      const day = tokens[j];
      if (day?.kind === 'number' && /^\d{1,2}$/.test(day.text)) {
        const maybeYear = tokens[j + 1]?.text === ',' ? tokens[j + 2] : tokens[j + 1];
        const y = maybeYear && /^\d{4}$/.test(maybeYear.text) ? Number(maybeYear.text) : pubYear;
        const d = y ? iso(y, month, Number(day.text)) : null;
        if (d) return d;
      }
      // "22 May 2025" / "4 Februari 2025"
      const before = tokens[i - 1];
      if (before?.kind === 'number' && /^\d{1,2}$/.test(before.text)) {
        const next = tokens[i + 1];
        const y = next && /^\d{4}$/.test(next.text) ? Number(next.text) : pubYear;
        const d = y ? iso(y, month, Number(before.text)) : null;
        if (d) return d;
      }
    }
  }
  if (!pub || Number.isNaN(pub.getTime())) return null;
  for (const t of tokens) {
    const wd = lex.weekdays.get(t.norm);
    if (wd === undefined || !t.cap) continue;
    const diff = forward ? (wd - pub.getUTCDay() + 7) % 7 : -((pub.getUTCDay() - wd + 7) % 7);
    return new Date(pub.getTime() + diff * DAY).toISOString().slice(0, 10);
  }
  return null;
}

/**
 * The sentence dates what it tells after the article's own date: "on November 12", "(12/11)", or a
 * month alone ("in November", "pada Desember") later in the year of publication.
 */
export function datedAfter(text: string, tokens: readonly Token[], lex: Lexicon, published: string | null): boolean {
  if (!published) return false;
  // ("pada 13–16 Juli 2025" published on the 15th: a span that has begun is under way, not ahead.)
  // ("▪ 3–4 Nov | Hsinchu" published on 30 October: a span that begins later is ahead.)
  const span = /\b(\d{1,2})\s*[–-]\s*\d{1,2}\s+(\p{L}+)\.?(?:\s+(\d{4}))?/u.exec(text);
  if (span) {
    const month = lex.months.get((span[2] as string).toLowerCase());
    const first = month ? iso(span[3] ? Number(span[3]) : Number(published.slice(0, 4)), month, Number(span[1])) : null;
    return !!first && first > published.slice(0, 10);
  }
  const day = sentenceDate(text, tokens, lex, published, false);
  if (day) return day > published.slice(0, 10);
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  if (!pubYear || !pubMonth) return false;
  return tokens.some((t, i) => {
    const month = lex.months.get(t.norm);
    if (!month || !t.cap || !MONTH_ALONE_AFTER.has(tokens[i - 1]?.norm ?? '')) return false;
    const y = /^\d{4}$/.test(tokens[i + 1]?.text ?? '') ? Number(tokens[i + 1]?.text) : pubYear;
    return y > pubYear || (y === pubYear && month > pubMonth);
  });
}

const MONTH_ALONE_AFTER = new Set(['in', 'pada', 'bulan', 'until', 'hingga', 'by']);
