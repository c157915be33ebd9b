/**
 * The exit core: everything `<trygg-quick-exit>` needs to leave, with no Lit and no other module,
 * so it acts before the rest of the kit has loaded (it also ships alone as `dist/cdn/exit-core.js`
 * to inline in `<head>`).
 *
 * Importing it installs, once per document:
 * - a capture-phase `click` listener: a click on the light-DOM fallback link of a not-yet-upgraded
 *   `<trygg-quick-exit>` exits the same way as the upgraded element;
 * - a capture-phase `keydown` listener for the shortcut: Shift pressed three times with no other key
 *   in between and at most {@link SHORTCUT_GAP} ms between presses;
 * - a `pageshow` listener: a page restored from the back/forward cache after an exit stays hidden and
 *   exits again.
 *
 * It writes no cookie or storage and makes no request except the navigation itself.
 */

/** Neutral Swedish default destination: SMHI's weather front page (public agency, no login, no personalisation). */
export const DEFAULT_EXIT_URL = 'https://www.smhi.se/';
/** The element the core serves. */
export const EXIT_TAG = 'trygg-quick-exit';
/** Most milliseconds between two Shift presses of the shortcut. */
export const SHORTCUT_GAP = 3000;
/** Shift presses that exit. */
export const SHORTCUT_PRESSES = 3;

// The typed events (trygg-exit, trygg-exit-progress) for the exit-core entry's declarations.
export type { ExitDetail, ExitProgressDetail } from './events.js';

/** What started an exit (in `trygg-exit`'s `detail.trigger`). */
export type ExitTrigger = 'click' | 'shortcut' | 'pageshow' | 'api';

/** Test seams. Not part of the public API. */
export const exitInternals = {
  navigate: (href: string): void => {
    try {
      if (window.top && window.top !== window) {
        window.top.location.replace(href);
        return;
      }
    } catch {
      // Cross-origin frame without user activation, or sandboxed: leave via this frame at least.
    }
    location.replace(href);
  },
  now: (): number => performance.now(),
};

// State shared by every copy of the core lives on <html>: the listener guard and the destination of
// an exit that happened (read again when the back/forward cache restores the page).
const INSTALLED = 'data-trygg-exit';
const EXITED = 'data-trygg-exited';
let presses = 0;
let lastPress = -Infinity;
let progressTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The destination for an element: its `href` attribute, else its light-DOM fallback link, when that
 * is an `https:` URL; otherwise {@link DEFAULT_EXIT_URL} (with a console error for a bad value).
 */
export function exitUrl(element?: Element | null): string {
  // The upgraded element's property is current even before it has been reflected to the attribute.
  const property = (element as { href?: unknown } | null | undefined)?.href;
  const value =
    (typeof property === 'string' ? property : element?.getAttribute('href')) ??
    element?.querySelector('a[href]')?.getAttribute('href');
  if (value == null || value === '') return DEFAULT_EXIT_URL;
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' && !url.username && !url.password) return url.href;
  } catch {
    // reported below
  }
  console.error(`${EXIT_TAG}: href "${value}" is not an https: URL; leaving to ${DEFAULT_EXIT_URL} instead.`);
  return DEFAULT_EXIT_URL;
}

function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // Every step is best effort; the navigation at the end must happen whatever fails before it.
  }
}

/** Makes every pixel neutral and the tab anonymous. Synchronous, in the caller's task. */
export function hidePage(): void {
  const doc = document;
  const root = doc.documentElement;
  attempt(() => {
    root.style.setProperty('display', 'none', 'important');
  });
  attempt(() => {
    doc.title = '\u200b';
  });
  attempt(() => {
    const head = doc.head;
    doc.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]').forEach((link) => {
      link.remove();
    });
    const icon = doc.createElement('link');
    icon.rel = 'icon';
    icon.href = 'data:,';
    const referrer = doc.createElement('meta');
    referrer.name = 'referrer';
    referrer.content = 'no-referrer';
    head.prepend(referrer, icon);
  });
  attempt(() => {
    doc.querySelectorAll('audio, video').forEach((media) => {
      (media as HTMLMediaElement).muted = true;
      (media as HTMLMediaElement).pause();
    });
  });
  attempt(() => {
    window.speechSynthesis.cancel();
  });
  attempt(() => {
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
  });
}

/**
 * Leaves the page now: hide everything, fire `trygg-exit` on `source` (bubbles, composed), then
 * `location.replace()` (through the top window when in a frame and allowed).
 */
export function exitPage(href: string = DEFAULT_EXIT_URL, source?: Element | null, trigger: ExitTrigger = 'api'): void {
  hidePage();
  attempt(() => {
    document.documentElement.setAttribute(EXITED, href);
  });
  resetShortcut();
  attempt(() => {
    source?.dispatchEvent(new CustomEvent('trygg-exit', { bubbles: true, composed: true, detail: { href, trigger } }));
  });
  exitInternals.navigate(href);
}

/**
 * The element the shortcut serves (the first without `shortcut="none"`), or `null` when there is
 * none. It alone announces the Shift count, so several elements on a page do not speak twice.
 */
export function shortcutElement(): Element | null {
  return document.querySelector(`${EXIT_TAG}:not([shortcut="none"])`);
}

function notifyProgress(count: number): void {
  document.querySelectorAll(EXIT_TAG).forEach((element) => {
    element.dispatchEvent(
      new CustomEvent('trygg-exit-progress', { detail: { presses: count, needed: SHORTCUT_PRESSES } })
    );
  });
}

function resetShortcut(): void {
  clearTimeout(progressTimer);
  if (presses !== 0) {
    presses = 0;
    notifyProgress(0);
  }
}

function onKeyDown(event: KeyboardEvent): void {
  // Virtual keyboards report Shift without a key location or while composing: they do not count.
  const physicalShift = event.key === 'Shift' && (event.location === 1 || event.location === 2);
  if (!event.isTrusted || event.repeat) return;
  if (!physicalShift || event.isComposing) {
    resetShortcut();
    return;
  }
  const element = shortcutElement();
  if (!element) return;
  const now = exitInternals.now();
  presses = now - lastPress > SHORTCUT_GAP ? 1 : presses + 1;
  lastPress = now;
  if (presses >= SHORTCUT_PRESSES) {
    exitPage(exitUrl(element), element, 'shortcut');
    return;
  }
  notifyProgress(presses);
  clearTimeout(progressTimer);
  progressTimer = setTimeout(resetShortcut, SHORTCUT_GAP);
}

function onClick(event: MouseEvent): void {
  // Only the light-DOM fallback link before upgrade; the upgraded element handles its own button.
  const target = event.target;
  const link = target instanceof Element ? target.closest(`${EXIT_TAG} a[href]`) : null;
  const element = link?.closest(EXIT_TAG);
  if (!link || !element || event.button !== 0 || event.defaultPrevented) return;
  event.preventDefault();
  exitPage(exitUrl(element), element, 'click');
}

function onPageShow(event: PageTransitionEvent): void {
  resetShortcut();
  lastPress = -Infinity;
  const href = document.documentElement.getAttribute(EXITED);
  if (event.persisted && href) exitPage(href, shortcutElement(), 'pageshow');
}

/** Installs the listeners once per document, shared by every copy of the core and every element. */
function install(): void {
  const root = document.documentElement;
  if (root.hasAttribute(INSTALLED)) return;
  root.setAttribute(INSTALLED, '');
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('click', onClick, true);
  window.addEventListener('pageshow', onPageShow);
}

// Nothing to install on a server (SSR, Node): importing the core there must not touch `document`.
if (typeof document !== 'undefined' && (document as Partial<Document>).documentElement != null) install();
