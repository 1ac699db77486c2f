// Follow-up leads: which items deserve a second look, and the reason, in words, for each.
import type { RelationType } from '../../domain/types.js';
import type { ActivityRecord } from '../../store/port.js';
import { dayOf } from './dates.js';

const VERB: Record<RelationType, string> = {
  VISITED: 'visited',
  MET_WITH: 'met',
  ROLE_AT: 'holds a role at',
  PARTNERED_WITH: 'partnered with',
  AGREED_WITH: 'reached an agreement with',
  LOCATED_IN: 'is located in',
  IN_REGION: 'is in',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function singleSourceReason(r: {
  type: RelationType;
  sourceName: string;
  targetName: string;
  publisher: string | null;
  articles: number;
  lastDate: string | null;
}): string {
  const who = r.publisher ? `Only ${r.publisher} reports` : 'Only one source (unnamed) reports';
  const when = r.lastDate ? `, latest ${dayOf(r.lastDate)}` : '';
  return `${who} that ${r.sourceName} ${VERB[r.type]} ${r.targetName} (${plural(r.articles, 'article')}${when}); look for a second source.`;
}

export function newEntityReason(e: { name: string; type: string; firstSeen: string | null; articleCount: number }): string {
  const since = e.firstSeen ? `first seen ${dayOf(e.firstSeen)}` : 'newly seen';
  return `New ${e.type.toLowerCase()} ${e.name}: ${since}, in ${plural(e.articleCount, 'article')} so far.`;
}

export interface RisingEntity {
  entityId: string;
  current: number;
  previous: number;
}

/**
 * Entities at least `minArticles` articles mention in the current period, and at least twice as many
 * as in the previous one. Biggest rise first, then highest current count, then id.
 */
export function risingEntities(current: readonly ActivityRecord[], previous: readonly ActivityRecord[], minArticles: number): RisingEntity[] {
  const before = new Map(previous.map((r) => [r.entityId, r.articles]));
  return current
    .map((r) => ({ entityId: r.entityId, current: r.articles, previous: before.get(r.entityId) ?? 0 }))
    .filter((r) => r.current >= minArticles && r.current >= 2 * r.previous)
    .sort((a, b) => b.current - b.previous - (a.current - a.previous) || b.current - a.current || (a.entityId < b.entityId ? -1 : 1));
}

export function risingReason(r: RisingEntity & { name: string; days: number; asOf: string }): string {
  const window = `the ${plural(r.days, 'day')} to ${r.asOf}`;
  const before = r.previous === 0 ? 'none' : String(r.previous);
  return `${r.name} is in ${plural(r.current, 'article')} in ${window}, up from ${before} in the ${plural(r.days, 'day')} before.`;
}

export function unconfirmedPlanReason(v: {
  personName: string;
  countryName: string;
  publishers: string[];
  lastPlanDate: string | null;
  reportedBefore: boolean;
}): string {
  const by = v.publishers.length > 0 ? v.publishers.join(', ') : 'an unnamed source';
  const when = v.lastPlanDate ? ` (${dayOf(v.lastPlanDate)})` : '';
  const earlier = v.reportedBefore ? ' (only earlier trips are reported)' : '';
  return `${by} reported that ${v.personName} plans to visit ${v.countryName}${when}; no later article reports the visit${earlier}.`;
}
