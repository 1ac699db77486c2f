// Export for other tools: GraphML (valid XML, Gephi's attribute keys), CSV node and edge tables,
// JSON — as functions over the store and as HTTP downloads.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, csvCell, escapeXml, exportGraphText } from '../../src/api/export/index.js';
import type { Extraction } from '../../src/domain/types.js';
import { article, evidence } from '../fixtures/extractions.js';
import { corpus } from './fixtures.js';
import { startApi } from './helpers.js';

const HOSTILE_NAME = 'Smith & Sons <"Holdings"> \'Ltd\' \u0001=cmd|calc';

/** An organization whose name has every character XML and CSV must take care of. */
function hostile(): Extraction {
  const text = 'Dewi Lestari met Smith & Sons, a firm in Jakarta, about "chips", twice.';
  const a = article({ id: 'api-hostile', title: 'Odd names', text, publishedAt: '2024-04-01', source: 'Wire, "Quoted"' });
  return {
    article: a,
    entities: [
      { id: 'person:dewi-lestari', type: 'Person', name: 'Dewi Lestari', aliases: [], mentions: 1 },
      { id: 'organization:smith-and-sons', type: 'Organization', name: HOSTILE_NAME, aliases: [], mentions: 1 },
    ],
    relations: [
      {
        type: 'MET_WITH',
        source: 'person:dewi-lestari',
        target: 'organization:smith-and-sons',
        status: 'reported',
        confidence: 0.8,
        evidence: [evidence(text, text)],
      },
    ],
  };
}

/** A small RFC 4180 reader, enough to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('graph export', () => {
  it('writes valid GraphML with node type/name/code and edge type/claims/weight', async () => {
    const api = await startApi({ extractions: [...corpus(), hostile()] });
    const xml = await exportGraphText(api.store, 'graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name) }).parse(xml);
    const keys = doc.graphml.key as Array<{ id: string; for: string; 'attr.name': string }>;
    const keyOf = (forWhat: string, name: string) => keys.find((k) => k.for === forWhat && k['attr.name'] === name)?.id;
    for (const name of ['type', 'name', 'code', 'label']) expect(keyOf('node', name), name).toBeDefined();
    for (const name of ['type', 'claims', 'weight']) expect(keyOf('edge', name), name).toBeDefined();

    const nodes = doc.graphml.graph.node as Array<{ id: string; data: Array<{ key: string; '#text': string | number }> }>;
    const stats = await api.store.stats();
    expect(nodes).toHaveLength(stats.entities);
    const attr = (item: { data: Array<{ key: string; '#text': string | number }> }, key: string | undefined) =>
      item.data.find((d) => d.key === key)?.['#text'];
    const korea = nodes.find((n) => n.id === 'country:kr')!;
    expect(attr(korea, keyOf('node', 'type'))).toBe('Country');
    expect(attr(korea, keyOf('node', 'code'))).toBe('KR');
    const odd = nodes.find((n) => n.id === 'organization:smith-and-sons')!;
    // Escaped, not dropped; the control character XML cannot hold is replaced.
    expect(attr(odd, keyOf('node', 'name'))).toBe(HOSTILE_NAME.replace('\u0001', '\uFFFD'));

    const edges = doc.graphml.graph.edge as Array<{ source: string; target: string; data: Array<{ key: string; '#text': string | number }> }>;
    const relations = await api.store.relations({ limit: 1000 });
    expect(edges).toHaveLength(relations.total);
    const visit = edges.find((e) => e.source === 'person:sam-altman' && e.target === 'country:kr' && attr(e, keyOf('edge', 'type')) === 'VISITED')!;
    expect(attr(visit, keyOf('edge', 'claims'))).toBe(2);
    expect(attr(visit, keyOf('edge', 'weight'))).toBe(2);
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('writes CSV node and edge tables that read back exactly', async () => {
    const api = await startApi({ extractions: [...corpus(), hostile()] });
    const nodes = parseCsv(await exportGraphText(api.store, 'nodes-csv'));
    expect(nodes[0]).toEqual(['Id', 'Label', 'type', 'code', 'wikidata', 'mentions', 'articles', 'firstSeen', 'lastSeen']);
    expect(nodes).toHaveLength((await api.store.stats()).entities + 1);
    const odd = nodes.find((r) => r[0] === 'organization:smith-and-sons')!;
    expect(odd[1]).toBe(HOSTILE_NAME);
    expect(odd[2]).toBe('Organization');
    const edges = parseCsv(await exportGraphText(api.store, 'edges-csv'));
    expect(edges[0]!.slice(0, 8)).toEqual(['Id', 'Source', 'Target', 'Type', 'Label', 'relation', 'claims', 'Weight']);
    const visit = edges.find((r) => r[1] === 'person:sam-altman' && r[2] === 'country:kr' && r[5] === 'VISITED')!;
    expect(visit[3]).toBe('Directed');
    expect(visit[6]).toBe('2');
    expect(edges).toHaveLength((await api.store.relations()).total + 1);
    // Text that a spreadsheet would run as a formula is defused.
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes JSON with every node and edge', async () => {
    const api = await startApi({ extractions: corpus() });
    const graph = JSON.parse(await exportGraphText(api.store, 'json'));
    expect(graph.nodes).toHaveLength((await api.store.stats()).entities);
    expect(graph.edges).toHaveLength((await api.store.relations()).total);
    expect(graph.nodes.find((n: any) => n.id === 'person:sam-altman')).toMatchObject({ type: 'Person', name: 'Sam Altman' });
    const empty = await startApi();
    expect(JSON.parse(await exportGraphText(empty.store, 'json'))).toEqual({ nodes: [], edges: [] });
  });

  it('serves each format over HTTP as a download', async () => {
    const api = await startApi({ extractions: corpus() });
    for (const format of EXPORT_FORMATS) {
      const file = { graphml: 'graph.graphml', json: 'graph.json', 'nodes-csv': 'nodes.csv', 'edges-csv': 'edges.csv' }[format];
      const res = await fetch(`${api.url}/export/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(file);
      expect(await res.text()).toBe(await exportGraphText(api.store, format));
    }
    expect((await fetch(`${api.url}/export/graph.graphml`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${api.url}/export/other.txt`)).status).toBe(404);
  });
});
