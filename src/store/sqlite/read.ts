// Read side of the SQLite adapter: articles, entities, claims, mentions, stats, export.
import { entityId } from '../../domain/ids.js';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../domain/types.js';
import { aliasesWithoutName } from '../merge.js';
import type {
  ArticleQuery,
  ArticleRecord,
  ClaimQuery,
  ClaimRecord,
  EntityQuery,
  EntityRecord,
  MentionRecord,
  Page,
  StoreStats,
} from '../port.js';
import { checkArticleQuery, checkClaimQuery, checkEntityQuery } from '../validate.js';
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

/** Articles read per round trip while exporting; keyset paging lets writes happen in between. */
const EXPORT_PAGE = 100;

interface ExportMentionRow {
  id: string;
  type: ExtractedEntity['type'];
  name: string;
  code: string | null;
  wikidata: string | null;
  count: number;
  aliases: string;
}

/** `theme` in queries is a taxonomy code ("memory"); an id ("theme:memory") is accepted as well. */
function themeEntityId(theme: string): string {
  return theme.startsWith('theme:') ? theme : entityId('Theme', theme);
}

export class SqliteReader {
  private readonly dynamic: StatementCache;
  private readonly s;

  constructor(db: Db) {
    this.dynamic = new StatementCache(db);
    this.s = {
      articleHash: db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE id = ?'),
      article: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      entities: db.prepare<[string], EntityRow>(
        'SELECT s.* FROM json_each(?) w JOIN entity_summary s ON s.id = w.value',
      ),
      stats: db.prepare<[], StoreStats>(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities) AS entities,
                (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM mentions) AS mentions`,
      ),
      articlesAfter: db.prepare<[string, number], ArticleRow>(
        'SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?',
      ),
      exportEntities: db.prepare<[string], ExportMentionRow>(
        `SELECT e.id, e.type, e.name, e.code, e.wikidata, m.count, m.aliases
           FROM mentions m JOIN entities e ON e.id = m.entity_id
          WHERE m.article_id = ? ORDER BY e.id`,
      ),
      exportClaims: db.prepare<[string], ClaimRow>('SELECT * FROM claim_view WHERE article_id = ? ORDER BY seq'),
    };
  }

  articleHash(id: string): string | null {
    return this.s.articleHash.get(id)?.hash ?? null;
  }

  getArticle(id: string): ArticleRecord | null {
    const row = this.s.article.get(id);
    return row ? toArticle(row) : null;
  }

  listArticles(query?: ArticleQuery): Page<ArticleRecord> {
    const q = checkArticleQuery(query);
    const where: string[] = [];
    const params: Params = {};
    if (q.entityId !== undefined) {
      where.push('a.id IN (SELECT article_id FROM mentions WHERE entity_id = @entityId)');
      params.entityId = q.entityId;
    }
    if (q.theme !== undefined) {
      where.push('a.id IN (SELECT article_id FROM mentions WHERE entity_id = @themeId)');
      params.themeId = themeEntityId(q.theme);
    }
    if (q.language !== undefined) {
      where.push('a.language = @language');
      params.language = q.language;
    }
    if (q.source !== undefined) {
      where.push('a.source = @source');
      params.source = q.source;
    }
    if (q.from !== undefined) {
      where.push('a.published_at >= @from');
      params.from = q.from;
    }
    if (q.to !== undefined) {
      // Inclusive: a date bound takes in every time of that day.
      where.push('substr(a.published_at, 1, length(@to)) <= @to');
      params.to = q.to;
    }
    const filter = whereClause(where);
    const total = this.dynamic.get(`SELECT count(*) AS n FROM articles a ${filter}`).get(params) as { n: number };
    const rows = this.dynamic
      .get(
        `SELECT a.* FROM articles a ${filter}
          ORDER BY a.published_at IS NULL, a.published_at DESC, a.id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: q.limit, offset: q.offset }) as ArticleRow[];
    return { items: rows.map(toArticle), total: total.n };
  }

  getEntities(ids: readonly string[]): Array<EntityRecord | null> {
    if (ids.length === 0) return [];
    const byId = new Map<string, EntityRecord>();
    for (const row of this.s.entities.all(JSON.stringify([...new Set(ids)]))) byId.set(row.id, toEntity(row));
    return ids.map((id) => byId.get(id) ?? null);
  }

  findEntities(query?: EntityQuery): Page<EntityRecord> {
    const q = checkEntityQuery(query);
    const where: string[] = [];
    const params: Params = {};
    let exactFirst = '';
    if (q.type !== undefined) {
      where.push('s.type = @type');
      params.type = q.type;
    }
    if (q.search !== undefined) {
      const match = ftsPrefixQuery(q.search);
      if (match === null) return { items: [], total: 0 };
      where.push('s.seq IN (SELECT rowid FROM entity_search WHERE entity_search MATCH @match)');
      params.match = match;
      params.search = q.search.trim();
      exactFirst = 's.name = @search COLLATE NOCASE DESC, ';
    }
    const filter = whereClause(where);
    const total = this.dynamic.get(`SELECT count(*) AS n FROM entity_summary s ${filter}`).get(params) as {
      n: number;
    };
    const rows = this.dynamic
      .get(
        `SELECT s.* FROM entity_summary s ${filter}
          ORDER BY ${exactFirst}s.mentions DESC, s.name, s.id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: q.limit, offset: q.offset }) as EntityRow[];
    return { items: rows.map(toEntity), total: total.n };
  }

  claims(query?: ClaimQuery): ClaimRecord[] {
    const q = checkClaimQuery(query);
    const where: string[] = [];
    const params: Params = { limit: q.limit };
    const equal = (column: string, name: string, value: string | undefined): void => {
      if (value === undefined) return;
      where.push(`c.${column} = @${name}`);
      params[name] = value;
    };
    equal('type', 'type', q.type);
    equal('source', 'source', q.source);
    equal('target', 'target', q.target);
    equal('article_id', 'articleId', q.articleId);
    equal('status', 'status', q.status);
    if (q.entity !== undefined) {
      where.push('(c.source = @entity OR c.target = @entity)');
      params.entity = q.entity;
    }
    if (q.search !== undefined) {
      const match = ftsPrefixQuery(q.search);
      if (match === null) return [];
      where.push('c.seq IN (SELECT rowid FROM claim_search WHERE claim_search MATCH @match)');
      params.match = match;
    }
    const rows = this.dynamic
      .get(`SELECT c.* FROM claim_view c ${whereClause(where)} ORDER BY c.date IS NULL, c.date, c.id LIMIT @limit`)
      .all(params) as ClaimRow[];
    return rows.map(toClaim);
  }

  mentions(query: { articleId?: string; entityId?: string }): MentionRecord[] {
    const where: string[] = [];
    const params: Params = {};
    if (query.articleId !== undefined) {
      where.push('m.article_id = @articleId');
      params.articleId = query.articleId;
    }
    if (query.entityId !== undefined) {
      where.push('m.entity_id = @entityId');
      params.entityId = query.entityId;
    }
    const rows = this.dynamic
      .get(
        `SELECT m.article_id, m.entity_id, m.count, m.aliases, e.name
           FROM mentions m JOIN entities e ON e.id = m.entity_id ${whereClause(where)}
          ORDER BY m.article_id, m.entity_id`,
      )
      .all(params) as MentionRow[];
    return rows.map(toMention);
  }

  stats(): StoreStats {
    return this.s.stats.get() as StoreStats;
  }

  /** One page of articles (by id, after `afterId`) as Extractions. */
  exportPage(afterId: string): Extraction[] {
    return this.s.articlesAfter.all(afterId, EXPORT_PAGE).map((row) => {
      const { ingestedAt: _ingestedAt, ...article } = toArticle(row);
      const entities = this.s.exportEntities.all(row.id).map((e): ExtractedEntity => ({
        id: e.id,
        type: e.type,
        name: e.name,
        ...(e.code !== null ? { code: e.code } : {}),
        aliases: aliasesWithoutName(e.name, parseJson<string[]>(e.aliases, 'mentions.aliases')),
        mentions: e.count,
        ...(e.wikidata !== null ? { wikidata: e.wikidata } : {}),
      }));
      const relations = this.s.exportClaims.all(row.id).map((c): ExtractedRelation => {
        const claim = toClaim(c);
        return {
          type: claim.type,
          source: claim.source,
          target: claim.target,
          status: claim.status,
          confidence: claim.confidence,
          purposes: claim.purposes,
          ...(claim.role !== null ? { role: claim.role } : {}),
          themes: claim.themes,
          // The stated date only: the article's own date must not become a stated one on re-import.
          date: c.stated_date,
          evidence: claim.evidence,
        };
      });
      return { article, entities, relations };
    });
  }
}
