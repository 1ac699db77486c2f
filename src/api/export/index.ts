// Graph export for other tools (Gephi, spreadsheets, scripts), shared by `GET /export/…` and the CLI.
import { JejakError } from '../../domain/errors.js';
import type { GraphStore } from '../../store/port.js';
import { edgesCsv, nodesCsv } from './csv.js';
import { graphMl } from './graphml.js';
import { graphJson } from './json.js';

export const EXPORT_FORMATS = ['graphml', 'json', 'nodes-csv', 'edges-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file name and media type each format is served and saved as. */
export const EXPORT_FILES: Record<ExportFormat, { fileName: string; contentType: string }> = {
  graphml: { fileName: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  json: { fileName: 'graph.json', contentType: 'application/json; charset=utf-8' },
  'nodes-csv': { fileName: 'nodes.csv', contentType: 'text/csv; charset=utf-8' },
  'edges-csv': { fileName: 'edges.csv', contentType: 'text/csv; charset=utf-8' },
};

/** The whole graph in `format`, as chunks of text (write them in order). */
export function exportGraph(store: GraphStore, format: ExportFormat): AsyncIterable<string> {
  switch (format) {
    case 'graphml':
      return graphMl(store);
    case 'json':
      return graphJson(store);
    case 'nodes-csv':
      return nodesCsv(store);
    case 'edges-csv':
      return edgesCsv(store);
    default:
      throw new JejakError('BAD_USER_INPUT', `unknown export format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
}

/** Collects an export into one string (small graphs, tests). */
export async function exportGraphText(store: GraphStore, format: ExportFormat): Promise<string> {
  let out = '';
  for await (const chunk of exportGraph(store, format)) out += chunk;
  return out;
}

export { csvCell } from './csv.js';
export { escapeXml } from './graphml.js';
export type { GraphEdge, GraphNode } from './graph.js';
