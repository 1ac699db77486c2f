// What every resolver receives: the store, this request's loaders and access, the pub/sub, the pipeline.
import type { GraphStore } from '../store/port.js';
import type { Access } from './auth.js';
import type { IngestFn } from './ingest.js';
import type { Loaders } from './loaders.js';
import type { ApiPubSub } from './pubsub.js';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  access: Access;
  pubsub: ApiPubSub;
  ingest: IngestFn | null;
  /** The clock, for defaults like "as of today". */
  now: () => Date;
}
