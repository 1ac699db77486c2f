// Scores extraction output against gold annotations (the format of test/fixtures/corpus/README.md):
// precision, recall and F1 per entity type, for visits (person–country pairs) and for their purposes.
// Names match case- and accent-insensitively through the gold's aliases; countries by ISO code,
// themes by taxonomy code. A purpose listed as optional is neither credited nor penalised.

export const SCORED_TYPES = ['Person', 'Organization', 'Country', 'Region', 'Theme'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface GoldVisit {
  person: string;
  country: string;
  purposes?: string[];
  optional?: string[];
}

export interface Gold {
  entities: Partial<Record<ScoredType, string[]>>;
  aliases?: Record<string, string[]>;
  visits?: GoldVisit[];
}

export interface PredictedEntity {
  id: string;
  type: string;
  name: string;
  code?: string;
}

export interface PredictedRelation {
  type: string;
  source: string;
  target: string;
  purposes?: string[];
}

export interface Prediction {
  id: string;
  entities: PredictedEntity[];
  relations: PredictedRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
}

export interface ArticleDiff {
  article: string;
  kind: string;
  extra: string[];
  missed: string[];
}

export interface Report {
  byType: Record<ScoredType, Counts>;
  visits: Counts;
  purposes: Counts;
  articles: number;
  missing: string[];
  diffs: ArticleDiff[];
}

/** Lower-case ASCII words joined by single spaces: how two spellings of a name are compared. */
export function normName(s: string | undefined | null): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function prf(c: Counts): Scores {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function entityKey(e: PredictedEntity): string {
  if (e.type === 'Country') return (e.code ?? e.name ?? '').toUpperCase();
  if (e.type === 'Theme') return normName(e.code ?? e.name);
  return normName(e.name);
}

function tally(c: Counts, gold: Set<string>, pred: Set<string>): { extra: string[]; missed: string[] } {
  const extra = [...pred].filter((x) => !gold.has(x)).sort();
  const missed = [...gold].filter((x) => !pred.has(x)).sort();
  c.tp += pred.size - extra.length;
  c.fp += extra.length;
  c.fn += missed.length;
  return { extra, missed };
}

export function score(golds: ReadonlyMap<string, Gold>, predictions: readonly Prediction[]): Report {
  const preds = new Map(predictions.map((p) => [p.id, p]));
  const report: Report = {
    byType: Object.fromEntries(SCORED_TYPES.map((t) => [t, zero()])) as Record<ScoredType, Counts>,
    visits: zero(),
    purposes: zero(),
    articles: golds.size,
    missing: [...golds.keys()].filter((id) => !preds.has(id)),
    diffs: [],
  };
  for (const [id, gold] of golds) {
    const pred = preds.get(id) ?? { id, entities: [], relations: [] };
    const alias = new Map<string, string>();
    for (const [canon, forms] of Object.entries(gold.aliases ?? {})) for (const f of forms) alias.set(normName(f), normName(canon));
    const canon = (type: string, key: string): string => (type === 'Country' || type === 'Theme' ? key : (alias.get(key) ?? key));
    for (const type of SCORED_TYPES) {
      const g = new Set((gold.entities[type] ?? []).map((x) => canon(type, type === 'Country' ? x.toUpperCase() : normName(x))));
      const p = new Set(pred.entities.filter((e) => e.type === type).map((e) => canon(type, entityKey(e))));
      const d = tally(report.byType[type], g, p);
      if (d.extra.length || d.missed.length) report.diffs.push({ article: id, kind: type, ...d });
    }
    const goldVisits = new Map<string, { required: Set<string>; optional: Set<string> }>();
    for (const v of gold.visits ?? []) {
      goldVisits.set(`${canon('Person', normName(v.person))}|${v.country.toUpperCase()}`, {
        required: new Set(v.purposes ?? []),
        optional: new Set(v.optional ?? []),
      });
    }
    const byId = new Map(pred.entities.map((e) => [e.id, e]));
    const predVisits = new Map<string, Set<string>>();
    for (const r of pred.relations) {
      if (r.type !== 'VISITED') continue;
      const s = byId.get(r.source);
      const o = byId.get(r.target);
      if (!s || !o || o.type !== 'Country') continue;
      const key = `${canon('Person', normName(s.name))}|${(o.code ?? '').toUpperCase()}`;
      const set = predVisits.get(key) ?? new Set<string>();
      for (const p of r.purposes ?? []) set.add(p);
      predVisits.set(key, set);
    }
    const d = tally(report.visits, new Set(goldVisits.keys()), new Set(predVisits.keys()));
    if (d.extra.length || d.missed.length) report.diffs.push({ article: id, kind: 'visits', ...d });
    for (const [key, g] of goldVisits) {
      const got = predVisits.get(key);
      if (!got) continue;
      const counted = new Set([...got].filter((p) => !g.optional.has(p)));
      const pd = tally(report.purposes, g.required, counted);
      if (pd.extra.length || pd.missed.length) report.diffs.push({ article: id, kind: `purposes ${key.replace('|', ' → ')}`, ...pd });
    }
  }
  return report;
}

export interface Summary {
  entityF1: number;
  worstTypeF1: number;
  visitF1: number;
  purposeF1: number;
}

export function summarize(report: Report): Summary {
  const total = zero();
  for (const t of SCORED_TYPES) {
    total.tp += report.byType[t].tp;
    total.fp += report.byType[t].fp;
    total.fn += report.byType[t].fn;
  }
  return {
    entityF1: prf(total).f1,
    worstTypeF1: Math.min(...SCORED_TYPES.map((t) => prf(report.byType[t]).f1)),
    visitF1: prf(report.visits).f1,
    purposeF1: prf(report.purposes).f1,
  };
}

/** The report as lines of text, figure for figure as the reference scorer prints them. */
export function formatReport(report: Report, verbose = false): string[] {
  const lines: string[] = [];
  if (verbose) for (const d of report.diffs) lines.push(`  ${d.article} ${d.kind}: extra=[${d.extra.join(', ')}] missed=[${d.missed.join(', ')}]`);
  const row = (label: string, c: Counts): string => {
    const s = prf(c);
    return `${label.padEnd(13)} P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)}`;
  };
  for (const t of SCORED_TYPES) lines.push(row(t, report.byType[t]));
  lines.push(row('visits', report.visits));
  lines.push(row('purposes', report.purposes));
  if (report.missing.length) lines.push(`articles missing from output: ${report.missing.join(', ')}`);
  const s = summarize(report);
  lines.push(
    `entity-F1=${s.entityF1.toFixed(3)} worst-type-F1=${s.worstTypeF1.toFixed(3)} visit-F1=${s.visitF1.toFixed(3)} purpose-F1=${s.purposeF1.toFixed(3)} articles=${report.articles} missing=${report.missing.length}`,
  );
  return lines;
}
