// Live updates: one page-wide subscription to newly ingested articles (drives the header's status
// and tells views to refresh), plus per-view subscriptions to the claims of one entity.
import { subscribe, type Subscription } from './api.js';
import { ARTICLE_INGESTED, CLAIM_ADDED } from './queries.js';
import type { ArticleRef, EntityRef, RelationType, Status } from './types.js';

export interface AddedClaim {
  id: string;
  type: RelationType;
  status: Status;
  source: EntityRef;
  target: EntityRef;
  article: ArticleRef;
}

type ArticleListener = (article: ArticleRef) => void;

export interface LiveHub {
  /** Called for each article stored by an ingest; returns the unsubscribe function. */
  onArticle(listener: ArticleListener): () => void;
  /** Claims from or to one entity as they are stored; close the returned subscription when done. */
  watchEntity(entityId: string, listener: (claim: AddedClaim) => void, state?: (live: boolean) => void): Subscription;
}

export function startLive(indicator: HTMLElement): LiveHub {
  const listeners = new Set<ArticleListener>();
  const show = (state: 'connecting' | 'live' | 'offline', text: string): void => {
    indicator.dataset['state'] = state;
    indicator.textContent = text;
    indicator.title =
      state === 'live' ? 'New articles ingested through the API appear without reloading.' : 'Live updates are not connected; the page still works, reload to refresh.';
  };
  show('connecting', 'Connecting…');
  subscribe<{ articleIngested: ArticleRef }>(ARTICLE_INGESTED, {}, {
    open: () => show('live', 'Live'),
    drop: (err) => show('offline', err.code === 'UNAUTHENTICATED' ? 'Live: needs token' : 'Offline, retrying'),
    next: (data) => {
      for (const l of listeners) l(data.articleIngested);
    },
  });
  return {
    onArticle(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchEntity(entityId, listener, state) {
      return subscribe<{ claimAdded: AddedClaim }>(CLAIM_ADDED, { id: entityId }, {
        next: (data) => listener(data.claimAdded),
        open: () => state?.(true),
        drop: () => state?.(false),
      });
    },
  };
}
