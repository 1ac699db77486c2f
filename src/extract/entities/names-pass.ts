// Names the gazetteer does not know: runs of capitalised words, split at titles and known names,
// then typed as Person or Organization only on positive evidence (a title, a given name, an
// organisation suffix or cue noun, a photo credit, a speech verb). Anything else is left out:
// a sentence-initial "Meanwhile" or "Selain" must never become an entity.
// The rules live under names/; this module runs them over one sentence.
import type { Doc } from '../doc.js';
import type { PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { classify } from './names/classify.js';
import { nameRuns } from './names/runs.js';
import { SentenceView, type Span } from './names/sentence-view.js';
import { pendingNames, type PendingName } from './names/title-complements.js';
import { titledOrgThenPerson } from './names/title-holders.js';
import { wholeRunOrg } from './names/whole-run-org.js';

export interface SentenceNames {
  mentions: Mention[];
  /** Capitalised tokens left untyped: resolution may still tie them to a known name ("Altman"). */
  loose: Span[];
  titles: Array<PhraseMatch<string>>;
}

/**
 * "Angga Raka Prabowo": given names before a one-word name the gazetteer knows for someone else
 * ("Prabowo") make a longer name of a different person.
 */
function longerPersonName(v: SentenceView, run: Span): Mention | undefined {
  const inside = v.known.filter((m) => m.start >= run.start && m.end <= run.end);
  const known = inside[0];
  if (inside.length !== 1 || !known || known.end !== run.end || known.end - known.start !== 1 || known.start === run.start) return undefined;
  // "Enterprise Minister Siobhán Kearney": a one-word firm's name (Kearney) as the surname of a titled person.
  const titled = !!v.titleEndingAt(run.start);
  if (known.type === 'Organization') {
    const given = v.words(run.start, known.start);
    const first = given[0];
    if (!titled || !first || given.length !== known.start - run.start || given.length > 2 || !v.doc.names.isGivenName(first.text) || v.doc.lexicon.orgSuffixes.has(known.name.toLowerCase())) return undefined;
    return v.mention(run.start, run.end, 'Person', { role: v.titleEndingAt(run.start)?.value });
  }
  if (known.type !== 'Person' || titled) return undefined;
  const before = v.words(run.start, known.start);
  if (before.length !== known.start - run.start || before.length > 3 || !v.doc.names.isGivenName((before[0] as Token).text)) return undefined;
  if (before.some((t) => v.titleAt[before.indexOf(t) + run.start] || v.doc.lexicon.orgHeads.has(t.norm))) return undefined;
  return v.mention(run.start, run.end, 'Person');
}

export class NameScanner {
  private readonly view: SentenceView;
  /** Token positions where a name follows a title's complement and a comma, with the role it gets. */
  private readonly pending: Map<number, PendingName>;

  constructor(doc: Doc, s: Sentence, gazetteerMentions: Mention[], compromiseSpans: () => { orgs: Span[] }) {
    this.view = new SentenceView(doc, s, gazetteerMentions, compromiseSpans);
    this.pending = pendingNames(this.view);
  }

  /** Maximal runs of name tokens, joined by hyphens, '&', initials and name particles. */
  runs(): Span[] {
    return nameRuns(this.view);
  }

  scan(): SentenceNames {
    const v = this.view;
    const mentions: Mention[] = [];
    const loose: Span[] = [];
    if (v.sentence.heading) {
      // ("Oleh Hanafi Rasyid Kusumo", "By Maria Santos": a byline names the writer, a person of the article.)
      const byline = bylineName(v) ?? headingName(v);
      return { mentions: byline ? [byline] : mentions, loose, titles: v.titles };
    }
    for (const run of this.runs()) {
      const longer = longerPersonName(v, run);
      if (longer) {
        mentions.push(longer);
        continue;
      }
      // ("Direktur Utama PT Kepri Energi Mandiri, Bambang Hermawan": when the holder follows the comma, the run is the firm alone.)
      const pair = this.pending.has(run.end + 1) ? undefined : titledOrgThenPerson(v, run);
      if (pair) {
        mentions.push(...pair);
        continue;
      }
      if (wholeRunOrg(v, run)) {
        mentions.push(v.mention(run.start, run.end, 'Organization'));
        continue;
      }
      // Split the run at known names; classify the unknown pieces.
      let k = run.start;
      while (k < run.end) {
        if (v.knownAt[k]) {
          k = (v.knownAt[k] as Mention).end;
          continue;
        }
        let e = k;
        while (e < run.end && !v.knownAt[e]) e++;
        const found = classify(v, this.pending, k, e, mentions);
        // "Finnish Industry Investment": a demonym opening the run is part of a new organisation's name.
        const demonym = v.knownAt[k - 1];
        for (const m of found) {
          // ("Philippine Department of Trade and Industry": a government body's own name leaves the country out.)
          const government = ['department', 'ministry', 'kementerian', 'departemen'].includes(v.tok(k)?.norm ?? '');
          // "Tashkent Compute Cluster": so does a city before a name that ends in an organisation's suffix.
          const last = v.tok(m.end - 1)?.norm ?? '';
          const cityNamed = demonym?.type === 'City' && v.doc.lexicon.orgSuffixes.has(last);
          if (m.type === 'Organization' && m.start === k && (demonym?.demonym || cityNamed) && demonym && demonym.start >= run.start && demonym.end === k && !government) {
            // ("the Emirates Data Office": the article before a country's name is no part of the new one.)
            m.start = v.tok(demonym.start)?.norm === 'the' ? demonym.start + 1 : demonym.start;
            m.name = v.text(m.start, m.end);
          }
        }
        if (found.length) mentions.push(...found);
        else {
          // A hyphenated surname ("Al-Rumayyan") stays one loose piece; other words go one by one.
          for (let w = k; w < e; w++) {
            if (!v.word(w) || !(v.tok(w) as Token).cap) continue;
            let end = w + 1;
            while (v.tok(end)?.text === '-' && !v.tok(end)?.spaceBefore && v.word(end + 1) && !v.tok(end + 1)?.spaceBefore) end += 2;
            loose.push({ start: w, end });
            w = end - 1;
          }
        }
        k = e;
      }
    }
    return { mentions, loose, titles: v.titles };
  }
}

/** Words that open a byline. */
const BYLINE_WORDS = new Set(['by', 'oleh']);

/** Words of a byline that name a desk or a team, not a writer ("Oleh Redaksi Jendela Riset"). */
export const DESK_WORDS = new Set(['redaksi', 'tim', 'team', 'desk', 'staff', 'newsroom', 'editorial', 'editors', 'reporters', 'correspondents']);

/** The writer a byline line names: "By" or "Oleh", then two to five capitalised words and nothing else. */
function bylineName(v: SentenceView): Mention | undefined {
  if (!BYLINE_WORDS.has(v.tok(0)?.norm ?? '')) return undefined;
  let k = 1;
  while (v.tok(k)?.kind === 'word' && v.tok(k)?.cap) k++;
  const words = k - 1;
  const rest = v.tokens.slice(k);
  if (words < 2 || words > 5 || rest.some((t) => t.kind === 'word') || v.tokens.slice(1, k).some((t) => DESK_WORDS.has(t.norm))) return undefined;
  if (v.doc.lexicon.orgSuffixes.has(v.tok(k - 1)?.norm ?? '') || v.knownAt.slice(1, k).some((m) => m && m.type !== 'Person')) return undefined;
  return v.mention(1, k, 'Person', { via: 'byline' });
}

/**
 * "Tunde Adeyemi" as the heading of a round-up's section: a heading that is a name and nothing else — a
 * given name first, or a surname the text uses alone — names the person the section is about.
 */
function headingName(v: SentenceView): Mention | undefined {
  const tokens = v.tokens;
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => t.kind === 'word' && t.cap)) return undefined;
  const lex = v.doc.lexicon;
  if (tokens.some((t, k) => (v.knownAt[k] && v.knownAt[k]?.type !== 'Person') || lex.orgSuffixes.has(t.norm) || lex.orgHeads.has(t.norm) || lex.stopwords.has(t.norm))) return undefined;
  const surname = tokens.at(-1) as Token;
  const usedAlone = v.doc.sentences.some((s) => s !== v.sentence && s.tokens.some((t, i) => t.text === surname.text && !s.tokens[i + 1]?.cap && s.tokens[i - 1]?.text !== (tokens.at(-2) as Token).text));
  if (!v.doc.names.isGivenName((tokens[0] as Token).text) && !usedAlone) return undefined;
  return v.mention(0, tokens.length, 'Person');
}
