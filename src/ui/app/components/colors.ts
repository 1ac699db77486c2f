// One colour per entity type, shared by the network drawing and its legend.
import type { EntityType } from '../types.js';

export const TYPE_COLOR: Record<EntityType, string> = {
  PERSON: '#0b5cad',
  ORGANIZATION: '#7b3fa0',
  COUNTRY: '#137a4b',
  REGION: '#5f6f1f',
  CITY: '#2c7f7a',
  THEME: '#b3541e',
};
