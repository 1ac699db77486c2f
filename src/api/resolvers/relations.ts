// Merged claims: visits, relations and their groups, roles, and organizations involved in visits.
import type {
  InvolvementResolvers,
  RelationGroupResolvers,
  RelationResolvers,
  RoleResolvers,
  VisitResolvers,
} from '../generated/graphql.js';
import { sliceConnection } from '../pagination.js';
import { articleOf, claimsOf, entitiesOf, entityOf, themesOf } from './shared.js';

export const relationResolvers = {
  Visit: {
    person: (v, _args, ctx) => entityOf(ctx, v.personId),
    country: (v, _args, ctx) => entityOf(ctx, v.countryId),
    purposes: (v, _args, ctx) => themesOf(ctx, v.purposes),
    articleCount: (v) => v.articleIds.length,
    evidence: (v) => v.claims.flatMap((c) => c.evidence.map((ev) => ({ ...ev, claim: c }))),
  } satisfies VisitResolvers,

  Relation: {
    source: (r, _args, ctx) => entityOf(ctx, r.source),
    target: (r, _args, ctx) => entityOf(ctx, r.target),
    direction: (r) => (r.perspective === null ? null : r.perspective === r.source ? 'OUTGOING' : 'INCOMING'),
    other: (r, _args, ctx) =>
      r.perspective === null ? null : entityOf(ctx, r.perspective === r.source ? r.target : r.source),
    claimCount: (r) => r.claimIds.length,
    articleCount: (r) => r.claimIds.length,
    sourceCount: (r) => r.sources,
    reportedCount: (r) => r.reported,
    plannedCount: (r) => r.planned,
    claims: (r, _args, ctx) => claimsOf(ctx, r.claimIds),
  } satisfies RelationResolvers,

  RelationGroup: {
    count: (g) => g.relations.length,
    relations: (g, args) => sliceConnection(g.relations, args),
  } satisfies RelationGroupResolvers,

  Role: {
    holder: (r, _args, ctx) => entityOf(ctx, r.holderId),
    at: (r, _args, ctx) => entityOf(ctx, r.atId),
  } satisfies RoleResolvers,

  Involvement: {
    organization: (i, _args, ctx) => entityOf(ctx, i.organizationId),
    visitors: (i, _args, ctx) => entitiesOf(ctx, i.visitorIds),
    articleCount: (i) => i.articleIds.length,
    articles: (i, _args, ctx) => Promise.all(i.articleIds.map((id) => articleOf(ctx, id))),
  } satisfies InvolvementResolvers,
};
