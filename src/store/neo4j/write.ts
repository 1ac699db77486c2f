// Write side of the Neo4j adapter. Saving or deleting an article is one transaction function: a
// fixed handful of statements, each carrying all its rows in one `UNWIND $rows` parameter, so the
// number of round trips does not grow with the number of entities or claims.
//
// Order of work inside the transaction:
//   1. lock the article, then look it up again and read its hash, mentions and claims, locking on
//      the way every entity it mentions now or mentioned before;
//   2. look those entities up again (creating any that are new) and read their stored figures;
//   3. for the previously mentioned ones, recount their figures from the other articles;
//   4. replace the article's properties, drop its old claims and mentions;
//   5. write entities (merged name, aliases, figures, search words) and the new MENTIONS;
//   6. write the new claims with their SUBJECT_OF / OBJECT / STATED_IN edges;
//   7. re-derive the direct relationships (VISITED, …) of every (type, source, target) touched;
//   8. delete entities no article mentions any more.
// The locks serialise concurrent writers of the same article or entity: figures read in step 2
// cannot be overwritten by a transaction that read them at the same time, and the claims behind a
// derived relationship (both ends locked) cannot change while step 7 counts them.
import { claimId } from '../../domain/ids.js';
import { ENTITY_TYPES, RELATION_TYPES, type ExtractedEntity, type Extraction, type RelationType } from '../../domain/types.js';
import { preferredName, sortedUnique, surfaceForms } from '../merge.js';
import type { SaveOutcome } from '../port.js';
import { int, type Tx } from './connection.js';
import { ENTITY_MAP, type EntityRow } from './rows.js';
import { nameKey, searchText } from './search.js';

interface PairKey {
  type: RelationType;
  source: string;
  target: string;
}

interface ArticleState {
  hash: string | null;
  previous: string[];
  previousPairs: PairKey[];
}

/** An entity's figures over a set of mentions. */
interface Figures {
  mentions: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  seen: string[];
}

// Writing a property takes the node's write lock until commit; removing it again leaves no trace.
const LOCK_A = 'SET a.writeLock = true REMOVE a.writeLock';
const LOCK_E = 'SET e.writeLock = true REMOVE e.writeLock';

// A lock granted on a node that its holder deleted meanwhile (a concurrent delete of the article, or
// of an entity's last mention) is a lock on nothing. So each node is locked first, then looked up
// again by key: the second lookup sees only live nodes, and MERGE re-creates one that was deleted.
const PRELOCK_ARTICLE = { save: `MERGE (a:Article {id: $id}) ${LOCK_A}`, delete: `MATCH (a:Article {id: $id}) ${LOCK_A}` };

/**
 * The article's stored hash, mentions and claim pairs; on the way, locks every entity it mentioned
 * or is about to mention, in id order (so two writers take shared locks in the same order).
 */
const ARTICLE_STATE = (mode: 'save' | 'delete') => `
${mode === 'save' ? 'MERGE' : 'MATCH'} (a:Article {id: $id})
${LOCK_A}
WITH a, COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id } AS previous
CALL (previous) {
  UNWIND COLLECT { UNWIND previous + $incoming AS x RETURN DISTINCT x ORDER BY x } AS id
  MERGE (e:Entity {id: id})
  ${LOCK_E}
}
RETURN a.hash AS hash, previous,
  COLLECT { MATCH (s:Entity)-[:SUBJECT_OF]->(c:Claim)-[:STATED_IN]->(a), (c)-[:OBJECT]->(t:Entity)
            RETURN {type: c.type, source: s.id, target: t.id} } AS previousPairs`;

/** Looks the (already locked) entities up again, creating any deleted meanwhile, and reads them. */
const LOCK_ENTITIES = `
UNWIND $ids AS id
MERGE (e:Entity {id: id})
${LOCK_E}
RETURN ${ENTITY_MAP} AS e`;

