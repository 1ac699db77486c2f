// A visit is the merge of the VISITED claims person → country across articles.
import type { ArticleRecord, ClaimRecord } from '../../store/port.js';
import type { VisitModel } from '../models.js';
import { byDateDesc, earliest, latest } from './dates.js';
import { countPublishers, namedPublishers } from './publishers.js';

export function visitKey(personId: string, countryId: string): string {
  return `${personId}→${countryId}`;
}

/**
 * Groups VISITED claims by (source, target) into visits, most recent first (by last date, undated
 * last), then by key. `claims` in claims() order; `articleOf` gives each claim's article.
 */
export function mergeVisits(
  claims: readonly ClaimRecord[],
  articleOf: (id: string) => ArticleRecord | null | undefined,
): VisitModel[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (c.type !== 'VISITED') continue;
    const key = visitKey(c.source, c.target);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const visits = [...groups.entries()].map(([key, list]): VisitModel => {
    const first = list[0]!;
    const articleIds = [...new Set(list.map((c) => c.articleId))];
    const articles = articleIds.map(articleOf);
    return {
      key,
      personId: first.source,
      countryId: first.target,
      status: list.some((c) => c.status === 'reported') ? 'REPORTED' : 'PLANNED',
      purposes: [...new Set(list.flatMap((c) => c.purposes))],
      firstDate: earliest(list.map((c) => c.date)),
      lastDate: latest(list.map((c) => c.date)),
      claims: list,
      articleIds,
      sources: namedPublishers(articles),
      sourceCount: countPublishers(articles),
    };
  });
  return visits.sort((a, b) => byDateDesc(a.lastDate, b.lastDate) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A plan nobody confirms: some claim says PLANNED, and no REPORTED claim is dated on or after the
 * latest dated plan (an undated plan is confirmed by any report).
 */
export function isUnconfirmedPlan(visit: VisitModel): boolean {
  const planned = visit.claims.filter((c) => c.status === 'planned');
  if (planned.length === 0) return false;
  const reported = visit.claims.filter((c) => c.status === 'reported');
  const lastPlan = latest(planned.map((c) => c.date));
  if (lastPlan === null) return reported.length === 0;
  return !reported.some((c) => c.date !== null && c.date >= lastPlan);
}
