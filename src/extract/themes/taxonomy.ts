// The theme taxonomy (data/themes.json): codes, display names and terms per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../../config/paths.js';

const Terms = z.object({ en: z.array(z.string()).default([]), id: z.array(z.string()).default([]) });
const ThemeSchema = z.object({
  code: z.string().regex(/^[a-z][a-z-]*$/),
  broader: z.string().optional(),
  name: z.object({ en: z.string(), id: z.string() }),
  terms: Terms,
  weak: Terms.default({ en: [], id: [] }),
});
const TaxonomySchema = z.object({ themes: z.array(ThemeSchema).min(1), exclude: Terms.default({ en: [], id: [] }) });

export type ThemeDef = z.infer<typeof ThemeSchema>;

let cached: ThemeDef[] | null = null;
let excluded: { en: string[]; id: string[] } = { en: [], id: [] };

/** Phrases that use a theme word in another sense; they count for nothing. */
export function excludedPhrases(): { en: string[]; id: string[] } {
  loadTaxonomy();
  return excluded;
}

export function loadTaxonomy(): ThemeDef[] {
  if (cached) return cached;
  const file = join(dataDir, 'themes.json');
  const parsed = TaxonomySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid taxonomy'}`);
  }
  cached = parsed.data.themes;
  excluded = parsed.data.exclude;
  return cached;
}

export function themeName(code: string, language: 'en' | 'id' = 'en'): string {
  return loadTaxonomy().find((t) => t.code === code)?.name[language] ?? code;
}
