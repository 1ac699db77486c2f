// An entity's claims merged per (type, source, target) into relations, grouped by type; and its
// ROLE_AT claims merged per (holder, place) into roles.
import { RELATION_TYPES, type RelationType } from '../../domain/types.js';
import type { ArticleRecord, ClaimRecord, RelationRecord } from '../../store/port.js';
import type { RelationGroupModel, RelationModel, RoleModel } from '../models.js';
import { byDateDesc, earliest, latest } from './dates.js';
import { countPublishers } from './publishers.js';

type ArticleOf = (id: string) => ArticleRecord | null | undefined;

function groupByKey<T>(items: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function relationFromRecord(r: RelationRecord, perspective: string | null = null): RelationModel {
  return { ...r, claimIds: [...r.claimIds], perspective };
}

/** Claims of one (type, source, target), in claims() order, as a relation. */
function mergeRelation(list: readonly ClaimRecord[], articleOf: ArticleOf, perspective: string): RelationModel {
  const first = list[0]!;
  return {
    type: first.type,
    source: first.source,
    target: first.target,
    claimIds: list.map((c) => c.id),
    sources: countPublishers(list.map((c) => articleOf(c.articleId))),
    reported: list.filter((c) => c.status === 'reported').length,
    planned: list.filter((c) => c.status === 'planned').length,
    firstDate: earliest(list.map((c) => c.date)),
    lastDate: latest(list.map((c) => c.date)),
    perspective,
  };
}

/** Same order as the store's relations(): most claims, then latest date, then type, source, target. */
export function compareRelations(a: RelationModel, b: RelationModel): number {
  return (
    b.claimIds.length - a.claimIds.length ||
    byDateDesc(a.lastDate, b.lastDate) ||
    (`${a.type} ${a.source} ${a.target}` < `${b.type} ${b.source} ${b.target}` ? -1 : 1)
  );
}

/** `claims` are the entity's claims (either end); groups follow RELATION_TYPES order. */
export function groupRelations(
  entityId: string,
  claims: readonly ClaimRecord[],
  articleOf: ArticleOf,
  types?: readonly RelationType[],
): RelationGroupModel[] {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  const byType = groupByKey(
    claims.filter((c) => wanted === null || wanted.has(c.type)),
    (c) => c.type,
  );
  return RELATION_TYPES.filter((t) => byType.has(t)).map((type) => {
    const byEdge = groupByKey(byType.get(type) ?? [], (c) => `${c.source}\u0000${c.target}`);
    const relations = [...byEdge.values()].map((list) => mergeRelation(list, articleOf, entityId)).sort(compareRelations);
    return { type, relations };
  });
}

/** ROLE_AT claims merged per (holder, place), latest first. */
export function groupRoles(claims: readonly ClaimRecord[], articleOf: ArticleOf): RoleModel[] {
  const byPair = groupByKey(
    claims.filter((c) => c.type === 'ROLE_AT'),
    (c) => `${c.source}\u0000${c.target}`,
  );
  return [...byPair.values()]
    .map((list): RoleModel => {
      const first = list[0]!;
      const articles = list.map((c) => articleOf(c.articleId));
      return {
        holderId: first.source,
        atId: first.target,
        titles: [...new Set(list.map((c) => c.role).filter((r): r is string => r !== null && r.trim() !== ''))].sort(),
        claims: [...list],
        firstDate: earliest(list.map((c) => c.date)),
        lastDate: latest(list.map((c) => c.date)),
        articleCount: new Set(list.map((c) => c.articleId)).size,
        sourceCount: countPublishers(articles),
      };
    })
    .sort((a, b) => byDateDesc(a.lastDate, b.lastDate) || (a.atId + a.holderId < b.atId + b.holderId ? -1 : 1));
}
