// GraphML for Gephi, yEd or NetworkX: declared attribute keys, then nodes and directed edges.
import type { GraphStore } from '../../store/port.js';
import { graphEdges, graphNodes, type GraphEdge, type GraphNode } from './graph.js';

/** Characters XML 1.0 forbids even escaped (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type AttrType = 'string' | 'int' | 'double';
interface Key<T> {
  id: string;
  name: string;
  type: AttrType;
  value: (item: T) => string | number | null;
}

// `label` is what Gephi shows on a node; `weight` is the edge weight it reads.
const NODE_KEYS: Array<Key<GraphNode>> = [
  { id: 'label', name: 'label', type: 'string', value: (n) => n.name },
  { id: 'type', name: 'type', type: 'string', value: (n) => n.type },
  { id: 'name', name: 'name', type: 'string', value: (n) => n.name },
  { id: 'code', name: 'code', type: 'string', value: (n) => n.code },
  { id: 'wikidata', name: 'wikidata', type: 'string', value: (n) => n.wikidata },
  { id: 'mentions', name: 'mentions', type: 'int', value: (n) => n.mentions },
  { id: 'articles', name: 'articles', type: 'int', value: (n) => n.articles },
  { id: 'firstSeen', name: 'firstSeen', type: 'string', value: (n) => n.firstSeen },
  { id: 'lastSeen', name: 'lastSeen', type: 'string', value: (n) => n.lastSeen },
];

const EDGE_KEYS: Array<Key<GraphEdge>> = [
  { id: 'e_type', name: 'type', type: 'string', value: (e) => e.type },
  { id: 'e_claims', name: 'claims', type: 'int', value: (e) => e.claims },
  { id: 'weight', name: 'weight', type: 'double', value: (e) => e.weight },
  { id: 'e_sources', name: 'sources', type: 'int', value: (e) => e.sources },
  { id: 'e_reported', name: 'reported', type: 'int', value: (e) => e.reported },
  { id: 'e_planned', name: 'planned', type: 'int', value: (e) => e.planned },
  { id: 'e_firstDate', name: 'firstDate', type: 'string', value: (e) => e.firstDate },
  { id: 'e_lastDate', name: 'lastDate', type: 'string', value: (e) => e.lastDate },
];

function keyDecl<T>(forWhat: 'node' | 'edge', k: Key<T>): string {
  return `  <key id="${k.id}" for="${forWhat}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
}

function data<T>(keys: Array<Key<T>>, item: T): string {
  return keys
    .map((k) => {
      const v = k.value(item);
      return v === null ? '' : `      <data key="${k.id}">${escapeXml(String(v))}</data>\n`;
    })
    .join('');
}

export async function* graphMl(store: GraphStore): AsyncIterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield NODE_KEYS.map((k) => keyDecl('node', k)).join('') + EDGE_KEYS.map((k) => keyDecl('edge', k)).join('');
  yield '  <graph id="jejak" edgedefault="directed">\n';
  for await (const n of graphNodes(store)) {
    yield `    <node id="${escapeXml(n.id)}">\n${data(NODE_KEYS, n)}    </node>\n`;
  }
  for await (const e of graphEdges(store)) {
    yield `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n${data(EDGE_KEYS, e)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
