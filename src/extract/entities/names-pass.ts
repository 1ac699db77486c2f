// Names the gazetteer does not know: runs of capitalised words, split at titles and known names,
// then typed as Person or Organization only on positive evidence (a title, a given name, an
// organisation suffix or cue noun, a photo credit, a speech verb). Anything else is left out:
// a sentence-initial "Meanwhile" or "Selain" must never become an entity.
import type { EntityType } from '../../domain/types.js';
import type { Doc } from '../doc.js';
import type { PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';

interface Span {
  start: number;
  end: number;
}

export interface SentenceNames {
  mentions: Mention[];
  /** Capitalised tokens left untyped: resolution may still tie them to a known name ("Altman"). */
  loose: Span[];
  titles: Array<PhraseMatch<string>>;
}

/** Legal-form abbreviations whose period belongs to the name ("Corp.", "Co.", "Ltd."). */
const ABBREVIATED_SUFFIXES = new Set(['corp', 'co', 'inc', 'ltd', 'plc', 'bhd', 'pte', 'tbk', 'n.v', 'nv', 'ag', 'sa', 'kk', 'jsc']);

/** Prepositions and conjunctions an appositive noun phrase does not hold ("…, a day after the company said"). */
const APPOSITION_BREAKS = new Set(['after', 'before', 'when', 'while', 'since', 'because', 'as', 'in', 'at', 'on', 'with', 'from', 'to', 'by', 'so', 'but', 'although', 'setelah', 'sebelum', 'ketika', 'saat', 'sejak', 'karena', 'ke', 'dari', 'untuk', 'sehingga', 'agar', 'supaya', 'namun', 'tetapi', 'sementara', 'sedangkan', 'meski', 'meskipun']);

/** Words that start a new clause: a cue noun before them describes something else. */
const CLAUSE_BREAKS = new Set(['yang', 'which', 'that', 'and', 'dan', 'but', 'tetapi', 'while', 'sementara', 'or', 'atau', 'who', 'when', 'ketika']);

const OPENERS = new Set(['"', '“', '‘', "'", '(', '—', '–', '-', '«', '[']);

export class NameScanner {
  private readonly tokens: readonly Token[];
  private readonly known: Mention[];
  private readonly knownAt: Array<Mention | undefined>;
  private readonly titleAt: Array<PhraseMatch<string> | undefined>;
  private readonly titles: Array<PhraseMatch<string>>;
  private readonly compromiseOrgs: Span[];
  /** Token positions where a name follows a title's complement and a comma, with the role it gets. */
  private readonly pending = new Map<number, { role: string; roleOrg?: Mention }>();

  constructor(
    private readonly doc: Doc,
    private readonly s: Sentence,
    gazetteerMentions: Mention[],
    compromiseSpans: { orgs: Span[] },
  ) {
    this.tokens = s.tokens;
    this.known = gazetteerMentions;
    this.knownAt = new Array(s.tokens.length).fill(undefined);
    for (const m of gazetteerMentions) for (let k = m.start; k < m.end; k++) this.knownAt[k] = m;
    this.titles = doc.lexicon.titles.findAll(s.tokens).filter((t) => {
      for (let k = t.start; k < t.end; k++) if (this.knownAt[k]) return false;
      return true;
    });
    this.titleAt = new Array(s.tokens.length).fill(undefined);
    for (const t of this.titles) for (let k = t.start; k < t.end; k++) this.titleAt[k] = t;
    this.compromiseOrgs = compromiseSpans.orgs;
    for (const t of this.titles) {
      const at = this.nameAfterComplement(t.end);
      if (at) this.pending.set(at.start, { role: t.value, roleOrg: at.org });
    }
  }

  private titleEndAt(a: number): number {
    const t = this.titleEndingAt(a) ?? (() => {
      const k = this.knownEndingAt(a);
      return k ? this.titleEndingAt(k.start) : undefined;
    })();
    return t ? this.nameAfterComplement(t.end)?.start ?? -1 : -1;
  }

  /** Looks like a verb: the clause goes on, so no apposition follows. */
  private verbLike(t: Token): boolean {
    const lex = this.doc.lexicon;
    if (lex.speechVerbs.has(t.norm) || lex.visitVerbs.has(t.norm) || lex.hostVerbs.has(t.norm) || lex.meetVerbs.matchAt([t], 0)) return true;
    if (this.doc.language === 'id') return /^(me|ber|di|ter)[a-z]{4,}$/.test(t.norm) && !lex.orgCueNouns.matchAt([t], 0);
    const tag = this.doc.names.englishTag(t.norm);
    return !!tag && /Verb|Tense|Infinitive|Gerund|Participle|Copula/.test(tag);
  }

  /**
   * "Group CEO Kestrel Digital Infrastructure Group, Marcus Lim Wei Jie" / "Direktur … Kementerian
   * Perindustrian (Kemenperin), Rizky Anandita": a title, its complement naming an organisation, a
   * comma, then the holder's name. Returns where the name starts.
   */
  private nameAfterComplement(from: number): { start: number; org?: Mention } | undefined {
    const first = this.tok(from);
    if (!first || (first.kind === 'word' && (this.doc.names.isGivenName(first.text) || this.doc.names.isFamilyNameFirst(first.text)) && !this.knownAt[from])) return undefined;
    let org: Mention | undefined;
    let sawOrgWord = false;
    for (let k = from; k < Math.min(this.tokens.length, from + 16); k++) {
      const t = this.tok(k) as Token;
      if (t.text === '.' || t.text === ';' || t.text === '"' || t.text === '“') return undefined;
      const known = this.knownAt[k];
      if (known?.type === 'Person') return undefined;
      if (known?.type === 'Organization') org ??= known;
      if (this.doc.lexicon.orgHeads.has(t.norm) || this.doc.lexicon.orgSuffixes.has(t.norm) || this.doc.lexicon.orgCueNouns.matchAt(this.tokens, k)) sawOrgWord = true;
      if (t.kind === 'word' && !t.cap && this.verbLike(t)) return undefined;
      if (t.norm === 'ai' && k > from && (this.tok(k - 1) as Token).cap) sawOrgWord = true;
      if (t.text === ',') {
        const next = this.tok(k + 1);
        if (k === from || !next || next.kind !== 'word' || !next.cap || this.knownAt[k + 1]?.type === 'Organization') return undefined;
        if (org || sawOrgWord) return { start: k + 1, org };
        // "CEO Nordlys, Ingrid Solberg": a short capitalised complement that is no name, then a name.
        const complement = this.tokens.slice(from, k);
        const nameAfter = this.tok(k + 2)?.kind === 'word' && this.tok(k + 2)?.cap;
        const allCaps = complement.every((x) => x.kind === 'word' && x.cap);
        return allCaps && complement.length <= 4 && nameAfter && !this.personShape(from, k) ? { start: k + 1, org } : undefined;
      }
    }
    return undefined;
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private word(i: number): boolean {
    return this.tok(i)?.kind === 'word';
  }

  private nameToken(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    if (this.knownAt[i]) return true;
    if (this.titleAt[i] && !this.inHeadRun(i)) return false;
    if (t.kind === 'number') return false;
    if (t.kind !== 'word') return false;
    // "Lontar AI", "Sakana AI": AI closes the name of a company nobody knows yet.
    if (t.norm === 'ai' && i > 0 && (this.tok(i - 1) as Token).cap && !this.knownAt[i - 1] && !this.titleAt[i - 1]) return true;
    if (this.doc.lexicon.notNames.has(t.norm) || this.doc.lexicon.dayWords.has(t.norm) || this.doc.names.isProduct(t.norm)) return false;
    // Capitalised, or a word with a capital inside ("xAI", "iPhone" style brand names).
    return t.cap || /\p{Lu}/u.test(t.text.slice(1));
  }

  /** The sentence-initial slot: the first word, or the first after an opening quote or dateline dash. */
  private startish(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.tok(k) as Token;
      if (t.kind === 'word' || t.kind === 'number') return false;
      if (OPENERS.has(t.text) || t.text === ':') return true;
    }
    return true;
  }

  private headRun(start: number): boolean {
    const t = this.tok(start);
    if (!t) return false;
    const heads = this.doc.lexicon.orgHeads;
    const en = this.doc.language === 'en';
    return heads.has(t.norm) || (!en && this.doc.lexicon.orgPrefixes.matchAt(this.tokens, start) !== null) || t.norm === 'international';
  }

  /** Capitalised words from i on end in a legal form (Ltd, Inc., Corp., GmbH …). */
  private endsInLegalForm(i: number): boolean {
    let k = i;
    while (this.word(k) && (this.tok(k) as Token).cap && k - i < 5) {
      if (ABBREVIATED_SUFFIXES.has((this.tok(k) as Token).norm) || ['gmbh', 'limited', 'llc', 'corporation'].includes((this.tok(k) as Token).norm)) return true;
      k++;
    }
    return false;
  }

  /** An organisation head word ("Ministry", "Universitas", "Biro") anywhere in [start, end). */
  private headWithin(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const t = this.tok(k) as Token;
      if (this.doc.lexicon.orgHeads.has(t.norm) || (k === start && this.headRun(k))) return true;
    }
    return false;
  }

  /** A title word inside a name that an organisation head opens ("Biro Pers Sekretariat Presiden", "Office of the President"). */
  private inHeadRun(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
      const t = this.tok(k) as Token;
      if (t.kind !== 'word' || !(t.cap || ['of', 'the', 'dan', 'and'].includes(t.norm))) return false;
      if (this.doc.lexicon.orgHeads.has(t.norm) || this.headRun(k)) return true;
    }
    return false;
  }

  /** Maximal runs of name tokens, joined by hyphens, '&', initials and name particles. */
  runs(): Span[] {
    const out: Span[] = [];
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      if (!this.nameToken(i)) {
        i++;
        continue;
      }
      const start = i;
      let end = i + 1;
      for (;;) {
        const t = this.tok(end);
        if (!t) break;
        if (this.nameToken(end)) {
          // A known name never swallows the next one unless it is glued to it by a hyphen.
          end++;
          continue;
        }
        const next = this.tok(end + 1);
        const prev = this.tok(end - 1) as Token;
        if (t.text === '&' && next?.cap && this.nameToken(end + 1)) {
          end += 2;
          continue;
        }
        if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && this.nameToken(end + 1)) {
          end += 2;
          continue;
        }
        // Hyphenated given names: "Jae-myung", "Do-hyun" (short syllables on both sides).
        if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && next.kind === 'word' && !next.cap && prev.cap && !this.knownAt[end - 1] && prev.text.length <= 5 && next.text.length <= 5) {
          end += 2;
          continue;
        }
        // "Biro Pers, Media, dan Informasi …": a list of portfolios inside an institution's name.
        if (t.text === ',' && next?.cap && this.headWithin(start, end) && this.tokens.slice(end + 1, end + 5).some((x) => x.norm === 'dan' || x.norm === 'and')) {
          end += 1;
          continue;
        }
        if (t.text === ',' && (next?.norm === 'dan' || next?.norm === 'and') && this.tok(end + 2)?.cap && this.headWithin(start, end)) {
          end += 2;
          continue;
        }
        // "Daishin Electronics Holdings Co., Ltd.": the legal suffix after a comma is part of the name.
        if (t.text === ',' && next && ['ltd', 'inc', 'llc', 'limited'].includes(next.norm) && ABBREVIATED_SUFFIXES.has(this.tok(end - 2)?.norm ?? '') && this.tok(end - 1)?.text === '.') {
          end += 2;
          if (this.tok(end)?.text === '.' && !this.tok(end)?.spaceBefore) end++;
          continue;
        }
        // "CG Power and Industrial Solutions Ltd": 'and' inside a name that ends in a legal form.
        const leftComplete = prev.text === '.' || ABBREVIATED_SUFFIXES.has(prev.norm) || ['gmbh', 'limited', 'llc'].includes(prev.norm) || !!this.knownAt[end - 1];
        if (t.norm === 'and' && next?.cap && !leftComplete && this.endsInLegalForm(end + 1)) {
          end += 2;
          continue;
        }
        if (t.text === '(' && this.tok(end + 1)?.norm === 'persero' && this.tok(end + 2)?.text === ')') {
          end += 3;
          continue;
        }
        if (t.text === '.' && !t.spaceBefore && prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATED_SUFFIXES.has(prev.norm))) {
          end++;
          continue;
        }
        if (t.kind === 'word' && !t.cap && next && this.nameToken(end + 1)) {
          if (this.doc.names.particlesFor(this.doc.language).has(t.norm)) {
            end += 2;
            continue;
          }
          const joinsKnownOrg = this.knownAt[end + 1]?.type === 'Organization' && (t.norm === 'and' || t.norm === 'dan');
          if ((t.norm === 'of' || t.norm === 'and' || t.norm === 'dan' || t.norm === 'for' || t.norm === 'the') && this.headWithin(start, end) && !joinsKnownOrg) {
            end += 2;
            continue;
          }
        }
        break;
      }
      out.push({ start, end });
      i = end;
    }
    return out;
  }

  private text(a: number, b: number): string {
    const first = this.tok(a) as Token;
    const last = this.tok(b - 1) as Token;
    return this.doc.article.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  }

  private words(a: number, b: number): Token[] {
    return this.tokens.slice(a, b).filter((t) => t.kind === 'word');
  }

  private mention(a: number, b: number, type: EntityType, extra: Partial<Mention> = {}): Mention {
    return { sentence: this.s.index, start: a, end: b, type, name: this.text(a, b), via: 'rule', ...extra };
  }

  private titleEndingAt(i: number): PhraseMatch<string> | undefined {
    // Title right before i, or before a comma or a period right before i ("chief executive, Sam Altman", "Prof. Arief").
    const direct = this.titles.find((t) => t.end === i);
    if (direct) return direct;
    if (this.tok(i - 1)?.text === ',' || this.tok(i - 1)?.text === '.') return this.titles.find((t) => t.end === i - 1);
    return undefined;
  }

  /** "Minister of Communications and Information Technology Abdullah Alswaha": a minister's title behind its portfolio. */
  private ministerBefore(a: number): PhraseMatch<string> | undefined {
    const portfolio = this.doc.names.portfolio[this.doc.language];
    for (let k = a - 1; k >= 0 && a - k <= 12; k--) {
      const t = this.tok(k) as Token;
      const title = this.titles.find((x) => x.end === k + 1);
      if (title && ['minister', 'secretary', 'deputy minister'].includes(title.value)) return title;
      if (!(portfolio.has(t.norm) || t.text === ',' || t.norm === 'of' || t.norm === 'for' || t.norm === 'and' || t.norm === 'dan')) return undefined;
    }
    return undefined;
  }

  private knownEndingAt(i: number): Mention | undefined {
    return this.known.find((m) => m.end === i);
  }

  private personShape(a: number, b: number): boolean {
    const words = this.words(a, b);
    if (words.length < 2 || words.length > 6) return false;
    if (this.tokens.slice(a, b).some((t) => t.kind === 'number' || /\d/.test(t.text))) return false;
    const first = words[0] as Token;
    const { names } = this.doc;
    if (names.isGivenName(first.text)) return true;
    // Family name first: "Kim Yong-beom", "Xi Jinping", "Peng Xiao".
    return names.isFamilyNameFirst(first.text) && words.length <= 4;
  }

  private wordsOk(a: number, b: number): boolean {
    return !this.tokens.slice(a, b).some((t) => /\d/.test(t.text));
  }

  private speechAround(a: number, b: number): boolean {
    const lex = this.doc.lexicon;
    const next = this.tok(b)?.text === ',' ? this.tok(b + 1) : this.tok(b);
    if (next && next.kind === 'word' && lex.speechVerbs.has(next.norm)) return true;
    // "Menurut Larasati Wibowo, …" / "according to Kim Do-hyun, …"
    const before = this.tok(a - 1);
    if (before && (before.norm === 'menurut' || (before.norm === 'to' && this.tok(a - 2)?.norm === 'according')) && this.tok(b)?.text === ',') return true;
    // "said X" / "ujar Altman" / "kata Budi Arie".
    const prev = this.tok(a - 1);
    return !!prev && prev.kind === 'word' && lex.speechVerbs.has(prev.norm) && (this.tok(b)?.text === '.' || this.tok(b)?.text === ',' || b >= this.tokens.length);
  }

  /** ", the president's chief of staff," / ", G42's group chief executive," / ", yang memimpin … sebagai presiden direktur". */
  private appositionAfter(b: number): 'person' | 'org' | null {
    if (this.tok(b)?.text !== ',') return null;
    const lex = this.doc.lexicon;
    let wordsSeen = 0;
    for (let k = b + 1; k < this.tokens.length && wordsSeen < 9; k++) {
      const t = this.tok(k) as Token;
      if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')') break;
      if (t.kind === 'word') wordsSeen++;
      // The apposition describes; a named person or a verb means the clause has moved on.
      const known = this.knownAt[k];
      if (known && known.type === 'Person') return null;
      if (lex.speechVerbs.has(t.norm) || lex.visitVerbs.has(t.norm) || APPOSITION_BREAKS.has(t.norm)) return null;
      if (this.titleAt[k] && (k === b + 1 || !this.titleAt[k - 1])) return 'person';
      const cue = lex.orgCueNouns.matchAt(this.tokens, k);
      // "the company's new effort": a possessive cue noun is not the head of the phrase.
      const possessive = cue && this.tok(cue.end)?.text.match(/^['’]$/);
      if (cue && !t.cap && !possessive && wordsSeen <= 6) return 'org';
    }
    return null;
  }

  /** An organisation cue before the name: "startup asal China, DeepSeek", "konsultan Kearney", "technology group G42". */
  private orgCueBefore(a: number): boolean {
    const lex = this.doc.lexicon;
    let k = a - 1;
    let gapWords = 0;
    let loose = false;
    while (k >= 0 && a - k <= 8) {
      const t = this.tok(k) as Token;
      const cue = lex.orgCueNouns.matchesAt(this.tokens, k).find((m) => m.end === k + 1 || m.end === a || m.end >= k + 1);
      if (cue && !t.cap) return gapWords <= 1 || loose;
      const known = this.knownAt[k];
      if (known && known.type !== 'Country' && known.type !== 'City' && known.type !== 'Region') return false;
      if (t.text === ',' || t.norm === 'asal' || t.norm === 'bernama' || t.norm === 'named' || t.norm === 'called' || known) {
        loose = true;
      } else if (t.kind === 'word' && !t.cap) {
        gapWords++;
        if (CLAUSE_BREAKS.has(t.norm) || lex.speechVerbs.has(t.norm)) return false;
      } else if (t.kind === 'word' && t.cap && !this.knownAt[k]) {
        if (t.norm !== 'ai') return false;
      } else if (t.kind !== 'word') {
        return false;
      }
      k--;
    }
    return false;
  }

  private creditBefore(a: number): boolean {
    const colon = this.tok(a - 1);
    const cue = this.tok(a - 2);
    return colon?.text === ':' && !!cue && this.doc.lexicon.creditCues.has(cue.norm);
  }

  /** "Oracle chairman Larry Ellison", "Nscale CEO Josh Payne": an org right before a title. */
  private titleAfter(b: number): boolean {
    return this.titles.some((t) => t.start === b);
  }

  /** The title starting at b is followed by a capitalised name ("Fjordlight chief executive Ingrid Solberg"). */
  private capitalisedAfterTitle(b: number): boolean {
    const title = this.titles.find((t) => t.start === b);
    const next = title ? this.tok(title.end) : undefined;
    return !!next && next.kind === 'word' && next.cap;
  }

  private possessiveOrgBefore(a: number): boolean {
    // "Nvidia's Jensen Huang", "Hyundai's Euisun Chung"
    const s = this.tok(a - 1);
    const q = this.tok(a - 2);
    const org = this.knownEndingAt(a - 2);
    return s?.norm === 's' && (q?.text === "'" || q?.text === '’') && !!org && org.type === 'Organization';
  }

  private inOrgList(a: number, b: number, found: readonly Mention[]): boolean {
    const joiners = new Set([',', 'and', 'dan', 'serta', '&', 'or', 'atau']);
    const orgEnding = (i: number): boolean => [...this.known, ...found].some((m) => m.end === i && m.type === 'Organization');
    const orgStarting = (i: number): boolean => [...this.known, ...found].some((m) => m.start === i && m.type === 'Organization');
    const prev = this.tok(a - 1);
    const next = this.tok(b);
    const prevOk = !!prev && joiners.has(prev.norm) && orgEnding(a - 1);
    const nextOk = !!next && joiners.has(next.norm) && (orgStarting(b + 1) || (this.tok(b + 1)?.norm === 'and' && orgStarting(b + 2)));
    return prevOk || nextOk;
  }

  private compromiseSays(spans: Span[], a: number, b: number): boolean {
    return spans.some((sp) => sp.start <= a && sp.end >= b);
  }

  private orgShaped(a: number, b: number): boolean {
    const words = this.words(a, b);
    const last = words[words.length - 1];
    const lex = this.doc.lexicon;
    if (!last) return false;
    if (words.length >= 2 && lex.orgSuffixes.has(last.norm)) return true;
    return this.headRun(a) && words.length >= 2;
  }

  /** Strip a sentence-initial common word ("Meanwhile", "Selain", "Pemerintah") from the front of a segment. */
  private trimCommonStart(a: number, b: number): number {
    const lex = this.doc.lexicon;
    let i = a;
    while (i < b && this.startish(i) && !this.knownAt[i]) {
      const t = this.tok(i) as Token;
      if (t.kind !== 'word') {
        i++;
        continue;
      }
      const tag = this.doc.language === 'en' ? this.doc.names.englishTag(t.norm) : undefined;
      const next = this.tok(i + 1);
      if (this.doc.names.isFamilyNameFirst(t.text) && next && next.cap && i + 1 < b) break;
      const common =
        lex.stopwords.has(t.norm) ||
        (tag !== undefined && !/Name|Person|Organization|Place|Country|City|ProperNoun/.test(tag) && !this.doc.names.isGivenName(t.text));
      if (!common) break;
      i++;
    }
    return i;
  }

  private classify(a0: number, b: number, found: Mention[]): Mention[] {
    const lex = this.doc.lexicon;
    const a = this.trimCommonStart(a0, b);
    if (a >= b || this.words(a, b).length === 0) return [];
    const title = this.titleEndingAt(a) ?? this.ministerBefore(a);
    // Title, then an organisation and a person: "CEO Nscale Josh Payne", "Menteri Luar Negeri Takeshi Iwaya".
    const titleBeforeKnown = (() => {
      const k = this.knownEndingAt(a);
      return k && (k.type === 'Organization' || k.type === 'Country') ? this.titleEndingAt(k.start) : undefined;
    })();
    const honorific = lex.honorifics.matchesAt(this.tokens, a).find((m) => m.end < b);
    if (honorific) {
      let start = honorific.end;
      while (start < b && !this.word(start)) start++;
      return start < b && this.wordsOk(start, b) ? [this.mention(start, b, 'Person', { role: this.pending.get(a)?.role })] : [];
    }

    if (title || titleBeforeKnown) {
      const role = (title ?? titleBeforeKnown)?.value;
      // "Direktur … Kementerian Perindustrian (Kemenperin), Rizky Anandita": the name comes after the comma.
      if (this.pending.has(this.titleEndAt(a))) return this.orgShaped(a, b) ? [this.mention(a, b, 'Organization')] : [];
      let p = a;
      // After a minister's title come the portfolio words, then the name.
      const portfolio = this.doc.names.portfolio[this.doc.language];
      if (role === 'minister' || role === 'secretary' || role === 'deputy minister') {
        // Portfolio words, a country ("… Industri Jepang"), an acronym ("Menteri ESDM") come before the name.
        const skippable = (k: number): boolean => {
          const t = this.tok(k) as Token;
          const known = this.knownAt[k];
          return portfolio.has(t.norm) || !this.word(k) || (!!known && known.type !== 'Person') || /^[A-Z]{2,6}$/.test(t.text);
        };
        while (p < b && skippable(p)) p++;
        if (p >= b) return [];
        return this.wordsOk(p, b) && this.words(p, b).length <= 5 ? [this.mention(p, b, 'Person', { role })] : [];
      }
      if (this.orgShaped(a, b)) return [this.mention(a, b, 'Organization')];
      // "Wakil Rektor Bidang Riset, …": the field of an office, not a name.
      if (['bidang', 'urusan'].includes((this.tok(a) as Token).norm)) return [];
      // "CEO Lontar AI Bimo Satrianto": an organisation's closing word splits it from the name after it.
      for (let j = a + 1; j < b - 1; j++) {
        const t = this.tok(j) as Token;
        if (t.text === ')' && this.tok(j - 1)?.norm === 'persero' && this.word(j + 1) && (this.tok(j + 1) as Token).cap) {
          const org = this.mention(a, j + 1, 'Organization');
          return [org, this.mention(j + 1, b, 'Person', { role, roleOrg: org })];
        }
        if ((t.norm === 'ai' || this.doc.lexicon.orgSuffixes.has(t.norm)) && this.word(j + 1) && (this.tok(j + 1) as Token).cap) {
          const org = this.mention(a, j + 1, 'Organization');
          return [org, this.mention(j + 1, b, 'Person', { role, roleOrg: org })];
        }
      }
      // A given name or a family-name-first name inside the segment marks where the person starts.
      let k = p;
      while (k < b && !(this.word(k) && (this.doc.names.isGivenName((this.tok(k) as Token).text) || this.doc.names.isFamilyNameFirst((this.tok(k) as Token).text)))) k++;
      const out: Mention[] = [];
      let personStart = p;
      if (k > p && k < b && this.words(k, b).length >= 1) {
        if (!title || p === a) {
          const org = this.mention(p, k, 'Organization');
          if (this.wordsOk(p, k) && this.words(p, k).length <= 4) out.push(org);
        }
        personStart = k;
      }
      if (this.wordsOk(personStart, b) && this.words(personStart, b).length <= 5) {
        const orgMention = out[0] ?? (titleBeforeKnown ? this.knownEndingAt(a) : undefined);
        out.push(this.mention(personStart, b, 'Person', { role, roleOrg: orgMention?.type === 'Organization' ? orgMention : undefined }));
      }
      return out;
    }

    const pendingRole = this.pending.get(a);
    if (pendingRole) return this.wordsOk(a, b) && this.words(a, b).length <= 5 ? [this.mention(a, b, 'Person', pendingRole)] : [];

    if (this.creditBefore(a)) return [this.mention(a, b, 'Organization')];
    if (this.orgShaped(a, b)) return [this.mention(a, b, 'Organization')];

    // "di Batam dan Bintan": a name joined to a known place is a place the gazetteer lacks, not an organisation.
    const joinedTo = ['dan', 'and', ',', 'serta', 'or', 'atau'].includes(this.tok(a - 1)?.norm ?? '') ? this.knownAt[a - 2] : undefined;
    if (joinedTo && (joinedTo.type === 'City' || joinedTo.type === 'Country') && !this.orgShaped(a, b)) return [];
    const apposition = this.appositionAfter(b);
    const words = this.words(a, b);
    const single = words.length === 1;

    if (this.possessiveOrgBefore(a) && !single && this.wordsOk(a, b)) return [this.mention(a, b, 'Person')];
    // "said Priya Raman, a partner at …": the speaker of a quote is a person, whatever the apposition says.
    const prevWord = this.tok(a - 1);
    if (prevWord && lex.speechVerbs.has(prevWord.norm) && this.wordsOk(a, b) && words.length >= 2 && words.length <= 4 && !this.orgShaped(a, b)) {
      return [this.mention(a, b, 'Person')];
    }
    // An organisation cue ("startup asal Jepang, Sakura Compute") outweighs a name that could be a given name.
    if (this.orgCueBefore(a)) return [this.mention(a, b, 'Organization')];
    if (this.personShape(a, b)) return [this.mention(a, b, 'Person')];
    if (apposition === 'person' && this.wordsOk(a, b) && words.length <= 5) return [this.mention(a, b, 'Person')];
    if (apposition === 'org') return [this.mention(a, b, 'Organization')];
    if (this.titleAfter(b) && this.capitalisedAfterTitle(b)) return [this.mention(a, b, 'Organization')];
    if (this.orgCueBefore(a)) return [this.mention(a, b, 'Organization')];
    if (this.speechAround(a, b) && this.wordsOk(a, b) && words.length <= 4) return [this.mention(a, b, 'Person')];
    if (this.inOrgList(a, b, found) && words.length <= 4) return [this.mention(a, b, 'Organization')];
    // A known surname closing a short name ("… Huang", "… Ellison").
    const lastTag = this.doc.names.englishTag((words[words.length - 1] as Token).norm);
    if (!single && words.length <= 3 && lastTag === 'LastName' && this.wordsOk(a, b) && !this.startish(a)) return [this.mention(a, b, 'Person')];
    if (this.doc.language === 'en' && !single && this.wordsOk(a, b) && this.compromiseSays(this.compromiseOrgs, a, b)) {
      return [this.mention(a, b, 'Organization')];
    }
    return [];
  }

  /**
   * A run holding a known organisation followed by unknown capitalised words that end like an
   * organisation ("Samsung Heavy Industries", "SK Telecom", "Samsung SDS"), or a run an
   * organisation cue introduces ("usaha patungan bernama SB OpenAI Japan"), is one new organisation.
   */
  private wholeRunOrg(run: Span): boolean {
    const inside = this.known.filter((m) => m.start >= run.start && m.end <= run.end);
    if (inside.length === 0 || inside.some((m) => m.type === 'Person')) return false;
    const unknown: number[] = [];
    for (let k = run.start; k < run.end; k++) if (!this.knownAt[k] && this.word(k)) unknown.push(k);
    const firstKnown = inside[0] as Mention;
    // "PT PLN Batam": a legal name opened by PT runs to the end of the capitalised words.
    if (firstKnown.type === 'Organization' && firstKnown.start === run.start && (this.tok(run.start) as Token).norm === 'pt' && firstKnown.end < run.end) return true;
    if (unknown.length === 0) return false;
    const lastWord = this.words(run.start, run.end).at(-1) as Token;
    if (this.titles.some((t) => t.start >= run.start && t.end <= run.end) && !this.headRun(run.start)) return false;
    if (this.doc.lexicon.orgSuffixes.has(lastWord.norm) && !this.knownAt[run.end - 1]) return true;
    if (this.headRun(run.start)) return true;
    // Known organisation + an acronym ("Samsung SDS", "Samsung C&T").
    if (firstKnown.type === 'Organization' && firstKnown.start === run.start) {
      const tail = this.tokens.slice(firstKnown.end, run.end);
      const tailText = tail.map((t) => t.text).join('');
      if (/^[A-Z&]{2,5}$/.test(tailText)) return true;
    }
    return this.orgCueBefore(run.start) && unknown.length > 0;
  }

  scan(): SentenceNames {
    const mentions: Mention[] = [];
    const loose: Span[] = [];
    if (this.s.heading) return { mentions, loose, titles: this.titles };
    for (const run of this.runs()) {
      if (this.wholeRunOrg(run)) {
        mentions.push(this.mention(run.start, run.end, 'Organization'));
        continue;
      }
      // Split the run at known names; classify the unknown pieces.
      let k = run.start;
      while (k < run.end) {
        if (this.knownAt[k]) {
          k = (this.knownAt[k] as Mention).end;
          continue;
        }
        let e = k;
        while (e < run.end && !this.knownAt[e]) e++;
        const found = this.classify(k, e, mentions);
        // "Finnish Industry Investment": a demonym opening the run is part of a new organisation's name.
        const demonym = this.knownAt[k - 1];
        for (const m of found) {
          if (m.type === 'Organization' && m.start === k && demonym?.demonym && demonym.start >= run.start && demonym.end === k) {
            m.start = demonym.start;
            m.name = this.text(m.start, m.end);
          }
        }
        if (found.length) mentions.push(...found);
        else for (let w = k; w < e; w++) if (this.word(w) && (this.tok(w) as Token).cap) loose.push({ start: w, end: w + 1 });
        k = e;
      }
    }
    return { mentions, loose, titles: this.titles };
  }
}
