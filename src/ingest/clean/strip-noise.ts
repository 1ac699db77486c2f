// Strips the page chrome a scraper leaves around an article and lifts out the byline and the dateline stamp.
//
// The text is read line by line in three zones: the header (lines before the first line that reads like a body
// paragraph), the footer (the run of chrome lines at the very end, peeled from the bottom up while every line is
// recognised chrome) and the body in between, where only narrow rules apply. A line no rule recognises is kept:
// dropping a real sentence costs the extractor more than keeping a stray menu.
import { findDates } from '../dates.js';
import { parseDateline } from './dateline.js';
import { looksLikeName, nameFromByline, publisherName } from './names.js';
import { defaultNoiseRules } from './noise-rules.js';
import type { LineRule, NoiseRules, Zone } from './noise-rules.js';
import { normalizeText, wordCount } from './normalize.js';

export interface StripOptions {
  /** The article's title, when known: a header line repeating it is dropped. */
  title?: string | null;
  /** The publisher, when known: a header or footer line naming only it is dropped. */
  source?: string | null;
  /** When no title is known, take the first remaining header line as the headline (and out of the body). */
  takeHeadline?: boolean;
  rules?: NoiseRules;
}

export interface RemovedLine {
  line: string;
  /** The rule that matched: `skip-link`, `nav`, `masthead`, `byline`, `dateline`, `subscribe-box`, … */
  rule: string;
}

export interface StripResult {
  /** Cleaned body: paragraphs separated by one blank line, lines trimmed. */
  text: string;
  /** The headline taken from the header (only with `takeHeadline`). */
  headline: string | null;
  /** Name from a byline in the header or footer. */
  author: string | null;
  /** YYYY-MM-DD from a dateline stamp. */
  publishedAt: string | null;
  /** Publisher named by the masthead or the footer (copyright line, "Eksplorasi konten lain dari …"). */
  source: string | null;
  removed: RemovedLine[];
}

interface Line {
  text: string;
  para: number;
  rule: string | null;
}

