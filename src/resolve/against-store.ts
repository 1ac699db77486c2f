// Cross-article resolution: an article that only says "Altman" or "Lee" meets the person an earlier
// article named in full. Runs between extraction and storage; asks the store, never writes.
import type { Extraction, ExtractedEntity, ExtractedRelation } from '../domain/types.js';
import type { GraphStore } from '../store/port.js';

function words(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** Ids to rewrite: a one-word person whose word belongs to exactly one stored person with a fuller name. */
async function personRemap(extraction: Extraction, store: GraphStore): Promise<Map<string, ExtractedEntity>> {
  const remap = new Map<string, ExtractedEntity>();
  for (const e of extraction.entities) {
    if (e.type !== 'Person') continue;
    const w = words(e.name);
    if (w.length !== 1) continue;
    const word = w[0] as string;
    const page = await store.findEntities({ type: 'Person', search: word, limit: 10 });
    const fuller = page.items.filter((p) => p.id !== e.id && words(p.name).length >= 2 && words(p.name).includes(word));
    const only = fuller[0];
    if (fuller.length === 1 && only) {
      remap.set(e.id, { ...e, id: only.id, name: only.name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== only.name) });
    }
  }
  return remap;
}

function mergeInto(target: ExtractedEntity, other: ExtractedEntity): ExtractedEntity {
  return {
    ...target,
    mentions: target.mentions + other.mentions,
    aliases: [...new Set([...target.aliases, ...other.aliases, other.name])].filter((a) => a !== target.name).sort(),
  };
}

export async function resolveAgainstStore(extraction: Extraction, store: GraphStore): Promise<Extraction> {
  const remap = await personRemap(extraction, store);
  if (remap.size === 0) return extraction;
  const byId = new Map<string, ExtractedEntity>();
  for (const e of extraction.entities) {
    const next = remap.get(e.id) ?? e;
    const existing = byId.get(next.id);
    byId.set(next.id, existing ? mergeInto(existing, next) : next);
  }
  const idOf = (id: string): string => remap.get(id)?.id ?? id;
  const relations = new Map<string, ExtractedRelation>();
  for (const r of extraction.relations) {
    const next = { ...r, source: idOf(r.source), target: idOf(r.target) };
    if (next.source === next.target) continue;
    const key = `${next.type}|${next.source}|${next.target}`;
    const existing = relations.get(key);
    if (!existing) {
      relations.set(key, next);
      continue;
    }
    relations.set(key, {
      ...existing,
      status: existing.status === 'reported' || next.status === 'reported' ? 'reported' : 'planned',
      confidence: Math.max(existing.confidence, next.confidence),
      purposes: [...new Set([...(existing.purposes ?? []), ...(next.purposes ?? [])])].sort(),
      evidence: [...existing.evidence, ...next.evidence.filter((e) => !existing.evidence.some((x) => x.start === e.start))],
    });
  }
  return { article: extraction.article, entities: [...byId.values()], relations: [...relations.values()] };
}
