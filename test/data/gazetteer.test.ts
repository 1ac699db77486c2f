// Validates the bundled gazetteers (data/gazetteer/*.json): shapes, codes, cross-references,
// and the alias hygiene the extractor relies on (one owner per surface form, no bare common words).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countryCodes from 'i18n-iso-countries';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataDir } from '../../src/config/paths.js';

const GAZETTEER_DIR = join(dataDir, 'gazetteer');

const ROLE_WORDS = [
  'CEO',
  'chairman',
  'executive chairman',
  'president',
  'prime minister',
  'minister',
  'founder',
  'co-founder',
  'chief executive',
  'executive director',
  'director',
  'vice president',
  'crown prince',
  'king',
  'emir',
  'secretary',
  'governor',
  'chair',
  'CFO',
  'CTO',
] as const;

const ORG_KINDS = [
  'company',
  'government',
  'agency',
  'ministry',
  'fund',
  'university',
  'institute',
  'media',
  'international',
  'consultancy',
  'association',
  'program',
] as const;

const CITY_KINDS = ['city', 'province', 'state', 'district', 'regency'] as const;

/**
 * Frequent Indonesian words that have the shape of an abbreviation or a short brand name.
 * compromise only knows English, so these stand in for an Indonesian lexicon.
 */
const INDONESIAN_COMMON_WORDS = new Set([
  'ada', 'air', 'akan', 'amat', 'anak', 'antara', 'apa', 'atau', 'baru', 'bis', 'bisa', 'dan',
  'dari', 'dewa', 'detik', 'di', 'dia', 'emas', 'hal', 'ini', 'itu', 'jadi', 'juga', 'kami',
  'kata', 'ke', 'kita', 'kompas', 'lalu', 'lama', 'lima', 'mana', 'masa', 'negara', 'oleh',
  'pada', 'para', 'pasar', 'raya', 'rok', 'saja', 'tapi', 'teluk', 'tempo', 'untuk', 'yang',
]);

// ---------- schemas ----------

/** A surface form: non-empty, no surrounding or doubled whitespace. */
const Form = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'has surrounding or doubled whitespace');
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'is not two capital letters');
const Qid = z.string().regex(/^Q\d+$/, 'is not a Wikidata QID (Q followed by digits)');
const LangForms = z.strictObject({ en: z.array(Form), id: z.array(Form) });

const OrganizationSchema = z.strictObject({
  name: Form,
  aliases: z.array(Form),
  kind: z.enum(ORG_KINDS),
  country: CountryCode.optional(),
  sectors: z.array(z.string()),
  parent: Form.optional(),
  wikidata: Qid.optional(),
  note: z.string().min(1).optional(),
});

const PersonSchema = z.strictObject({
  name: Form,
  aliases: z.array(Form),
  country: CountryCode,
  roles: z.array(z.strictObject({ role: z.enum(ROLE_WORDS), org: Form })).min(1),
  wikidata: Qid.optional(),
});

const CountrySchema = z.strictObject({
  name: Form,
  aliases: LangForms,
  demonyms: LangForms,
  caseSensitive: z.array(Form).optional(),
  ambiguous: z.boolean().optional(),
});

const CitySchema = z.strictObject({
  name: Form,
  country: CountryCode,
  aliases: LangForms,
  capital: z.boolean().optional(),
  kind: z.enum(CITY_KINDS).optional(),
  ambiguous: z.boolean().optional(),
});

const RegionSchema = z.strictObject({
  name: Form,
  aliases: LangForms,
  countries: z.array(CountryCode).min(1),
  // Only the regions of the taxonomy are reported; the others keep their words from being read as names.
  tracked: z.boolean(),
  needsContext: z.array(Form).optional(),
});

const PlacesSchema = z.strictObject({
  countries: z.record(CountryCode, CountrySchema),
  cities: z.array(CitySchema),
  regions: z.array(RegionSchema),
});

const ThemesSchema = z.object({ themes: z.array(z.object({ code: z.string() })).min(1) });

type Organization = z.infer<typeof OrganizationSchema>;
type Person = z.infer<typeof PersonSchema>;
type Places = z.infer<typeof PlacesSchema>;