const MIN_BODY_WORDS = 12;
const LONG_BODY_WORDS = 25;
const SENTENCE_END = /[.!?…"”'’)\]]$/u;
const MAX_MASTHEAD_WORDS = 6;
const MAX_HEADLINE_WORDS = 25;

function isBodyLike(line: string): boolean {
  const words = wordCount(line);
  return words >= LONG_BODY_WORDS || (words >= MIN_BODY_WORDS && SENTENCE_END.test(line));
}

/** Compares headline-ish strings ignoring case, quote style and spacing. */
function sameText(a: string, b: string): boolean {
  const key = (s: string): string =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’‚‛`´]/g, "'")
      .replace(/[“”„‟«»]/g, '"')
      .replace(/\s+/g, ' ')
      .replace(/[\s.:;!]+$/, '')
      .trim();
  return key(a) === key(b) && key(a).length > 0;
}

const NAV_SEPARATOR = /\s*[|·•]\s*/u;

/** "Tech | Business | Markets", "Teknologi · Ekonomi Digital · Startup": short capitalised items between bars. */
function isNavLine(line: string): boolean {
  if (!/[|·•]/u.test(line)) return false;
  const items = line.split(NAV_SEPARATOR).filter((s) => s.length > 0);
  if (items.length < 2) return false;
  return items.every((item) => wordCount(item) <= 3 && item.length <= 30 && !/\d/.test(item) && /^[\p{Lu}]/u.test(item));
}

function isShareLine(line: string, rules: NoiseRules): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•,/:]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 14) return false;
  let triggers = 0;
  let networks = 0;
  for (const w of words) {
    if (rules.shareTriggers.has(w)) triggers++;
    else if (rules.shareNetworks.has(w)) networks++;
    else if (!rules.shareWords.has(w)) return false;
  }
  return triggers > 0 || networks >= 2;
}

function zoneAllows(ruleZone: Zone, zone: 'header' | 'footer' | 'body'): boolean {
  if (ruleZone === 'any') return true;
  if (ruleZone === 'edge') return zone !== 'body';
  return ruleZone === zone;
}

interface Match {
  rule: string;
  source?: string;
}

function matchLineRule(line: string, zone: 'header' | 'footer' | 'body', rules: readonly LineRule[]): Match | null {
  const words = wordCount(line);
  for (const r of rules) {
    if (!zoneAllows(r.zone, zone) || (r.maxWords !== null && words > r.maxWords)) continue;
    const m = r.regex.exec(line);
    if (m) {
      const source = m.groups?.['source']?.trim();
      return source ? { rule: r.id, source } : { rule: r.id };
    }
  }
  return null;
}

/** A publisher name a footer rule captured: a few words starting with a capital or digit. */
function plausiblePublisher(name: string): boolean {
  return name.length <= 60 && wordCount(name) <= 8 && /^[\p{Lu}\p{N}]/u.test(name);
}

class Stripper {
  private readonly lines: Line[];
  private readonly rules: NoiseRules;
  /** What the header's and the footer's stamps say; the header's wins. */
  private readonly stamps = {
    header: { author: null as string | null, publishedAt: null as string | null },
    footer: { author: null as string | null, publishedAt: null as string | null },
  };
  footerSource: string | null = null;
  mastheadSource: string | null = null;

  constructor(
    text: string,
    private readonly options: StripOptions,
  ) {
    this.rules = options.rules ?? defaultNoiseRules();
    this.lines = normalizeText(text)
      .split(/\n\n/)
      .flatMap((para, i) =>
        para
          .split('\n')
          .filter((t) => t.length > 0)
          .map((t) => ({ text: t, para: i, rule: null })),
      );
  }

  run(): StripResult {
    const { lines } = this;
    let headerEnd = lines.findIndex((l) => isBodyLike(l.text));
    if (headerEnd < 0) headerEnd = lines.length;

    // Footer first: the names it yields (copyright holder) help recognise the masthead at the top.
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i];
      if (!line) break;
      const rule = this.footerRule(line.text);
      if (!rule) break;
      line.rule = rule;
    }
    for (let i = 0; i < headerEnd; i++) {
      const line = lines[i];
      if (line && line.rule === null) line.rule = this.headerRule(line.text);
    }
    this.findMasthead(headerEnd);
    for (let i = headerEnd; i < lines.length; i++) {
      const line = lines[i];
      if (line && line.rule === null) line.rule = this.bodyRule(line.text);
    }
    const headline = this.options.takeHeadline && !this.options.title ? this.takeHeadline(headerEnd) : null;
    return {
      text: this.rebuild(),
      headline,
      author: this.stamps.header.author ?? this.stamps.footer.author,
      publishedAt: this.stamps.header.publishedAt ?? this.stamps.footer.publishedAt,
      source: this.footerSource ?? this.mastheadSource,
      removed: lines.filter((l) => l.rule !== null).map((l) => ({ line: l.text, rule: l.rule ?? '' })),
    };
  }

  private isSource(text: string): boolean {
    const { source } = this.options;
    return (!!source && sameText(text, source)) || (!!this.footerSource && sameText(text, this.footerSource));
  }

  private noteSource(match: Match | null): void {
    if (match?.source && !this.footerSource && plausiblePublisher(match.source)) this.footerSource = match.source;
  }

  /** Byline, editor credit or dateline stamp: allowed at the top and at the bottom. */
  private stampRule(text: string, zone: 'header' | 'footer'): string | null {
    const found = this.stamps[zone];
    for (const r of this.rules.bylines) {
      const captured = r.regex.exec(text)?.groups?.['author'];
      const byline = captured && wordCount(text) <= 20 ? this.splitByline(captured) : null;
      if (byline) {
        found.author ??= byline.name;
        if (byline.date) found.publishedAt ??= byline.date;
        return r.id;
      }
    }
    for (const r of this.rules.credits) {
      const name = r.regex.exec(text)?.groups?.['name'];
      if (name && nameFromByline(name, this.rules.nameParticles)) return r.id;
    }
    const date = parseDateline(text, this.rules.dates);
    if (date) {
      // Peeled bottom-up, the footer's first stamp is its last line: keep the topmost one seen.
      found.publishedAt = zone === 'footer' ? date : (found.publishedAt ?? date);
      return 'dateline';
    }
    return null;
  }

  /** "Choi Seo-yeon | June 18, 2025 · 6 min read": a byline may carry the dateline stamp on the same line. */
  private splitByline(captured: string): { name: string; date: string | null } | null {
    const first = findDates(captured, this.rules.dates)[0];
    if (first) {
      const stamp = captured.slice(first.index);
      const date = parseDateline(stamp, this.rules.dates);
      const name = date ? nameFromByline(captured.slice(0, first.index).replace(/[\s|·•,;—–-]+$/u, ''), this.rules.nameParticles) : null;
      if (name) return { name, date };
    }
    const name = nameFromByline(captured, this.rules.nameParticles);
    return name ? { name, date: null } : null;
  }

  private footerRule(text: string): string | null {
    const match = matchLineRule(text, 'footer', this.rules.lines);
    this.noteSource(match);
    if (match) return match.rule;
    const stamp = this.stampRule(text, 'footer');
    if (stamp) return stamp;
    if (isShareLine(text, this.rules)) return 'share';
    if (isNavLine(text)) return 'nav';
    return this.isSource(text) ? 'masthead' : null;
  }

  private headerRule(text: string): string | null {
    const match = matchLineRule(text, 'header', this.rules.lines);
    this.noteSource(match);
    if (match) return match.rule;
    if (this.options.title && sameText(text, this.options.title)) return 'title';
    const stamp = this.stampRule(text, 'header');
    if (stamp) return stamp;
    if (isShareLine(text, this.rules)) return 'share';
    if (isNavLine(text)) return 'nav';
    if (this.rules.sectionLabels.has(text.toLowerCase().replace(/[:.]$/, ''))) return 'section-label';
    return this.isSource(text) ? 'masthead' : null;
  }

  private bodyRule(text: string): string | null {
    const match = matchLineRule(text, 'body', this.rules.lines);
    if (match) return match.rule;
    return isShareLine(text, this.rules) ? 'share' : null;
  }

  /**
   * The site name alone at the top: the first unrecognised header line, short and unpunctuated, when a menu or
   * account bar follows it or the footer names the same publisher.
   */
  private findMasthead(headerEnd: number): void {
    const { lines } = this;
    const i = lines.findIndex((l, idx) => idx < headerEnd && l.rule === null);
    const line = lines[i];
    if (i < 0 || !line) return;
    const text = line.text;
    if (wordCount(text) > MAX_MASTHEAD_WORDS || text.length > 60 || /[.!?:,;]$/.test(text)) return;
    if (this.options.title && sameText(text, this.options.title)) return;
    const next = lines[i + 1];
    const menuFollows = !!next && (next.rule === 'nav' || next.rule === 'account-links');
    if (!menuFollows && !this.isSource(text)) return;
    line.rule = 'masthead';
    this.mastheadSource = publisherName(text);
  }

  private takeHeadline(headerEnd: number): string | null {
    const line = this.lines.find((l, idx) => idx < headerEnd && l.rule === null);
    if (!line || wordCount(line.text) > MAX_HEADLINE_WORDS || looksLikeOnlyName(line.text, this.rules)) return null;
    // A headline has no full stop, and is never all there is: a one-line note stays a body.
    if (/\.$/.test(line.text) || !this.lines.some((l) => l !== line && l.rule === null)) return null;
    line.rule = 'headline';
    return line.text;
  }

  private rebuild(): string {
    const paragraphs: string[][] = [];
    for (const l of this.lines) {
      if (l.rule !== null) continue;
      const para = (paragraphs[l.para] ??= []);
      para.push(l.text);
    }
    return paragraphs
      .filter((p) => p.length > 0)
      .map((p) => p.join('\n'))
      .join('\n\n');
  }
}

/** A lone capitalised one-word line (an author's name left over, say) makes no headline. */
function looksLikeOnlyName(text: string, rules: NoiseRules): boolean {
  return wordCount(text) === 1 && looksLikeName(text, rules.nameParticles);
}

/** Removes page chrome from plain text (paragraphs separated by blank lines). Never throws. */
export function stripNoise(text: string, options: StripOptions = {}): StripResult {
  return new Stripper(text, options).run();
}
