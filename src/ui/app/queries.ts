// The GraphQL documents the explorer sends. Kept in one place so their cost against the server's
// limits (depth 10, 2 000 tokens, estimated cost) can be read at a glance.

const REF = 'id name type';
const ARTICLE = 'id title url source publishedAt';
const EVIDENCE = `evidence { text article { ${ARTICLE} } }`;
const VISIT = `key status firstDate lastDate articleCount sourceCount sources
  person { ${REF} } country { ${REF} code } purposes { id code name } ${EVIDENCE}`;
const CLAIM = `id type status date role source { ${REF} } target { ${REF} }
  purposes { id code name } themes { id code name } ${EVIDENCE}`;

/** Everything an entity page shows; the type-specific parts come through inline fragments. */
export const ENTITY_PROFILE = `query EntityProfile($id: ID!) {
  entity(id: $id) {
    __typename ${REF} aliases code mentionCount articleCount firstSeen lastSeen
    roles { holder { ${REF} } at { ${REF} } titles firstDate lastDate sourceCount articleCount }
    roleHolders { holder { ${REF} } at { ${REF} } titles firstDate lastDate sourceCount articleCount }
    relations {
      type count
      relations(first: 30) { totalCount edges { node {
        direction other { ${REF} } claimCount sourceCount reportedCount plannedCount firstDate lastDate
        claims { ${EVIDENCE} }
      } } }
    }
    timeline(first: 60) { totalCount edges { node { ${CLAIM} } } }
    articles(first: 25) { totalCount edges { node { ${ARTICLE} language } } }
    ... on Person { visits { ${VISIT} } }
    ... on Country {
      visitors(first: 50) { totalCount edges { node { ${VISIT} } } }
      organizations(first: 30) { totalCount edges { node { organization { ${REF} } via visitors { ${REF} } articleCount } } }
    }
    ... on Theme { nameId broader { id code name } }
  }
}`;

export const ENTITY_TYPE = `query EntityType($id: ID!) { entity(id: $id) { ${REF} } }`;

export const COUNTRY_BY_CODE = `query CountryByCode($code: String!) { country(code: $code) { ${REF} } }`;

export const SEARCH = `query Search($text: String!, $entities: Int!, $claims: Int!) {
  search(text: $text) {
    entities(first: $entities) { totalCount edges { node { ${REF} aliases articleCount } } }
    claims(first: $claims) { totalCount edges { node { id type status date source { ${REF} } target { ${REF} } ${EVIDENCE} } } }
  }
}`;

export const LATEST_ARTICLE = `query Latest { articles(first: 1) { totalCount edges { node { publishedAt ingestedAt } } } }`;

export const THEME_RANGE = `query ThemeRange { themes { code firstSeen lastSeen articleCount } }`;

export const LEADS = `query Leads($since: String!, $asOf: String, $days: Int!, $first: Int!, $type: RelationType) {
  leads {
    unconfirmedPlans(first: $first) { totalCount edges { node { kind reason visit { person { ${REF} } country { ${REF} } } claims { ${EVIDENCE} } } } }
    singleSource(type: $type, first: $first) { totalCount edges { node { kind reason relation { type source { ${REF} } target { ${REF} } } claims { ${EVIDENCE} } } } }
    risingEntities(asOf: $asOf, days: $days, first: $first) { totalCount edges { node { kind reason entity { ${REF} } currentCount previousCount } } }
    newEntities(since: $since, first: $first) { totalCount edges { node { kind reason entity { ${REF} } } } }
  }
}`;

export const THEME_TRENDS = `query Trends($from: String!, $to: String!, $interval: TrendInterval!, $entity: ID, $themes: [String!]) {
  themeTrends(from: $from, to: $to, interval: $interval, entity: $entity, themes: $themes) {
    theme { id code name } articleCount mentionCount points { period start end articles mentions }
  }
}`;

export const TOP_ENTITIES = `query Top($type: EntityType, $first: Int!) {
  entities(type: $type, first: $first) { edges { node { ${REF} articleCount mentionCount } } }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  entity(id: $id) {
    ${REF}
    relations { type relations(first: 40) { edges { node { direction other { ${REF} } claimCount sourceCount } } } }
  }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $coMention: Boolean!) {
  paths(from: $from, to: $to, maxDepth: 4, coMention: $coMention, limit: 8) {
    from { ${REF} } to { ${REF} } truncated exploredEntities
    paths { length entities { ${REF} } hops { from { ${REF} } to { ${REF} } claimCount coMentionCount claims { type status ${EVIDENCE} } } }
  }
}`;

export const ARTICLE_FULL = `query Article($id: ID!) {
  article(id: $id) {
    ${ARTICLE} author language languageSupported text
    entities { entity { ${REF} } count }
    claims { id type status source { ${REF} } target { ${REF} } evidence { start end text } }
  }
}`;

export const ARTICLE_INGESTED = `subscription Ingested { articleIngested { ${ARTICLE} } }`;

export const CLAIM_ADDED = `subscription ClaimAdded($id: ID!) { claimAdded(entityId: $id) { id type status source { ${REF} } target { ${REF} } article { ${ARTICLE} } } }`;

export const CORPUS_RANGE = `query CorpusRange {
  articles(first: 1) { totalCount edges { node { publishedAt ingestedAt } } }
  themes { firstSeen lastSeen }
}`;
