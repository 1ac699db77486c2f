// One sentence as the name rules see it: its tokens, the known names and titles on them, and the
// small lookups every rule shares. Built once per sentence, read by everything under names/.
import type { EntityType } from '../../../domain/types.js';
import type { Doc } from '../../doc.js';
import type { PhraseMatch } from '../../text/phrases.js';
import type { Sentence } from '../../text/segment.js';
import { titleCased, type Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';

/** A token range [start, end) within the sentence. */
export interface Span {
  start: number;
  end: number;
}

/** An institution's short form in brackets inside its name: "BP", "DPMPTSP", "Pemkab". */
export const SHORT_FORM = /^[A-Z](?:[A-Z]{1,7}|[a-z]{2,5}[A-Z]?[a-z]*)$/;

const OPENERS = new Set(['"', '“', '‘', "'", '(', '—', '–', '-', '«', '[']);

/** A Roman numeral as units and commissions are numbered ("Komisi II", "Region IV"). */
export const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** ", M.Sc." / ", Ph.D." / ", S.T., M.Eng.": the degree whose letters and periods follow the comma at i, and where it ends. */
export function degreeAfterComma(doc: Doc, tokens: readonly Token[], i: number): { letters: string; end: number } | undefined {
  let j = i + 1;
  let letters = '';
  while (j < tokens.length && j - i <= 8) {
    const w = tokens[j] as Token;
    if (!(w.kind === 'word' && w.text.length <= 4 && /^\p{Lu}/u.test(w.text) && (j === i + 1 || tokens[j - 1]?.text === '.'))) return undefined;
    letters += w.text;
    j++;
    if (tokens[j]?.text === '.' && !tokens[j]?.spaceBefore) j++;
    if (doc.names.isDegree(letters) && !(tokens[j]?.kind === 'word' && !tokens[j]?.spaceBefore)) {
      const next = tokens[j];
      const nextLetters = next && next.kind === 'word' && next.text.length <= 4 && !next.spaceBefore;
      if (!nextLetters) return { letters, end: j };
    }
  }
  return undefined;
}

/** Marks "Prof. Dr. Ir." before a name and ", M.Sc., Ph.D." after one. */
function markAcademic(doc: Doc, tokens: readonly Token[], ended: (i: number) => boolean): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  const names = doc.names;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    // A title opens a name ("Prof. Ratna"): after a capitalised word it is an initial ("Michael H. Smith").
    // ("Bupati Morowali H. Andi …": a place or an office before it has ended, so it opens one there too.)
    // Indonesian "H."/"Hj." (a pilgrim's honorific) before a capitalised word opens a name wherever it stands.
    const haji = doc.language === 'id' && /^(h|hj)$/i.test(t.text) && !!tokens[i + 2]?.cap;
    // ("Ibu Dra. Hj. Sitti …": after an honorific too.)
    const honorific = !!prev && doc.lexicon.honorifics.matchesAt(tokens, i - 1).some((m) => m.end === i);
    // ("Komisi II Ir. Lamhot …": a unit's number ends its name.)
    const opens = !prev || prev.kind !== 'word' || !prev.cap || out[i - 2] === true || ended(i - 1) || haji || honorific || ROMAN.test(prev.text);
    if (t.kind === 'word' && names.isAcademicTitle(t.text) && tokens[i + 1]?.text === '.' && opens) {
      out[i] = true;
      out[i + 1] = true;
    }
    if (t.text !== ',') continue;
    const degree = degreeAfterComma(doc, tokens, i);
    if (degree) for (let k = i + 1; k < degree.end; k++) out[k] = true;
  }
  return out;
}

export class SentenceView {
  readonly tokens: readonly Token[];
  /** Gazetteer mentions of this sentence. */
  readonly known: Mention[];
  /** The known mention covering each token, if any. */
  readonly knownAt: Array<Mention | undefined>;
  /** The title covering each token, if any. */
  readonly titleAt: Array<PhraseMatch<string> | undefined>;
  /** Titles that overlap no known name. */
  readonly titles: Array<PhraseMatch<string>>;
  /** Academic titles before a name ("Prof.", "Dr.", "Ir.") and degrees after one (", M.Sc.", ", S.T."): never part of the name. */
  readonly academicAt: boolean[];
  private orgSpans: Span[] | null = null;

