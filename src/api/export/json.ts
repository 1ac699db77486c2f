// The graph as one JSON document { nodes: [...], edges: [...] }, written out piece by piece.
import type { GraphStore } from '../../store/port.js';
import { graphEdges, graphNodes } from './graph.js';

export async function* graphJson(store: GraphStore): AsyncIterable<string> {
  yield '{"nodes":[';
  let first = true;
  for await (const n of graphNodes(store)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(n)}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for await (const e of graphEdges(store)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
    first = false;
  }
  yield '\n]}\n';
}
