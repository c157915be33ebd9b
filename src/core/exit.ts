/**
 * The exit core: everything `<trygg-quick-exit>` needs to leave, with no Lit and no other module,
 * so it acts before the rest of the kit has loaded. It ships three ways:
 * - inside `trygg-kit/quick-exit.js` and `dist/cdn/quick-exit.js` (with the element);
 * - as the npm module `trygg-kit/exit-core.js` (this file: its exports are the API below);
 * - as `dist/cdn/exit-core.js`, a classic script with no `export`, to paste inline in `<head>`.
 *
 * Installing (importing this module, or running the classic script) sets up, once per page however
 * many copies of the kit are loaded, one shared state on `window[Symbol.for('trygg-kit.exit')]`
 * ({@link ExitCore}) and window capture-phase listeners:
 * - `click`: a trusted click on the exit button or on the light-DOM fallback link of a not yet
 *   upgraded `<trygg-quick-exit>` leaves, even when a site listener stops the event's propagation;
 * - `pointerup`: so does a finger lifted on either, without waiting for the click (a site that
 *   cancels `touchstart`, as focus traps do outside their modal, stops the click); a mouse's on
 *   either is marked handled (`preventDefault()`), and its click leaves; a press (`pointerdown`)
 *   on an exit control that the page no longer shows at the release (a copy of the element took its
 *   place meanwhile, and no click follows) leaves at the release;
 * - `keydown`/`keyup`: the shortcut, Shift pressed and released alone three times with at most
 *   {@link SHORTCUT_GAP} ms between presses (also while focus is in a same-origin frame);
 * - `beforeunload`: while leaving, a site's "unsaved changes" guard is not run (no "Leave site?");
 * - `pageshow`: a page restored from the back/forward cache after an exit stays hidden and leaves again.
 *
 * It also wraps `HTMLMediaElement.prototype.play`, `AudioNode.prototype.connect`, `window.open`,
 * `MediaDevices.prototype.getUserMedia` and `getDisplayMedia`, and puts a `Proxy` in place of
 * `window.Notification`, to note, weakly, the sound the page starts outside its elements (an `Audio`
 * object never put in the page, Web Audio), the windows it opens, the cameras, microphones and
 * screens it shares and the notifications it shows, which the exit stops and closes with the rest.
 * In a tab's top window it also listens on a `BroadcastChannel` ({@link EXIT_CHANNEL}): the site's
 * other tabs and windows with the kit leave together (a frame's kit tells them, never answers).
 * Installed while the page is still being parsed (inlined in `<head>`) it does all this at once;
 * installed later, in the task after the next frame.
 *
 * The first copy to install wins: later copies (the CDN file after the inline core, or the npm
 * package beside the CDN file) use its state and functions, so a page has one press counter and
 * at most one exit. It writes no cookie, storage or attribute, and requests nothing but the
 * navigation.
 */

/** Neutral Swedish default destination: SMHI's weather front page (public agency, no login, no personalisation). */
export const DEFAULT_EXIT_URL = 'https://www.smhi.se/';
/** The element the core serves. */
export const EXIT_TAG = 'trygg-quick-exit';
/** Most milliseconds between two Shift presses of the shortcut. */
export const SHORTCUT_GAP = 3000;
/** Shift presses that exit. */
export const SHORTCUT_PRESSES = 3;
/** A Shift held longer than this (ms) is not a press. */
export const SHORTCUT_HOLD = 1000;
/** Marks the element a click on which leaves (the upgraded element's button). */
export const EXIT_ACTION = 'data-trygg-exit-action';

// The typed events (trygg-exit, trygg-exit-progress) for the exit-core entry's declarations.
import type { ExitProgressDetail } from './events.js';
export type { ExitDetail, ExitProgressDetail } from './events.js';

/** What started an exit (in `trygg-exit`'s `detail.trigger`; `tab`: another tab of the site left). */
export type ExitTrigger = 'click' | 'shortcut' | 'pageshow' | 'api' | 'tab';

/** The one state and API per page, on `window[Symbol.for('trygg-kit.exit')]`. */
export interface ExitCore {
  /** Shift presses counted so far. */
  presses: number;
  /** Set while leaving: a second exit does nothing. */
  leaving: boolean;
  /** Where the last exit went (kept in memory only, for a back/forward-cache restore). */
  exited: string;
  /** Test and Storybook seams: how to leave, what time it is, and how to show the page again. */
  internals: ExitInternals;
  /** Leaves now (once). */
  exit(href?: string, source?: Element | null, trigger?: ExitTrigger): void;
  /** Listens for the shortcut and the `beforeunload` guard in another same-origin document (a frame). */
  watch(doc: Document): void;
  /**
   * The page's `<trygg-quick-exit>` elements in page order, those in shadow roots included (closed ones
   * too: the element keeps the list): set by the element once defined. Without it (the inlined core
   * before the element is defined) the core looks in the page's own tree, and where none is there, in
   * its open shadow roots.
   */
  elements?: () => Element[];
}

