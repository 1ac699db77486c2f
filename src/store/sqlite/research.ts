// Research reads of the SQLite adapter: batch lookups for the API's DataLoaders, paged claim search,
// relation aggregates, neighbours for path search, mention activity and new entities.
// Lists of keys travel as one JSON parameter (json_each), so every batch is one statement.
import type { RelationType } from '../../domain/types.js';
import type {
  ActivityQuery,
  ActivityRecord,
  ArticlePageQuery,
  ArticleRecord,
  ClaimRecord,
  ClaimSearch,
  EntityClaimsQuery,
  EntityRecord,
  MentionRecord,
  NeighborQuery,
  NeighborRecord,
  NewEntityQuery,
  Page,
  RelationQuery,
  RelationRecord,
} from '../port.js';
import {
  checkActivityQuery,
  checkArticlePageQuery,
  checkClaimSearch,
  checkEntityClaimsQuery,
  checkIds,
  checkNeighborQuery,
  checkNewEntityQuery,
  checkRelationQuery,
} from '../research-checks.js';
import {
  parseJson,
  toArticle,
  toClaim,
  toEntity,
  toMention,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type MentionRow,
} from './rows.js';
import type { Db } from './schema.js';
import { ftsPrefixQuery } from './search.js';
import { StatementCache, whereClause, type Params } from './statements.js';

/** Claims' order everywhere: oldest effective date first, undated last, then id. */
const CLAIM_ORDER = 'c.date IS NULL, c.date, c.id';
/** Articles' order everywhere: newest first, undated last, then id. */
const ARTICLE_ORDER = 'a.published_at IS NULL, a.published_at DESC, a.id';

interface RelationRow {
  type: RelationType;
  source: string;
  target: string;
  claim_ids: string;
  sources: number;
  reported: number;
  planned: number;
  first_date: string | null;
  last_date: string | null;
}

interface NeighborRow {
  f: string;
  t: string;
  claims: number;
  claim_ids: string | null;
  co_mentions: number;
  article_ids: string | null;
}

/** Groups rows carrying a key column into one list per requested key, in the keys' order. */
function groupBy<R, T>(keys: readonly string[], rows: readonly R[], keyOf: (r: R) => string, map: (r: R) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(map(row));
  }
  return keys.map((k) => [...(byKey.get(k) ?? [])]);
}

function typesParam(types: readonly RelationType[]): string | null {
  return types.length > 0 ? JSON.stringify(types) : null;
}

export class SqliteResearchReader {
  private readonly dynamic: StatementCache;

  constructor(db: Db) {
    this.dynamic = new StatementCache(db);
  }

  getArticles(ids: readonly string[]): Array<ArticleRecord | null> {
    const wanted = checkIds('ids', ids);
    if (wanted.length === 0) return [];
    const rows = this.dynamic
      .get('SELECT a.* FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))')
      .all({ ids: JSON.stringify([...new Set(wanted)]) }) as ArticleRow[];
    const byId = new Map(rows.map((r) => [r.id, toArticle(r)]));
    return wanted.map((id) => byId.get(id) ?? null);
  }

  getClaims(ids: readonly string[]): Array<ClaimRecord | null> {
    const wanted = checkIds('ids', ids);
    if (wanted.length === 0) return [];
    const rows = this.dynamic
      .get('SELECT c.* FROM claim_view c WHERE c.id IN (SELECT value FROM json_each(@ids))')
      .all({ ids: JSON.stringify([...new Set(wanted)]) }) as ClaimRow[];
    const byId = new Map(rows.map((r) => [r.id, toClaim(r)]));
    return wanted.map((id) => byId.get(id) ?? null);
  }

  mentionsOfArticles(articleIds: readonly string[]): MentionRecord[][] {
    const keys = checkIds('articleIds', articleIds);
    if (keys.length === 0) return [];
    const rows = this.dynamic
      .get(
        `SELECT m.article_id, m.entity_id, m.count, m.aliases, e.name
           FROM mentions m JOIN entities e ON e.id = m.entity_id
          WHERE m.article_id IN (SELECT value FROM json_each(@ids))
          ORDER BY m.article_id, m.count DESC, m.entity_id`,
      )
      .all({ ids: JSON.stringify([...new Set(keys)]) }) as MentionRow[];
    return groupBy(keys, rows, (r) => r.article_id, toMention);
  }

