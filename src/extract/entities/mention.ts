import type { EntityType } from '../../domain/types.js';

/** One place in the text that names an entity. */
export interface Mention {
  /** Sentence index; -1 for metadata (the publisher). */
  sentence: number;
  /** Token range within the sentence. */
  start: number;
  end: number;
  type: EntityType;
  /** Text as written (whitespace normalised). */
  name: string;
  /** Gazetteer entry, when the name is a known one. */
  gazId?: string;
  /** How it was found; `byline` names a column's writer (a "By …"/"Oleh …" line, or the byline ingest lifted out). */
  via: 'gazetteer' | 'rule' | 'source' | 'partial' | 'byline';
  /** A title written next to the name ("President", "CEO"), normalised. */
  role?: string;
  /** Organisation id a title ties the person to ("OpenAI CEO Sam Altman"). */
  roleOrg?: Mention;
  demonym?: boolean;
  /** A one-word name the text itself marks as a person ("Rahmat, 33 tahun"): kept without a fuller name. */
  standalone?: boolean;
  /** A one-word name that speaks ("kata Kartiko"): a person's whole name when it speaks more than once. */
  speaker?: boolean;
  /** "Badan Pengusahaan Batam (BP Batam)": the short form in brackets names the mention before it. */
  aliasOf?: Mention;
  /** Resolved entity id (set by resolution). */
  entityId?: string;
}

export const TYPE_PRIORITY: Record<EntityType, number> = {
  Organization: 0,
  Person: 1,
  Country: 2,
  City: 3,
  Region: 4,
  Theme: 5,
};
