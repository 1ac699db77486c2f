// Cypher that selects claims by the filters of claims() and findClaims(). The text is put together
// only from the constant fragments below; every value a caller gives travels as a parameter.
import type { ClaimStatus, RelationType } from '../../domain/types.js';
import type { Params } from './connection.js';
import { CLAIM_ENDS } from './rows.js';
import { luceneQuery } from './search.js';

export interface ClaimFilter {
  types?: readonly RelationType[];
  source?: string;
  target?: string;
  entity?: string;
  articleId?: string;
  status?: ClaimStatus;
  theme?: string;
  from?: string;
  to?: string;
  search?: string;
}

export interface ClaimMatch {
  /** Binds `c`, `s`, `t`, `a` for every matching claim. */
  cypher: string;
  params: Params;
}

/**
 * Null when the filter can match nothing (search text without a word). The first clause starts
 * from the most selective anchor (search index, an entity, the article, else all claims); the
 * WHERE then applies every filter, the anchor's included.
 */
export function claimMatch(f: ClaimFilter): ClaimMatch | null {
  const where: string[] = [];
  const params: Params = {};
  let start = 'MATCH (c:Claim)';
  if (f.search !== undefined) {
    const query = luceneQuery(f.search);
    if (query === null) return null;
    params.lucene = query;
    start = "CALL db.index.fulltext.queryNodes('claim_evidence', $lucene) YIELD node AS c";
  } else if (f.source !== undefined) {
    start = 'MATCH (:Entity {id: $source})-[:SUBJECT_OF]->(c:Claim)';
  } else if (f.target !== undefined) {
    start = 'MATCH (c:Claim)-[:OBJECT]->(:Entity {id: $target})';
  } else if (f.entity !== undefined) {
    // Both ends: a claim linking the entity to itself is taken once.
    start = 'MATCH (:Entity {id: $entity})-[:SUBJECT_OF|OBJECT]-(c:Claim) WITH DISTINCT c';
  } else if (f.articleId !== undefined) {
    start = 'MATCH (c:Claim)-[:STATED_IN]->(:Article {id: $articleId})';
  }
  const equal = (expr: string, name: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(`${expr} = $${name}`);
    params[name] = value;
  };
  if (f.types && f.types.length > 0) {
    where.push('c.type IN $types');
    params.types = [...f.types];
  }
  equal('s.id', 'source', f.source);
  equal('t.id', 'target', f.target);
  equal('a.id', 'articleId', f.articleId);
  equal('c.status', 'status', f.status);
  if (f.entity !== undefined) {
    where.push('(s.id = $entity OR t.id = $entity)');
    params.entity = f.entity;
  }
  if (f.theme !== undefined) {
    where.push('($theme IN c.purposes OR $theme IN c.themes)');
    params.theme = f.theme.startsWith('theme:') ? f.theme.slice('theme:'.length) : f.theme;
  }
  if (f.from !== undefined) {
    where.push('c.date >= $from');
    params.from = f.from;
  }
  if (f.to !== undefined) {
    // Inclusive: a date bound takes in every time of that day (or month, or year).
    where.push('substring(c.date, 0, size($to)) <= $to');
    params.to = f.to;
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return { cypher: `${start}\n${CLAIM_ENDS}\n${filter}`, params };
}
