// Live tracking: what a successful ingest publishes, for the SSE subscriptions.
import { createPubSub } from 'graphql-yoga';
import type { ArticleRecord, ClaimRecord } from '../store/port.js';

export type ApiPubSub = ReturnType<typeof createApiPubSub>;

export function createApiPubSub() {
  return createPubSub<{
    articleIngested: [article: ArticleRecord];
    claimAdded: [entityId: string, claim: ClaimRecord];
  }>();
}
