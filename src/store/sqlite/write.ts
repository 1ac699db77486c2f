// Write side of the SQLite adapter. Each public operation is one IMMEDIATE transaction:
// better-sqlite3 rolls it back whole if anything inside throws.
import { claimId } from '../../domain/ids.js';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../domain/types.js';
import { preferredName, sortedUnique, surfaceForms } from '../merge.js';
import type { SaveOutcome } from '../port.js';
import { parseJson } from './rows.js';
import type { Db } from './schema.js';

interface StoredEntity {
  name: string;
  code: string | null;
  wikidata: string | null;
  aliases: string;
}

export class SqliteWriter {
  private readonly s;
  private readonly saveTx;
  private readonly deleteTx;

  constructor(db: Db) {
    this.s = {
      articleHash: db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE id = ?'),
      upsertArticle: db.prepare<[Record<string, string | number | null>]>(
        `INSERT INTO articles (id, title, url, source, published_at, author, language, language_supported,
                               text, hash, origin, ingested_at)
         VALUES (@id, @title, @url, @source, @publishedAt, @author, @language, @languageSupported,
                 @text, @hash, @origin, @ingestedAt)
         ON CONFLICT (id) DO UPDATE SET
           title = excluded.title, url = excluded.url, source = excluded.source,
           published_at = excluded.published_at, author = excluded.author, language = excluded.language,
           language_supported = excluded.language_supported, text = excluded.text, hash = excluded.hash,
           origin = excluded.origin, ingested_at = excluded.ingested_at`,
      ),
      deleteArticle: db.prepare<[string]>('DELETE FROM articles WHERE id = ?'),
      mentionedEntities: db.prepare<[string], { entity_id: string }>(
        'SELECT entity_id FROM mentions WHERE article_id = ?',
      ),
      deleteMentions: db.prepare<[string]>('DELETE FROM mentions WHERE article_id = ?'),
      deleteClaims: db.prepare<[string]>('DELETE FROM claims WHERE article_id = ?'),
      entity: db.prepare<[string], StoredEntity>('SELECT name, code, wikidata, aliases FROM entities WHERE id = ?'),
      insertEntity: db.prepare<[Record<string, string | null>]>(
        `INSERT INTO entities (id, type, name, code, wikidata, aliases)
         VALUES (@id, @type, @name, @code, @wikidata, '[]')`,
      ),
      updateEntity: db.prepare<[Record<string, string | null>]>(
        'UPDATE entities SET name = @name, code = @code, wikidata = @wikidata, aliases = @aliases WHERE id = @id',
      ),
      deleteOrphan: db.prepare<[{ id: string }]>(
        'DELETE FROM entities WHERE id = @id AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id)',
      ),
      insertMention: db.prepare<[string, string, number, string]>(
        'INSERT INTO mentions (article_id, entity_id, count, aliases) VALUES (?, ?, ?, ?)',
      ),
      insertClaim: db.prepare<[Record<string, string | number | null>]>(
        `INSERT INTO claims (id, type, source, target, article_id, status, confidence, purposes, role, themes,
                             stated_date, evidence)
         VALUES (@id, @type, @source, @target, @articleId, @status, @confidence, @purposes, @role, @themes,
                 @statedDate, @evidence)`,
      ),
    };
    this.saveTx = db.transaction((x: Extraction, now: string) => this.saveInTransaction(x, now));
    this.deleteTx = db.transaction((id: string) => this.deleteInTransaction(id));
  }

  /** `x` must have passed validateExtraction. */
  save(x: Extraction): SaveOutcome {
    const outcome = (status: SaveOutcome['status']): SaveOutcome => ({
      status,
      entities: x.entities.length,
      relations: x.relations.length,
    });
    // Fast path without taking the write lock; re-checked inside the transaction against races.
    if (this.s.articleHash.get(x.article.id)?.hash === x.article.hash) return outcome('unchanged');
    return outcome(this.saveTx.immediate(x, new Date().toISOString()));
  }

  deleteArticle(id: string): boolean {
    return this.deleteTx.immediate(id);
  }

  private saveInTransaction(x: Extraction, now: string): SaveOutcome['status'] {
    const a = x.article;
    const previousHash = this.s.articleHash.get(a.id)?.hash;
    if (previousHash === a.hash) return 'unchanged';
    const previouslyMentioned = this.s.mentionedEntities.all(a.id).map((r) => r.entity_id);
    this.s.deleteClaims.run(a.id);
    this.s.deleteMentions.run(a.id);
    this.s.upsertArticle.run({
      id: a.id,
      title: a.title,
      url: a.url ?? null,
      source: a.source ?? null,
      publishedAt: a.publishedAt ?? null,
      author: a.author ?? null,
      language: a.language,
      languageSupported: a.languageSupported ? 1 : 0,
      text: a.text,
      hash: a.hash,
      origin: a.origin ?? null,
      ingestedAt: now,
    });
    for (const e of x.entities) {
      this.upsertEntity(e);
      this.s.insertMention.run(a.id, e.id, e.mentions, JSON.stringify(surfaceForms(e)));
    }
    for (const r of x.relations) this.insertClaim(a.id, r);
    for (const id of previouslyMentioned) this.s.deleteOrphan.run({ id });
    return previousHash === undefined ? 'new' : 'updated';
  }

  private deleteInTransaction(id: string): boolean {
    const mentioned = this.s.mentionedEntities.all(id).map((r) => r.entity_id);
    this.s.deleteClaims.run(id);
    this.s.deleteMentions.run(id);
    const removed = this.s.deleteArticle.run(id).changes > 0;
    for (const entityId of mentioned) this.s.deleteOrphan.run({ id: entityId });
    return removed;
  }

  private upsertEntity(e: ExtractedEntity): void {
    const stored = this.s.entity.get(e.id);
    if (!stored) {
      this.s.insertEntity.run({
        id: e.id,
        type: e.type,
        name: e.name.trim(),
        code: e.code ?? null,
        wikidata: e.wikidata ?? null,
      });
      return;
    }
    const name = preferredName(stored.name, e.name);
    const known = parseJson<string[]>(stored.aliases, 'entities.aliases');
    // A replaced, shorter name stays findable as a known alias of the entity.
    const aliases = JSON.stringify(name === stored.name ? known : sortedUnique([...known, stored.name]));
    const code = stored.code ?? e.code ?? null;
    const wikidata = stored.wikidata ?? e.wikidata ?? null;
    if (name === stored.name && code === stored.code && wikidata === stored.wikidata) return;
    this.s.updateEntity.run({ id: e.id, name, code, wikidata, aliases });
  }

  private insertClaim(articleId: string, r: ExtractedRelation): void {
    this.s.insertClaim.run({
      id: claimId(articleId, r.type, r.source, r.target),
      type: r.type,
      source: r.source,
      target: r.target,
      articleId,
      status: r.status,
      confidence: r.confidence,
      purposes: JSON.stringify(r.purposes ?? []),
      role: r.role ?? null,
      themes: JSON.stringify(r.themes ?? []),
      statedDate: r.date ?? null,
      // Only the three evidence fields: extra keys a caller attached are not part of the model.
      evidence: JSON.stringify(r.evidence.map(({ text, start, end }) => ({ text, start, end }))),
    });
  }
}