function load<T>(schema: z.ZodType<T>, path: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not readable JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

// ---------- helpers ----------

/** Case- and accent-insensitive key: two entries owning forms with the same key collide. */
function fold(form: string): string {
  return form.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

interface Claim {
  form: string;
  owner: string;
}

/** Forms owned by more than one entry, as "form → ownerA | ownerB". */
function collisions(claims: Claim[], allowed: (owners: string[]) => boolean = () => false): string[] {
  const byKey = new Map<string, { forms: Set<string>; owners: Set<string> }>();
  for (const { form, owner } of claims) {
    const key = fold(form);
    const slot = byKey.get(key) ?? { forms: new Set<string>(), owners: new Set<string>() };
    slot.forms.add(form);
    slot.owners.add(owner);
    byKey.set(key, slot);
  }
  const out: string[] = [];
  for (const { forms, owners } of byKey.values()) {
    const list = [...owners].sort();
    if (list.length > 1 && !allowed(list)) out.push(`${[...forms].join(' / ')} → ${list.join(' | ')}`);
  }
  return out.sort();
}

/**
 * Aliases that repeat the entry's own name or another alias of the same list, exactly.
 * Case variants ("SK hynix" / "SK Hynix") are deliberate: the press writes both.
 */
function redundantForms(owner: string, name: string, lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    const seen = new Set<string>();
    for (const form of list) {
      if (form === name) out.push(`${owner}: alias repeats the name "${form}"`);
      if (seen.has(form)) out.push(`${owner}: alias listed twice "${form}"`);
      seen.add(form);
    }
  }
  return out;
}

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
}
const english = (nlp.model() as unknown as CompromiseModel).one;

function englishTags(word: string): string[] {
  const tags = english.lexicon[word];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

function isA(tag: string, ancestor: string): boolean {
  return tag === ancestor || (english.tagSet[tag]?.parents ?? []).includes(ancestor);
}

/** An ordinary English or Indonesian word (not a proper noun) in lower case. */
function isCommonWord(lower: string): boolean {
  if (INDONESIAN_COMMON_WORDS.has(lower)) return true;
  return englishTags(lower).some((tag) => !isA(tag, 'ProperNoun'));
}

/** A form written all in lower case that is, or is made only of, common words: it would match plain prose. */
function isLowerCaseCommon(form: string): boolean {
  if (form !== form.toLowerCase() || !/\p{L}/u.test(form)) return false;
  const words = form.split(/[\s-]+/).filter((w) => w.length > 0);
  return isCommonWord(form) || words.every(isCommonWord);
}

function isPersonName(form: string): boolean {
  return englishTags(form.toLowerCase()).some((tag) => isA(tag, 'Person'));
}

// ---------- data ----------

const themeCodes = new Set(load(ThemesSchema, join(dataDir, 'themes.json')).themes.map((t) => t.code));
const organizations: Organization[] = load(z.array(OrganizationSchema), join(GAZETTEER_DIR, 'organizations.json'));
const people: Person[] = load(z.array(PersonSchema), join(GAZETTEER_DIR, 'people.json'));
const places: Places = load(PlacesSchema, join(GAZETTEER_DIR, 'places.json'));

const countryEntries = Object.entries(places.countries);
const orgNames = new Set(organizations.map((o) => o.name));

function countryForms(code: string): string[] {
  const c = places.countries[code];
  if (c === undefined) return [];
  return [c.name, ...c.aliases.en, ...c.aliases.id, ...c.demonyms.en, ...c.demonyms.id];
}

function invalidCodes(codes: Array<{ where: string; code: string | undefined }>): string[] {
  return codes
    .filter((c): c is { where: string; code: string } => c.code !== undefined)
    .filter((c) => !countryCodes.isValid(c.code))
    .map((c) => `${c.where}: ${c.code}`);
}

function unknownCountries(codes: Array<{ where: string; code: string | undefined }>): string[] {
  return codes
    .filter((c): c is { where: string; code: string } => c.code !== undefined)
    .filter((c) => places.countries[c.code] === undefined)
    .map((c) => `${c.where}: ${c.code}`);
}

const allCountryRefs = [
  ...countryEntries.map(([code]) => ({ where: 'places.countries', code })),
  ...places.cities.map((c) => ({ where: `city ${c.name}`, code: c.country })),
  ...places.regions.flatMap((r) => r.countries.map((code) => ({ where: `region ${r.name}`, code }))),
  ...organizations.map((o) => ({ where: `organization ${o.name}`, code: o.country })),
  ...people.map((p) => ({ where: `person ${p.name}`, code: p.country })),
];

// ---------- tests ----------

describe('gazetteer files', () => {
  it('hold a substantial bundled vocabulary', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(250);
    expect(people.length).toBeGreaterThanOrEqual(120);
    expect(countryEntries.length).toBeGreaterThanOrEqual(120);
    expect(places.cities.length).toBeGreaterThanOrEqual(200);
    expect(places.regions.length).toBeGreaterThanOrEqual(10);
  });

  it('use valid ISO 3166-1 alpha-2 codes everywhere', () => {
    expect(invalidCodes(allCountryRefs)).toEqual([]);
  });

  it('refer only to countries listed in places.json', () => {
    expect(unknownCountries(allCountryRefs)).toEqual([]);
  });

  it('give each QID to one entry per file', () => {
    for (const entries of [organizations, people]) {
      const owners = entries
        .filter((e) => e.wikidata !== undefined)
        .map((e) => ({ form: e.wikidata ?? '', owner: e.name }));
      expect(collisions(owners)).toEqual([]);
    }
  });
});

