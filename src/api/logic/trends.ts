// Theme trends: per-day mention figures from the store, summed into days, ISO weeks or months,
// every period of the range present (zeros included) so a chart needs no gap filling.
import type { ActivityRecord } from '../../store/port.js';

export type TrendIntervalValue = 'DAY' | 'WEEK' | 'MONTH';

export const MAX_PERIODS = 400;

export interface Period {
  period: string;
  start: string;
  end: string;
}

export interface TrendPointModel extends Period {
  articles: number;
  mentions: number;
}

export interface EntityTrend {
  entityId: string;
  articles: number;
  mentions: number;
  points: TrendPointModel[];
}

const DAY_MS = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string as a UTC midnight, or null when it is not a real calendar day. */
export function parseDay(day: string): Date | null {
  if (!FULL_DATE.test(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : d;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(d: Date): { year: number; week: number; monday: Date } {
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(d, -weekday);
  const thursday = addDays(monday, 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = addDays(firstThursday, -((firstThursday.getUTCDay() + 6) % 7));
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * DAY_MS)) + 1;
  return { year, week, monday };
}

/** The period a day falls in. */
export function periodOf(day: Date, interval: TrendIntervalValue): Period {
  if (interval === 'DAY') return { period: iso(day), start: iso(day), end: iso(day) };
  if (interval === 'WEEK') {
    const { year, week, monday } = isoWeek(day);
    return { period: `${year}-W${String(week).padStart(2, '0')}`, start: iso(monday), end: iso(addDays(monday, 6)) };
  }
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
  return { period: iso(first).slice(0, 7), start: iso(first), end: iso(last) };
}

/** Every period touching [from, to]; throws RangeError past MAX_PERIODS. */
export function periodsBetween(from: Date, to: Date, interval: TrendIntervalValue): Period[] {
  const out: Period[] = [];
  let day = from;
  while (day.getTime() <= to.getTime()) {
    const p = periodOf(day, interval);
    out.push(p);
    if (out.length > MAX_PERIODS) throw new RangeError(`more than ${MAX_PERIODS} periods`);
    day = addDays(parseDay(p.end)!, 1);
  }
  return out;
}

/**
 * Sums per-day rows into each entity's periods. Rows whose day is not a full date (undated or a
 * reduced date like "2024-03") cannot be placed in a day or week and are left out.
 */
export function buildTrends(rows: readonly ActivityRecord[], periods: readonly Period[], interval: TrendIntervalValue): EntityTrend[] {
  const index = new Map(periods.map((p, i) => [p.period, i]));
  const trends = new Map<string, EntityTrend>();
  for (const row of rows) {
    const day = row.day === null ? null : parseDay(row.day);
    if (!day) continue;
    const i = index.get(periodOf(day, interval).period);
    if (i === undefined) continue;
    let t = trends.get(row.entityId);
    if (!t) {
      t = { entityId: row.entityId, articles: 0, mentions: 0, points: periods.map((p) => ({ ...p, articles: 0, mentions: 0 })) };
      trends.set(row.entityId, t);
    }
    const point = t.points[i]!;
    point.articles += row.articles;
    point.mentions += row.mentions;
    t.articles += row.articles;
    t.mentions += row.mentions;
  }
  return [...trends.values()];
}

/** An all-zero trend, for a theme asked for by name that no article in the range mentions. */
export function emptyTrend(entityId: string, periods: readonly Period[]): EntityTrend {
  return { entityId, articles: 0, mentions: 0, points: periods.map((p) => ({ ...p, articles: 0, mentions: 0 })) };
}
