-- jejak embedded store, schema version 1 (PRAGMA user_version; see src/store/sqlite/schema.ts).
-- Loaded by init(); every statement is idempotent. Later versions add numbered migrations in code.
--
-- Integer `seq` keys exist only so the FTS5 tables can use them as stable rowids
-- (a table without an INTEGER PRIMARY KEY may have its rowids renumbered by VACUUM).

CREATE TABLE IF NOT EXISTS articles (
  id                 TEXT PRIMARY KEY,
  title              TEXT NOT NULL,
  url                TEXT,
  source             TEXT,
  published_at       TEXT,
  author             TEXT,
  language           TEXT NOT NULL,
  language_supported INTEGER NOT NULL CHECK (language_supported IN (0, 1)),
  text               TEXT NOT NULL,
  hash               TEXT NOT NULL,
  origin             TEXT,
  ingested_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published_at ON articles (published_at);
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);

CREATE TABLE IF NOT EXISTS entities (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL CHECK (type IN ('Person', 'Organization', 'Country', 'Region', 'City', 'Theme')),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  code          TEXT,
  wikidata      TEXT,
  -- Known aliases that belong to the entity itself rather than to one article (e.g. a former, shorter name).
  aliases       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
  -- Figures over the entity's mentions, kept by the mentions triggers below so that reading or
  -- ranking an entity never scans its mentions. Never written by application code.
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,
  last_seen     TEXT
);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, mention_count);
CREATE INDEX IF NOT EXISTS entities_mention_count ON entities (mention_count);

-- What one article says of one entity. A row exists iff the article mentions the entity.
-- Rows are replaced (deleted and inserted), never updated: the triggers count on it.
CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  count      INTEGER NOT NULL CHECK (count >= 0),
  -- Every surface form the article used (its name for the entity included): JSON array of strings.
  aliases    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);

-- Distinct surface forms over all of an entity's mentions, with how many mentions use each.
-- Maintained by the mentions triggers; lets search and reads see every alias without scanning mentions.
CREATE TABLE IF NOT EXISTS entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  refs      INTEGER NOT NULL CHECK (refs > 0),
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS claims (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL CHECK (type IN ('VISITED', 'MET_WITH', 'ROLE_AT', 'PARTNERED_WITH', 'AGREED_WITH', 'LOCATED_IN', 'IN_REGION')),
  source      TEXT NOT NULL REFERENCES entities (id),
  target      TEXT NOT NULL REFERENCES entities (id),
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('reported', 'planned')),
  confidence  REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  purposes    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(purposes) AND json_type(purposes) = 'array'),
  role        TEXT,
  themes      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes) AND json_type(themes) = 'array'),
  -- The date the sentence itself gives; the article's date is applied at read time (claim_view).
  stated_date TEXT,
  -- [{text, start, end}] with offsets into articles.text.
  evidence    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence) AND json_type(evidence) = 'array')
);
CREATE INDEX IF NOT EXISTS claims_source ON claims (source, type);
CREATE INDEX IF NOT EXISTS claims_target ON claims (target, type);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id);
CREATE INDEX IF NOT EXISTS claims_type ON claims (type);

