// Claims of one article: visits with purposes, meetings, roles, partnerships, and the places'
// geography — each with the sentence(s) that state it.
import type { ClaimStatus, Evidence, ExtractedRelation, RelationType } from '../../domain/types.js';
import type { Doc } from '../doc.js';
import type { EntityFindings } from '../entities/index.js';
import { entityId } from '../../domain/ids.js';
import type { ThemeHit } from '../themes/match.js';
import { sentenceDate } from '../text/dates.js';
import { buildFacts } from './context.js';
import { findGeo } from './geo.js';
import { findPartnerships } from './partners.js';
import { visitPurposes } from './purposes.js';
import { findRoles } from './roles.js';
import { findVisits } from './visits.js';

function evidenceOf(doc: Doc, sentence: number): Evidence | null {
  const s = doc.sentences[sentence];
  return s ? { text: s.text, start: s.start, end: s.end } : null;
}

class ClaimBuilder {
  private readonly claims = new Map<string, ExtractedRelation>();

  constructor(private readonly doc: Doc) {}

  add(
    type: RelationType,
    source: string,
    target: string,
    sentence: number,
    extra: { status?: ClaimStatus; confidence?: number; purposes?: string[]; role?: string; themes?: string[]; dated?: boolean } = {},
  ): void {
    if (source === target) return;
    const key = `${type}|${source}|${target}`;
    const ev = evidenceOf(this.doc, sentence);
    let c = this.claims.get(key);
    if (!c) {
      c = { type, source, target, status: extra.status ?? 'reported', confidence: extra.confidence ?? 0.6, evidence: [] };
      this.claims.set(key, c);
    } else {
      // Reported beats planned: once the text says it happened, it happened.
      if (extra.status === 'reported') c.status = 'reported';
      c.confidence = Math.max(c.confidence, extra.confidence ?? 0);
    }
    if (ev && !c.evidence.some((e) => e.start === ev.start)) c.evidence.push(ev);
    if (extra.purposes) c.purposes = [...new Set([...(c.purposes ?? []), ...extra.purposes])].sort();
    if (extra.themes) c.themes = [...new Set([...(c.themes ?? []), ...extra.themes])].sort();
    if (extra.role && !c.role) c.role = extra.role;
    // An event's date: the first one its sentences give (dates of static facts mean nothing).
    if (extra.dated && !c.date) {
      const s = this.doc.sentences[sentence];
      const d = s ? sentenceDate(s.text, s.tokens, this.doc.lexicon, this.doc.article.publishedAt, c.status === 'planned') : null;
      if (d) c.date = d;
    }
  }

  all(): ExtractedRelation[] {
    return [...this.claims.values()].map((c) => ({
      ...c,
      confidence: Number(Math.min(0.99, c.confidence + Math.min(0.1, (c.evidence.length - 1) * 0.05)).toFixed(2)),
      evidence: c.evidence.sort((a, b) => a.start - b.start),
    }));
  }
}

export function extractRelations(doc: Doc, found: EntityFindings, themeHits: Map<number, ThemeHit[]>, articleThemes: Set<string>): ExtractedRelation[] {
  const facts = buildFacts(doc, found, themeHits);
  const claims = new ClaimBuilder(doc);

  const roles = findRoles(doc, found);
  const { visits, meetings, home, party } = findVisits(doc, found, facts, roles);
  const purposes = visitPurposes(doc, facts, visits, home, party);
  for (const v of visits) {
    const ps = (purposes.get(v) ?? []).filter((p) => articleThemes.has(p));
    claims.add('VISITED', v.person, entityId('Country', v.country), v.sentence, { status: v.status, confidence: v.confidence, purposes: ps, dated: true });
  }
  for (const m of meetings) claims.add('MET_WITH', m.person, m.other, m.sentence, { status: m.status, confidence: 0.7, dated: true });
  for (const r of roles) claims.add('ROLE_AT', r.person, r.org, r.sentence, { role: r.role, confidence: 0.85 });
  for (const p of findPartnerships(doc, facts)) claims.add(p.type, p.a, p.b, p.sentence, { themes: p.themes.filter((t) => articleThemes.has(t)), confidence: 0.6, dated: true });
  for (const g of findGeo(doc, found)) claims.add(g.type, g.source, g.target, g.sentence, { confidence: 0.9 });
  return claims.all();
}
