// Name-shape data (data/lexicon/names.json) plus compromise's English first-name lexicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { dataDir } from '../../config/paths.js';
import { fold } from '../text/normalize.js';

const NamesSchema = z.object({
  givenNames: z.array(z.string()),
  familyNamesFirst: z.array(z.string()),
  nameParticles: z.array(z.string()),
  ministryPortfolios: z.object({ en: z.array(z.string()), id: z.array(z.string()) }),
  products: z.array(z.string()).default([]),
  /** Academic and religious titles written before a name ("Prof.", "Dr.", "Ir.", "Hj."). */
  academicTitles: z.array(z.string()).default([]),
  /** Degrees written after a name, letters only ("M.Sc." → "MSc", "S.T." → "ST"). */
  degrees: z.array(z.string()).default([]),
  /** Given names written short with a period ("Ma." for Maria, "Muh." for Muhammad). */
  abbreviatedGivenNames: z.array(z.string()).default([]),
  particlesByLanguage: z.record(z.string(), z.array(z.string())).default({}),
  /** Royal titles that Malay names carry as their first word ("Raja Azhar", "Tengku Zafrul"). */
  titlesInNames: z.array(z.string()).default([]),
  /** "bin", "binti", "ibn": what follows is a father's name, whatever else it spells ("Faisal bin Turki"). */
  patronymics: z.array(z.string()).default([]),
  /** Words that open a name before its given name ("I Gusti Ayu …", "Ni Luh …", "Teuku Rizal …"); case kept. */
  nameOpeners: z.array(z.string()).default([]),
  /** Given names that tell a gender, for the traditions compromise's English lexicon lacks. */
  genderedGivenNames: z.object({ f: z.array(z.string()), m: z.array(z.string()) }).default({ f: [], m: [] }),
  /** Honorifics that tell a gender ("Ms", "Ibu", "Sheikha"), multi-word ones with spaces. */
  genderedHonorifics: z.object({ f: z.array(z.string()), m: z.array(z.string()) }).default({ f: [], m: [] }),
});

export type Gender = 'm' | 'f';

export interface NameData {
  /** Folded given names: bundled list and compromise's first names. */
  isGivenName(word: string): boolean;
  isFamilyNameFirst(word: string): boolean;
  particles: ReadonlySet<string>;
  /** The gender a given name tells: the bundled lists first, then compromise's English names. */
  genderOfGivenName(word: string): Gender | undefined;
  /** The gender an honorific phrase tells ("ms", "tan sri", "ibu"), folded, words joined by one space. */
  genderOfHonorific(phrase: string): Gender | undefined;
  patronymics: ReadonlySet<string>;
  /** "I", "Ni", "Teuku": a word, spelled so, that opens a name before its given name. */
  isNameOpener(word: string): boolean;
  /** Name particles a language allows (Indonesian "di" is a preposition, never an Italian particle). */
  particlesFor(language: string): ReadonlySet<string>;
  portfolio: { en: ReadonlySet<string>; id: ReadonlySet<string> };
  /** Product names (ChatGPT, Blackwell): never a person or an organisation. */
  isProduct(word: string): boolean;
  /** An academic or religious title before a name ("prof", "dr", "ir", "hj"). */
  isAcademicTitle(word: string): boolean;
  /** Where the academic titles right before position `at` begin ("Dr. Ir. H. Wicaksono": back to "Dr"). */
  titlesStartBefore(tokens: readonly { text: string }[], at: number): number;
  /** Letters of a degree written after a name ("msc", "st", "phd"). */
  isDegree(letters: string): boolean;
  /** "Ma", "Muh": a given name written short, its period part of the name. */
  isAbbreviatedGivenName(word: string): boolean;
  /** "Raja", "Tengku": a royal title that may open a Malay name. */
  isTitleInName(word: string): boolean;
  /** compromise's tag for an English word, if it has one (e.g. 'MaleName', 'Noun'). */
  englishTag(word: string): string | undefined;
}

let cached: NameData | null = null;

export function loadNames(): NameData {
  if (cached) return cached;
  const file = join(dataDir, 'lexicon', 'names.json');
  const parsed = NamesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const d = parsed.data;
  const given = new Set(d.givenNames.map(fold));
  const family = new Set(d.familyNamesFirst.map(fold));
  const products = new Set(d.products.map(fold));
  const academic = new Set(d.academicTitles.map(fold));
  const degrees = new Set(d.degrees.map(fold));
  const shortGiven = new Set(d.abbreviatedGivenNames.map(fold));
  const inNames = new Set(d.titlesInNames.map(fold));
  const openers = new Set(d.nameOpeners);
  const byGender = (lists: { f: string[]; m: string[] }): Map<string, Gender> =>
    new Map([...lists.f.map((w): [string, Gender] => [fold(w), 'f']), ...lists.m.map((w): [string, Gender] => [fold(w), 'm'])]);
  const givenGender = byGender(d.genderedGivenNames);
  const honorificGender = byGender(d.genderedHonorifics);
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagOf = (w: string): string | undefined => {
    const t = lexicon[w.toLowerCase()];
    return Array.isArray(t) ? t[0] : t;
  };
  cached = {
    isGivenName: (w) => {
      const f = fold(w);
      if (given.has(f) || givenGender.has(f)) return true;
      const tag = tagOf(f);
      return tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName';
    },
    isFamilyNameFirst: (w) => family.has(fold(w)),
    particles: new Set(d.nameParticles.map(fold)),
    genderOfGivenName: (w) => {
      const f = fold(w);
      const listed = givenGender.get(f);
      if (listed) return listed;
      const tag = tagOf(f);
      return tag === 'MaleName' ? 'm' : tag === 'FemaleName' ? 'f' : undefined;
    },
    genderOfHonorific: (phrase) => honorificGender.get(fold(phrase)),
    patronymics: new Set(d.patronymics.map(fold)),
    isNameOpener: (w) => openers.has(w),
    particlesFor: (language) => {
      const list = d.particlesByLanguage[language];
      return list ? new Set(list.map(fold)) : new Set(d.nameParticles.map(fold));
    },
    isProduct: (w) => products.has(fold(w)),
    isAcademicTitle: (w) => academic.has(fold(w)),
    titlesStartBefore: (tokens, at) => {
      let k = at;
      while (k > 0 && (tokens[k - 1]?.text === '.' || academic.has(fold(tokens[k - 1]?.text ?? '')))) k--;
      return k;
    },
    isDegree: (letters) => degrees.has(fold(letters)),
    isAbbreviatedGivenName: (w) => shortGiven.has(fold(w)),
    isTitleInName: (w) => inNames.has(fold(w)),
    portfolio: { en: new Set(d.ministryPortfolios.en.map(fold)), id: new Set(d.ministryPortfolios.id.map(fold)) },
    englishTag: tagOf,
  };
  return cached;
}
