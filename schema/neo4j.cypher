// jejak graph schema for Neo4j 5 (Community is enough: no APOC, no Enterprise-only constraints).
// Run statement by statement at init() (src/store/neo4j/schema.ts); every statement is idempotent.
// The model these serve is described in schema/MODEL.md.

// ── Node keys ──────────────────────────────────────────────────────────────────────────────
// Every keyed node is written with MERGE on its id; these make the MERGE safe and the lookup indexed.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// Per-type keys, so that `MATCH (p:Person {id: 'person:sam-altman'})` typed in Browser is indexed too.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;

// ── Filters and orderings ──────────────────────────────────────────────────────────────────
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX article_language IF NOT EXISTS FOR (a:Article) ON (a.language);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentions);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (e:Entity) ON (e.firstSeen);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);

// ── Full-text search ───────────────────────────────────────────────────────────────────────
// `searchText` holds the folded words (lower case, accents removed) of an entity's name and every
// alias, or of a claim's evidence sentences, cut by the adapter exactly as the SQLite store cuts
// them; the whitespace analyzer therefore indexes those words as they are.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
CREATE FULLTEXT INDEX claim_evidence IF NOT EXISTS FOR (c:Claim) ON EACH [c.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
