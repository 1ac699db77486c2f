// What glues the next tokens onto a run of name words: hyphens, '&', initials, legal forms,
// "(Persero)", name particles, and the "of"/"and"/commas inside an institution's name.
import type { Token } from '../../text/tokenize.js';
import { ABBREVIATED_SUFFIXES, endsInLegalForm } from './legal-forms.js';
import { nameToken } from './name-token.js';
import { headRun, headWithin } from './org-heads.js';
import { ROMAN, SHORT_FORM, type SentenceView } from './sentence-view.js';

/** A university's or institute's name, which a campus city may follow. */
function campusName(v: SentenceView, start: number, end: number): boolean {
  return v.tokens.slice(start, end).some((x) => ['university', 'universiti', 'universitas', 'institute', 'institut', 'college'].includes(x.norm));
}

/** How many tokens from `end` join the run [start, end); 0 when the run stops there. */
export function joinAt(v: SentenceView, start: number, end: number): number {
  const t = v.tok(end);
  if (!t) return 0;
  // "… Shinwa Materials Corp. Pembicaraan …": a legal form's period closes the name; what follows is a new sentence.
  const before = v.tok(end - 1);
  // ("Pte. Ltd.", "Sdn. Bhd.": a second legal form still belongs to it.)
  if (before?.text === '.' && ABBREVIATED_SUFFIXES.has(v.tok(end - 2)?.norm ?? '') && t.kind === 'word' && !ABBREVIATED_SUFFIXES.has(t.norm) && !['limited', 'sdn', 'gmbh', 'llc'].includes(t.norm)) return 0;
  if (nameToken(v, end)) {
    // "Komisi II Andi Tenri Abeng", "Komisi III Dr. Budi": a unit's number closes its name; a name after it is a member's.
    if (ROMAN.test(before?.text ?? '') && end - start >= 2 && t.kind === 'word' && !ROMAN.test(t.text) && (v.doc.names.isGivenName(t.text) || v.doc.names.isAcademicTitle(t.text))) return 0;
    // A known name never swallows the next one unless it is glued to it by a hyphen.
    return 1;
  }
  const next = v.tok(end + 1);
  const prev = v.tok(end - 1) as Token;
  if (t.text === '&' && next?.cap && nameToken(v, end + 1)) return 2;
  if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && nameToken(v, end + 1)) return 2;
  // Hyphenated given names: "Jae-myung", "Do-hyun" (short syllables on both sides).
  // ("Porto-based", "Oslo-owned": a participle after the hyphen describes what follows; it is no syllable.
  // A romanised syllable runs to six letters: "Do-kyeong", "Min-hyeong".)
  const participle = !!next && /^(based|backed|led|owned|run|listed|born|made|built|funded)$/.test(next.norm);
  if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && next.kind === 'word' && !next.cap && !participle && prev.cap && !v.knownAt[end - 1] && prev.text.length <= 5 && (next.text.length <= 5 || (next.text.length === 6 && !v.doc.names.englishTag(next.norm)))) {
    return 2;
  }
  // "Biro Pers, Media, dan Informasi …": a list of portfolios inside an institution's name.
  // ("Dinas Penanaman Modal Kepri, Ratih Kusumaningrum, dan …": a name after an office's place is its holder, no portfolio.)
  const closedByPlace = ['City', 'Region', 'Country'].includes(v.knownAt[end - 1]?.type ?? '');
  const personNext = !!next && (v.doc.names.isGivenName(next.text) || v.knownAt[end + 1]?.type === 'Person');
  if (t.text === ',' && next?.cap && !closedByPlace && !personNext && headWithin(v, start, end) && v.tokens.slice(end + 1, end + 5).some((x) => x.norm === 'dan' || x.norm === 'and')) {
    return 1;
  }
  // (", and I spent …": a pronoun after the "and" opens a clause, not a portfolio.)
  const pronounAfter = v.doc.lexicon.firstPersonPronouns.has(v.tok(end + 2)?.norm ?? '') || v.doc.lexicon.subjectPronouns.has(v.tok(end + 2)?.norm ?? '');
  if (t.text === ',' && (next?.norm === 'dan' || next?.norm === 'and') && v.tok(end + 2)?.cap && !pronounAfter && headWithin(v, start, end)) return 2;
  // "Ministry of Information, Communications and the Digital Economy": the last portfolio of a listed name.
  const listed = v.tokens.slice(start, end).some((x) => x.text === ',');
  if (t.norm === 'and' && next?.norm === 'the' && listed && nameToken(v, end + 2) && headWithin(v, start, end)) return 3;
  // "the Energy and Petroleum Regulatory Authority": two fields before the head word that ends the name.
  // ("Competition and Markets Authority (CMA) said …", "Authority: Competition and …": or where a sentence or a
  // field's value starts, where no "the" is written.)
  const opensWithThe = v.tok(start - 1)?.norm === 'the' || (v.tok(start)?.norm === 'the' && end - start >= 2) || v.startish(start);
  if (t.norm === 'and' && opensWithThe && end - start <= 3 && !v.knownAt[end - 1] && next?.cap && !v.knownAt[end + 1]) {
    let k = end + 1;
    while (k - end <= 4 && v.tok(k)?.cap && v.word(k)) k++;
    if (v.doc.lexicon.orgHeads.has(v.tok(k - 1)?.norm ?? '')) return 2;
  }
  // "Daishin Electronics Holdings Co., Ltd.": the legal suffix after a comma is part of the name.
  if (t.text === ',' && next && ['ltd', 'inc', 'llc', 'limited'].includes(next.norm) && ABBREVIATED_SUFFIXES.has(v.tok(end - 2)?.norm ?? '') && v.tok(end - 1)?.text === '.') {
    return v.tok(end + 2)?.text === '.' && !v.tok(end + 2)?.spaceBefore ? 3 : 2;
  }
  // "Micron Technology, Inc.": a legal form after a comma closes the name before it.
  if (t.text === ',' && next && ['inc', 'ltd', 'llc', 'plc', 'limited'].includes(next.norm) && next.cap && prev.cap && prev.kind === 'word') {
    const after = v.tok(end + 2);
    if (!after || after.kind !== 'word' || !after.cap) return after?.text === '.' && !after.spaceBefore ? 3 : 2;
  }
  // "CG Power and Industrial Solutions Ltd": 'and' inside a name that ends in a legal form.
  // "Department of Trade and Industry and Hanbit Semitech Corp.": a body whose name already has its head and an "of" is whole.
  const bodyWhole = headWithin(v, start, end) && v.tokens.slice(start, end).some((x) => x.norm === 'of' || x.norm === 'and');
  const leftComplete = prev.text === '.' || ABBREVIATED_SUFFIXES.has(prev.norm) || ['gmbh', 'limited', 'llc'].includes(prev.norm) || !!v.knownAt[end - 1] || bodyWhole;
  // ("… group managing director Lim Wei Sheng and Sempadan Data Parks Sdn Bhd chief executive …": a name a title
  // announces is a person's, whole before the "and".)
  const heldTitle = !!v.titleEndingAt(start);
  if (t.norm === 'and' && next?.cap && !leftComplete && !heldTitle && endsInLegalForm(v, end + 1)) return 2;
  if (t.text === '(' && v.tok(end + 1)?.norm === 'persero' && v.tok(end + 2)?.text === ')') return 3;
  // "Badan Pengusahaan (BP) Batam": an institution's short form in the middle of its name.
  // ("Dinas … (DPMPTSP) Sulsel", "Pemerintah Kabupaten (Pemkab) Sumbawa Barat": long and mixed-case short forms too.)
  // ("Universitas Teknik Pandanaran (Untara) Semarang": a campus city after the short form is no part of it.)
  const campusCity = v.knownAt[end + 3]?.type === 'City' && campusName(v, start, end);
  if (t.text === '(' && SHORT_FORM.test(v.tok(end + 1)?.text ?? '') && v.tok(end + 2)?.text === ')' && v.tok(end + 3)?.cap && headWithin(v, start, end) && !campusCity) return 3;
  if (t.text === '.' && !t.spaceBefore && prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATED_SUFFIXES.has(prev.norm) || v.doc.names.isAbbreviatedGivenName(prev.text))) return 1;
  // "Institut Boréal d'Apprentissage", "Institut Lumière pour l'Énergie": French names elide the article.
  if (t.kind === 'word' && !t.cap && headWithin(v, start, end)) {
    const elided = (k: number): boolean => ['d', 'l'].includes(v.tok(k)?.norm ?? '') && /^['’]$/.test(v.tok(k + 1)?.text ?? '') && !v.tok(k + 1)?.spaceBefore && nameToken(v, k + 2);
    if (elided(end)) return 3;
    if (['pour', 'de', 'du'].includes(t.norm) && elided(end + 1)) return 4;
  }
  // ("Maarten van der Heijden", "Ana de la Cruz": two particles in a row.)
  const particles = v.doc.names.particlesFor(v.doc.language);
  if (t.kind === 'word' && !t.cap && particles.has(t.norm) && next?.kind === 'word' && !next.cap && particles.has(next.norm) && nameToken(v, end + 2)) return 3;
  if (t.kind === 'word' && !t.cap && next && nameToken(v, end + 1)) {
    if (particles.has(t.norm)) return 2;
    const joinsKnownOrg = v.knownAt[end + 1]?.type === 'Organization' && (t.norm === 'and' || t.norm === 'dan');
    // "… Department of Trade and Industry and Hanbit Semitech Corp.": a company after "and" is a second name.
    // ("Pemprov Jateng dan DPRD Jateng": a second body opened by its own head word.)
    // ("PT Borneo Daya Tbk dan Kamar Dagang …": a name closed by its legal form takes nothing after "dan".)
    const closed = ABBREVIATED_SUFFIXES.has(prev.norm) || ['limited', 'gmbh', 'llc'].includes(prev.norm);
    const companyNext = (t.norm === 'and' || t.norm === 'dan') && (closed || endsInLegalForm(v, end + 1) || (v.doc.language === 'id' && headRun(v, end + 1)));
    // ("Universidad Tecnológica del Bajío Norte", "Technische Universität für …": the same words in other languages.)
    if (['of', 'and', 'dan', 'for', 'the', 'de', 'del', 'des', 'do', 'da', 'dos', 'das', 'du', 'della', 'für', 'fur'].includes(t.norm) && headWithin(v, start, end) && !joinsKnownOrg && !companyNext) return 2;
    // "University of Texas at Austin", "Czech Technical University in Prague": a campus city closes the
    // name ("… Institute of Technology in Perth" is only where it is).
    const place = v.knownAt[end + 1];
    const inCity = t.norm === 'in' && ['university', 'universiti'].includes(prev.norm);
    if ((t.norm === 'at' || inCity) && campusName(v, start, end) && place?.type === 'City' && place.start === end + 1) return 1 + (place.end - place.start);
  }
  return 0;
}
