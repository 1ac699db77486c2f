// The dates the corpus spans, so leads and trends default to the period the articles cover rather
// than to today (an archive of last year's reporting would otherwise look empty).
import { gql } from './api.js';
import { addDays, isoDay, todayIso } from './format.js';
import { CORPUS_RANGE } from './queries.js';
import type { Connection } from './types.js';

export interface CorpusRange {
  articleCount: number;
  /** Day of the newest article. */
  latest: string;
  /** First and last day any theme is mentioned. */
  from: string;
  to: string;
}

interface RangeData {
  articles: Connection<{ publishedAt: string | null; ingestedAt: string }>;
  themes: Array<{ firstSeen: string | null; lastSeen: string | null }>;
}

export async function corpusRange(signal: AbortSignal): Promise<CorpusRange> {
  const data = await gql<RangeData>(CORPUS_RANGE, {}, signal);
  const newest = data.articles.edges[0]?.node;
  const latest = isoDay(newest?.publishedAt) ?? isoDay(newest?.ingestedAt) ?? todayIso();
  const firsts = data.themes.map((t) => isoDay(t.firstSeen)).filter((d): d is string => d !== null).sort();
  const lasts = data.themes.map((t) => isoDay(t.lastSeen)).filter((d): d is string => d !== null).sort();
  const to = lasts[lasts.length - 1] ?? latest;
  return { articleCount: data.articles.totalCount, latest, from: firsts[0] ?? addDays(to, -365), to };
}
