// Organisation head words ("Ministry", "Universitas", "Biro"): where they open a name, where they
// sit inside one, and the title words such a name may hold.
import type { Token } from '../../text/tokenize.js';
import type { SentenceView } from './sentence-view.js';

/** The run starting here opens with an organisation head (or, in Indonesian, an org prefix). */
export function headRun(v: SentenceView, start: number): boolean {
  const t = v.tok(start);
  if (!t) return false;
  const heads = v.doc.lexicon.orgHeads;
  const en = v.doc.language === 'en';
  return heads.has(t.norm) || (!en && v.doc.lexicon.orgPrefixes.matchAt(v.tokens, start) !== null) || t.norm === 'international';
}

/** An organisation head word ("Ministry", "Universitas", "Biro") in [start, end), outside the known names there. */
export function headWithin(v: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = v.tok(k) as Token;
    if (v.knownAt[k]) continue;
    if (v.doc.lexicon.orgHeads.has(t.norm) || (k === start && headRun(v, k))) return true;
  }
  return false;
}

/** A title word inside a name that an organisation head opens ("Biro Pers Sekretariat Presiden", "Office of the President"). */
export function inHeadRun(v: SentenceView, i: number): boolean {
  // Honorifics never belong to an institution's name: "Fakultas Teknik UGM Dr. Yudha Pramono".
  if (['prof', 'dr', 'professor', 'doctor'].includes(v.tok(i)?.norm ?? '')) return false;
  // A title followed by a name is that person's ("Commission President Ursula von der Leyen").
  const next = v.tok(i + 1);
  if (next?.kind === 'word' && next.cap && !v.titleAt[i + 1]) return false;
  return afterHead(v, i);
}

/** An organisation's head word opens the capitalised words (and "of", "dan" …) right before i. */
export function afterHead(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const t = v.tok(k) as Token;
    if (t.kind !== 'word' || !(t.cap || ['of', 'for', 'the', 'dan', 'and'].includes(t.norm))) return false;
    if (v.doc.lexicon.orgHeads.has(t.norm) || headRun(v, k)) return true;
  }
  return false;
}

/** "Pemerintah Kabupaten Sumbawa Barat", "Pemerintah Provinsi …": a body named for the area it governs. */
export function regionalBody(v: SentenceView, start: number): boolean {
  const area = v.tok(start + 1);
  return headRun(v, start) && !!area?.cap && v.doc.lexicon.placeNouns.has(area.norm);
}
