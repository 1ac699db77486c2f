// Live blogs and timelines: paragraphs opened by a clock time ("15:55 — …") or a date ("3 March —"),
// often printed newest first. Each entry is a scene of its own: a destination named in one entry must
// not carry into the next one printed below it (which may have happened earlier). What carries is the
// place a live blog is set in, named in its earliest entry ("Good morning from Riyadh") or headline.
import type { Doc } from '../doc.js';
import type { Mention } from '../entities/mention.js';

export interface LiveBlog {
  /** Sentence indices that open an entry. */
  entryStarts: Set<number>;
  /** The city mention that sets the blog's scene, if any. */
  scene: Mention | undefined;
}

/** "15:55 —", "09.20 WIB": a clock time opening a paragraph. */
// ("18:40" on a line of its own, the entry's text on the lines below.)
const ENTRY = /^\s*(\d{1,2})[:.](\d{2})\s*(?:[—–-]|$|(?:WIB|WITA|WIT|GMT|UTC|AST|KST|JST)\b)/;
/** "12–14 February —", "28 April – 2 May —", "November —", "3 Maret —": a timeline's dated entry. */
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|jan|feb|mar|apr|jun|jul|aug|agu|sep|sept|oct|okt|nov|dec|des)\\.?';
const DATED = new RegExp(`^\\s*(?:\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+)?${MONTH}(?:\\s*[–-]\\s*\\d{1,2}\\s+${MONTH})?(?:\\s+\\d{4})?\\s*[—–]\\s`, 'i');

/** The article's live-blog entries, or null when it has fewer than three. */
export function liveBlog(doc: Doc, mentions: readonly Mention[]): LiveBlog | null {
  const entries: Array<{ sentence: number; minutes: number }> = [];
  const dated: number[] = [];
  for (const s of doc.sentences) {
    const m = s.paragraphStart ? ENTRY.exec(s.text) : null;
    if (m) entries.push({ sentence: s.index, minutes: Number(m[1]) * 60 + Number(m[2]) });
    else if (s.paragraphStart && DATED.test(s.text)) dated.push(s.index);
  }
  // A timeline: each dated entry is a scene of its own, and none sets the scene for the others.
  if (entries.length < 3 && dated.length >= 3) return { entryStarts: new Set(dated), scene: undefined };
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (entries.length < 3 || !first || !last) return null;
  const earliest = first.minutes > last.minutes ? last : first;
  // The earliest entry runs to the next paragraph start — or, when its line is only a title ("08:05 — Doors
  // open"), to the next entry.
  const nextPara = doc.sentences.find((s) => s.index > earliest.sentence && s.paragraphStart)?.index ?? doc.sentences.length;
  const titleOnly = nextPara === earliest.sentence + 1 && !/[.!?]["”]?\s*$/.test(doc.sentences[earliest.sentence]?.text ?? '');
  const nextEntry = entries.map((e) => e.sentence).filter((i) => i > earliest.sentence).sort((a, b) => a - b)[0] ?? doc.sentences.length;
  const end = titleOnly ? nextEntry : nextPara;
  const cityIn = (ok: (sentence: number) => boolean): Mention | undefined =>
    mentions.filter((m) => m.type === 'City' && !m.demonym && ok(m.sentence)).sort((a, b) => a.sentence - b.sentence || a.start - b.start)[0];
  // ("Our correspondents are reporting from the conference halls in Abu Dhabi": the blog's own opening
  // lines, before its first entry, set the scene too.)
  const scene = cityIn((i) => i >= earliest.sentence && i < end) ?? cityIn((i) => i < first.sentence);
  return { entryStarts: new Set(entries.map((e) => e.sentence)), scene };
}