export interface ExitInternals {
  navigate: (href: string) => void;
  now: () => number;
  /** Shows the page again and forgets the exit (Storybook, tests; also on a fresh page view). */
  restore: () => void;
}

/** Where the shared state lives. */
export const EXIT_KEY: unique symbol = Symbol.for('trygg-kit.exit') as never;

/** The `BroadcastChannel` the site's tabs leave together on (its messages: the destination). */
export const EXIT_CHANNEL = 'trygg-kit.exit';

const EDITABLE =
  'input:not([type=button],[type=checkbox],[type=radio],[type=submit],[type=reset]),textarea,[contenteditable]';

function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // Every step is best effort; the navigation must happen whatever fails before it.
  }
}

/**
 * Calls `step` once, in the first task after the next frame is drawn, or after 100 ms when no frame
 * comes (a hidden tab draws none). The exit core's own copy of `afterFrame` (core/tasks.ts): this
 * file imports nothing. Shared with the element (`quick-exit.ts`); not part of the public API.
 */
export function afterFrame(step: () => void): void {
  let done = 0;
  const once = (): void => {
    if (!done++) step();
  };
  attempt(() => {
    requestAnimationFrame(() => setTimeout(once));
  });
  setTimeout(once, 100);
}

/** The result of checking a destination: the URL to leave to, and what was wrong with the value. */
export interface ExitUrlCheck {
  href: string;
  problem?: string;
}

/**
 * Checks a destination as an editor wrote it. Only an absolute `https://` URL on another origin,
 * without credentials, is accepted; anything else (a bare host, a relative path, `#`, the page's own
 * site, `http:`, a typo such as `https//…` or `https:/…`) gives {@link DEFAULT_EXIT_URL} and a
 * problem. Never resolved against the page or a `<base>`.
 */
export function checkExitUrl(value: unknown): ExitUrlCheck {
  if (value == null || value === '') return { href: DEFAULT_EXIT_URL };
  const raw = typeof value === 'string' ? value.trim() : JSON.stringify(value);
  let problem = 'is not an absolute https:// URL';
  if (/^https:\/\/[^/\\]/i.test(raw)) {
    try {
      const url = new URL(raw);
      if (url.username || url.password) problem = 'has a user name or password';
      else if (url.origin === location.origin) problem = 'is on this site (the exit must leave it)';
      else return { href: url.href };
    } catch {
      // not a URL: reported below
    }
  }
  return { href: DEFAULT_EXIT_URL, problem: `href "${raw}" ${problem}; leaving to ${DEFAULT_EXIT_URL} instead.` };
}

/** The raw destination of an element: its `href` property or attribute, else its fallback link's. */
function rawHref(element?: Element | null): string | null | undefined {
  const property = (element as { href?: unknown } | null | undefined)?.href;
  return typeof property === 'string'
    ? property
    : (element?.getAttribute('href') ?? element?.querySelector('a[href]')?.getAttribute('href'));
}

/**
 * Reports a bad destination the way every component reports bad data: `console.error` and a
 * `trygg-data-error` event (bubbles, composed) on the element, naming the field.
 */
export function reportExitUrl(element: Element | null | undefined, problem: string): void {
  const message = `${EXIT_TAG}: ${problem}`;
  console.error(message);
  element?.dispatchEvent(
    new CustomEvent('trygg-data-error', {
      bubbles: true,
      composed: true,
      detail: { message, problems: [message], source: 'href' },
    })
  );
}

/** The destination for an element (see {@link checkExitUrl}); a bad value is reported. */
export function exitUrl(element?: Element | null): string {
  const { href, problem } = checkExitUrl(rawHref(element));
  if (problem) reportExitUrl(element, problem);
  return href;
}

/**
 * The page's elements (see {@link ExitCore.elements}), also those in a site component's shadow root
 * (until round 42 the core never saw them: an element only in a header component's shadow root
 * showed no dots, and Shift three times did nothing).
 */
function pageElements(): Element[] {
  const listed = (window as { [EXIT_KEY]?: ExitCore })[EXIT_KEY]?.elements;
  if (listed) return listed();
  const found = [...document.querySelectorAll(EXIT_TAG)];
  // Before the element is defined (the inlined core, a slow network), with none in the page's own
  // tree: those in open shadow roots, looked for at a Shift (a page with no element at all walks its
  // tree then, once per Shift pressed alone).
  return found.length ? found : inShadowRoots(document);
}