const RECOUNT_WITHOUT_ARTICLE = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (o:Article)-[m:MENTIONS]->(e) WHERE o.id <> $articleId
  RETURN sum(m.count) AS mentions, count(m) AS articleCount,
         min(coalesce(o.publishedAt, o.ingestedAt)) AS firstSeen,
         max(coalesce(o.publishedAt, o.ingestedAt)) AS lastSeen
}
RETURN id, mentions, articleCount, firstSeen, lastSeen,
  COLLECT { MATCH (o:Article)-[m:MENTIONS]->(e) WHERE o.id <> $articleId
            UNWIND m.aliases AS form RETURN DISTINCT form } AS seen`;

const REPLACE_ARTICLE = `
MATCH (a:Article {id: $id})
CALL (a) { MATCH (a)<-[:STATED_IN]-(c:Claim) DETACH DELETE c }
CALL (a) { MATCH (a)-[m:MENTIONS]->() DELETE m }
SET a += $props`;

const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
CALL (a) { MATCH (a)<-[:STATED_IN]-(c:Claim) DETACH DELETE c }
DETACH DELETE a`;

/** Type labels are set from the fixed list of entity types, never from input text. */
const SET_TYPE_LABEL = ENTITY_TYPES.map(
  (t) => `FOREACH (_ IN CASE WHEN row.type = '${t}' THEN [1] ELSE [] END | SET e:${t})`,
).join('\n');

const WRITE_ENTITIES = `
OPTIONAL MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
${SET_TYPE_LABEL}
FOREACH (m IN row.mentions | CREATE (a)-[:MENTIONS {count: m.count, aliases: m.aliases}]->(e))`;

const WRITE_CLAIMS = `
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (c:Claim {id: row.id})
SET c += row.props
MERGE (s)-[:SUBJECT_OF]->(c)
MERGE (c)-[:OBJECT]->(t)
MERGE (c)-[:STATED_IN]->(a)`;

/** One MERGE per relation type, from the fixed vocabulary: relationship types are never taken from input. */
const MERGE_DERIVED = RELATION_TYPES.map(
  (t) => `FOREACH (_ IN CASE WHEN n > 0 AND p.type = '${t}' THEN [1] ELSE [] END | MERGE (s)-[r:${t}]->(t) SET r = props)`,
).join('\n');

/**
 * The direct relationship of each (type, source, target) pair, recomputed from its claims: created
 * or refreshed while claims remain, removed with the last one. Same figures as RelationRecord.
 */
const SYNC_DERIVED = `
UNWIND $pairs AS p
MATCH (s:Entity {id: p.source})
MATCH (t:Entity {id: p.target})
CALL (s, t, p) {
  OPTIONAL MATCH (s)-[:SUBJECT_OF]->(c:Claim)-[:OBJECT]->(t) WHERE c.type = p.type
  OPTIONAL MATCH (c)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY c.date IS NULL, c.date, c.id
  RETURN count(c) AS n, collect(c.id) AS claimIds, count(DISTINCT a) AS articles,
    count(DISTINCT a.source) + count(DISTINCT CASE WHEN a.source IS NULL THEN a.id END) AS sources,
    count(CASE WHEN c.status = 'reported' THEN 1 END) AS reported,
    count(CASE WHEN c.status = 'planned' THEN 1 END) AS planned,
    min(c.date) AS firstDate, max(c.date) AS lastDate,
    collect(c.purposes) AS purposeLists, collect(c.themes) AS themeLists, collect(c.role) AS roles
}
WITH s, t, p, n, {
  claims: n, articles: articles, sources: sources, reported: reported, planned: planned,
  claimIds: claimIds, firstDate: firstDate, lastDate: lastDate,
  purposes: COLLECT { UNWIND purposeLists AS l UNWIND l AS x RETURN DISTINCT x ORDER BY x },
  themes: COLLECT { UNWIND themeLists AS l UNWIND l AS x RETURN DISTINCT x ORDER BY x },
  roles: COLLECT { UNWIND roles AS x RETURN DISTINCT x ORDER BY x }
} AS props
CALL (s, t, p, n) {
  WITH s, t, p WHERE n = 0
  MATCH (s)-[old]->(t) WHERE type(old) = p.type
  DELETE old
}
${MERGE_DERIVED}`;

