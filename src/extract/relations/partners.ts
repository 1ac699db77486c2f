// PARTNERED_WITH / AGREED_WITH between organisations named in one sentence with a partnership or
// agreement cue ("signed a letter of intent with", "kemitraan dengan", "joint venture").
import type { Doc } from '../doc.js';
import type { SentenceFacts } from './context.js';

export interface PartnerHit {
  type: 'PARTNERED_WITH' | 'AGREED_WITH';
  a: string;
  b: string;
  sentence: number;
  themes: string[];
}

export function findPartnerships(doc: Doc, facts: SentenceFacts[]): PartnerHit[] {
  const hits: PartnerHit[] = [];
  for (const f of facts) {
    if (f.s.heading) continue;
    const ids = [...new Set(f.orgs.map((o) => o.entityId).filter((x): x is string => !!x))];
    if (ids.length < 2) continue;
    if (!doc.lexicon.partnerCues.test(f.s.tokens)) continue;
    const type = doc.lexicon.agreementCues.test(f.s.tokens) ? 'AGREED_WITH' : 'PARTNERED_WITH';
    const themes = [...new Set(f.themes.filter((t) => t.weight >= 1).map((t) => t.code))];
    // Long lists make weak pairs; keep the pairs inside the first few organisations named.
    const list = ids.slice(0, 5).sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        hits.push({ type, a: list[i] as string, b: list[j] as string, sentence: f.s.index, themes });
      }
    }
  }
  return hits;
}