describe('organizations.json', () => {
  it('uses only theme codes from data/themes.json as sectors', () => {
    const bad = organizations.flatMap((o) => o.sectors.filter((s) => !themeCodes.has(s)).map((s) => `${o.name}: ${s}`));
    expect(bad).toEqual([]);
  });

  it('gives a country to every organization except international bodies', () => {
    const bad = organizations
      .filter((o) => (o.kind === 'international') !== (o.country === undefined))
      .map((o) => `${o.name} (${o.kind}, country ${o.country ?? 'none'})`);
    expect(bad).toEqual([]);
  });

  it('names parents that exist, without cycles', () => {
    const parentOf = new Map(organizations.map((o) => [o.name, o.parent]));
    const bad: string[] = [];
    for (const o of organizations) {
      if (o.parent === undefined) continue;
      if (!orgNames.has(o.parent)) bad.push(`${o.name}: unknown parent ${o.parent}`);
      const seen = new Set([o.name]);
      for (let p: string | undefined = o.parent; p !== undefined; p = parentOf.get(p)) {
        if (seen.has(p)) {
          bad.push(`${o.name}: parent cycle through ${p}`);
          break;
        }
        seen.add(p);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no duplicate names and no alias owned by two organizations', () => {
    const claims = organizations.flatMap((o) => [o.name, ...o.aliases].map((form) => ({ form, owner: o.name })));
    expect(collisions(claims)).toEqual([]);
    expect(organizations.flatMap((o) => redundantForms(o.name, o.name, [o.aliases]))).toEqual([]);
  });
});

describe('people.json', () => {
  it('gives every role an organization listed in organizations.json', () => {
    const bad = people.flatMap((p) => p.roles.filter((r) => !orgNames.has(r.org)).map((r) => `${p.name}: ${r.role} of ${r.org}`));
    expect(bad).toEqual([]);
  });

  it('has no duplicate names and no alias owned by two people', () => {
    const claims = people.flatMap((p) => [p.name, ...p.aliases].map((form) => ({ form, owner: p.name })));
    expect(collisions(claims)).toEqual([]);
    expect(people.flatMap((p) => redundantForms(p.name, p.name, [p.aliases]))).toEqual([]);
  });
});

describe('places.json', () => {
  it('places every city and region in listed countries', () => {
    const bad = [
      ...places.cities.filter((c) => places.countries[c.country] === undefined).map((c) => `city ${c.name}: ${c.country}`),
      ...places.regions.flatMap((r) => r.countries.filter((code) => places.countries[code] === undefined).map((code) => `region ${r.name}: ${code}`)),
    ];
    expect(bad).toEqual([]);
  });

  it('lets no surface form point at two places, except a city-state and its city', () => {
    const cityCountry = new Map(places.cities.map((c) => [`city:${c.name}`, c.country]));
    const claims: Claim[] = [
      ...countryEntries.flatMap(([code]) => countryForms(code).map((form) => ({ form, owner: `country:${code}` }))),
      ...places.cities.flatMap((c) => [c.name, ...c.aliases.en, ...c.aliases.id].map((form) => ({ form, owner: `city:${c.name}` }))),
      ...places.regions.flatMap((r) => [r.name, ...r.aliases.en, ...r.aliases.id].map((form) => ({ form, owner: `region:${r.name}` }))),
    ];
    // Singapore the country and Singapore the city are one place.
    const cityState = (owners: string[]): boolean => {
      const [a, b] = owners;
      return owners.length === 2 && a !== undefined && b !== undefined && a.startsWith('city:') && b === `country:${cityCountry.get(a) ?? ''}`;
    };
    expect(collisions(claims, cityState)).toEqual([]);
  });

  it('does not repeat a name among its own aliases', () => {
    const bad = [
      ...countryEntries.flatMap(([code, c]) =>
        redundantForms(`country ${code}`, c.name, [c.aliases.en, c.aliases.id, c.demonyms.en, c.demonyms.id]),
      ),
      ...places.cities.flatMap((c) => redundantForms(`city ${c.name}`, c.name, [c.aliases.en, c.aliases.id])),
      ...places.regions.flatMap((r) => redundantForms(`region ${r.name}`, r.name, [r.aliases.en, r.aliases.id])),
    ];
    expect(bad).toEqual([]);
  });

  it('lists in caseSensitive only forms of the same country', () => {
    const bad = countryEntries.flatMap(([code, c]) =>
      (c.caseSensitive ?? []).filter((form) => !countryForms(code).includes(form)).map((form) => `${code}: ${form}`),
    );
    expect(bad).toEqual([]);
  });

  it('marks every all-capital country form that is also a word as caseSensitive', () => {
    const bad = countryEntries.flatMap(([code, c]) =>
      countryForms(code)
        .filter((form) => /^[A-Z]{2,5}$/.test(form) && isCommonWord(form.toLowerCase()))
        .filter((form) => !(c.caseSensitive ?? []).includes(form))
        .map((form) => `${code}: ${form}`),
    );
    expect(bad).toEqual([]);
    // The forms the brief names must stay protected.
    expect(places.countries.US?.caseSensitive).toEqual(expect.arrayContaining(['US', 'AS']));
    expect(places.countries.GB?.caseSensitive).toEqual(expect.arrayContaining(['UK']));
  });

  it('flags countries whose name is also a person name as ambiguous', () => {
    const bad = countryEntries
      .filter(([, c]) => isPersonName(c.name) && c.ambiguous !== true)
      .map(([code, c]) => `${code} ${c.name}`);
    expect(bad).toEqual([]);
  });

  it('marks capitals and gives each listed country at most two', () => {
    const capitals = new Map<string, number>();
    for (const c of places.cities) if (c.capital === true) capitals.set(c.country, (capitals.get(c.country) ?? 0) + 1);
    expect(capitals.size).toBeGreaterThanOrEqual(150);
    expect([...capitals].filter(([, n]) => n > 2)).toEqual([]);
  });
});

describe('alias hygiene across files', () => {
  it('has no name or alias written in lower case that is an ordinary word', () => {
    const forms: Claim[] = [
      ...organizations.flatMap((o) => [o.name, ...o.aliases].map((form) => ({ form, owner: `organization ${o.name}` }))),
      ...people.flatMap((p) => [p.name, ...p.aliases].map((form) => ({ form, owner: `person ${p.name}` }))),
      ...countryEntries.flatMap(([code]) => countryForms(code).map((form) => ({ form, owner: `country ${code}` }))),
      ...places.cities.flatMap((c) => [c.name, ...c.aliases.en, ...c.aliases.id].map((form) => ({ form, owner: `city ${c.name}` }))),
      ...places.regions.flatMap((r) => [r.name, ...r.aliases.en, ...r.aliases.id].map((form) => ({ form, owner: `region ${r.name}` }))),
    ];
    expect(forms.filter((f) => isLowerCaseCommon(f.form)).map((f) => `${f.owner}: ${f.form}`)).toEqual([]);
  });

  it('recognises the word checks it relies on', () => {
    // Guards the helpers themselves: a lexicon change must not silently disable the checks above.
    expect(isCommonWord('us')).toBe(true);
    expect(isCommonWord('itu')).toBe(true);
    expect(isCommonWord('seoul')).toBe(false);
    expect(isLowerCaseCommon('detikcom')).toBe(false);
    expect(isLowerCaseCommon('as')).toBe(true);
    expect(isLowerCaseCommon('Antara')).toBe(false);
    expect(isPersonName('Jordan')).toBe(true);
  });
});

describe('tracked regions', () => {
  it('are exactly the regions the annotation format tracks', () => {
    const places = JSON.parse(readFileSync(join(dataDir, 'gazetteer', 'places.json'), 'utf8')) as { regions: Array<{ name: string; tracked: boolean }> };
    const tracked = places.regions.filter((r) => r.tracked).map((r) => r.name).sort();
    expect(tracked).toEqual(['Africa', 'Asia', 'East Asia', 'Europe', 'Gulf', 'Middle East', 'North America', 'South Asia', 'Southeast Asia']);
  });
});