/** The elements in the open shadow roots under `root`, and in theirs. */
function inShadowRoots(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [...el.shadowRoot.querySelectorAll(EXIT_TAG), ...inShadowRoots(el.shadowRoot)] : []
  );
}

/**
 * The element the shortcut serves: of those without `shortcut="none"`, the first the page shows (of
 * a site's desktop and mobile headers, the one its CSS shows at this width: until round 41 the first
 * in the page, hidden or not), else the first; `null` when there is none. Shift×3 leaves to its
 * destination, and its `trygg-exit` fires. (A browser without `checkVisibility` takes the first.)
 */
export function shortcutElement(): Element | null {
  const all = pageElements().filter((el) => el.getAttribute('shortcut') !== 'none');
  // One element (most pages): no style is read on the way out.
  if (all.length < 2) return all[0] ?? null;
  return all.find((el: Partial<Element>) => el.checkVisibility?.()) ?? all[0];
}

/** Creates the page's one core, its listeners included. Runs once per page (see {@link installExit}). */
function createCore(win: Window & typeof globalThis): ExitCore {
  const doc = win.document;
  const root = doc.documentElement;
  // Taken now: a page that later tampers with style APIs cannot stop the hiding.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(root.style)
  const setProperty = CSSStyleDeclaration.prototype.setProperty;
  // And the history method the exit sets the address bar with: a site's own wrap of it (a router,
  // an analytics script counting page views) neither sees that change nor stops it.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(history)
  const replaceState = History.prototype.replaceState;
  // The same for the constructed sheet: its constructor, filler and setter are taken now; it is
  // made when first needed (never on a page nobody leaves).
  const adopted = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
  // (A browser without constructed sheets has no CSSStyleSheet or no replaceSync: the hiding then
  // rests on the inline declaration, and installing must not throw.)
  const Sheet = win.CSSStyleSheet as typeof CSSStyleSheet | undefined;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(sheet)
  const fill = Sheet?.prototype.replaceSync;
  let sheet: CSSStyleSheet | undefined;
  const watched = new WeakSet<Document>();
  let lastPress = -Infinity;
  let downAt: number | undefined;
  let alone = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hidden = false;
  /** The exit control the last pointer press began on. */
  let pressed: Element | undefined;
  /** Holds the tab's title and icon blank while the hidden page waits for the destination. */
  let held: MutationObserver | undefined;
  /** Changes {@link blank} made in this task. */
  let rounds = 0;
  /** The site's other tabs and windows with the kit (see {@link wrap}). */
  let tabs: BroadcastChannel | undefined;
  /**
   * What the page starts outside its elements, where no walk of the page finds it: sound from an
   * `Audio` object never put in the page (howler.js's HTML5 mode, and players built on it) or
   * from Web Audio (howler.js by default), windows it opens (`window.open`: a chat, a form), the
   * camera, microphone or screen it shares (a video call), and the notifications it shows. Noted,
   * weakly, as they start (`play()`, a node's `connect()`, `open()`, `getUserMedia()`,
   * `getDisplayMedia()`, `new Notification()`), so that the exit can stop the sound, close the
   * windows and notifications and end the sharing; until round 43 the sound played on, heard, until
   * the destination had loaded, the windows stayed open and a call went on sending, and until round
   * 44 a notification stayed on screen. What started before the core installed is not noted (inline
   * the core in `<head>`).
   */
  type Started = HTMLMediaElement | AudioContext | Window | MediaStream | Notification;
  const started: WeakRef<Started>[] = [];
  const noted = new WeakSet();
  const keep = (found: unknown): void => {
    if (found && !noted.has(found)) {
      noted.add(found);
      started.push(new WeakRef(found as Started));
    }
  };
  const note = <T extends object>(owner: T, name: keyof T, pick: (self: T, result: unknown) => unknown): void => {
    const original = owner[name] as (this: T, ...args: unknown[]) => unknown;
    owner[name] = function (this: T, ...args: unknown[]) {
      const result = original.apply(this, args);
      attempt(() => {
        keep(pick(this, result));
      });
      return result;
    } as T[keyof T];
  };
  /**
   * Closes a window the page opened. One still on its first, empty document may be loading the page
   * it was opened for (a support line's chat on the line's own site). In Chromium a close asked for
   * while that page is on its way into the window (its answer in, its process starting: 300 ms and
   * more on a loaded machine) is lost, and so is all asked of the window after it (another close, a
   * navigation): the chat stays on screen. Such a window is closed only once a page has arrived in
   * it (the empty document's `pagehide`). Its loading is stopped; if it is still empty after 300 ms,
   * it is sent to the exit's destination, whose arrival closes it. A close lost all the same (the
   * chat's page arrived after 300 ms, the destination right behind it) leaves the destination on
   * screen, not the chat. Until round 47 such a window was closed at once (one exit in 25 made while
   * it opened left the chat on screen), in round 47 after 300 ms (one or two in 80 on a loaded
   * machine).
   */
  const shut = (
    opened: Window,
    href: string,
    close = (): void => {
      opened.close();
    }
  ): void => {
    const empty = (): boolean => opened.location.href == 'about:blank' && !opened.document.body.firstChild;
    try {
      // (Reading a window's address on another site's page throws: that one is closed at once, as is
      // one whose empty document the page wrote into: a receipt to print.)
      if (empty()) {
        opened.onpagehide = () => setTimeout(close);
        opened.stop();
        return void setTimeout(() => {
          attempt(() => {
            // (Written into meanwhile, it loads nothing: closed.)
            if (opened.location.href == 'about:blank') {
              if (empty()) opened.location.replace(href);
              else close();
            }
          });
        }, 300);
      }
    } catch {
      // On another site's page: closed below.
    }
    close();
  };
  /**
   * Wraps the built-ins of `view` that start what {@link started} notes: the page's window (see
   * {@link wrap}), and the window of each same-origin frame and Picture-in-Picture window the core
   * watches (a chat page of the site in a frame that pops its chat out into a window or shows a
   * notification: until round 46 those stayed after the exit).
   */
  const noteIn = (view: Window & typeof globalThis): void => {
    // Installing must not throw: a browser without Web Audio, a page that made one of them read-only
    // (a script that locks window.open against popups) before the kit loaded.
    attempt(() => {
      note(view.HTMLMediaElement.prototype, 'play', (media) => media);
    });
    attempt(() => {
      note(view.AudioNode.prototype, 'connect', (node) => node.context);
    });
    attempt(() => {
      note(view, 'open', (_, opened) => opened);
    });
    // A notification the page shows (`new Notification()`: "Ny chatt från stödlinjen") stays on the
    // screen, then in the system's list, after the page has gone (until round 44).
    attempt(() => {
      view.Notification = new Proxy(view.Notification, {
        construct(made, args, as) {
          const shown = Reflect.construct(made, args, as) as Notification;
          keep(shown);
          return shown;
        },
      });
    });
    for (const name of ['getUserMedia', 'getDisplayMedia'] as const)
      attempt(() => {
        note(view.MediaDevices.prototype, name, (_, asked) => {
          (asked as Promise<MediaStream>).then(keep, () => undefined);
        });
      });
  };
  /**
   * The wraps that note what the page starts (above), and the watch on its Document
   * Picture-in-Picture window. While the page is still being parsed (the core inlined in `<head>`,
   * as the README recommends where a page plays sound, opens windows, makes calls or shows
   * notifications), at once: the page's own scripts come next. Installed later (`quick-exit.js` as a
   * module, the kit added after the page), in the task after the next frame, as the element's own
   * checks: reaching these interfaces the first time costs the browser about a millisecond, and the
   * exit listens that much sooner (round 44).
   */
  const wrap = (): void => {
    noteIn(win);
    // A frame of the page's own site, where the page has no kit: what the page starts too (a chat it
    // opens in a window, a sound, a call, a notification), which this frame's exit ends with its own.
    // Until round 47 only this frame's and its frames' were noted, and the page's stayed. (A page of
    // another site cannot be reached: reading its key throws.)
    attempt(() => {
      const top = win.top;
      if (top && top !== win && !(EXIT_KEY in top)) noteIn(top as Window & typeof globalThis);
    });
    // The site's other tabs and windows with the kit leave with this one: until round 45 a support
    // page the person had opened in a second tab stayed open, its title in the tab strip. Between
    // top windows only, one per tab: a frame leaves with its tab.
    attempt(() => {
      if (win.top !== win) return;
      tabs = new BroadcastChannel(EXIT_CHANNEL);
      tabs.onmessage = (event: MessageEvent): void => {
        core.exit(checkExitUrl(event.data).href, shortcutElement(), 'tab');
      };
    });
    // A window of the page's own content (Document Picture-in-Picture: a chat, a player): Shift three
    // times counts while the focus is there too (until round 43 it did nothing there).
    attempt(() => {
      (win as { documentPictureInPicture?: EventTarget }).documentPictureInPicture?.addEventListener(
        'enter',
        (event) => {
          core.watch((event as Event & { window: Window }).window.document);
        }
      );
    });
  };

  const notify = (presses: number, announce = true): void => {
    pageElements().forEach((element) => {
      element.dispatchEvent(
        new CustomEvent<ExitProgressDetail>('trygg-exit-progress', {
          detail: { presses, needed: SHORTCUT_PRESSES, announce },
        })
      );
    });
  };
  const reset = (): void => {
    clearTimeout(timer);
    downAt = undefined;
    alone = false;
    if (core.presses) notify((core.presses = 0));
  };

  /** Adds the hiding sheet (through the setter taken at install), last, so it wins. */
  const adopt = (): void => {
    attempt(() => {
      // Also without setProperty: a constructed sheet (allowed under a strict CSP, unlike a style
      // attribute, which a CSP without 'unsafe-inline' refuses and reports).
      if (!sheet) {
        if (!Sheet || !fill) return;
        const made = new Sheet();
        fill.call(made, ':root{display:none!important}');
        sheet = made;
      }
      const hiding = sheet;
      const get = (): CSSStyleSheet[] => (adopted?.get?.call(doc) as CSSStyleSheet[] | undefined) ?? [];
      const sheets = [...get().filter((s) => s !== hiding), hiding];
      if (adopted?.set) adopted.set.call(doc, sheets);
      else doc.adoptedStyleSheets = sheets;
    });
  };

  /**
   * Hides the page in the input's own task, with no layout or render work: one inline declaration
   * on <html> (a new document sheet would make the browser re-match the whole page's style before
   * the next frame, so the sheet is added at once only when the declaration did not take), and the
   * referrer withheld from the navigation that follows.
   */
  const hide = (): void => {
    hidden = true;
    attempt(() => {
      setProperty.call(root.style, 'display', 'none', 'important');
    });
    if (root.style.display !== 'none') adopt();
    attempt(() => {
      const referrer = doc.createElement('meta');
      referrer.name = 'referrer';
      referrer.content = 'no-referrer';
      ((doc.head as HTMLHeadElement | null) ?? root).prepend(referrer);
    });
  };

  /**
   * Blanks the tab: a title of one zero-width space, and no icon (no replacement icon is added: a
   * `data:` icon is a request a strict CSP reports). Run once the hidden page is on screen, before the
   * address bar is set to the site's root (a browser fetches a page's icons again for its new
   * address), and again at every change of the hidden page while the destination loads: a chat widget that sets
   * its title again ("(1) Nytt meddelande") or adds an icon with a badge (a script that finds no
   * icon link adds one) put them back in the tab until round 44.
   */
  const blank = (page = doc): void => {
    attempt(() => {
      let changed = page.title !== '\u200b';
      if (changed) page.title = '\u200b';
      page.querySelectorAll('link[rel~="icon"],link[rel="apple-touch-icon"]').forEach((link) => {
        changed = true;
        link.remove();
      });
      // A site script that sets its title again at every change of it would make this a loop that
      // never ends its task, the page hung: 50 changes in one task at most, then its title stays.
      if (changed && !rounds++)
        setTimeout(() => {
          rounds = 0;
        });
      if (rounds > 50) held?.disconnect();
    });
  };

  /** Mutes and pauses a medium, in the page or not (the walk below, and what the page played). */
  const hush = (media: HTMLMediaElement): void => {
    media.muted = true;
    media.pause();
  };

  /**
   * Pauses every medium in the document, its open shadow roots and its same-origin frames, then
   * takes every frame (`<iframe>`, `<frame>`, `<object>`, `<embed>`) off the page: a video player
   * from another site (YouTube, Vimeo, a municipality's video service) cannot be paused from here,
   * and played on, heard, while the destination loaded (until round 43; an `<embed>` until round 44).
   * Taken off, its document is discarded and its sound stops; a same-origin frame's sound outside
   * its elements (Web Audio) too.
   */
  const silence = (scope: Document | ShadowRoot): void => {
    scope.querySelectorAll('*').forEach((node) => {
      attempt(() => {
        if ('pause' in node && 'muted' in node) hush(node as HTMLMediaElement);
        if (node.shadowRoot) silence(node.shadowRoot);
        if ('contentDocument' in node || node.localName === 'embed') {
          const frame = (node as HTMLIFrameElement).contentDocument;
          if (frame) silence(frame);
          node.remove();
        }
      });
    });
  };

  const core: ExitCore = {
    presses: 0,
    leaving: false,
    exited: '',
    internals: {
      navigate: (href: string): void => {
        // A browser shows where a page leads only once the destination has come: until then the
        // address bar named the page being left, its path and query (`/stod/vald-i-nara-relationer`,
        // `?q=skyddat+boende`). Once the hidden page is on screen it shows the site's root (the top
        // window's, where it can be reached; the entry is replaced by the destination's all the
        // same), the tab blanked first. Not in the input's task: there the two cost the press about
        // 5 ms more main-thread work before the hidden page's frame (bench/quick-exit.mjs, round 45).
        afterFrame(() => {
          attempt(() => {
            const top = win.top ?? win;
            // The tab's page: this one, or the page of a frame of its site without the kit (see
            // exit(); the frame's own document is blanked in the exit's step after the frame).
            blank(top.document);
            replaceState.call(top.history, null, '', top.location.origin + '/');
          });
        });
        try {
          if (win.top && win.top !== win) {
            win.top.location.replace(href);
            return;
          }
        } catch {
          // Cross-origin frame without user activation, or sandboxed: leave via this frame at least.
        }
        win.location.replace(href);
      },
      now: (): number => win.performance.now(),
      restore: (): void => {
        reset();
        core.leaving = false;
        core.exited = '';
        if (!hidden) return; // never hidden: leave the page's own styles alone
        hidden = false;
        held?.disconnect();
        attempt(() => {
          root.style.removeProperty('display');
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        });
      },
    },
    exit(href = DEFAULT_EXIT_URL, source = null, trigger = 'api') {
      if (core.leaving) return;
      core.leaving = true;
      core.exited = href;
      hide();
      attempt(() => {
        source?.dispatchEvent(
          new CustomEvent('trygg-exit', { bubbles: true, composed: true, detail: { href, trigger } })
        );
      });
      // A frame of the page's own site, where the page has the kit too, leaves through the page's:
      // the page is hidden, the tab blanked, the site's other tabs told. Until round 45 only the
      // frame was hidden, the page on screen until the destination had come.
      let page: ExitCore | undefined;
      attempt(() => {
        if (win.top !== win) page = (win.top as { [EXIT_KEY]?: ExitCore } | null)?.[EXIT_KEY];
      });
      if (page) page.exit(href, page.elements?.()[0], trigger);
      else {
        // A frame of the page's own site, where the page has no kit: the page is hidden too (until
        // round 46 only the frame was, the page around it on screen until the destination had
        // come), and blanked with the address change (navigate). A frame of another site cannot.
        attempt(() => {
          if (win.top && win.top !== win)
            setProperty.call(win.top.document.documentElement.style, 'display', 'none', 'important');
        });
        // The site's other tabs, after an exit a person made here (not one another tab told of, nor
        // a page the back/forward cache restored: the others had left then). A frame (its page
        // without the kit) tells them through a channel made now, as does a page before its own
        // is made (wrap): until round 46 neither told any tab. (A frame of another site reaches no
        // tab: its channels are kept apart by the browser.)
        if (trigger !== 'tab' && trigger !== 'pageshow')
          attempt(() => {
            (tabs ?? new BroadcastChannel(EXIT_CHANNEL)).postMessage(href);
          });
        core.internals.navigate(href);
      }
      // Once the hidden page is on screen (the frame after this task, or 100 ms at most when no
      // frame comes), still while the destination loads: the sheet as a second lock (a site script
      // that clears <html>'s style cannot show the page again), the tab's title and icon again (held
      // blank from then on), frames, media, windows, calls, notifications, speech, full screen,
      // picture-in-picture.
      afterFrame((): void => {
        if (!hidden) return;
        adopt();
        blank();
        attempt(() => {
          held ??= new MutationObserver(() => {
            blank();
          });
          held.observe(root, { subtree: true, childList: true, characterData: true });
        });
        // What the page and its frames started, before the frames are taken off the page (a
        // frame's notification is closed while its document is still there).
        // (A window first, by `closed`: of a window on another site only a few properties may be read.)
        for (const ref of started)
          attempt(() => {
            const found = ref.deref();
            if (!found) return;
            if ('closed' in found) shut(found, href);
            else if ('getTracks' in found)
              found.getTracks().forEach((track) => {
                track.stop();
              });
            else if ('pause' in found) hush(found);
            else if ('suspend' in found) void found.suspend().catch(() => undefined);
            else found.close();
          });
        // And those its service worker shows (the only kind on Android; a chat's push messages).
        void (async () => {
          for (const registration of await win.navigator.serviceWorker.getRegistrations())
            for (const shown of await registration.getNotifications()) shown.close();
        })().catch(() => undefined);
        attempt(() => {
          silence(doc);
        });
        attempt(() => {
          win.speechSynthesis.cancel();
        });
        // Full screen is left. A video in its floating window, and a window of the page's own
        // content (Document Picture-in-Picture: a chat, a player), are drawn over the person's other
        // windows and apps, outside the hidden page: until round 43 they stayed there until the
        // destination had loaded.
        attempt(() => {
          if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
        });
        attempt(() => {
          if (doc.pictureInPictureElement) void doc.exitPictureInPicture().catch(() => undefined);
        });
        attempt(() => {
          (win as { documentPictureInPicture?: { window: Window | null } }).documentPictureInPicture?.window?.close();
        });
        reset();
        // A frame of the page's site, where the page has no kit (above): the page's media and frames
        // too (a video player from another site played on, heard, until round 46), this frame among
        // them, last.
        attempt(() => {
          if (!page && win.top && win.top !== win) silence(win.top.document);
        });
      });
    },
    watch(target: Document) {
      if (watched.has(target)) return;
      watched.add(target);
      const view = target.defaultView;
      if (!view) return;
      const own = view === win;
      // A frame's built-ins, as the page's own (wrap): in the task after the next frame, not in the
      // one that installs the core or watches a frame as it loads.
      if (!own)
        afterFrame(() => {
          noteIn(view);
        });
      // A frame with a kit of its own counts its own presses: do not count them twice.
      const counts = (): boolean => own || !(EXIT_KEY in view);
      // Keys: this page's window (first of all in the capture phase), or a frame's document (its
      // window object may outlive the document). `load` of a frame reaches its document, not the window.
      const keys = own ? view : target;
      keys.addEventListener(
        'keydown',
        (event) => {
          if (counts()) onKeyDown(event as KeyboardEvent);
        },
        true
      );
      keys.addEventListener(
        'keyup',
        (event) => {
          if (counts()) onKeyUp(event as KeyboardEvent);
        },
        true
      );
      view.addEventListener(
        'beforeunload',
        (event) => {
          if (core.leaving) event.stopImmediatePropagation();
        },
        true
      );
      target.addEventListener(
        'load',
        (event) => {
          watchFrame(event.target);
        },
        true
      );
      // The frames already there, from the window's own list: no walk through the page's elements
      // (a module script runs after the whole page is parsed).
      for (let i = view.length; i--;) watchFrame(view[i]);
      // A frame in a site component's shadow root (a chat or form widget) is in neither: its `load`
      // stops at the shadow root and the window's list leaves it out. Keys reach it only once it has
      // the focus: watched when a window here loses the focus (to it, or from one frame to the next),
      // and when a pointer comes over it. Until round 42 Shift did nothing in such a frame. (Into a
      // closed shadow root nothing can look.)
      view.addEventListener('blur', () => {
        setTimeout(watchFocus);
      });
      target.addEventListener(
        'pointerover',
        (event) => {
          if ((event.target as Partial<Element>).shadowRoot) watchFrame(event.composedPath()[0]);
        },
        true
      );
    },
  };

  /** Watches the frame that has the page's focus, through open shadow roots and frames in frames. */
  function watchFocus(): void {
    for (let frame: Document | null | undefined = doc; frame;) {
      let node: Element | null = frame.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      frame = (node as Partial<HTMLIFrameElement> | null)?.contentDocument;
      if (frame) core.watch(frame);
    }
  }

  /** A frame's document, from its element (a `load` event's target) or its window. */
  function watchFrame(node: unknown): void {
    attempt(() => {
      const frame = (node as Partial<HTMLIFrameElement>).contentDocument ?? (node as Partial<Window>).document;
      if (frame) core.watch(frame);
    });
  }

  function isShift(event: KeyboardEvent): boolean {
    // Virtual keyboards report Shift without a key location or while composing: they do not count.
    return event.key === 'Shift' && (event.location === 1 || event.location === 2) && !event.isComposing;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (!isShift(event)) {
      // Any other key: a Shift held now is a modifier, and the count starts again.
      reset();
      return;
    }
    if (event.repeat) {
      alone = false; // held: auto-repeat
      return;
    }
    downAt = core.internals.now();
    alone = true;
  }

  function onKeyUp(event: KeyboardEvent): void {
    if (!event.isTrusted || !isShift(event)) return;
    const now = core.internals.now();
    const counted = alone && downAt !== undefined && now - downAt <= SHORTCUT_HOLD;
    downAt = undefined;
    alone = false;
    // (Looked for only for a Shift that counts: not at each capital letter typed.)
    const element = counted && shortcutElement();
    if (!counted || !element || core.leaving) {
      if (!counted) reset();
      return;
    }
    core.presses = now - lastPress > SHORTCUT_GAP ? 1 : core.presses + 1;
    lastPress = now;
    if (core.presses >= SHORTCUT_PRESSES) {
      core.exit(exitUrl(element), element, 'shortcut');
      return;
    }
    // A first lone Shift in a text field may still be a capital (sticky keys): show it, say nothing.
    const target = event.composedPath()[0];
    const typing = target instanceof Element && target.matches(EDITABLE);
    notify(core.presses, core.presses > 1 || !typing);
    clearTimeout(timer);
    timer = setTimeout(reset, SHORTCUT_GAP);
  }

  /** The exit control (the button, or a fallback link in the element) that `event` is on. */
  function exitControl(event: Event): Element | undefined {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      if (node.hasAttribute(EXIT_ACTION)) return node;
      if (node.localName === 'a' && node.hasAttribute('href') && node.parentElement?.closest(EXIT_TAG)) return node;
    }
    return undefined;
  }

  function onClick(event: MouseEvent, control = exitControl(event)): void {
    if (!event.isTrusted || event.button !== 0 || core.leaving) return;
    const element = control && (control.closest(EXIT_TAG) ?? (control.getRootNode() as Partial<ShadowRoot>).host);
    if (!element) return;
    event.preventDefault();
    core.exit(exitUrl(element), element, 'click');
    // The page is gone: no site listener may delay the next frame or the navigation.
    event.stopImmediatePropagation();
  }

  /**
   * A finger's (or a stylus's) tap leaves when it lifts on the button, without waiting for the
   * click: a site that cancels `touchstart` outside its modal (focus-trap's default, used by many
   * modal libraries) stops that click. A touch stays captured by the element it began on, so the
   * lift must be inside the control (a finger slid off it does not leave); a scroll ends in
   * `pointercancel`, not here.
   */
  function onPointerUp(event: PointerEvent): void {
    const control = exitControl(event);
    // Pressed on an exit control the page no longer shows: a copy of the element took its place
    // between the press and the release (a modal dialog opened, a focus trap moved the focus into
    // its dialog), or the copy pressed was taken away (a dialog that closes at a press outside its
    // panel). A press and a release on two elements make no click. (Attributes only: no layout.)
    if (pressed && (!pressed.isConnected || pressed.closest('[hidden]'))) {
      onClick(event, pressed);
      return;
    }
    // A mouse's click is never cancelled so: it leaves at the click. Its pointerup is marked handled,
    // so that a site's "click outside" code that checks (Headless UI's Dialog closes at pointerup)
    // leaves the modal, and a stand-in in it, in place until then.
    if (event.pointerType === 'mouse') {
      if (control) event.preventDefault();
      return;
    }
    // A finger or a stylus (which also sends touch events).
    const box = control?.getBoundingClientRect();
    if (
      box &&
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom
    )
      onClick(event);
  }

  function onPageShow(event: PageTransitionEvent): void {
    const href = core.exited;
    lastPress = -Infinity;
    if (event.persisted && href) {
      core.leaving = false;
      core.exit(href, shortcutElement(), 'pageshow');
    } else {
      core.internals.restore();
    }
  }

  win.addEventListener('click', onClick, true);
  win.addEventListener(
    'pointerdown',
    (event) => {
      pressed = exitControl(event);
    },
    true
  );
  win.addEventListener('pointerup', onPointerUp, true);
  win.addEventListener('pageshow', onPageShow);
  core.watch(doc);
  if (doc.readyState === 'loading') wrap();
  else afterFrame(wrap);
  return core;
}

