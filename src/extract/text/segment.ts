// Paragraphs, lines and sentences with offsets. Headings and datelines are marked so that
// later stages can treat them differently (a heading names topics but states no event).
import { tokenize, type Token } from './tokenize.js';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** A title-like line: no final punctuation, short. */
  heading: boolean;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
  /** A link to another article ("Read more: …"): names count, events and themes do not. */
  related: boolean;
}

export interface Segmentation {
  sentences: Sentence[];
  paragraphs: Array<{ start: number; end: number; sentences: number[] }>;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;

function isBoundary(line: string, i: number, abbreviations: ReadonlySet<string>, degree: (letters: string) => boolean): number {
  // i points at a terminal mark; returns the index after the boundary (closers included) or -1.
  let j = i + 1;
  while (j < line.length && (TERMINAL.test(line.charAt(j)) || CLOSERS.test(line.charAt(j)))) j++;
  if (j >= line.length) return -1;
  if (!/\s/.test(line.charAt(j))) return -1;
  let k = j;
  while (k < line.length && /\s/.test(line.charAt(k))) k++;
  const next = line.charAt(k);
  if (!next || !/[\p{Lu}\d"“'‘(\[«]/u.test(next)) return -1;
  if (line.charAt(i) === '.') {
    // "3. Kontrak memori di Seoul.": a numbered list's marker does not end a sentence.
    if (/^\s*\d{1,2}$/.test(line.slice(0, i))) return -1;
    // The word before the period: an abbreviation or an initial does not end a sentence.
    const before = /([\p{L}.]+)$/u.exec(line.slice(0, i));
    const word = before?.[1] ?? '';
    const bare = word.toLowerCase().replace(/\.$/, '');
    // "…, S.T. Tahun lalu …": a degree after a name's comma ends the name, and here the sentence.
    if (word.includes('.') && /,\s*$/.test(line.slice(0, i - word.length)) && degree(word.replace(/\./g, ''))) return j;
    if (bare.length === 1 && /\p{Lu}/u.test(word)) return -1;
    if (abbreviations.has(bare)) return -1;
    if (/^(\p{L}\.)+\p{L}$/u.test(word)) return -1; // U.S, e.g
  }
  return j;
}

function splitLine(line: string, abbreviations: ReadonlySet<string>, degree: (letters: string) => boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!TERMINAL.test(line.charAt(i))) continue;
    const cut = isBoundary(line, i, abbreviations, degree);
    if (cut < 0) continue;
    spans.push([start, cut]);
    start = cut;
    i = cut - 1;
  }
  spans.push([start, line.length]);
  return spans;
}

/** The interviewer's label opening a line of a transcript: "Q:", "T:", "Tanya:". */
const QUESTION_LABEL = /^\s*(?:Q|T|Tanya|Question|Pertanyaan)\s*:/;

/** A line the interviewer's label opens. */
export function asksByLabel(line: string): boolean {
  return QUESTION_LABEL.test(line);
}

/** The speaker label opening a line ("Pacific Ledger:", "PL:"): up to four capitalised words before a colon, folded. */
export function speakerLabel(tokens: readonly Token[]): string | undefined {
  const colon = tokens.findIndex((t) => t.text === ':');
  const capWords = (from: number, to: number): boolean => to > from && tokens.slice(from, to).every((t) => t.kind === 'word' && t.cap);
  if (colon >= 1 && colon <= 4 && capWords(0, colon)) return tokens.slice(0, colon).map((t) => t.norm).join(' ');
  // ("Aïcha Benali, CFO: …", "Mariko Takeda, Kuroshio Securities: …": a transcript's label may give the
  // speaker's office or firm after a comma; the label is the name.)
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma >= 1 && comma <= 4 && colon > comma + 1 && colon - comma <= 5 && capWords(0, comma) && capWords(comma + 1, colon)) return tokens.slice(0, comma).map((t) => t.norm).join(' ');
  return undefined;
}

const BULLETS = new Set(['•', '-', '–', '*', '·', '▪']);