const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
DETACH DELETE e`;

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

function pairKey(p: PairKey): string {
  return `${p.type}\u0000${p.source}\u0000${p.target}`;
}

function storedFigures(e: EntityRow | undefined): Figures {
  return {
    mentions: e?.mentions ?? 0,
    articleCount: e?.articleCount ?? 0,
    firstSeen: e?.firstSeen ?? null,
    lastSeen: e?.lastSeen ?? null,
    seen: e?.seenAliases ?? [],
  };
}

/**
 * The properties an entity gets: identity merged as the SQLite store merges it (fuller name wins,
 * the replaced name stays a known alias, a known code or wikidata id is kept), figures from `base`
 * plus this article's mention. Null when nothing mentions it any more.
 */
function entityProps(
  id: string,
  stored: EntityRow | undefined,
  base: Figures,
  incoming: ExtractedEntity | undefined,
  seenDate: string,
): { type: string; props: Record<string, unknown> } | null {
  if (!incoming && base.articleCount === 0) return null;
  const known = stored?.knownAliases ?? [];
  let identity: { type: string; name: string; code: string | null; wikidata: string | null; knownAliases: string[] };
  if (!stored?.name) {
    // Only reachable with `incoming`: an entity without a name was created by this transaction's lock.
    if (!incoming) throw new Error(`entity ${id} has no stored name`);
    identity = {
      type: incoming.type,
      name: incoming.name.trim(),
      code: incoming.code ?? null,
      wikidata: incoming.wikidata ?? null,
      knownAliases: [],
    };
  } else {
    const name = incoming ? preferredName(stored.name, incoming.name) : stored.name;
    identity = {
      type: stored.type,
      name,
      code: stored.code ?? incoming?.code ?? null,
      wikidata: stored.wikidata ?? incoming?.wikidata ?? null,
      knownAliases: name === stored.name ? known : sortedUnique([...known, stored.name]),
    };
  }
  const figures: Figures = incoming
    ? {
        mentions: base.mentions + incoming.mentions,
        articleCount: base.articleCount + 1,
        firstSeen: minDate(base.firstSeen, seenDate),
        lastSeen: maxDate(base.lastSeen, seenDate),
        seen: sortedUnique([...base.seen, ...surfaceForms(incoming)]),
      }
    : { ...base, seen: sortedUnique(base.seen) };
  return {
    type: identity.type,
    props: {
      ...identity,
      nameKey: nameKey(identity.name),
      seenAliases: figures.seen,
      mentions: int(figures.mentions),
      articleCount: int(figures.articleCount),
      firstSeen: figures.firstSeen,
      lastSeen: figures.lastSeen,
      searchText: searchText([identity.name, ...identity.knownAliases, ...figures.seen]),
    },
  };
}

function articleProps(x: Extraction, now: string): Record<string, unknown> {
  const a = x.article;
  return {
    title: a.title,
    url: a.url ?? null,
    source: a.source ?? null,
    publishedAt: a.publishedAt ?? null,
    author: a.author ?? null,
    language: a.language,
    languageSupported: a.languageSupported,
    text: a.text,
    hash: a.hash,
    origin: a.origin ?? null,
    ingestedAt: now,
  };
}

function claimRows(x: Extraction): Array<Record<string, unknown>> {
  return x.relations.map((r) => ({
    id: claimId(x.article.id, r.type, r.source, r.target),
    source: r.source,
    target: r.target,
    props: {
      type: r.type,
      status: r.status,
      confidence: r.confidence,
      purposes: r.purposes ?? [],
      role: r.role ?? null,
      themes: r.themes ?? [],
      statedDate: r.date ?? null,
      // A claim belongs to one version of one article, so its effective date is fixed when it is written.
      date: r.date ?? x.article.publishedAt ?? null,
      // Only the three evidence fields: extra keys a caller attached are not part of the model.
      evidence: r.evidence.map((e) => e.text),
      evidenceStart: r.evidence.map((e) => int(e.start)),
      evidenceEnd: r.evidence.map((e) => int(e.end)),
      searchText: searchText(r.evidence.map((e) => e.text)),
    },
  }));
}

/**
 * Makes the article `id` hold `next` (or nothing, when null), inside the caller's transaction.
 * Returns null when there was nothing to do: same hash on save, no such article on delete.
 */
async function replaceArticle(
  tx: Tx,
  id: string,
  next: Extraction | null,
  now: string,
): Promise<'new' | 'updated' | 'deleted' | null> {
  const mode = next ? 'save' : 'delete';
  const incoming = new Map((next?.entities ?? []).map((e) => [e.id, e]));
  await tx.rows(PRELOCK_ARTICLE[mode], { id });
  const state = await tx.first<ArticleState>(ARTICLE_STATE(mode), { id, incoming: [...incoming.keys()] });
  if (!state) return null;
  if (next && state.hash === next.article.hash) return null;

  const previous = new Set(state.previous);
  const ids = [...new Set([...previous, ...incoming.keys()])].sort();

  const stored = new Map<string, EntityRow>();
  if (ids.length > 0) {
    for (const row of await tx.rows<{ e: EntityRow }>(LOCK_ENTITIES, { ids })) stored.set(row.e.id, row.e);
  }
  const recounted = new Map<string, Figures>();
  if (previous.size > 0) {
    const rows = await tx.rows<Figures & { id: string }>(RECOUNT_WITHOUT_ARTICLE, { ids: [...previous].sort(), articleId: id });
    for (const { id: entityId, ...figures } of rows) recounted.set(entityId, figures);
  }

  if (next) await tx.rows(REPLACE_ARTICLE, { id, props: articleProps(next, now) });
  else await tx.rows(DELETE_ARTICLE, { id });

  const seenDate = next?.article.publishedAt ?? now;
  const rows: Array<Record<string, unknown>> = [];
  const orphans: string[] = [];
  for (const entityId of ids) {
    const e = incoming.get(entityId);
    const base = recounted.get(entityId) ?? storedFigures(stored.get(entityId));
    const written = entityProps(entityId, stored.get(entityId), base, e, seenDate);
    if (!written) {
      orphans.push(entityId);
      continue;
    }
    rows.push({
      id: entityId,
      type: written.type,
      props: written.props,
      mentions: e ? [{ count: int(e.mentions), aliases: surfaceForms(e) }] : [],
    });
  }
  if (rows.length > 0) await tx.rows(WRITE_ENTITIES, { articleId: id, rows });

  const claims = next ? claimRows(next) : [];
  if (claims.length > 0) await tx.rows(WRITE_CLAIMS, { articleId: id, rows: claims });

  const pairs = new Map<string, PairKey>();
  for (const p of [...state.previousPairs, ...(next?.relations ?? [])]) {
    pairs.set(pairKey(p), { type: p.type, source: p.source, target: p.target });
  }
  if (pairs.size > 0) await tx.rows(SYNC_DERIVED, { pairs: [...pairs.values()] });

  if (orphans.length > 0) await tx.rows(DELETE_ORPHANS, { ids: orphans });

  if (!next) return 'deleted';
  return state.hash === null ? 'new' : 'updated';
}

/** `x` must have passed validateExtraction. Returns 'unchanged' when the stored hash is the same. */
export async function saveExtraction(tx: Tx, x: Extraction, now: string): Promise<SaveOutcome['status']> {
  const done = await replaceArticle(tx, x.article.id, x, now);
  return done === 'new' || done === 'updated' ? done : 'unchanged';
}

export async function deleteArticle(tx: Tx, id: string, now: string): Promise<boolean> {
  return (await replaceArticle(tx, id, null, now)) === 'deleted';
}
