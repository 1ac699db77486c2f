// Articles the API tests load into a real SQLite store: hand-built extractions written for these
// tests (theme codes from data/themes.json). Evidence offsets are computed from the texts.
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction } from '../../src/domain/types.js';
import { article, evidence } from '../fixtures/extractions.js';

export const ID = {
  altman: 'person:sam-altman',
  jackAltman: 'person:jack-altman',
  huang: 'person:jensen-huang',
  chey: 'person:chey-tae-won',
  horta: 'person:jose-ramos-horta',
  openai: 'organization:openai',
  nvidia: 'organization:nvidia',
  skHynix: 'organization:sk-hynix',
  skGroup: 'organization:sk-group',
  samsung: 'organization:samsung-electronics',
  korea: 'country:kr',
  uae: 'country:ae',
  japan: 'country:jp',
  indonesia: 'country:id',
  timorLeste: 'country:tl',
  seoul: 'city:seoul',
  tokyo: 'city:tokyo',
  jakarta: 'city:jakarta',
  memory: 'theme:memory',
  chips: 'theme:chips',
  dataCenters: 'theme:data-centers',
  investment: 'theme:investment',
} as const;

type Id = (typeof ID)[keyof typeof ID];

const NAMES: Record<Id, [EntityType, string, string?]> = {
  [ID.altman]: ['Person', 'Sam Altman'],
  [ID.jackAltman]: ['Person', 'Jack Altman'],
  [ID.huang]: ['Person', 'Jensen Huang'],
  [ID.chey]: ['Person', 'Chey Tae-won'],
  [ID.horta]: ['Person', 'José Ramos-Horta'],
  [ID.openai]: ['Organization', 'OpenAI'],
  [ID.nvidia]: ['Organization', 'Nvidia'],
  [ID.skHynix]: ['Organization', 'SK hynix'],
  [ID.skGroup]: ['Organization', 'SK Group'],
  [ID.samsung]: ['Organization', 'Samsung Electronics'],
  [ID.korea]: ['Country', 'South Korea', 'KR'],
  [ID.uae]: ['Country', 'United Arab Emirates', 'AE'],
  [ID.japan]: ['Country', 'Japan', 'JP'],
  [ID.indonesia]: ['Country', 'Indonesia', 'ID'],
  [ID.timorLeste]: ['Country', 'Timor-Leste', 'TL'],
  [ID.seoul]: ['City', 'Seoul'],
  [ID.tokyo]: ['City', 'Tokyo'],
  [ID.jakarta]: ['City', 'Jakarta'],
  [ID.memory]: ['Theme', 'Memory chips', 'memory'],
  [ID.chips]: ['Theme', 'Chips', 'chips'],
  [ID.dataCenters]: ['Theme', 'Data centers', 'data-centers'],
  [ID.investment]: ['Theme', 'Investment', 'investment'],
};

function ent(id: Id, extra: { name?: string; aliases?: string[]; mentions?: number } = {}): ExtractedEntity {
  const [type, name, code] = NAMES[id];
  return {
    id,
    type,
    name: extra.name ?? name,
    aliases: extra.aliases ?? [],
    mentions: extra.mentions ?? 1,
    ...(code !== undefined ? { code } : {}),
  };
}

interface Rel {
  type: ExtractedRelation['type'];
  source: Id;
  target: Id;
  status?: ExtractedRelation['status'];
  purposes?: string[];
  themes?: string[];
  role?: string;
  date?: string;
  sentence?: string;
}

function build(
  a: { id: string; title: string; text: string; publishedAt?: string; source?: string; language?: string; url?: string },
  entities: ExtractedEntity[],
  rels: Rel[],
): Extraction {
  const art = article(a);
  return {
    article: art,
    entities,
    relations: rels.map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      status: r.status ?? 'reported',
      confidence: 0.9,
      ...(r.purposes ? { purposes: r.purposes } : {}),
      ...(r.themes ? { themes: r.themes } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...(r.date ? { date: r.date } : {}),
      evidence: r.sentence ? [evidence(art.text, r.sentence)] : [],
    })),
  };
}

const S1 = 'OpenAI chief executive Sam Altman visited South Korea on Thursday to discuss memory chips with SK hynix.';
const S2 = 'Altman met SK Group chairman Chey Tae-won in Seoul.';
export function altmanSeoul(): Extraction {
  return build(
    { id: 'api-seoul-1', title: 'Altman in Seoul for chip talks', text: `${S1}\n\n${S2}`, publishedAt: '2024-01-25', source: 'Example Wire', url: 'https://example.test/seoul-1' },
    [
      ent(ID.altman, { aliases: ['Altman'], mentions: 2 }),
      ent(ID.openai),
      ent(ID.korea),
      ent(ID.skHynix),
      ent(ID.skGroup),
      ent(ID.chey),
      ent(ID.seoul),
      ent(ID.memory, { aliases: ['memory chips'] }),
      ent(ID.chips),
    ],
    [
      { type: 'VISITED', source: ID.altman, target: ID.korea, purposes: ['memory', 'chips'], sentence: S1 },
      { type: 'ROLE_AT', source: ID.altman, target: ID.openai, role: 'CEO', sentence: S1 },
      { type: 'MET_WITH', source: ID.altman, target: ID.skHynix, themes: ['memory'], sentence: S1 },
      { type: 'MET_WITH', source: ID.altman, target: ID.chey, sentence: S2 },
      { type: 'ROLE_AT', source: ID.chey, target: ID.skGroup, role: 'chairman', sentence: S2 },
      { type: 'LOCATED_IN', source: ID.seoul, target: ID.korea },
    ],
  );
}

