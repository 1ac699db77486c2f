// The graph as other tools see it: entities as nodes, relations (claims merged per type, source and
// target) as edges, read from the store page by page so a large graph never sits in memory whole.
import type { RelationType } from '../../domain/types.js';
import type { EntityRecord, GraphStore, RelationRecord } from '../../store/port.js';

const PAGE = 1000;

export interface GraphNode {
  id: string;
  type: EntityRecord['type'];
  name: string;
  code: string | null;
  wikidata: string | null;
  mentions: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** Claims (one per article) stating it. */
  claims: number;
  /** Independent sources (distinct publishers). */
  sources: number;
  /** For layout tools: the number of claims. */
  weight: number;
  reported: number;
  planned: number;
  firstDate: string | null;
  lastDate: string | null;
}

export async function* graphNodes(store: GraphStore): AsyncIterable<GraphNode> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.findEntities({ limit: PAGE, offset });
    for (const e of page.items) {
      yield {
        id: e.id,
        type: e.type,
        name: e.name,
        code: e.code,
        wikidata: e.wikidata,
        mentions: e.mentions,
        articles: e.articleCount,
        firstSeen: e.firstSeen,
        lastSeen: e.lastSeen,
      };
    }
    if (page.items.length < PAGE) return;
  }
}

function toEdge(r: RelationRecord): GraphEdge {
  return {
    id: `${r.type}:${r.source}->${r.target}`,
    source: r.source,
    target: r.target,
    type: r.type,
    claims: r.claimIds.length,
    sources: r.sources,
    weight: r.claimIds.length,
    reported: r.reported,
    planned: r.planned,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
  };
}

export async function* graphEdges(store: GraphStore): AsyncIterable<GraphEdge> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.relations({ limit: PAGE, offset });
    for (const r of page.items) yield toEdge(r);
    if (page.items.length < PAGE) return;
  }
}
