/**
 * The kit's events, typed: `el.addEventListener('trygg-exit', (e) => e.detail.href)` type-checks
 * without a cast. Every component entry exports these types, so the declarations below reach a
 * page author's TypeScript with any `import 'trygg-kit/…'`.
 */
import type { DataErrorDetail } from './data.js';
import type { ExitTrigger } from './exit.js';

export type { DataErrorDetail, ExitTrigger };

/**
 * `detail.cause` of `trygg-data-error`, when the likely cause is one a publishing tool (CMS) or a
 * framework brings about (see docs/cms.md):
 * - `empty`: an element of the page had no data, inline JSON or `src` (attributes or JSON removed);
 * - `inline-json-text`: the inline JSON was turned into text (read anyway, and reported);
 * - `data-attribute`: a `data` attribute (never read), e.g. `"[object Object]"` set by a framework
 *   before the element was defined;
 * - `src-relative-not-found`: a `src` relative to the page's folder answered 404 (a CMS rewrote
 *   `/file.json` to `file.json`);
 * - `src-not-found`: another `src` answered 404;
 * - `src-not-json`: the `src` answered with a web page instead of JSON (a CMS's "not found" page).
 */
export type DataErrorCause =
  'empty' | 'inline-json-text' | 'data-attribute' | 'src-relative-not-found' | 'src-not-found' | 'src-not-json';

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
  /**
   * `false` for a first lone Shift while focus is in a text field: it may still be a capital being
   * typed (sticky keys, a phone's Shift key), so it is shown but not announced. Absent means `true`.
   */
  announce?: boolean;
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