/**
 * Installs the core for this page (once, however many copies of the kit call it) and returns the
 * page's one {@link ExitCore}. Importing this module calls it.
 */
export function installExit(): ExitCore {
  const win = window as unknown as Window & typeof globalThis & { [EXIT_KEY]?: ExitCore };
  let core = win[EXIT_KEY];
  if (!core) {
    core = createCore(win);
    Object.defineProperty(win, EXIT_KEY, { value: core });
  }
  return core;
}

/** Is there a real page? On a server (SSR, Node) importing the core must not touch `document`. */
export const onPage =
  typeof window !== 'undefined' &&
  typeof document !== 'undefined' &&
  (document as Partial<Document>).documentElement != null;

/** The page's core (installed on import; nothing on a server). */
const core: ExitCore | undefined = onPage ? installExit() : undefined;

/** Test and Storybook seams (shared by every copy on the page). Not part of the public API. */
export const exitInternals: ExitInternals = core?.internals ?? {
  navigate: () => undefined,
  now: () => Date.now(),
  restore: () => undefined,
};

/**
 * Leaves the page now, once. In the caller's task: hide `<html>`, withhold the referrer, fire
 * `trygg-exit` on `source` (bubbles, composed), tell the site's other tabs with the kit (which leave
 * too), then `location.replace()` (through the top window when in a frame and allowed; in a frame of
 * the page's own site, where the page has the kit too, the page's kit leaves instead, from its hiding
 * on). Once the hidden page is on screen, while the destination loads: blank the tab's title and icon
 * (and keep them blank), set the address bar to the site's root,
 * take frames off the page, stop media, speech and calls, close windows, notifications and
 * picture-in-picture. Later calls do nothing.
 */
export function exitPage(href: string = DEFAULT_EXIT_URL, source?: Element | null, trigger: ExitTrigger = 'api'): void {
  installExit().exit(href, source, trigger);
}