/** How many tokens mark a list's line: 1 for "• Monday: Seoul", 2 for "3. Kontrak memori …", else 0. */
export function listMarkerLength(tokens: readonly Token[]): number {
  if (BULLETS.has(tokens[0]?.text ?? '')) return 1;
  const numbered = tokens[0]?.kind === 'number' && /^\d{1,2}$/.test(tokens[0].text) && ['.', ')'].includes(tokens[1]?.text ?? '');
  return numbered && tokens.length > 2 ? 2 : 0;
}

/** A line of a list: "• Monday: Seoul", "- Oslo, Norway (19 Aug): …", "2. Pinjaman dari bank Jepang." */
export function isListItem(tokens: readonly Token[]): boolean {
  return listMarkerLength(tokens) > 0;
}

function looksLikeHeading(text: string, tokens: Token[], inBox: boolean): boolean {
  const trimmed = text.trim();
  if (!trimmed || /[.!?…"”:;,]$/.test(trimmed)) return false;
  // ("— Zawadi Mwangi-Holt, co-founder & CEO, Tausi AI": a dash opening the line signs it; no heading.)
  if (/^[—–]\s*\p{Lu}/u.test(trimmed) && trimmed.includes(',')) return false;
  // ("Siapa: Ferdinand Hutapea, Wakil Kepala …", "Tuan rumah: Zhonghe Wafer Technology": among other lines, a
  // field's label in plain case, then its value, is a line of a fact box, not a title — "Tag: Wawancara,
  // Pusat Data" alone is.)
  if (inBox && /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}: \S+ \S/u.test(trimmed)) return false;
  const words = tokens.filter((t) => t.kind === 'word');
  return words.length > 0 && words.length <= 16;
}

export function segment(text: string, abbreviations: ReadonlySet<string>, degree: (letters: string) => boolean = () => false): Segmentation {
  const sentences: Sentence[] = [];
  const paragraphs: Segmentation['paragraphs'] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const pm of text.matchAll(paraRe)) {
    const pStart = pm.index ?? 0;
    const pText = pm[0];
    if (!pText.trim()) continue;
    let paragraph = paragraphs.length;
    let ids: number[] = [];
    let blockStart = pStart;
    let lineOffset = 0;
    let afterQuestion = false;
    const lines = pText.split('\n');
    for (const line of lines) {
      const lineStart = pStart + lineOffset;
      lineOffset += line.length + 1;
      // "Q: You were in Abu Dhabi? / Njoroge: Megawatts.": a transcript's question and its answer are
      // paragraphs of their own even when no blank line parts them.
      const asks = asksByLabel(line);
      if ((asks || afterQuestion) && ids.length) {
        paragraphs.push({ start: blockStart, end: lineStart - 1, sentences: ids });
        paragraph = paragraphs.length;
        ids = [];
        blockStart = lineStart;
      }
      afterQuestion = asks;
      const spans = splitLine(line, abbreviations, degree);
      for (const [a, b] of spans) {
        const raw = line.slice(a, b);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (!body) continue;
        const start = lineStart + a + lead;
        const tokens = tokenize(body, start);
        if (tokens.length === 0) continue;
        const index = sentences.length;
        sentences.push({
          index,
          paragraph,
          start,
          end: start + body.length,
          text: body,
          tokens,
          // A heading is a line of its own, short and unpunctuated.
          heading: spans.length === 1 && looksLikeHeading(body, tokens, lines.length > 1),
          paragraphStart: ids.length === 0,
          related: false,
        });
        ids.push(index);
      }
    }
    paragraphs.push({ start: blockStart, end: pStart + pText.length, sentences: ids });
  }
  return { sentences, paragraphs };
}

/** How many sentences speak in the first person ("I", "saya"); with `outsideQuotes`, only those with no quotation mark. */
export function firstPersonSentences(sentences: readonly Sentence[], outsideQuotes = false): number {
  return sentences.filter((s) => !(outsideQuotes && /["“”]/.test(s.text)) && s.tokens.some((t) => t.text === 'I' || t.norm === 'saya')).length;
}
