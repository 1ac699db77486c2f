// Shapes of the gazetteer files (data/gazetteer/*.json and user files given with --gazetteer).
import { z } from 'zod';

const code2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
const qid = z.string().regex(/^Q\d+$/, 'expected a Wikidata id like Q42');
const byLanguage = z.object({ en: z.array(z.string()).default([]), id: z.array(z.string()).default([]) }).partial();

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: z.string().optional(),
  country: code2.optional(),
  sectors: z.array(z.string()).default([]),
  parent: z.string().optional(),
  wikidata: qid.optional(),
});

export const PersonSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: code2.optional(),
  roles: z.array(z.object({ role: z.string(), org: z.string().optional() })).default([]),
  wikidata: qid.optional(),
});

export const CountrySchema = z.object({
  name: z.string().min(1),
  aliases: byLanguage.default({}),
  demonyms: byLanguage.default({}),
  caseSensitive: z.array(z.string()).default([]),
  ambiguous: z.boolean().optional(),
  wikidata: qid.optional(),
});

export const CitySchema = z.object({
  name: z.string().min(1),
  country: code2,
  aliases: byLanguage.default({}),
  capital: z.boolean().optional(),
  kind: z.string().optional(),
  ambiguous: z.boolean().optional(),
});

export const RegionSchema = z.object({
  name: z.string().min(1),
  aliases: byLanguage.default({}),
  countries: z.array(code2).default([]),
  /** Forms that only count after a determiner or locative ("the Gulf", "di Teluk"). */
  needsContext: z.array(z.string()).default([]),
  /** Untracked regions are recognised (so their words are not read as names) but not reported. */
  tracked: z.boolean().default(true),
});

export const PlacesSchema = z.object({
  countries: z.record(code2, CountrySchema).default({}),
  cities: z.array(CitySchema).default([]),
  regions: z.array(RegionSchema).default([]),
});

/** A user gazetteer: any of the bundled sections in one object. */
export const UserGazetteerSchema = z.object({
  organizations: z.array(OrganizationSchema).default([]),
  people: z.array(PersonSchema).default([]),
  countries: z.record(code2, CountrySchema).default({}),
  cities: z.array(CitySchema).default([]),
  regions: z.array(RegionSchema).default([]),
});

export type OrganizationData = z.infer<typeof OrganizationSchema>;
export type PersonData = z.infer<typeof PersonSchema>;
export type CountryData = z.infer<typeof CountrySchema>;
export type CityData = z.infer<typeof CitySchema>;
export type RegionData = z.infer<typeof RegionSchema>;
export type PlacesData = z.infer<typeof PlacesSchema>;
export type UserGazetteer = z.infer<typeof UserGazetteerSchema>;
