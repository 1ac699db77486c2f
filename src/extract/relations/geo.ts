// LOCATED_IN (city → country) and IN_REGION (country → region), from the gazetteer's facts,
// for places the article names; the evidence is the sentence that names them.
import type { Doc } from '../doc.js';
import type { EntityFindings } from '../entities/index.js';
import { entityId } from '../../domain/ids.js';

export interface GeoHit {
  type: 'LOCATED_IN' | 'IN_REGION';
  source: string;
  target: string;
  sentence: number;
}

export function findGeo(doc: Doc, found: EntityFindings): GeoHit[] {
  const hits: GeoHit[] = [];
  const seen = new Set<string>();
  const add = (h: GeoHit): void => {
    const key = `${h.type}|${h.source}|${h.target}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(h);
  };
  const countries = new Map<string, number>();
  for (const m of found.mentions) {
    if (m.sentence < 0 || !m.entityId) continue;
    const g = doc.gazetteer.byId.get(m.entityId);
    if (!g) continue;
    if (g.type === 'City' && g.country) {
      add({ type: 'LOCATED_IN', source: g.id, target: entityId('Country', g.country), sentence: m.sentence });
      if (!countries.has(g.country)) countries.set(g.country, m.sentence);
    }
    if (g.type === 'Country' && g.code && !countries.has(g.code)) countries.set(g.code, m.sentence);
  }
  for (const m of found.mentions) {
    if (m.type !== 'Region' || !m.entityId) continue;
    const region = doc.gazetteer.byId.get(m.entityId);
    if (!region) continue;
    for (const [code] of countries) {
      if (region.members.includes(code)) add({ type: 'IN_REGION', source: entityId('Country', code), target: region.id, sentence: m.sentence });
    }
  }
  return hits;
}
