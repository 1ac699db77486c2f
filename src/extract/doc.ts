// The working document every extraction stage reads: the article cut into sentences and tokens,
// with the lexicon of its language and the gazetteer.
import type { Article } from '../domain/types.js';
import type { Gazetteer } from './gazetteer/load.js';
import { lexiconFor, type Lexicon } from './lexicon/load.js';
import { loadNames, type NameData } from './lexicon/names.js';
import { segment, type Sentence } from './text/segment.js';

export interface Doc {
  article: Article;
  language: 'en' | 'id';
  lexicon: Lexicon;
  names: NameData;
  gazetteer: Gazetteer;
  sentences: Sentence[];
  paragraphs: Array<{ start: number; end: number; sentences: number[] }>;
}

export function makeDoc(article: Article, language: 'en' | 'id', gazetteer: Gazetteer): Doc {
  const own = lexiconFor(language);
  const other = lexiconFor(language === 'en' ? 'id' : 'en');
  // Company names cross languages ("LY Corp." in Indonesian news, "PT … Tbk" in English news).
  const lexicon = { ...own, orgSuffixes: new Set([...own.orgSuffixes, ...other.orgSuffixes]) };
  // Abbreviations of both languages: Indonesian news quotes English company names ("LY Corp.").
  const abbreviations = new Set([...own.abbreviations, ...other.abbreviations]);
  const names = loadNames();
  const { sentences, paragraphs } = segment(article.text, abbreviations, (letters) => names.isDegree(letters));
  // A related-article link is a heading of another story: it names things but reports nothing here.
  for (const s of sentences) {
    const m = s.paragraphStart ? lexicon.relatedPrefixes.matchAt(s.tokens, 0) : null;
    if (m && /^[:：»›>|]$/.test(s.tokens[m.end]?.text ?? '')) {
      for (const i of paragraphs[s.paragraph]?.sentences ?? []) {
        const t = sentences[i];
        if (t) {
          t.related = true;
          t.heading = true;
        }
      }
    }
  }
  // "Ezra Halvorsen, CEO, Corvane AI (San Francisco)" over a list of stops: a line naming a person by
  // role is a caption of what follows, not a headline — its names count.
  for (const s of sentences) {
    const comma = s.tokens.findIndex((t) => t.text === ',');
    const role = comma >= 2 ? lexicon.titles.matchAt(s.tokens, comma + 1) : null;
    if (s.heading && role && [',', undefined].includes(s.tokens[role.end]?.text) && s.tokens.slice(0, comma).every((t) => t.cap || t.text === '-')) s.heading = false;
  }
  return { article, language, lexicon, names, gazetteer, sentences, paragraphs };
}
