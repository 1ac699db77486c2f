// Builds the gazetteer: bundled files in data/gazetteer/, country names in English and Indonesian
// from i18n-iso-countries, and any user files. Every surface form goes into one phrase index.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { ZodType } from 'zod';
import { dataDir } from '../../config/paths.js';
import { InputError } from '../../domain/errors.js';
import { entityId } from '../../domain/ids.js';
import type { EntityType } from '../../domain/types.js';
import { PhraseIndex } from '../text/phrases.js';
import {
  OrganizationSchema,
  PersonSchema,
  PlacesSchema,
  UserGazetteerSchema,
  type CityData,
  type CountryData,
  type OrganizationData,
  type PersonData,
  type RegionData,
  type UserGazetteer,
} from './schema.js';

export interface GazEntry {
  id: string;
  type: EntityType;
  name: string;
  code?: string;
  wikidata?: string;
  /** Home country of a person, headquarters of an organisation, country of a city. */
  country?: string;
  roles: Array<{ role: string; org?: string }>;
  kind?: string;
  sectors: string[];
  /** Canonical name of the parent organisation. */
  parent?: string;
  /** Member countries of a region. */
  members: string[];
  aliases: string[];
  ambiguous: boolean;
  /** Reported as an entity; false for regions outside the tracked list. */
  tracked: boolean;
}

export interface SurfaceRef {
  id: string;
  form: string;
  /** Only counts in exactly this case (US, AS, UK). */
  caseSensitive: boolean;
  demonym: boolean;
  /** Counts only after a determiner or locative ("the Gulf"). */
  needsContext: boolean;
}

export interface Gazetteer {
  byId: ReadonlyMap<string, GazEntry>;
  surfaces: PhraseIndex<SurfaceRef>;
  /** Organisation or person entry by canonical name (folded). */
  byName(type: EntityType, name: string): GazEntry | undefined;
}

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/id.json'));

function readJson<T>(file: string, schema: ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(file, `cannot read gazetteer: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${file}${issue?.path.length ? `: ${issue.path.join('.')}` : ''}`, issue?.message ?? 'invalid gazetteer');
  }
  return parsed.data;
}

/** All-caps short forms (US, UK, AS, UAE) are words in other guises: they only count in capitals. */
function impliesCaseSensitive(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase();
}

class Builder {
  readonly byId = new Map<string, GazEntry>();
  readonly surfaces = new PhraseIndex<SurfaceRef>();
  private readonly names = new Map<string, GazEntry>();
  private readonly seen = new Set<string>();

  entry(e: Omit<GazEntry, 'aliases' | 'roles' | 'sectors' | 'members' | 'ambiguous' | 'tracked'> & Partial<GazEntry>): GazEntry {
    const existing = this.byId.get(e.id);
    if (existing) {
      // A later file extends an earlier one: user data may add aliases, roles or a QID.
      existing.wikidata ??= e.wikidata;
      existing.country ??= e.country;
      existing.kind ??= e.kind;
      existing.parent ??= e.parent;
      for (const r of e.roles ?? []) existing.roles.push(r);
      for (const s of e.sectors ?? []) if (!existing.sectors.includes(s)) existing.sectors.push(s);
      for (const m of e.members ?? []) if (!existing.members.includes(m)) existing.members.push(m);
      return existing;
    }
    const full: GazEntry = { aliases: [], roles: [], sectors: [], members: [], ambiguous: false, tracked: true, ...e };
    this.byId.set(full.id, full);
    this.names.set(`${full.type}:${full.name.toLowerCase()}`, full);
    return full;
  }

