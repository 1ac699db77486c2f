// CSV (RFC 4180) node and edge tables, with the column names Gephi's spreadsheet import recognises
// (Id, Label; Source, Target, Type = Directed, Weight). The relation type is in `relation`, since
// Gephi reads `Type` as the edge's direction.
import type { GraphStore } from '../../store/port.js';
import { graphEdges, graphNodes } from './graph.js';

/** Text a spreadsheet would run as a formula: a cell starting with =, +, -, @, tab or CR. */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A leading apostrophe keeps a spreadsheet from evaluating text taken from articles.
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(values: Array<string | number | null>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export async function* nodesCsv(store: GraphStore): AsyncIterable<string> {
  yield row(['Id', 'Label', 'type', 'code', 'wikidata', 'mentions', 'articles', 'firstSeen', 'lastSeen']);
  for await (const n of graphNodes(store)) {
    yield row([n.id, n.name, n.type, n.code, n.wikidata, n.mentions, n.articles, n.firstSeen, n.lastSeen]);
  }
}

export async function* edgesCsv(store: GraphStore): AsyncIterable<string> {
  yield row(['Id', 'Source', 'Target', 'Type', 'Label', 'relation', 'claims', 'Weight', 'sources', 'reported', 'planned', 'firstDate', 'lastDate']);
  for await (const e of graphEdges(store)) {
    yield row([e.id, e.source, e.target, 'Directed', e.type, e.type, e.claims, e.weight, e.sources, e.reported, e.planned, e.firstDate, e.lastDate]);
  }
}