  constructor(
    readonly doc: Doc,
    readonly sentence: Sentence,
    gazetteerMentions: Mention[],
    /** compromise's organisation spans, computed only if a name is still undecided (a parse costs more than all the rest). */
    private readonly compromiseSpans: () => { orgs: Span[] },
  ) {
    this.tokens = sentence.tokens;
    this.known = gazetteerMentions;
    this.knownAt = new Array(sentence.tokens.length).fill(undefined);
    for (const m of gazetteerMentions) for (let k = m.start; k < m.end; k++) this.knownAt[k] = m;
    this.titles = doc.lexicon.titles.findAll(sentence.tokens).filter((t) => {
      for (let k = t.start; k < t.end; k++) if (this.knownAt[k]) return false;
      // "Gubernur Kepulauan Riau Raja Azhar Hamidi": after an office and its area, "Raja" opens a Malay name.
      const prev = sentence.tokens[t.start - 1];
      const next = sentence.tokens[t.end];
      if (t.end - t.start === 1 && doc.names.isTitleInName(sentence.tokens[t.start]?.text ?? '')) {
        const plain = (k: number): boolean => {
          const w = sentence.tokens[k];
          return !!w && titleCased(w) && !this.knownAt[k];
        };
        // ("Yosefina Ndapa Ratu, S.Kom.": closing a name, before a comma or the sentence's end.)
        if (plain(t.start - 1) && (!next || next.kind !== 'word')) return false;
        // ("H. Raja Ahmad Fadli", "kata Raja Ahmad Fadli": after a pilgrim's title, or before two plain name words —
        // a king is "Raja Salman", "Raja Charles III".)
        const inName = (prev?.cap && prev.kind === 'word') || prev?.text === '.' || (plain(t.end) && plain(t.end + 1));
        if (inName && next?.cap && next.kind === 'word') return false;
      }
      return !this.insideOrgName(t.start, t.end);
    });
    this.titleAt = new Array(sentence.tokens.length).fill(undefined);
    for (const t of this.titles) for (let k = t.start; k < t.end; k++) this.titleAt[k] = t;
    this.academicAt = markAcademic(doc, sentence.tokens, (i) => !!this.titleAt[i] || (this.knownAt[i]?.type ?? 'Person') !== 'Person');
  }

  /**
   * "Biro Administrasi Pimpinan Setda Jateng": a one-word office inside a capitalised run that an
   * organisation's head word opened, and that goes on past it, is part of that name.
   */
  private insideOrgName(start: number, end: number): boolean {
    if (end - start !== 1) return false;
    const next = this.tokens[end];
    if (!next || next.kind !== 'word' || !next.cap || this.doc.names.isGivenName(next.text)) return false;
    for (let k = start - 1; k >= 0 && start - k <= 3; k--) {
      const t = this.tokens[k] as Token;
      if (t.kind !== 'word' || !t.cap) return false;
      if (this.doc.lexicon.orgHeads.has(t.norm)) return true;
    }
    return false;
  }

  /** compromise's organisation spans (English only). */
  get compromiseOrgs(): Span[] {
    this.orgSpans ??= this.compromiseSpans().orgs;
    return this.orgSpans;
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  word(i: number): boolean {
    return this.tok(i)?.kind === 'word';
  }

  text(a: number, b: number): string {
    const first = this.tok(a) as Token;
    const last = this.tok(b - 1) as Token;
    return this.doc.article.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  }

  words(a: number, b: number): Token[] {
    return this.tokens.slice(a, b).filter((t) => t.kind === 'word');
  }

  wordsOk(a: number, b: number): boolean {
    return !this.tokens.slice(a, b).some((t) => /\d/.test(t.text));
  }

  mention(a0: number, b: number, type: EntityType, extra: Partial<Mention> = {}): Mention {
    // ("the Emirates Data Office": a known name's article is no part of a new organisation's.)
    const a = type === 'Organization' && b - a0 > 2 && this.tok(a0)?.norm === 'the' ? a0 + 1 : a0;
    // "Badan Pengusahaan (BP) Batam" is named "Badan Pengusahaan Batam"; "(Persero)" stays, it is part of the legal name.
    const name = this.text(a, b)
      .replace(/\s*\(([^()\s]+)\)\s*/g, (all, inner: string) => (inner !== 'Persero' && SHORT_FORM.test(inner) ? ' ' : all))
      .trim();
    return { sentence: this.sentence.index, start: a, end: b, type, name, via: 'rule', ...extra };
  }

  /** The sentence-initial slot: the first word, or the first after an opening quote or dateline dash. */
  startish(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.tok(k) as Token;
      if (t.kind === 'word' || t.kind === 'number') return false;
      if (OPENERS.has(t.text) || t.text === ':') return true;
    }
    return true;
  }

  titleEndingAt(i: number): PhraseMatch<string> | undefined {
    // Title right before i, or before a comma or a period right before i ("chief executive, Sam Altman", "Prof. Arief").
    const direct = this.titles.find((t) => t.end === i);
    if (direct) return direct;
    if (this.tok(i - 1)?.text === ',' || this.tok(i - 1)?.text === '.') return this.titles.find((t) => t.end === i - 1);
    return undefined;
  }

  knownEndingAt(i: number): Mention | undefined {
    return this.known.find((m) => m.end === i);
  }

  /** The known name ending at i, or right before a short form in brackets that ends there ("Kalimantan Utara (Kaltara)"). */
  knownBeforeShortForm(i: number): Mention | undefined {
    return this.knownEndingAt(i) ?? (this.tok(i - 1)?.text === ')' && this.tok(i - 3)?.text === '(' ? this.knownEndingAt(i - 3) : undefined);
  }
}
