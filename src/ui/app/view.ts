// What every view gets from the shell: where to draw, when to stop, and the page-wide services.
import type { LiveHub } from './live.js';

export interface ViewContext {
  main: HTMLElement;
  /** Aborted when the reader navigates away: stale answers must not draw. */
  signal: AbortSignal;
  /** Runs when the view is left (close subscriptions, destroy the graph). */
  onCleanup(fn: () => void): void;
  live: LiveHub;
  /** Sets the document title ("… · jejak"). */
  setTitle(title: string): void;
  /** A short message in the polite live region (and a toast on screen). */
  announce(message: string): void;
  /** Replaces the current history entry (a redirect that the back button should skip). */
  redirect(hash: string): void;
}