-- Entities as the port shows them: known aliases and the forms seen in articles, side by side.
CREATE VIEW IF NOT EXISTS entity_summary AS
SELECT
  e.seq, e.id, e.type, e.name, e.code, e.wikidata,
  e.aliases AS known_aliases,
  (SELECT json_group_array(a.alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS seen_aliases,
  e.mention_count AS mentions, e.article_count, e.first_seen, e.last_seen
FROM entities e;

-- Claims with their effective date: the stated date, else the article's publication date.
CREATE VIEW IF NOT EXISTS claim_view AS
SELECT c.*, coalesce(c.stated_date, a.published_at) AS date
FROM claims c JOIN articles a ON a.id = c.article_id;

-- Full-text search. unicode61 with remove_diacritics folds case and accents ("Hynix" = "hynix", "José" = "jose").
-- entity_search: one row per entity (rowid = entities.seq) over its name and every alias.
CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5 (
  name, aliases,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- claim_search: one row per claim (rowid = claims.seq) over its evidence sentences.
CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5 (
  evidence,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The text entity_search holds for each entity: the name, and the union of known and seen aliases.
CREATE VIEW IF NOT EXISTS entity_search_source AS
SELECT
  e.seq,
  e.name,
  (SELECT group_concat(value, char(10)) FROM (
     SELECT value FROM json_each(e.aliases)
     UNION
     SELECT alias FROM entity_aliases WHERE entity_id = e.id
   )) AS aliases
FROM entities e;

-- Triggers keep both FTS tables in step with their sources inside the writing transaction,
-- whatever the write path (save, update, delete, cascade).
CREATE TRIGGER IF NOT EXISTS entities_search_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_search (rowid, name, aliases)
    SELECT seq, name, coalesce(aliases, '') FROM entity_search_source WHERE seq = NEW.seq;
END;

CREATE TRIGGER IF NOT EXISTS entities_search_update AFTER UPDATE OF name, aliases ON entities BEGIN
  DELETE FROM entity_search WHERE rowid = OLD.seq;
  INSERT INTO entity_search (rowid, name, aliases)
    SELECT seq, name, coalesce(aliases, '') FROM entity_search_source WHERE seq = NEW.seq;
END;

CREATE TRIGGER IF NOT EXISTS entities_search_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entity_search WHERE rowid = OLD.seq;
END;

-- A new mention: count it, record its surface forms, widen the seen dates, re-index the entity.
CREATE TRIGGER IF NOT EXISTS mentions_after_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO entity_aliases (entity_id, alias, refs)
    SELECT DISTINCT NEW.entity_id, value, 1 FROM json_each(NEW.aliases) WHERE true
    ON CONFLICT (entity_id, alias) DO UPDATE SET refs = refs + 1;
  UPDATE entities SET
    mention_count = mention_count + NEW.count,
    article_count = article_count + 1,
    first_seen = coalesce(min(first_seen, d.seen), d.seen, first_seen),
    last_seen = coalesce(max(last_seen, d.seen), d.seen, last_seen)
  FROM (SELECT coalesce(published_at, ingested_at) AS seen FROM articles WHERE id = NEW.article_id) AS d
  WHERE id = NEW.entity_id;
  DELETE FROM entity_search WHERE rowid = (SELECT seq FROM entities WHERE id = NEW.entity_id);
  INSERT INTO entity_search (rowid, name, aliases)
    SELECT s.seq, s.name, coalesce(s.aliases, '') FROM entity_search_source s
    WHERE s.seq = (SELECT seq FROM entities WHERE id = NEW.entity_id);
END;

-- A removed mention: uncount it; recompute the seen dates from what is left (only when the
-- removed article could have been the first or last); re-index the entity.
CREATE TRIGGER IF NOT EXISTS mentions_after_delete AFTER DELETE ON mentions BEGIN
  DELETE FROM entity_aliases
    WHERE entity_id = OLD.entity_id AND refs = 1 AND alias IN (SELECT value FROM json_each(OLD.aliases));
  UPDATE entity_aliases SET refs = refs - 1
    WHERE entity_id = OLD.entity_id AND alias IN (SELECT value FROM json_each(OLD.aliases));
  UPDATE entities SET
    mention_count = mention_count - OLD.count,
    article_count = article_count - 1
  WHERE id = OLD.entity_id;
  UPDATE entities SET
    first_seen = (SELECT min(coalesce(a.published_at, a.ingested_at))
                    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = OLD.entity_id),
    last_seen = (SELECT max(coalesce(a.published_at, a.ingested_at))
                   FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = OLD.entity_id)
  WHERE id = OLD.entity_id
    AND coalesce((SELECT coalesce(published_at, ingested_at) FROM articles WHERE id = OLD.article_id), '')
        IN (coalesce(first_seen, ''), coalesce(last_seen, ''), '');
  DELETE FROM entity_search WHERE rowid = (SELECT seq FROM entities WHERE id = OLD.entity_id);
  INSERT INTO entity_search (rowid, name, aliases)
    SELECT s.seq, s.name, coalesce(s.aliases, '') FROM entity_search_source s
    WHERE s.seq = (SELECT seq FROM entities WHERE id = OLD.entity_id);
END;

CREATE TRIGGER IF NOT EXISTS mentions_no_update BEFORE UPDATE ON mentions BEGIN
  SELECT RAISE(ABORT, 'mentions are replaced, not updated');
END;

CREATE TRIGGER IF NOT EXISTS claims_search_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claim_search (rowid, evidence)
    SELECT NEW.seq, coalesce(group_concat(json_extract(value, '$.text'), char(10)), '') FROM json_each(NEW.evidence);
END;

CREATE TRIGGER IF NOT EXISTS claims_search_update AFTER UPDATE OF evidence ON claims BEGIN
  DELETE FROM claim_search WHERE rowid = OLD.seq;
  INSERT INTO claim_search (rowid, evidence)
    SELECT NEW.seq, coalesce(group_concat(json_extract(value, '$.text'), char(10)), '') FROM json_each(NEW.evidence);
END;

CREATE TRIGGER IF NOT EXISTS claims_search_delete AFTER DELETE ON claims BEGIN
  DELETE FROM claim_search WHERE rowid = OLD.seq;
END;
