// One entity per real-world thing within an article: "Altman" and "CEO OpenAI Sam Altman" are
// Sam Altman; "President Lee" is the Lee whose title is president; "Aker" is "Aker ASA".
import { entityId } from '../../domain/ids.js';
import type { EntityType } from '../../domain/types.js';
import type { Doc } from '../doc.js';
import type { GazEntry } from '../gazetteer/load.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  code?: string;
  wikidata?: string;
  gaz?: GazEntry;
  surfaces: Set<string>;
  mentions: number;
  /** Roles the text gives the person (from titles), normalised. */
  roles: Set<string>;
}

/** Legal forms a name may carry or drop ("Helvion Power Systems GmbH" is "Helvion Power Systems"). */
// (Spelled with periods too — "S.A.", "B.V.", "K.K." — and the Nordic "AS", "AB", "Oy", "Oyj".)
const LEGAL = /[\s,]+(inc|corp|co|ltd|plc|llc|tbk|gmbh|ag|s\.?a|n\.?v|b\.?v|asa|as|ab|oy|oyj|bhd|sdn\.? bhd|pte\.? ltd|pte|jsc|k\.?k|s\.?p\.?a|co\.?,? ltd)\.?$/i;

export function nameWords(name: string): string[] {
  return name
    .split(/[\s]+/)
    .map((w) => fold(w).replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter(Boolean);
}

/** A name printed all in capitals, as transcripts print their speakers. */
function shouted(name: string): boolean {
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
}

export class EntityTable {
  readonly byId = new Map<string, ResolvedEntity>();

  constructor(private readonly doc: Doc) {}

  private ensure(id: string, type: EntityType, name: string, gaz?: GazEntry): ResolvedEntity {
    let e = this.byId.get(id);
    if (!e) {
      e = {
        id,
        type,
        name: gaz?.name ?? name,
        code: gaz?.code,
        wikidata: gaz?.wikidata,
        gaz,
        surfaces: new Set(),
        mentions: 0,
        roles: new Set(),
      };
      this.byId.set(id, e);
    } else if (!gaz && !e.gaz && (name.length > e.name.length || (shouted(e.name) && !shouted(name) && name.length === e.name.length))) {
      // ("NORA VALE (host): …" then "I am Nora Vale": a name printed in capitals takes its written case when seen.)
      e.name = name;
    }
    return e;
  }

  add(m: Mention, id: string, type: EntityType, gaz?: GazEntry): void {
    const e = this.ensure(id, type, m.name, gaz);
    m.entityId = id;
    e.mentions++;
    e.surfaces.add(m.name);
    if (m.role) e.roles.add(m.role);
  }

  /** A country a city implies ("Seoul" → South Korea), counted as a mention of both. */
  implyCountry(code: string, m: Mention): void {
    const id = entityId('Country', code);
    const gaz = this.doc.gazetteer.byId.get(id);
    if (!gaz) return;
    const e = this.ensure(id, 'Country', gaz.name, gaz);
    e.mentions++;
    void m;
  }

  persons(): ResolvedEntity[] {
    return [...this.byId.values()].filter((e) => e.type === 'Person');
  }

  orgs(): ResolvedEntity[] {
    return [...this.byId.values()].filter((e) => e.type === 'Organization');
  }

  gazRoles(e: ResolvedEntity): string[] {
    return (e.gaz?.roles ?? []).map((r) => fold(r.role));
  }
}

/** Persons whose full name contains all the words of `words` (a surname, a given name, "Budi Arie"). */
function personCandidates(table: EntityTable, words: string[]): ResolvedEntity[] {
  return table.persons().filter((p) => {
    const full = [...new Set([...nameWords(p.name), ...[...p.surfaces].flatMap(nameWords)])];
    if (nameWords(p.name).length < 2) return false;
    return words.every((w) => full.includes(w)) && words.length < Math.max(nameWords(p.name).length, 2);
  });
}

/** "Wibisono" again after "Direktur Teknologi NADA, Wibisono": a one-word name seen here as a person's whole name. */
function sameOneWordName(table: EntityTable, words: string[]): ResolvedEntity | undefined {
  if (words.length !== 1) return undefined;
  const hits = table.persons().filter((p) => nameWords(p.name).length === 1 && nameWords(p.name)[0] === words[0]);
  return hits.length === 1 ? hits[0] : undefined;
}

function pickByRole(table: EntityTable, candidates: ResolvedEntity[], role: string | undefined): ResolvedEntity | undefined {
  if (candidates.length === 1) return candidates[0];
  if (!role) return undefined;
  const r = fold(role);
  const fits = candidates.filter((c) => [...c.roles].map(fold).includes(r) || table.gazRoles(c).includes(r));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Resolves person and organisation mentions of one article in place; returns the table. */
export function resolveMentions(doc: Doc, mentions: Mention[], loose: Array<{ sentence: number; start: number; end: number }>): EntityTable {
  const table = new EntityTable(doc);
  const gazOf = (id: string | undefined): GazEntry | undefined => (id ? doc.gazetteer.byId.get(id) : undefined);
  const ruleKey = (m: Mention): string => entityId(m.type, m.name.replace(LEGAL, '').trim() || m.name);

  // "told Circuit Street" beside "Circuit Street Media Pvt Ltd": a name that opens an organisation's
  // name here, with no title of its own, is that organisation's short form.
  const orgNames = mentions.filter((m) => m.type === 'Organization' && !m.aliasOf).map((m) => ({ m, words: nameWords(m.name) }));
  const orgOpenedBy = (words: string[]): Mention | undefined => orgNames.find((o) => opensName(words, o.words))?.m;
  const orgNamedBy = (name: string): Mention | undefined =>
    orgNames.find((o) => {
      const bare = o.m.name.replace(LEGAL, '');
      return bare !== o.m.name && bare.trim().toLowerCase() === name.toLowerCase();
    })?.m;

  // 1. Known names and full names first: they anchor everything partial.
  const partial: Mention[] = [];
  const bracketed: Mention[] = [];
  for (const m of mentions) {
    if (m.aliasOf) {
      const target = m.aliasOf.entityId;
      if (target) table.add(m, target, table.byId.get(target)?.type ?? m.type);
      else bracketed.push(m);
      continue;
    }
    const gaz = gazOf(m.gazId);
    if (gaz) {
      table.add(m, gaz.id, gaz.type, gaz);
      if (gaz.type === 'City' && gaz.country) table.implyCountry(gaz.country, m);
      continue;
    }
    const words = nameWords(m.name);
    // ("Juru bicara Corvid Lattice, Rebecca …" beside "Corvid Lattice Inc.": even after a title, a name
    // that is a firm's whole name bar its legal form is that firm.)
    const opened = m.type === 'Person' && m.via === 'rule' ? (m.role ? orgNamedBy(m.name) : orgOpenedBy(words)) : undefined;
    if (opened) {
      m.type = 'Organization';
      table.add(m, opened.gazId ?? ruleKey(opened), 'Organization');
      continue;
    }
    if (m.type === 'Person' && words.length < 2) {
      partial.push(m);
      continue;
    }
    if (m.type === 'Organization' && words.length === 1) {
      partial.push(m);
      continue;
    }
    if (m.type === 'Person') {
      // "Budi Arie" after "Budi Arie Setiadi": a shorter form of a name already seen.
      const longer = personCandidates(table, words);
      if (longer.length === 1 && longer[0]) {
        table.add(m, longer[0].id, 'Person');
        continue;
      }
    }
    // A form already given to an entity here ("Lontar AI" after "PT Lontar Cerdas Nusantara (Lontar AI)").
    const same = [...table.byId.values()].find((e) => e.type === m.type && [...e.surfaces].some((s) => s.toLowerCase() === m.name.toLowerCase()));
    table.add(m, same?.id ?? ruleKey(m), m.type);
  }

  // ("Her son, Owen Marrow, said …": a relative introduced as one is named in full; the bare surname is the
  // story's own person's.)
  const kinIntroduced = (id: string): boolean =>
    mentions.some((x) => {
      if (x.entityId !== id) return false;
      const tokens = doc.sentences[x.sentence]?.tokens ?? [];
      const k = tokens[x.start - 1]?.text === ',' ? x.start - 2 : x.start - 1;
      return doc.lexicon.kinNouns.has(tokens[k]?.norm ?? '');
    });
  const notKin = (candidates: ResolvedEntity[]): ResolvedEntity[] => {
    const rest = candidates.filter((c) => !kinIntroduced(c.id));
    return rest.length === 1 ? rest : candidates;
  };
  // 2. Partial names: a surname or one word of a full name seen in this article.
  for (const m of partial) {
    const words = nameWords(m.name);
    if (m.type === 'Person') {
      const hit = pickByRole(table, notKin(personCandidates(table, words)), m.role) ?? sameOneWordName(table, words) ?? gazetteerSurname(doc, words) ?? nickname(table, words);
      // "Seorang direktur Huaxin lainnya": a lone word that opens a company's name here is that company.
      const company = hit ? undefined : table.orgs().find((o) => opensName(words, nameWords(o.name)));
      if (hit) {
        if (!table.byId.has(hit.id)) table.add(m, hit.id, 'Person', hit.gaz);
        else table.add(m, hit.id, 'Person');
      } else if (company) {
        m.type = 'Organization';
        table.add(m, company.id, 'Organization');
      } else if (m.role || m.standalone || (m.speaker && partial.filter((o) => o.speaker && o.name === m.name).length >= 2)) table.add(m, ruleKey(m), 'Person');
      continue;
    }
    // A lone word that is part of a person's name seen here is that person ("… and Huang praised").
    const people = personCandidates(table, words);
    if (people.length === 1 && people[0] && m.via === 'rule') {
      m.type = 'Person';
      table.add(m, people[0].id, 'Person');
      continue;
    }
    // "Aker" for "Aker ASA"; "the Commission" for "European Commission": a first or last word of one name here.
    const orgs = table.orgs().filter((o) => {
      const w = nameWords(o.name);
      return w.length >= 2 && (w[0] === words[0] || w[w.length - 1] === words[0]);
    });
    if (orgs.length === 1 && orgs[0]) table.add(m, orgs[0].id, 'Organization');
    else table.add(m, ruleKey(m), 'Organization');
  }

  // Short forms in brackets join the name they follow.
  for (const m of bracketed) {
    const target = m.aliasOf?.entityId;
    if (target) table.add(m, target, table.byId.get(target)?.type ?? m.type);
  }

  // 3. Loose capitalised words that are part of a name already seen ("Altman", "Son", "Aker").
  for (const span of loose) {
    const s = doc.sentences[span.sentence];
    if (!s) continue;
    const tok = s.tokens[span.start] as Token;
    const text = doc.article.text.slice(tok.start, (s.tokens[span.end - 1] as Token).end);
    const word = nameWords(text).join('-');
    if (doc.lexicon.stopwords.has(word)) continue;
    // "TANJUNG SELOR — …": a word in capitals is a dateline or a masthead, not somebody's surname.
    if (text.length > 3 && text === text.toUpperCase() && /\p{Lu}{2}/u.test(text)) continue;
    const whole = sameOneWordName(table, [word]);
    const people = whole ? [whole] : notKin(personCandidates(table, [word]));
    const m: Mention = { sentence: span.sentence, start: span.start, end: span.end, type: 'Person', name: text, via: 'partial' };
    if (people.length === 1 && people[0]) {
      table.add(m, people[0].id, 'Person');
      mentions.push(m);
      continue;
    }
    // A surname the gazetteer knows for one person only, and no common word ("Altman", not "Cook").
    const tag = doc.names.englishTag(word);
    const common = tag !== undefined && !/Name|Person/.test(tag);
    const known = people.length === 0 && !common ? gazetteerSurname(doc, [word]) : undefined;
    if (known) {
      table.add(m, known.id, 'Person', known.gaz);
      mentions.push(m);
      continue;
    }
    const orgs = table.orgs().filter((o) => opensName([word], nameWords(o.name)) && !o.gaz);
    if (orgs.length === 1 && orgs[0]) {
      m.type = 'Organization';
      table.add(m, orgs[0].id, 'Organization');
      mentions.push(m);
    }
  }
  return table;
}

/** The words open a longer name: "Huaxin" of "Huaxin Cloud Technology", "Circuit Street" of "Circuit Street Media". */
function opensName(words: readonly string[], name: readonly string[]): boolean {
  return words.length > 0 && name.length > words.length && words.every((w, i) => name[i] === w);
}

/** "Pak Bas" for Baskoro Sasongko: a short form that opens one word of one person's name here. */
function nickname(table: EntityTable, words: string[]): ResolvedEntity | undefined {
  const word = words[0];
  if (words.length !== 1 || !word || word.length < 3) return undefined;
  const fits = table.persons().filter((p) => {
    const name = nameWords(p.name);
    return name.length >= 2 && name.some((w) => w.length > word.length && w.startsWith(word));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** A lone surname that only one person in the gazetteer carries ("Trump" → Donald Trump). */
function gazetteerSurname(doc: Doc, words: string[]): (ResolvedEntity & { gaz: GazEntry }) | undefined {
  if (words.length !== 1) return undefined;
  const w = words[0] as string;
  const hits: GazEntry[] = [];
  for (const e of doc.gazetteer.byId.values()) {
    if (e.type !== 'Person') continue;
    const parts = nameWords(e.name);
    // Family names that come first (Kim, Lee, Nguyen, Truong) are shared by millions: only a surname at the end counts.
    if (parts.length >= 2 && parts[parts.length - 1] === w && !doc.names.isFamilyNameFirst(parts[0] ?? '')) hits.push(e);
  }
  if (hits.length !== 1) return undefined;
  const gaz = hits[0] as GazEntry;
  return { id: gaz.id, type: 'Person', name: gaz.name, gaz, surfaces: new Set(), mentions: 0, roles: new Set() };
}