  claimsOfArticles(articleIds: readonly string[]): ClaimRecord[][] {
    const keys = checkIds('articleIds', articleIds);
    if (keys.length === 0) return [];
    const rows = this.dynamic
      .get(
        `SELECT c.* FROM claim_view c WHERE c.article_id IN (SELECT value FROM json_each(@ids))
          ORDER BY c.article_id, ${CLAIM_ORDER}`,
      )
      .all({ ids: JSON.stringify([...new Set(keys)]) }) as ClaimRow[];
    return groupBy(keys, rows, (r) => r.article_id, toClaim);
  }

  claimsOfEntities(entityIds: readonly string[], query: EntityClaimsQuery): ClaimRecord[][] {
    const keys = checkIds('entityIds', entityIds);
    const q = checkEntityClaimsQuery(query);
    if (keys.length === 0) return [];
    const typeFilter = q.types.length > 0 ? 'AND c.type IN (SELECT value FROM json_each(@types))' : '';
    const bySource = `SELECT w.value AS key, c.* FROM json_each(@ids) w JOIN claim_view c ON c.source = w.value ${typeFilter}`;
    // `either`: a claim from the entity to itself is taken once, through its source.
    const byTarget = (excludeSelf: boolean) =>
      `SELECT w.value AS key, c.* FROM json_each(@ids) w JOIN claim_view c ON c.target = w.value ${typeFilter}
        ${excludeSelf ? 'AND c.source <> w.value' : ''}`;
    const hits =
      q.end === 'source' ? bySource : q.end === 'target' ? byTarget(false) : `${bySource} UNION ALL ${byTarget(true)}`;
    const rows = this.dynamic
      .get(
        `SELECT * FROM (
           SELECT h.*, row_number() OVER (PARTITION BY h.key ORDER BY h.date IS NULL, h.date, h.id) AS rn
             FROM (${hits}) h
         ) WHERE rn <= @limit ORDER BY key, rn`,
      )
      .all({
        ids: JSON.stringify([...new Set(keys)]),
        ...(q.types.length > 0 ? { types: typesParam(q.types) } : {}),
        limit: q.limitPerEntity,
      }) as Array<ClaimRow & { key: string }>;
    return groupBy(keys, rows, (r) => r.key, toClaim);
  }

  articlesOfEntities(entityIds: readonly string[], query?: ArticlePageQuery): Array<Page<ArticleRecord>> {
    const keys = checkIds('entityIds', entityIds);
    const q = checkArticlePageQuery(query);
    if (keys.length === 0) return [];
    const ids = JSON.stringify([...new Set(keys)]);
    const totals = this.dynamic
      .get(
        `SELECT entity_id AS key, count(*) AS n FROM mentions
          WHERE entity_id IN (SELECT value FROM json_each(@ids)) GROUP BY entity_id`,
      )
      .all({ ids }) as Array<{ key: string; n: number }>;
    const rows = this.dynamic
      .get(
        `SELECT * FROM (
           SELECT m.entity_id AS key, a.*, row_number() OVER (PARTITION BY m.entity_id ORDER BY ${ARTICLE_ORDER}) AS rn
             FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id IN (SELECT value FROM json_each(@ids))
         ) WHERE rn > @offset AND rn <= @offset + @limit ORDER BY key, rn`,
      )
      .all({ ids, offset: q.offset, limit: q.limit }) as Array<ArticleRow & { key: string }>;
    const total = new Map(totals.map((t) => [t.key, t.n]));
    const pages = groupBy(keys, rows, (r) => r.key, toArticle);
    return keys.map((k, i) => ({ items: pages[i] ?? [], total: total.get(k) ?? 0 }));
  }

