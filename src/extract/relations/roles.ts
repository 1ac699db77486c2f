// ROLE_AT: a person's position at an organisation as the text writes it:
// "OpenAI CEO Sam Altman", "CEO Nscale Josh Payne", "Peng Xiao, G42's group chief executive",
// "Samsung's executive chairman, Jay Y. Lee".
import type { Doc } from '../doc.js';
import type { EntityFindings } from '../entities/index.js';
import type { Mention } from '../entities/mention.js';
import { basedBefore, possessiveAt } from '../text/tokenize.js';

export interface RoleHit {
  person: string;
  org: string;
  role: string;
  sentence: number;
}

export function findRoles(doc: Doc, found: EntityFindings): RoleHit[] {
  const hits: RoleHit[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of found.mentions) {
    if (m.sentence < 0 || !m.entityId) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [index, mentions] of bySentence) {
    const s = doc.sentences[index];
    if (!s) continue;
    const titles = found.titles.get(index) ?? [];
    const orgs = mentions.filter((m) => m.type === 'Organization');
    const people = mentions.filter((m) => m.type === 'Person');
    const orgEndingAt = (i: number): Mention | undefined => orgs.find((o) => o.end === i || (o.end + 2 === i && s.tokens[o.end]?.text.match(/['’]/)));
    for (const p of people) {
      if (p.roleOrg?.entityId && p.role) {
        hits.push({ person: p.entityId as string, org: p.roleOrg.entityId, role: p.role, sentence: index });
        continue;
      }
      // [Org] [title] [Person] and [Org]'s [title], [Person]
      const title = titles.find((t) => t.end === p.start || (t.end + 1 === p.start && s.tokens[t.end]?.text === ','));
      if (title) {
        const org = orgEndingAt(title.start) ?? orgs.find((o) => o.start === title.end && o.end === p.start);
        if (org?.entityId) {
          hits.push({ person: p.entityId as string, org: org.entityId, role: title.value, sentence: index });
          continue;
        }
      }
      // "CEO penyedia komputasi awan asal Surabaya, Jatayu Cloud, Galang Wicaksono": a title, what kind of firm,
      // the firm's name between commas, then its holder.
      // ("…, PT Lentera Nalar Teknologi (Nalar AI), Kevin Halim": its short form in brackets may close the firm.)
      const firmEnd = s.tokens[p.start - 2]?.text === ')' ? s.tokens.slice(0, p.start - 2).map((t) => t.text).lastIndexOf('(') : p.start - 1;
      const named2 = s.tokens[p.start - 1]?.text === ',' ? orgs.find((o) => o.end === firmEnd && s.tokens[o.start - 1]?.text === ',') : undefined;
      // (Only lower-case words and known places between the title and the comma.)
      const plainBetween = (a: number, b: number): boolean => {
        for (let k = a; k < b; k++) {
          const x = s.tokens[k];
          if (!x || x.kind !== 'word' || (x.cap && !mentions.some((m) => m.type !== 'Person' && m.start <= k && k < m.end))) return false;
        }
        return true;
      };
      const described = named2 && titles.filter((t) => t.end < named2.start - 1 && named2.start - 1 - t.end <= 8 && plainBetween(t.end, named2.start - 1)).at(-1);
      if (named2?.entityId && described) {
        hits.push({ person: p.entityId as string, org: named2.entityId, role: described.value, sentence: index });
        continue;
      }
      // "Direktur Utama perseroan, Budi Hartawan": the firm is the one the text has just named.
      const firmWord = s.tokens[p.start - 1]?.text === ',' ? p.start - 2 : p.start - 1;
      const firmTitle = COMPANY_WORDS.has(s.tokens[firmWord]?.norm ?? '') ? titles.find((t) => t.end === firmWord) : undefined;
      const named = firmTitle && lastOrgBefore(found.mentions, index, firmTitle.start);
      if (firmTitle && named?.entityId) {
        hits.push({ person: p.entityId as string, org: named.entityId, role: firmTitle.value, sentence: index });
        continue;
      }
      // [title] [field] [Org], [degrees] [Person]: "Direktur Investasi Danantara, Ir. Dewi Anggraini".
      const k = doc.names.titlesStartBefore(s.tokens, p.start);
      if (k <= p.start && s.tokens[k - 1]?.text === ',') {
        // ("Presiden Direktur PT Sinar Cakra Digital Tbk (SCDG), Hendrawan": past the short form in brackets.)
        const open = s.tokens[k - 2]?.text === ')' ? s.tokens.slice(0, k - 2).map((t) => t.text).lastIndexOf('(') : -1;
        const org = orgs.find((o) => o.end === k - 1 || (open > 0 && o.end === open));
        // (The nearest title before the body: "Gubernur didampingi Kepala Dinas …" is the Kepala's.)
        const head = org && titles.filter((t) => t.end <= org.start && org.start - t.end <= 2).sort((x, y) => y.end - x.end)[0];
        if (org?.entityId && head) {
          hits.push({ person: p.entityId as string, org: org.entityId, role: head.value, sentence: index });
          continue;
        }
      }
      // [Person], [the] [Org]'s [title] / [Person], the [title] of [Org]
      if (s.tokens[p.end]?.text === ',') {
        const after = titles.find((t) => t.start > p.end && t.start <= p.end + 6);
        // "Sam Altman, left, with G42 chief executive Peng Xiao": a title followed by a name is that name's.
        const named = after && people.some((o) => o !== p && o.start === after.end);
        // "Andi Mappa, S.H. dan Direktur Investasi Danantara, Dewi …": the next item of a list has its own title.
        const listed = after && s.tokens.slice(p.end, after.start).some((t) => t.norm === 'and' || t.norm === 'dan');
        if (after && !named && !listed) {
          // ("…, founder of Lagos-based Ikenga Cloud": the home city glued by "-based" sits between.)
          const basedGap = (o: Mention): boolean => basedBefore(s.tokens, o.start) && o.start - after.end <= 6;
          // ("…, chief executive of the Italian data-center operator Lumenvia": what kind of firm sits between.)
          const describedGap = (o: Mention): boolean => s.tokens[after.end]?.norm === 'of' && o.start - after.end <= 8 && !s.tokens.slice(after.end, o.start).some((t) => t.text === ',');
          // ("…, an undersecretary at Qatar's Ministry of Commerce": a place owning the body sits between.)
          const ownedGap = (o: Mention): boolean =>
            ['at', 'of'].includes(s.tokens[after.end]?.norm ?? '') &&
            s.tokens.slice(p.end + 1, after.start).every((t) => ['a', 'an', 'the'].includes(t.norm)) &&
            mentions.some((m) => (m.type === 'Country' || m.type === 'City') && m.start === after.end + 1 && possessiveAt(s.tokens, m.end) && o.start === m.end + 2);
          const org = orgEndingAt(after.start) ?? orgs.find((o) => o.start >= after.end && (o.start <= after.end + 2 || basedGap(o) || describedGap(o) || ownedGap(o)));
          if (org?.entityId) hits.push({ person: p.entityId as string, org: org.entityId, role: after.value, sentence: index });
        }
      }
    }
  }
  // "… Nalar AI, Kevin Halim dan Putri Ayuningtyas": the second of two people joined by "and" holds the first one's role.
  for (const m of found.mentions) {
    if (m.type !== 'Person' || !m.entityId || m.sentence < 0 || hits.some((h) => h.person === m.entityId)) continue;
    const s = doc.sentences[m.sentence];
    if (!s || !['dan', 'and'].includes(s.tokens[m.start - 1]?.norm ?? '')) continue;
    const first = found.mentions.find((o) => o.sentence === m.sentence && o.type === 'Person' && o.end === m.start - 1);
    const held = first && hits.find((h) => h.person === first.entityId && h.sentence === m.sentence);
    // (Only at a list's end: "X dan Y, …" or the sentence's verb after Y — not "X and the minister Y".)
    const closes = [',', '.', undefined].includes(s.tokens[m.end]?.text) || (s.tokens[m.end]?.kind === 'word' && !s.tokens[m.end]?.cap);
    if (held && closes) hits.push({ ...held, person: m.entityId });
  }
  return hits;
}

/** A firm referred back to by a common noun after a title. */
const COMPANY_WORDS = new Set(['perseroan', 'perusahaan', 'emiten']);

/** How many sentences back "perseroan" may point. */
const FIRM_BACK = 2;

/** The last organisation named before token `at` of sentence `index`, at most FIRM_BACK sentences back. */
function lastOrgBefore(mentions: readonly Mention[], index: number, at: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.type !== 'Organization' || !m.entityId || m.sentence < index - FIRM_BACK) continue;
    if (m.sentence > index || (m.sentence === index && m.end > at)) continue;
    if (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start)) best = m;
  }
  return best;
}
