// Which organizations a country's visits involved (the rule is spelled out on Country.organizations
// in schema/graphql/entities.graphql).
import type { ClaimRecord, EntityRecord, MentionRecord } from '../../store/port.js';
import type { InvolvementKindValue, InvolvementModel } from '../models.js';

/** Claim types through which a visitor deals with an organization. */
export const DEALING_TYPES: ReadonlySet<string> = new Set(['MET_WITH', 'PARTNERED_WITH', 'AGREED_WITH']);

export interface InvolvementInput {
  /** VISITED claims to the country. */
  visitClaims: readonly ClaimRecord[];
  claimsOfArticle: (articleId: string) => readonly ClaimRecord[];
  mentionsOfArticle: (articleId: string) => readonly MentionRecord[];
  entityOf: (id: string) => EntityRecord | null | undefined;
}

interface Acc {
  via: Set<InvolvementKindValue>;
  visitors: Set<string>;
  articles: Set<string>;
  claims: Map<string, ClaimRecord>;
}

export function organizationsInvolved(input: InvolvementInput): InvolvementModel[] {
  const acc = new Map<string, Acc>();
  const note = (orgId: string, kind: InvolvementKindValue, visitor: string, articleId: string, claim?: ClaimRecord) => {
    if (input.entityOf(orgId)?.type !== 'Organization') return;
    let a = acc.get(orgId);
    if (!a) acc.set(orgId, (a = { via: new Set(), visitors: new Set(), articles: new Set(), claims: new Map() }));
    a.via.add(kind);
    a.visitors.add(visitor);
    a.articles.add(articleId);
    if (claim) a.claims.set(claim.id, claim);
  };
  for (const visit of input.visitClaims) {
    const visitor = visit.source;
    for (const c of input.claimsOfArticle(visit.articleId)) {
      if (!DEALING_TYPES.has(c.type)) continue;
      if (c.source === visitor) note(c.target, 'CLAIM', visitor, visit.articleId, c);
      else if (c.target === visitor) note(c.source, 'CLAIM', visitor, visit.articleId, c);
    }
    for (const m of input.mentionsOfArticle(visit.articleId)) note(m.entityId, 'MENTION', visitor, visit.articleId);
  }
  const name = (id: string) => input.entityOf(id)?.name ?? id;
  return [...acc.entries()]
    .map(([organizationId, a]): InvolvementModel => ({
      organizationId,
      via: (['CLAIM', 'MENTION'] as const).filter((k) => a.via.has(k)),
      visitorIds: [...a.visitors].sort(),
      articleIds: [...a.articles].sort(),
      claims: [...a.claims.values()],
    }))
    .sort(
      (x, y) =>
        Number(y.via.includes('CLAIM')) - Number(x.via.includes('CLAIM')) ||
        y.articleIds.length - x.articleIds.length ||
        name(x.organizationId).localeCompare(name(y.organizationId)) ||
        (x.organizationId < y.organizationId ? -1 : 1),
    );
}