const U1 = 'CEO OpenAI Sam Altman mengunjungi Uni Emirat Arab pada 5 Februari 2024 untuk membahas pusat data.';
const U2 = 'Altman juga berencana mengunjungi Jepang bulan depan.';
export function altmanUae(): Extraction {
  return build(
    { id: 'api-uae', title: 'Sam Altman ke Uni Emirat Arab', text: `${U1}\n\n${U2}`, publishedAt: '2024-02-10', source: 'Kabar Contoh', language: 'id' },
    [
      ent(ID.altman, { aliases: ['Altman'], mentions: 2 }),
      ent(ID.openai),
      ent(ID.uae, { aliases: ['Uni Emirat Arab'] }),
      ent(ID.japan, { aliases: ['Jepang'] }),
      ent(ID.dataCenters, { aliases: ['pusat data'] }),
    ],
    [
      { type: 'VISITED', source: ID.altman, target: ID.uae, purposes: ['data-centers'], date: '2024-02-05', sentence: U1 },
      { type: 'VISITED', source: ID.altman, target: ID.japan, status: 'planned', sentence: U2 },
      { type: 'ROLE_AT', source: ID.altman, target: ID.openai, role: 'CEO', sentence: U1 },
    ],
  );
}

const T1 = 'Altman visited Japan this week for talks on data centers, stopping in Tokyo.';
export function altmanTokyo(): Extraction {
  return build(
    { id: 'api-tokyo', title: 'Altman in Tokyo', text: T1, publishedAt: '2024-03-14T09:30:00Z', source: 'Example Wire' },
    [ent(ID.altman, { name: 'Altman' }), ent(ID.japan), ent(ID.tokyo), ent(ID.dataCenters)],
    [
      { type: 'VISITED', source: ID.altman, target: ID.japan, purposes: ['data-centers'], sentence: T1 },
      { type: 'LOCATED_IN', source: ID.tokyo, target: ID.japan },
    ],
  );
}

const K1 = 'Sam Altman returned to South Korea to discuss chip supply with Samsung Electronics.';
export function altmanSeoulAgain(): Extraction {
  return build(
    { id: 'api-seoul-2', title: 'Altman back in Korea', text: K1, publishedAt: '2024-03-20', source: 'Seoul Daily' },
    [ent(ID.altman), ent(ID.korea), ent(ID.samsung), ent(ID.chips, { aliases: ['chip'] })],
    [
      { type: 'VISITED', source: ID.altman, target: ID.korea, purposes: ['chips'], sentence: K1 },
      { type: 'MET_WITH', source: ID.altman, target: ID.samsung, themes: ['chips'], sentence: K1 },
    ],
  );
}

const H1 = 'Nvidia chief Jensen Huang visited South Korea and met SK hynix executives about memory supply.';
const H2 = 'Nvidia partnered with SK hynix on high-bandwidth memory.';
export function huangSeoul(): Extraction {
  return build(
    { id: 'api-huang-seoul', title: 'Huang meets SK hynix', text: `${H1}\n\n${H2}`, publishedAt: '2024-03-21', source: 'Tech Times' },
    [ent(ID.huang), ent(ID.nvidia, { mentions: 2 }), ent(ID.korea), ent(ID.skHynix, { mentions: 2 }), ent(ID.memory, { mentions: 2 })],
    [
      { type: 'VISITED', source: ID.huang, target: ID.korea, purposes: ['memory'], sentence: H1 },
      { type: 'MET_WITH', source: ID.huang, target: ID.skHynix, themes: ['memory'], sentence: H1 },
      { type: 'ROLE_AT', source: ID.huang, target: ID.nvidia, role: 'CEO', sentence: H1 },
      { type: 'PARTNERED_WITH', source: ID.nvidia, target: ID.skHynix, themes: ['memory'], sentence: H2 },
    ],
  );
}

const J1 = 'Jensen Huang berencana mengunjungi Indonesia untuk membahas pusat data.';
export function huangJakartaPlan(): Extraction {
  return build(
    { id: 'api-huang-plan', title: 'Huang akan ke Indonesia', text: J1, publishedAt: '2024-03-25', source: 'Kabar Contoh', language: 'id' },
    [ent(ID.huang), ent(ID.indonesia), ent(ID.dataCenters, { aliases: ['pusat data'] })],
    [{ type: 'VISITED', source: ID.huang, target: ID.indonesia, status: 'planned', purposes: ['data-centers'], sentence: J1 }],
  );
}

const R1 = 'Timor-Leste President José Ramos-Horta visited Indonesia to discuss investment.';
/** Undated and without a source. */
export function hortaJakarta(): Extraction {
  return build(
    { id: 'api-horta', title: 'Ramos-Horta visits Indonesia', text: R1 },
    [ent(ID.horta, { aliases: ['Ramos-Horta'] }), ent(ID.timorLeste), ent(ID.indonesia), ent(ID.investment)],
    [
      { type: 'VISITED', source: ID.horta, target: ID.indonesia, purposes: ['investment'], sentence: R1 },
      { type: 'ROLE_AT', source: ID.horta, target: ID.timorLeste, role: 'president', sentence: R1 },
    ],
  );
}

const Q1 = 'Jack Altman, a venture investor, spoke in Jakarta.';
/** Another Altman: makes "Altman" ambiguous. */
export function jackAltman(): Extraction {
  return build(
    { id: 'api-jack', title: 'Jack Altman in Jakarta', text: Q1, publishedAt: '2024-03-22', source: 'Example Wire' },
    [ent(ID.jackAltman, { aliases: ['Altman'] }), ent(ID.jakarta)],
    [],
  );
}

/** The corpus most API tests start from (without Jack Altman). */
export function corpus(): Extraction[] {
  return [altmanSeoul(), altmanUae(), altmanTokyo(), altmanSeoulAgain(), huangSeoul(), huangJakartaPlan(), hortaJakarta()];
}