  surface(entry: GazEntry, form: string, opts: { caseSensitive?: boolean; demonym?: boolean; needsContext?: boolean } = {}): void {
    const trimmed = form.trim();
    if (!trimmed) return;
    const caseSensitive = opts.caseSensitive ?? impliesCaseSensitive(trimmed);
    const key = `${entry.id}\u0000${trimmed}\u0000${caseSensitive}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const ref: SurfaceRef = { id: entry.id, form: trimmed, caseSensitive, demonym: opts.demonym ?? false, needsContext: opts.needsContext ?? false };
    this.surfaces.add(trimmed, ref);
    // "LY Corp." is also written "LY Corp"; "Inc." likewise.
    if (trimmed.endsWith('.') && trimmed.length > 3) this.surfaces.add(trimmed.slice(0, -1), ref);
    if (trimmed !== entry.name && !opts.demonym && !entry.aliases.includes(trimmed)) entry.aliases.push(trimmed);
  }

  byName(type: EntityType, name: string): GazEntry | undefined {
    return this.names.get(`${type}:${name.toLowerCase()}`);
  }

  organization(o: OrganizationData): void {
    const e = this.entry({
      id: entityId('Organization', o.name),
      type: 'Organization',
      name: o.name,
      wikidata: o.wikidata,
      country: o.country,
      kind: o.kind,
      sectors: o.sectors,
      parent: o.parent,
    });
    this.surface(e, o.name);
    for (const a of o.aliases) this.surface(e, a);
  }

  person(p: PersonData): void {
    const e = this.entry({
      id: entityId('Person', p.name),
      type: 'Person',
      name: p.name,
      wikidata: p.wikidata,
      country: p.country,
      roles: p.roles,
    });
    this.surface(e, p.name);
    for (const a of p.aliases) this.surface(e, a);
  }

  country(code: string, c: CountryData | undefined): void {
    const isoEn = (countries.getName(code, 'en', { select: 'all' }) ?? []) as string[];
    const isoId = (countries.getName(code, 'id', { select: 'all' }) ?? []) as string[];
    // Display name: the gazetteer's deliberate choice, else the shortest plain ISO name ("Taiwan", not "Taiwan, Province of China").
    const plain = isoEn.filter((n) => !/[,(]/.test(n));
    const name = c?.name ?? plain.sort((a, b) => a.length - b.length).find((n) => n.length > 3) ?? plain[0] ?? code;
    const e = this.entry({ id: entityId('Country', code), type: 'Country', name, code, wikidata: c?.wikidata, country: code });
    if (c?.ambiguous) e.ambiguous = true;
    const cs = new Set(c?.caseSensitive ?? []);
    const forms = new Set<string>([name, ...plain, ...isoId.filter((n) => !/[,(]/.test(n)), ...(c?.aliases.en ?? []), ...(c?.aliases.id ?? [])]);
    for (const f of forms) this.surface(e, f, cs.has(f) ? { caseSensitive: true } : {});
    for (const d of [...(c?.demonyms.en ?? []), ...(c?.demonyms.id ?? [])]) this.surface(e, d, { demonym: true, caseSensitive: cs.has(d) ? true : undefined });
  }

  city(c: CityData): void {
    const e = this.entry({
      id: entityId('City', `${c.name}-${c.country}`),
      type: 'City',
      name: c.name,
      country: c.country,
      kind: c.kind ?? 'city',
    });
    if (c.ambiguous) e.ambiguous = true;
    this.surface(e, c.name);
    for (const a of [...(c.aliases.en ?? []), ...(c.aliases.id ?? [])]) this.surface(e, a);
  }

  region(r: RegionData): void {
    const e = this.entry({ id: entityId('Region', r.name), type: 'Region', name: r.name, members: r.countries, tracked: r.tracked });
    const context = new Set(r.needsContext);
    for (const f of [r.name, ...(r.aliases.en ?? []), ...(r.aliases.id ?? [])]) this.surface(e, f, { needsContext: context.has(f) });
  }

  addUser(u: UserGazetteer): void {
    for (const o of u.organizations) this.organization(o);
    for (const p of u.people) this.person(p);
    for (const [code, c] of Object.entries(u.countries)) this.country(code, c);
    for (const c of u.cities) this.city(c);
    for (const r of u.regions) this.region(r);
  }
}

let bundled: Gazetteer | null = null;

/** The gazetteer: bundled data plus user files (same sections as the bundled ones, in one JSON object). */
export function loadGazetteer(userFiles: readonly string[] = []): Gazetteer {
  if (userFiles.length === 0 && bundled) return bundled;
  const b = new Builder();
  const dir = join(dataDir, 'gazetteer');
  const places = readJson(join(dir, 'places.json'), PlacesSchema);
  for (const code of Object.keys(countries.getAlpha2Codes())) b.country(code, places.countries[code]);
  for (const o of readJson(join(dir, 'organizations.json'), OrganizationSchema.array())) b.organization(o);
  for (const p of readJson(join(dir, 'people.json'), PersonSchema.array())) b.person(p);
  for (const c of places.cities) b.city(c);
  for (const r of places.regions) b.region(r);
  for (const f of userFiles) b.addUser(readJson(f, UserGazetteerSchema));
  const g: Gazetteer = { byId: b.byId, surfaces: b.surfaces, byName: (t, n) => b.byName(t, n) };
  if (userFiles.length === 0) bundled = g;
  return g;
}
