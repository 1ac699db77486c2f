// Loads the page-chrome phrase lists (data/noise/*.json) and compiles them once.
// The phrases are data so that a new site's chrome is a data edit, not a code change.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../config/paths.js';

export const ZONES = ['header', 'footer', 'edge', 'any'] as const;
export type Zone = (typeof ZONES)[number];

const LineRuleSchema = z.object({
  id: z.string().min(1),
  zone: z.enum(ZONES),
  pattern: z.string().min(1),
  maxWords: z.number().int().positive().optional(),
});

const NamedRuleSchema = z.object({ id: z.string().min(1), pattern: z.string().min(1) });

const NoiseFileSchema = z.object({
  lines: z.array(LineRuleSchema).default([]),
  bylines: z.array(NamedRuleSchema).default([]),
  credits: z.array(NamedRuleSchema).default([]),
  sectionLabels: z.array(z.string()).default([]),
  nameParticles: z.array(z.string()).default([]),
  share: z
    .object({
      triggers: z.array(z.string()).default([]),
      networks: z.array(z.string()).default([]),
      words: z.array(z.string()).default([]),
    })
    .default({ triggers: [], networks: [], words: [] }),
  dateline: z
    .object({
      months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
      weekdays: z.array(z.string()).default([]),
      words: z.array(z.string()).default([]),
      timeZones: z.array(z.string()).default([]),
    })
    .default({ months: {}, weekdays: [], words: [], timeZones: [] }),
});
export type NoiseFile = z.infer<typeof NoiseFileSchema>;

export interface LineRule {
  id: string;
  zone: Zone;
  regex: RegExp;
  maxWords: number | null;
}

export interface NamedRule {
  id: string;
  regex: RegExp;
}

export interface DateVocabulary {
  /** Month name or abbreviation (lower case, no dot) → 1..12. */
  months: ReadonlyMap<string, number>;
  /** Every other word a date stamp may hold: weekdays, stamp words, time zones. */
  stampWords: ReadonlySet<string>;
}

/** Every phrase list, merged over the data files and compiled. */
export interface NoiseRules {
  lines: LineRule[];
  bylines: NamedRule[];
  credits: NamedRule[];
  sectionLabels: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  shareTriggers: ReadonlySet<string>;
  shareNetworks: ReadonlySet<string>;
  shareWords: ReadonlySet<string>;
  dates: DateVocabulary;
}

function compile(pattern: string, where: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (err) {
    throw new Error(`${where}: invalid pattern ${JSON.stringify(pattern)}`, { cause: err });
  }
}

/** Merges parsed noise files (in the order given) into one compiled rule set. */
export function compileNoiseRules(files: ReadonlyArray<{ name: string; data: NoiseFile }>): NoiseRules {
  const lines: LineRule[] = [];
  const bylines: NamedRule[] = [];
  const credits: NamedRule[] = [];
  const words = {
    sectionLabels: new Set<string>(),
    nameParticles: new Set<string>(),
    shareTriggers: new Set<string>(),
    shareNetworks: new Set<string>(),
    shareWords: new Set<string>(),
    stampWords: new Set<string>(),
  };
  const months = new Map<string, number>();
  const addAll = (set: Set<string>, list: readonly string[]): void => {
    for (const w of list) set.add(w.toLowerCase().replace(/\.$/, ''));
  };
  for (const { name, data } of files) {
    for (const r of data.lines) {
      lines.push({ id: r.id, zone: r.zone, regex: compile(r.pattern, `${name} ${r.id}`), maxWords: r.maxWords ?? null });
    }
    for (const r of data.bylines) bylines.push({ id: r.id, regex: compile(r.pattern, `${name} ${r.id}`) });
    for (const r of data.credits) credits.push({ id: r.id, regex: compile(r.pattern, `${name} ${r.id}`) });
    addAll(words.sectionLabels, data.sectionLabels);
    addAll(words.nameParticles, data.nameParticles);
    addAll(words.shareTriggers, data.share.triggers);
    addAll(words.shareNetworks, data.share.networks);
    addAll(words.shareWords, data.share.words);
    addAll(words.stampWords, [...data.dateline.weekdays, ...data.dateline.words, ...data.dateline.timeZones]);
    for (const [m, n] of Object.entries(data.dateline.months)) months.set(m.toLowerCase().replace(/\.$/, ''), n);
  }
  const { stampWords, ...rest } = words;
  return { lines, bylines, credits, ...rest, dates: { months, stampWords } };
}

/** Reads every `*.json` in `dir` (sorted, so rule order is stable) and compiles them. */
export function loadNoiseRules(dir: string = join(dataDir, 'noise')): NoiseRules {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const files = names.map((name) => {
    const path = join(dir, name);
    const parsed = NoiseFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid noise file'}`);
    }
    return { name, data: parsed.data };
  });
  return compileNoiseRules(files);
}

let cached: NoiseRules | null = null;

/** The bundled rules, read on first use. */
export function defaultNoiseRules(): NoiseRules {
  cached ??= loadNoiseRules();
  return cached;
}
