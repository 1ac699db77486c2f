// Dates are ISO strings of varying precision ("2024", "2024-03", "2024-03-14T09:30:00Z"); as text
// they sort chronologically, which is how the store compares them too.

export function earliest(dates: Iterable<string | null>): string | null {
  let min: string | null = null;
  for (const d of dates) if (d !== null && (min === null || d < min)) min = d;
  return min;
}

export function latest(dates: Iterable<string | null>): string | null {
  let max: string | null = null;
  for (const d of dates) if (d !== null && (max === null || d > max)) max = d;
  return max;
}

/** Newest first, null (undated) last. */
export function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** The day part of an ISO date-time, for sentences. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}
