// Decides when a whole run, known names included, is one new organisation rather than pieces.
import type { Token } from '../../text/tokenize.js';
import type { Mention } from '../mention.js';
import { endsInOrgSuffix, orgCueBefore } from './org-cues.js';
import { headRun, headWithin } from './org-heads.js';
import type { SentenceView, Span } from './sentence-view.js';

/** Words that open the name of a unit inside an institution. */
export const SUB_UNITS = new Set(['kantor', 'biro', 'direktorat', 'deputi', 'bagian', 'divisi', 'subdirektorat', 'subdit']);

/**
 * A run holding a known organisation followed by unknown capitalised words that end like an
 * organisation ("Samsung Heavy Industries", "SK Telecom", "Samsung SDS"), or a run an
 * organisation cue introduces ("usaha patungan bernama SB OpenAI Japan"), is one new organisation.
 */
export function wholeRunOrg(v: SentenceView, run: Span): boolean {
  const inside = v.known.filter((m) => m.start >= run.start && m.end <= run.end);
  if (inside.length === 0 || inside.some((m) => m.type === 'Person')) return false;
  const unknown: number[] = [];
  for (let k = run.start; k < run.end; k++) if (!v.knownAt[k] && v.word(k)) unknown.push(k);
  const firstKnown = inside[0] as Mention;
  // "perusahaan asal Jepang Amagi Digital Infrastructure": where a firm is from, then its name.
  if (firstKnown.type === 'Country' && firstKnown.start === run.start && ['asal', 'dari', 'from'].includes(v.tok(run.start - 1)?.norm ?? '')) return false;
  // "Philippine Department of Trade and Industry": a government body's name leaves the country out.
  if (firstKnown.demonym && firstKnown.start === run.start && ['department', 'ministry'].includes(v.tok(firstKnown.end)?.norm ?? '')) return false;
  // "Biro Hubungan Masyarakat Kementerian Komunikasi dan Digital": a unit named before its known parent
  // is part of somebody's job title; the organisation is the parent.
  const last = inside[inside.length - 1] as Mention;
  // "Kementerian Ekonomi, Perdagangan, dan Industri Jepang": Indonesian names a foreign ministry's country after it.
  if (last.type === 'Country' && last.end === run.end && ['kementerian', 'departemen'].includes((v.tok(run.start) as Token).norm)) return false;
  if (last.type === 'Organization' && last.end === run.end && SUB_UNITS.has((v.tok(run.start) as Token).norm)) return false;
  // "PT PLN Batam": a legal name opened by PT runs to the end of the capitalised words.
  if (firstKnown.type === 'Organization' && firstKnown.start === run.start && (v.tok(run.start) as Token).norm === 'pt' && firstKnown.end < run.end) return true;
  if (unknown.length === 0) return false;
  const lastWord = v.words(run.start, run.end).at(-1) as Token;
  if (v.titles.some((t) => t.start >= run.start && t.end <= run.end) && !headRun(v, run.start)) return false;
  if (endsInOrgSuffix(v, v.words(run.start, run.end)) && !v.knownAt[run.end - 1]) return true;
  // An institution's head word anywhere: "Electric Reliability Council of Texas", "Czech Technical University in Prague".
  if (headRun(v, run.start) || headWithin(v, run.start, run.end)) return true;
  // Known organisation + an acronym ("Samsung SDS", "Samsung C&T").
  if (firstKnown.type === 'Organization' && firstKnown.start === run.start) {
    const tail = v.tokens.slice(firstKnown.end, run.end);
    const tailText = tail.map((t) => t.text).join('');
    if (/^[A-Z&]{2,5}$/.test(tailText)) return true;
  }
  return orgCueBefore(v, run.start) && unknown.length > 0;
}