  findClaims(query?: ClaimSearch): Page<ClaimRecord> {
    const q = checkClaimSearch(query);
    const where: string[] = [];
    const params: Params = {};
    if (q.types.length > 0) {
      where.push('c.type IN (SELECT value FROM json_each(@types))');
      params.types = typesParam(q.types);
    }
    if (q.entity !== undefined) {
      where.push('(c.source = @entity OR c.target = @entity)');
      params.entity = q.entity;
    }
    if (q.status !== undefined) {
      where.push('c.status = @status');
      params.status = q.status;
    }
    if (q.theme !== undefined) {
      where.push(
        `(EXISTS (SELECT 1 FROM json_each(c.purposes) WHERE value = @theme)
          OR EXISTS (SELECT 1 FROM json_each(c.themes) WHERE value = @theme))`,
      );
      params.theme = q.theme.startsWith('theme:') ? q.theme.slice('theme:'.length) : q.theme;
    }
    if (q.from !== undefined) {
      where.push('c.date >= @from');
      params.from = q.from;
    }
    if (q.to !== undefined) {
      where.push('substr(c.date, 1, length(@to)) <= @to');
      params.to = q.to;
    }
    if (q.search !== undefined) {
      const match = ftsPrefixQuery(q.search);
      if (match === null) return { items: [], total: 0 };
      where.push('c.seq IN (SELECT rowid FROM claim_search WHERE claim_search MATCH @match)');
      params.match = match;
    }
    const filter = whereClause(where);
    const total = this.dynamic.get(`SELECT count(*) AS n FROM claim_view c ${filter}`).get(params) as { n: number };
    const rows = this.dynamic
      .get(`SELECT c.* FROM claim_view c ${filter} ORDER BY ${CLAIM_ORDER} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: q.limit, offset: q.offset }) as ClaimRow[];
    return { items: rows.map(toClaim), total: total.n };
  }

  relations(query?: RelationQuery): Page<RelationRecord> {
    const q = checkRelationQuery(query);
    const where: string[] = [];
    const params: Params = {};
    if (q.type !== undefined) {
      where.push('c.type = @type');
      params.type = q.type;
    }
    if (q.entity !== undefined) {
      where.push('(c.source = @entity OR c.target = @entity)');
      params.entity = q.entity;
    }
    let having = '';
    if (q.maxSources !== undefined) {
      having = 'HAVING sources <= @maxSources';
      params.maxSources = q.maxSources;
    }
    // Publishers: distinct non-null sources, plus one per article without a source.
    const grouped = `
      SELECT c.type, c.source, c.target,
             json_group_array(c.id ORDER BY ${CLAIM_ORDER}) AS claim_ids,
             count(DISTINCT a.source) + count(DISTINCT CASE WHEN a.source IS NULL THEN a.id END) AS sources,
             sum(c.status = 'reported') AS reported, sum(c.status = 'planned') AS planned,
             min(c.date) AS first_date, max(c.date) AS last_date, count(*) AS n
        FROM claim_view c JOIN articles a ON a.id = c.article_id
        ${whereClause(where)}
       GROUP BY c.type, c.source, c.target ${having}`;
    const total = this.dynamic.get(`SELECT count(*) AS n FROM (${grouped})`).get(params) as { n: number };
    const rows = this.dynamic
      .get(
        `${grouped} ORDER BY n DESC, last_date IS NULL, last_date DESC, c.type, c.source, c.target
         LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: q.limit, offset: q.offset }) as RelationRow[];
    return {
      items: rows.map((r) => ({
        type: r.type,
        source: r.source,
        target: r.target,
        claimIds: parseJson<string[]>(r.claim_ids, 'claims.id'),
        sources: r.sources,
        reported: r.reported,
        planned: r.planned,
        firstDate: r.first_date,
        lastDate: r.last_date,
      })),
      total: total.n,
    };
  }

  neighbors(ids: readonly string[], query: NeighborQuery): NeighborRecord[] {
    const keys = checkIds('ids', ids);
    const q = checkNeighborQuery(query);
    if (keys.length === 0) return [];
    const claimPairs = `
      SELECT f, t, count(*) AS n, json_group_array(claim_id ORDER BY claim_id) AS ids FROM (
        SELECT w.value AS f, c.target AS t, c.id AS claim_id FROM wanted w JOIN claims c ON c.source = w.value
        UNION
        SELECT w.value, c.source, c.id FROM wanted w JOIN claims c ON c.target = w.value
      ) WHERE f <> t GROUP BY f, t`;
    const mentionPairs = q.coMention
      ? `SELECT w.value AS f, m2.entity_id AS t, count(*) AS n,
                json_group_array(m1.article_id ORDER BY m1.article_id) AS ids
           FROM wanted w JOIN mentions m1 ON m1.entity_id = w.value
           JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id <> w.value
          GROUP BY w.value, m2.entity_id`
      : 'SELECT NULL AS f, NULL AS t, 0 AS n, NULL AS ids WHERE 0';
    const rows = this.dynamic
      .get(
        `WITH wanted AS (SELECT DISTINCT value FROM json_each(@ids)),
              cp AS (${claimPairs}),
              mp AS (${mentionPairs}),
              pairs AS (SELECT f, t FROM cp UNION SELECT f, t FROM mp),
              ranked AS (
                SELECT p.f, p.t, coalesce(cp.n, 0) AS claims, cp.ids AS claim_ids,
                       coalesce(mp.n, 0) AS co_mentions, mp.ids AS article_ids,
                       row_number() OVER (PARTITION BY p.f ORDER BY coalesce(cp.n, 0) + coalesce(mp.n, 0) DESC, p.t) AS rn
                  FROM pairs p JOIN entities e ON e.id = p.t AND e.type <> 'Theme'
                  LEFT JOIN cp ON cp.f = p.f AND cp.t = p.t
                  LEFT JOIN mp ON mp.f = p.f AND mp.t = p.t
              )
         SELECT f, t, claims, claim_ids, co_mentions, article_ids FROM ranked WHERE rn <= @limit ORDER BY f, rn`,
      )
      .all({ ids: JSON.stringify(keys), limit: q.limitPerEntity }) as NeighborRow[];
    const first = (json: string | null, column: string) =>
      json === null ? [] : parseJson<string[]>(json, column).slice(0, q.idsPerPair);
    return rows.map((r) => ({
      from: r.f,
      to: r.t,
      claims: r.claims,
      claimIds: first(r.claim_ids, 'claims.id'),
      coMentions: r.co_mentions,
      articleIds: first(r.article_ids, 'mentions.article_id'),
    }));
  }

  mentionActivity(query?: ActivityQuery): ActivityRecord[] {
    const q = checkActivityQuery(query);
    const where: string[] = [];
    const params: Params = {};
    let join = '';
    if (q.type !== undefined) {
      join = 'JOIN entities e ON e.id = m.entity_id';
      where.push('e.type = @type');
      params.type = q.type;
    }
    if (q.from !== undefined) {
      where.push('a.published_at >= @from');
      params.from = q.from;
    }
    if (q.to !== undefined) {
      where.push('substr(a.published_at, 1, length(@to)) <= @to');
      params.to = q.to;
    }
    if (q.coMentionedWith !== undefined) {
      where.push('m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = @with)');
      params.with = q.coMentionedWith;
    }
    const day = q.byDay === true ? 'substr(a.published_at, 1, 10)' : 'NULL';
    return this.dynamic
      .get(
        `SELECT m.entity_id AS entityId, ${day} AS day, count(*) AS articles, sum(m.count) AS mentions
           FROM mentions m JOIN articles a ON a.id = m.article_id ${join}
           ${whereClause(where)}
          GROUP BY m.entity_id, day ORDER BY m.entity_id, day IS NOT NULL, day`,
      )
      .all(params) as ActivityRecord[];
  }

  newEntities(query: NewEntityQuery): Page<EntityRecord> {
    const q = checkNewEntityQuery(query);
    const where = ['s.first_seen >= @since'];
    const params: Params = { since: q.since };
    if (q.type !== undefined) {
      where.push('s.type = @type');
      params.type = q.type;
    }
    const filter = whereClause(where);
    const total = this.dynamic.get(`SELECT count(*) AS n FROM entity_summary s ${filter}`).get(params) as { n: number };
    const rows = this.dynamic
      .get(`SELECT s.* FROM entity_summary s ${filter} ORDER BY s.first_seen DESC, s.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: q.limit, offset: q.offset }) as EntityRow[];
    return { items: rows.map(toEntity), total: total.n };
  }
}
