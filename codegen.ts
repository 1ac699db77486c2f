// GraphQL Code Generator: TypeScript types for the resolvers, from the SDL in schema/graphql/.
// `npm run codegen` writes src/api/generated/graphql.ts (committed); `npm run codegen:check` fails
// when that file is out of date with the SDL.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: [
        {
          typescript: {
            // Inside resolvers these enums hold the domain's own strings ('Person', 'reported'),
            // so their TS types are the domain's unions; src/api/resolvers/enums.ts maps them to
            // the SDL's names. (Given here only: typescript-resolvers then takes the same types.)
            enumValues: {
              EntityType: {
                PERSON: 'Person',
                ORGANIZATION: 'Organization',
                COUNTRY: 'Country',
                REGION: 'Region',
                CITY: 'City',
                THEME: 'Theme',
              },
              ClaimStatus: { REPORTED: 'reported', PLANNED: 'planned' },
              IngestStatus: { NEW: 'new', UPDATED: 'updated', UNCHANGED: 'unchanged', FAILED: 'failed' },
            },
          },
        },
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        // Resolvers return the store's records and src/api/models.ts shapes; field resolvers turn
        // them into the SDL's types.
        mappers: {
          Entity: '../../store/port.js#EntityRecord',
          Person: '../../store/port.js#EntityRecord',
          Organization: '../../store/port.js#EntityRecord',
          Country: '../../store/port.js#EntityRecord',
          Region: '../../store/port.js#EntityRecord',
          City: '../../store/port.js#EntityRecord',
          Theme: '../../store/port.js#EntityRecord',
          Article: '../../store/port.js#ArticleRecord',
          Claim: '../../store/port.js#ClaimRecord',
          Mention: '../../store/port.js#MentionRecord',
          Evidence: '../models.js#EvidenceModel',
          Visit: '../models.js#VisitModel',
          Role: '../models.js#RoleModel',
          Relation: '../models.js#RelationModel',
          RelationGroup: '../models.js#RelationGroupModel',
          Involvement: '../models.js#InvolvementModel',
          Hop: '../models.js#HopModel',
          Path: '../models.js#PathModel',
          PathSearch: '../models.js#PathSearchModel',
          SearchResults: '../models.js#SearchModel',
          Leads: '../models.js#LeadsModel',
          Lead: '../models.js#LeadModel',
          IngestResult: '../models.js#IngestResultModel',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
