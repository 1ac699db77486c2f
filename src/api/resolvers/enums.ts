// SDL enum names → the domain's own strings, so resolvers and the store speak one vocabulary.
import type { ClaimStatus, EntityType } from '../../domain/types.js';
import type { IngestStatusValue } from '../models.js';

export const enumResolvers = {
  EntityType: {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    COUNTRY: 'Country',
    REGION: 'Region',
    CITY: 'City',
    THEME: 'Theme',
  } satisfies Record<string, EntityType>,
  ClaimStatus: { REPORTED: 'reported', PLANNED: 'planned' } satisfies Record<string, ClaimStatus>,
  IngestStatus: { NEW: 'new', UPDATED: 'updated', UNCHANGED: 'unchanged', FAILED: 'failed' } satisfies Record<
    string,
    IngestStatusValue
  >,
};
