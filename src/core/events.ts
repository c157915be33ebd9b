/**
 * The kit's events, typed: `el.addEventListener('trygg-exit', (e) => e.detail.href)` type-checks
 * without a cast. Every component entry exports these types, so the declarations below reach a
 * page author's TypeScript with any `import 'trygg-kit/…'`.
 */
import type { DataErrorDetail } from './data.js';
import type { ExitTrigger } from './exit.js';

export type { DataErrorDetail, ExitTrigger };

/** `detail` of `trygg-exit`: fired just before the page is left (bubbles, composed). */
export interface ExitDetail {
  /** Where the exit goes (`location.replace`). */
  href: string;
  /** What started the exit. */
  trigger: ExitTrigger;
}

/** `detail` of `trygg-exit-progress`: the Shift count of the shortcut changed (does not bubble). */
export interface ExitProgressDetail {
  /** Shift presses so far (0 after a reset). */
  presses: number;
  /** Presses that exit. */
  needed: number;
}

/** Every event the kit fires, by name. */
export interface TryggEventMap {
  'trygg-exit': CustomEvent<ExitDetail>;
  'trygg-exit-progress': CustomEvent<ExitProgressDetail>;
  'trygg-data-error': CustomEvent<DataErrorDetail>;
}

declare global {
  interface HTMLElementEventMap {
    'trygg-exit': CustomEvent<ExitDetail>;
    'trygg-exit-progress': CustomEvent<ExitProgressDetail>;
    'trygg-data-error': CustomEvent<DataErrorDetail>;
  }
  /** The bubbling, composed events reach the document and the window too. */
  interface DocumentEventMap {
    'trygg-exit': CustomEvent<ExitDetail>;
    'trygg-data-error': CustomEvent<DataErrorDetail>;
  }
  interface WindowEventMap {
    'trygg-exit': CustomEvent<ExitDetail>;
    'trygg-data-error': CustomEvent<DataErrorDetail>;
  }
}
