// Words and dates as the explorer shows them. Dates stay as the articles stated them (a day, a
// month or a date-time); only their day part is shown, never shifted to the reader's time zone.
import type { EntityType, RelationType, Status } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-10-01T20:15+09:00` → `1 Oct 2025`, `2025-10` → `Oct 2025`; anything else as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? value;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The ISO day part of a date or date-time, or null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return m ? m[0] : null;
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function dateSpan(first: string | null, last: string | null): string {
  const a = formatDate(first);
  const b = formatDate(last);
  return a === b ? a : `${a} – ${b}`;
}

export const TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  COUNTRY: 'Country',
  REGION: 'Region',
  CITY: 'City',
  THEME: 'Theme',
};

export const TYPE_PLURAL: Record<EntityType, string> = {
  PERSON: 'People',
  ORGANIZATION: 'Organisations',
  COUNTRY: 'Countries',
  REGION: 'Regions',
  CITY: 'Cities',
  THEME: 'Themes',
};

/** Group headings on a profile, by relation type. */
export const RELATION_HEADING: Record<RelationType, string> = {
  VISITED: 'Visits',
  MET_WITH: 'Meetings',
  ROLE_AT: 'Roles',
  PARTNERED_WITH: 'Partnerships',
  AGREED_WITH: 'Agreements',
  LOCATED_IN: 'Located in',
  IN_REGION: 'Region',
};

/** The verb of a claim, read source → target ("Sam Altman visited South Korea"). */
export function relationVerb(type: RelationType, status: Status): string {
  const planned = status === 'PLANNED';
  switch (type) {
    case 'VISITED':
      return planned ? 'plans to visit' : 'visited';
    case 'MET_WITH':
      return planned ? 'plans to meet' : 'met';
    case 'ROLE_AT':
      return 'has a role at';
    case 'PARTNERED_WITH':
      return planned ? 'plans to partner with' : 'partnered with';
    case 'AGREED_WITH':
      return planned ? 'plans an agreement with' : 'reached an agreement with';
    case 'LOCATED_IN':
      return 'is in';
    case 'IN_REGION':
      return 'is in region';
  }
}

/** The relation seen from the profile's side: incoming claims read as the passive. */
export function relationLabel(type: RelationType, direction: 'OUTGOING' | 'INCOMING' | null): string {
  if (direction !== 'INCOMING') return relationVerb(type, 'REPORTED');
  switch (type) {
    case 'VISITED':
      return 'visited by';
    case 'MET_WITH':
      return 'met';
    case 'ROLE_AT':
      return 'role held by';
    case 'PARTNERED_WITH':
      return 'partnered with';
    case 'AGREED_WITH':
      return 'agreement with';
    case 'LOCATED_IN':
      return 'contains';
    case 'IN_REGION':
      return 'includes';
  }
}

export function statusLabel(status: Status): string {
  return status === 'PLANNED' ? 'planned' : 'reported';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Language names for the codes the extractor reads; the code itself otherwise. */
export function languageName(code: string): string {
  return ({ en: 'English', id: 'Indonesian', und: 'unknown language' } as Record<string, string>)[code] ?? code;
}
