import {
  afterFrame,
  checkExitUrl,
  EXIT_ACTION,
  EXIT_TAG,
  exitPage,
  exitUrl,
  installExit,
  onPage,
  reportExitUrl,
  SHORTCUT_PRESSES,
  shortcutElement,
} from '../../core/exit.js';
import { loadStrings, resolveLocale, text, type QuickExitLocale, type StringId } from './strings.js';
import { styles } from './quick-exit.styles.js';

// Nothing to install on a server (SSR, Node): importing must not touch `document`.
const core = onPage ? installExit() : undefined;

// Written small on purpose: this file is what a person at risk waits for (README, "Why no Lit").
// Private members (#…) are renamed by the minifier; public ones are not.

// The page language, followed live (one observer for every element), and a host app's
// @lit/localize locale when it announces one.
const live = new Set<TryggQuickExit>();
let locale: QuickExitLocale = 'sv';
let following = false;
let ready: Promise<unknown> = Promise.resolve();

function setLocale(next: QuickExitLocale): void {
  locale = next;
  const update = (): void => {
    live.forEach((el) => {
      el.requestUpdate();
    });
  };
  update();
  ready = loadStrings(next).then(update, (error: unknown) => {
    console.error(`${EXIT_TAG}: could not load the "${next}" strings, showing Swedish instead.`, error);
  });
}

function follow(): void {
  if (following) return;
  following = true;
  const root = document.documentElement;
  const fromPage = (): void => {
    setLocale(resolveLocale(root.lang));
  };
  fromPage();
  new MutationObserver(fromPage).observe(root, { attributeFilter: ['lang'] });
  addEventListener('lit-localize-status', (event) => {
    const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (detail.status === 'ready') setLocale(resolveLocale(detail.readyLocale));
  });
}

let sheet: CSSStyleSheet | undefined;
// WCAG 2.4.11 (technique C43): the page's own scroll padding, kept at the bottom of the bar's
// controls (see #pad).
let pageSheet: CSSStyleSheet | undefined;
let pageRule = '';
let resized: ResizeObserver | undefined;
/** Watches `inert` and `aria-hidden` on the page (see #stand). */
let blocked: MutationObserver | undefined;
/** The bars' transform while the page is pinch-zoomed ('' when it is not; see #zoom). */
let zoomed = '';

/** A node's parent in the flat tree, as the browser draws it: its slot, its parent, a shadow root's host. */
const up = (node: Node): Node | null | undefined =>
  (node as Element).assignedSlot ?? node.parentNode ?? (node as Partial<ShadowRoot>).host;

/**
 * The nearest of `node` and its ancestors that matches `selector`, looking through shadow roots and
 * slots: a web component's own modal `<dialog>` (Material's md-dialog, Web Awesome's wa-dialog) that
 * no query of the document finds, or `inert` on a wrapper in a site's layout component.
 */
function around(node: Node | null | undefined, selector: string | WeakMap<Element, unknown>): Element | undefined {
  for (; node; node = up(node))
    if (node instanceof Element && (typeof selector === 'string' ? node.matches(selector) : selector.has(node)))
      return node;
  return undefined;
}
const MODAL = 'dialog:modal';
/** What a site's modal library puts on the rest of the page while its modal is open. */
const MARK = '[inert],[aria-hidden=true]';
/** A modal that says so: on a page no library has marked, a dialog around the focus it traps (Bootstrap's, a11y-dialog's, Shoelace's). */
const ARIA_MODAL = '[aria-modal=true]';
/** A modal a library builds without `<dialog>` (Headless UI's, React Aria's), around the focus it traps. */
const TRAP = `${ARIA_MODAL},[role=dialog],[role=alertdialog]`;
/**
 * Dialogs seen trapping the focus that do not say they are modal and mark nothing: taking the focus
 * back in the task it went out of them (Bootstrap 3's modal focuses itself at every `focusin` outside
 * it; Magnific Popup's wrapper, with no role at all, too), or taking a Tab for themselves (jQuery UI's
 * modal dialog before 1.14; focus-trap on an element with no role, as Alpine's x-trap uses it; a
 * site's menu script), or taking the focus back to an ordinary control of their own (a menu script).
 * Each with its last control, where one was seen sending a Tab round.
 */
const traps = new WeakMap<Element, HTMLElement | undefined>();
/** What the focus went to in the task under way (see #onToggle). */
let visited: Node[] | undefined;
/** What a trap found around its controls can be: not a list or a table (the copy is no list item, row or cell). */
const HOLDS = ':not(ul,ol,li,dl,dt,dd,table,thead,tbody,tfoot,tr,td,th)';
/** Where the focus was when the last task that moved it was over (see #onToggle). */
let before: Element | null = null;
/** Whether a Tab moved the focus since the last task that moved it was over, or since a pointer's press. */
let tabbed = false;
/** The page's last Tab (an earlier Tab's check is left to its, see #onToggle). */
let lastTab: Event | undefined;

/** Whether `node` is `el` or one of its flat-tree ancestors (in the page or in a shadow root around it). */
function onPath(node: Node, el: Node): boolean {
  for (let n: Node | null | undefined = el; n; n = up(n)) if (n === node) return true;
  return false;
}

/** The nearest flat-tree ancestor of `node` that is around `other` too and can hold a copy (HOLDS). */
function holding(node: Node, other: Node): Element | undefined {
  for (let n = up(node); n; n = up(n)) if (n instanceof Element && onPath(n, other) && n.matches(HOLDS)) return n;
  return undefined;
}

/**
 * Where `to` is from `from` in the flat tree, as the browser draws and Tabs through them (the bits of
 * compareDocumentPosition: 2 before, 4 after): also for a control slotted into a shadow root and one
 * of that shadow root's own, of which the DOM gives no order (1).
 */
function order(from: Node, to: Node): number {
  const path: Node[] = [];
  for (let n: Node | null | undefined = from; n; n = up(n)) path.push(n);
  for (let n: Node | null | undefined = to, child = to; n; child = n, n = up(n)) {
    const i = path.indexOf(n);
    if (i >= 0) return (path[i - 1] ?? n).compareDocumentPosition(child);
  }
  return 1;
}

/**
 * The page's elements, `hidden` ones included (no stand-in), in page order: the exit core's
 * `elements` (the Shift count's dots, the element the shortcut serves), in shadow roots too.
 */
const placed = (): TryggQuickExit[] =>
  [...live].filter((el) => !el.hasAttribute('data-trygg-proxy')).sort((a, b) => (order(a, b) & 2 ? 1 : -1));

/**
 * The page's own elements (no stand-in, none with `hidden`) in the order the page draws them: the
 * first of them is the one "first" means below (see #stand). Until round 41 it was the first
 * connected, so a site's header rendered by a script after the content showed the content's element.
 */
const own = (): TryggQuickExit[] => placed().filter((el) => !el.hidden);

/** The element that has focus, inside shadow roots too. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** A help link: an `https:` URL, or a relative reference that stays on this site. */
function helpUrl(value: string | null): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, location.href);
    if (!/^[a-z][a-z\d+.-]*:/i.test(raw.replace(/[\t\n\r]/g, '')))
      return url.origin === location.origin ? raw : undefined;
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An element with attributes (`part` doubles as the class) and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attributes.part) node.className = attributes.part;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const PROPERTIES = ['href', 'shortcut', 'label', 'helpHref'] as const;

/** On a server there is no `HTMLElement`: the class still evaluates (it is never constructed there). */
const ElementBase = ((globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement ??
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stand-in base on a server only
  class {}) as typeof HTMLElement;

/**
 * @summary A "Lämna sidan snabbt" button (and Shift pressed three times) that hides the page at once
 * and replaces it with a neutral site, leaving as little trace as a browser allows.
 * @tag trygg-quick-exit
 * @status experimental
 *
 * A plain custom element on the exit core (no Lit), so that the file the person at risk depends on
 * is the smallest and fastest of the kit; see the README, "Why no Lit".
 *
 * @slot - The no-JS fallback: an `<a href="…">Lämna sidan snabbt</a>` that works before the element
 *   upgrades (and without JavaScript). It is not shown after upgrade.
 * @slot help - Your own text for the "how to hide your visit" panel (replaces the built-in text).
 *
 * @fires trygg-exit - Just before leaving. `detail: { href, trigger }`, trigger `click`, `shortcut`,
 *   `pageshow`, `api` or `tab` (another tab of the site left). Bubbles and is composed. Use it to stop your own players; do not send
 *   analytics from it.
 * @fires trygg-exit-progress - When the Shift count changes. `detail: { presses, needed, announce }`. Does not bubble.
 * @fires trygg-data-error - The `href` is not an absolute `https:` URL on another site (the default
 *   destination is used). `detail: { message, problems, source }`. Bubbles and is composed.
 *
 * @csspart base - The landmark that holds everything.
 * @csspart bar - The bar at the top of the window (in the top layer) with the button and the help control.
 * @csspart button - The exit button.
 * @csspart indicator - The three dots that show the Shift count, below the button (positioned absolutely inside it).
 * @csspart help-toggle - The "Så döljer du ditt besök" button that opens the help panel.
 * @csspart help - The help panel (in the page, below the bar), when no `help-href` is set.
 * @csspart help-link - The link to your help page, when `help-href` is set.
 *
 * @cssprop --trygg-quick-exit-background-color - Button background (default #a4001d).
 * @cssprop --trygg-quick-exit-color - Button text (default #ffffff).
 * @cssprop --trygg-quick-exit-hover-background-color - Button background on hover (default #7d0016).
 * @cssprop --trygg-quick-exit-z-index - Stacking level of the bar in its first frame (before it enters the top layer) and where the browser has no top layer (default 1000).
 * @cssprop --trygg-quick-exit-inset-block-start - Distance of the bar from the top of the window (default 0).
 */

export class TryggQuickExit extends ElementBase {
  static observedAttributes = ['href', 'shortcut', 'label', 'help-href'];

  #base: HTMLElement;
  #bar: HTMLElement;
  #button: HTMLButtonElement;
  #label: HTMLElement;
  /** The three dots, made at the first Shift press (most visits have none). */
  #dots: HTMLElement[] = [];
  #indicator: HTMLElement | undefined;
  #toggle: HTMLButtonElement;
  /** The link to the site's help page, made when `help-href` is first set to a usable URL. */
  #link: HTMLAnchorElement | undefined;
  #help: HTMLElement;
  /** The help panel's paragraph on the shortcut, once the panel has been opened. */
  #shortcutHelp: HTMLElement | undefined;
  #status: HTMLElement;
  /** Nodes whose text is a string of the table, by id (the panel's paragraphs once it is opened). */
  #texts: [HTMLElement, StringId][];
  #presses = 0;
  #announce = true;
  #proxy: TryggQuickExit | undefined;
  /** Whether another element's bar is the one on screen while this one is shown too (see #stand). */
  #second = false;
  /** How often a site's marks (inert, aria-hidden) were taken off this stand-in (see connectedCallback). */
  #unmarked = 0;
  /** The destination check of a new connection, pending until its first frame (see connectedCallback). */
  #checking: Promise<void> | undefined;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    this.#label = make('span');
    this.#button = make('button', { part: 'button', type: 'button', [EXIT_ACTION]: '' }, this.#label);
    this.#toggle = make('button', {
      part: 'help-toggle',
      class: 'toggle',
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'help',
    });
    this.#bar = make('div', { part: 'bar', popover: 'manual' }, this.#button, this.#toggle);
    // Filled when first opened (#open): most visits never open it, and the element is defined sooner.
    this.#help = make('div', { part: 'help', id: 'help', hidden: '' });
    this.#status = make('span', { class: 'sr', role: 'status' });
    this.#base = make('div', { part: 'base', role: 'region' }, this.#bar, this.#help, this.#status);
    this.#texts = [[this.#toggle, 'quick-exit.help-summary']];
    root.append(this.#base);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    root.adoptedStyleSheets = [sheet];
    // A trusted click is taken by the exit core first (window, capture phase); this is for script clicks.
    this.#button.onclick = () => {
      this.exit('click');
    };
    this.#toggle.onclick = () => {
      this.#open(this.#help.hidden);
    };
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.#help.hidden) {
        this.#open(false);
        this.#toggle.focus();
      }
    });
    // Its copy too: the exit core tells the elements in the document, and a copy in a site's dialog
    // may be in a shadow root (Shoelace's sl-dialog, Material's md-dialog).
    this.addEventListener('trygg-exit-progress', ({ detail }) => {
      for (const el of [this, this.#proxy])
        if (el) {
          el.#presses = detail.presses;
          el.#announce = detail.announce !== false;
          el.requestUpdate();
        }
    });
  }

  /**
   * Neutral destination: an absolute `https:` URL on another site. Without it, the fallback link's
   * `href`, then SMHI's weather front page. Anything else leaves to the default and is reported.
   * @default 'https://www.smhi.se/'
   */
  get href(): string | null {
    return this.getAttribute('href');
  }
  set href(value: string | null) {
    this.#set('href', value);
  }

  /**
   * `shift` (Shift pressed three times leaves) or `none`.
   * @default 'shift'
   */
  get shortcut(): 'shift' | 'none' {
    return this.getAttribute('shortcut') === 'none' ? 'none' : 'shift';
  }
  set shortcut(value: 'shift' | 'none') {
    this.#set('shortcut', value);
  }

  /**
   * Your own button text, instead of the built-in "Lämna sidan snabbt" (translated).
   * @default ''
   */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string) {
    this.#set('label', value || null);
  }

  /**
   * A page of yours on how to hide visits (`https:` or a path on your site); shown as a link instead
   * of the built-in help panel.
   * @default null
   */
  get helpHref(): string | null {
    return this.getAttribute('help-href');
  }
  set helpHref(value: string | null) {
    this.#set('help-href', value);
  }

  /**
   * Resolves once the shadow DOM shows the current state and a new connection's `href` has been
   * checked: after the first frame, and while the strings of a newly chosen language load. For code
   * written for Lit elements.
   */
  get updateComplete(): Promise<boolean> {
    return Promise.all([ready, this.#checking]).then(() => true);
  }

  connectedCallback(): void {
    // Properties set before the definition loaded are own properties that hide the accessors.
    for (const name of PROPERTIES) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        Reflect.deleteProperty(this, name);
        (this as Record<typeof name, unknown>)[name] = value;
      }
    }
    follow();
    live.add(this);
    // (Set by the copy of the kit whose element the page runs: another copy's would see none.)
    if (core) core.elements = placed;
    // A control that changes size: the page's scroll padding, and a bar the page has hidden or
    // shown again (an ancestor with display: none, see #stand), in a task of its own: a stand-in's
    // controls observed from this callback would be a loop.
    resized ??= new ResizeObserver(() => {
      TryggQuickExit.#pad();
      // Not while leaving (every control measures 0 then): nothing more in the frame that hides the page.
      if (!core?.leaving) setTimeout(TryggQuickExit.#again);
    });
    // Only a change on an element or an ancestor (in the flat tree: a wrapper in a shadow root around
    // it too) can move a stand-in: a carousel's hidden slides, or a whole app's in the shadow root
    // that holds the element, cost one walk up from each element, not a look for open modal dialogs.
    blocked ??= new MutationObserver((records) => {
      // A library that goes on marking whatever is added to the page while its modal is open (React
      // Aria's) marks the stand-in too: the marks are taken off again, a few times at most (a site
      // that put them back at once would otherwise never let the page rest).
      for (const { target: t } of records) {
        if (t instanceof TryggQuickExit && t.matches(`[data-trygg-proxy]:is(${MARK})`) && t.#unmarked++ < 4) {
          t.inert = false;
          t.removeAttribute('aria-hidden');
        }
      }
      // All of them: one element hidden can make another the first with no exit on screen (#unshown).
      if (
        records.some(
          ({ target, attributeName }) => attributeName === 'open' || [...live].some((el) => onPath(target, el))
        )
      )
        TryggQuickExit.#again();
    });
    // `hidden` too: a panel hidden with hidden="until-found" (content-visibility) reports no size.
    // And `open`: a <dialog> or <details> that closes over the element whose bar is on screen
    // shows another element's bar in that task (the resize observer's task comes a frame later).
    // And in the shadow roots around the element (a site's layout component that marks its own
    // wrapper while its modal is open), which the document's observer does not see.
    for (let node = up(this); node; node = up(node))
      if (node === document || node instanceof ShadowRoot)
        blocked.observe(node, { subtree: true, attributeFilter: ['inert', 'aria-hidden', 'hidden', 'open'] });
    // Pinch-zoomed already (a stand-in made while zoomed): no read of the zoom here, which would lay
    // out the page in the define; the first frame reads it.
    if (zoomed) this.#bar.style.transform = zoomed;
    // Two steps wait for the first frame, which shows the bar fixed at the top (z-index
    // --trygg-quick-exit-z-index) and listening: the bar enters the top layer (showPopover costs
    // about 0.5 ms, and nobody can click within a frame), and the destination is checked (a bad one
    // reported: the report is for the editor; 0.7-1.4 ms). README, "Destination" and "Placement and what the page cannot do to it".
    // A click before then leaves all the same, to a checked destination (exitUrl).
    const checking = new Promise<void>((resolve) => {
      afterFrame(() => {
        if (this.isConnected) {
          // Its controls' sizes, watched from the first frame on, not in the define: a page's first
          // ResizeObserver.observe() costs about 0.8 ms (0.7-1.8 ms here). The element itself too:
          // while a stand-in shows for it its controls are hidden, and its own box is what comes
          // back when the page shows it again. The scroll padding is set now (the observer's first
          // report would set it a frame later).
          for (const node of [this, ...this.#controls]) resized?.observe(node);
          TryggQuickExit.#pad();
          // Every element stands again, this one raised into the top layer: a new element can be
          // first in the page (a header rendered after the content), and the other's bar then hides
          // now, not when this one's sizes are first reported (a frame later).
          for (const el of live) el.#stand(undefined, el === this);
          // Not in the define: the first look at visualViewport costs about 0.1 ms. (The same
          // listener is added once, however many elements connect.)
          for (const type of ['resize', 'scroll']) visualViewport?.addEventListener(type, TryggQuickExit.#zoom);
          TryggQuickExit.#zoom();
        }
        if (this.#checking === checking && this.isConnected) this.#checkHref();
        resolve();
      });
    });
    this.#checking = checking;
    // (After #checking is set: a help link it makes is watched from the first frame on.)
    this.requestUpdate();
    this.#listen(addEventListener);
  }

  disconnectedCallback(): void {
    live.delete(this);
    for (const node of [this, ...this.#controls]) resized?.unobserve(node);
    this.#dropProxy();
    this.#listen(removeEventListener);
    // A copy the page took away (a lightbox that takes its wrapper off the page, a modal that renders
    // its content again): its element shows its own bar at once (no frame without an exit), and the
    // elements stand again a task later.
    if (this.hasAttribute('data-trygg-proxy')) {
      for (const el of live)
        if (el.#proxy === this) {
          el.#proxy = undefined;
          el.#show();
        }
      setTimeout(TryggQuickExit.#again);
    }
    // An element whose bar was on screen over another one shown: that one's bar shows at once.
    else if (!this.#second) TryggQuickExit.#again();
    // Measured once the bar shown is the one that stays.
    TryggQuickExit.#pad();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    // Before the first connectedCallback (the attributes an upgrade reports) it does all of this once.
    if (previous === value || !live.has(this)) return;
    if (name === 'href' && this.isConnected) this.#checkHref();
    this.requestUpdate();
  }

  /** Leaves the page now, exactly as a click on the button does. */
  exit(trigger: 'click' | 'api' = 'api'): void {
    exitPage(exitUrl(this), this, trigger);
  }

  /** Brings the shadow DOM up to date with the attributes, the locale and the Shift count (synchronous). */
  requestUpdate(): void {
    const shortcutOn = this.shortcut !== 'none';
    const presses = this.#presses;
    const help = helpUrl(this.helpHref);
    const base = this.#base;
    base.setAttribute('aria-label', text('quick-exit.region', locale));
    if (this.closest('[dir]')) base.removeAttribute('dir');
    else base.dir = locale === 'ar' ? 'rtl' : 'ltr';
    this.#label.textContent = this.label || text('quick-exit.label', locale);
    // The texts say their language: Swedish on a Finnish page is marked so (WCAG 3.1.2). The
    // site's own label is in the page's language.
    base.lang = locale;
    if (this.label) this.#label.lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    else this.#label.removeAttribute('lang');
    for (const [node, id] of this.#texts) node.textContent = text(id, locale);
    const shortcutHelp = this.#shortcutHelp;
    if (shortcutHelp) {
      shortcutHelp.hidden = !shortcutOn;
      if (!shortcutOn) shortcutHelp.textContent = '';
    }
    if (presses && !this.#indicator) {
      this.#dots = [0, 1, 2].map(() => make('span', { class: 'dot' }));
      this.#indicator = make('span', { part: 'indicator', 'aria-hidden': 'true' }, ...this.#dots);
      this.#button.append(this.#indicator);
    }
    if (this.#indicator) this.#indicator.hidden = !presses;
    this.#dots.forEach((dot, i) => dot.classList.toggle('on', i < presses));
    if (help && !this.#link) {
      this.#link = make('a', { part: 'help-link', class: 'toggle' }, text('quick-exit.help-summary', locale));
      this.#texts.push([this.#link, 'quick-exit.help-summary']);
      this.#bar.append(this.#link);
      // (Before the first frame the link is watched with the other controls: see connectedCallback.)
      if (live.has(this) && !this.#checking) resized?.observe(this.#link);
    }
    if (this.#link) this.#link.hidden = !help;
    this.#toggle.hidden = !!help;
    if (help && this.#link) {
      this.#link.href = help;
      this.#open(false);
    }
    // One live region speaks (two would announce every press twice): a stand-in's while one shows
    // (the element's own is then inert or hidden), else that of the first element shown (of a site's
    // desktop and mobile headers, the one its CSS hides is not read: until round 40 the first in the
    // page spoke, hidden or not), else the element the shortcut serves. (Every element, stand-ins
    // included, is told of each press: all show the dots.)
    this.#status.textContent =
      presses &&
      this.#announce &&
      (TryggQuickExit.#copy() ?? own().find((el) => el.checkVisibility()) ?? shortcutElement()) === this
        ? text(presses === SHORTCUT_PRESSES - 1 ? 'quick-exit.one-more' : 'quick-exit.two-more', locale)
        : '';
  }

  /**
   * WCAG 2.4.11: the bar must not hide what the page scrolls into view (the element Tab focuses, in
   * the page or in a shadow root; an in-page link's target, a skip link's too; `scrollIntoView()`).
   * A rule on the page (`document.adoptedStyleSheets`) sets `scroll-padding-block-start` on `html`
   * to the bottom of the lowest control on screen plus 12 px for the focus ring, so the browser's
   * own scrolling stops below the bar. Zero specificity: a page's own scroll padding wins. Updated
   * when a control changes size (a wrapped label, zoom); taken away with the last element.
   */
  static #pad(): void {
    // Leaving: the page is hidden (its controls measure 0) and must not be restyled in that frame.
    // Pinch-zoomed: the boxes are moved and scaled (#zoom); measured again when the zoom ends.
    if (core?.leaving || zoomed) return;
    let bottom = 0;
    for (const el of live)
      for (const control of el.#controls) {
        const box = control.getBoundingClientRect();
        if (box.width) bottom = Math.max(bottom, box.bottom);
      }
    const rule = bottom ? `:where(html){scroll-padding-block-start:${Math.ceil(bottom) + 12}px}` : '';
    if (rule === pageRule) return;
    pageRule = rule;
    pageSheet ??= new CSSStyleSheet();
    pageSheet.replaceSync(rule);
    const others = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    document.adoptedStyleSheets = rule ? [...others, pageSheet] : others;
  }

  /**
   * A person who pinch-zooms the page (to read it) sees part of it: the bar, fixed to the whole
   * page's top, would be off screen or cut at the side where the button is. So the bars follow the
   * part on screen, at the size they have without zoom, as the browser's own controls do.
   */
  static #zoom(): void {
    const view = globalThis.visualViewport;
    const was = zoomed;
    // As wide as the part on screen: 1 / scale on a page made for phones; nothing on a page laid out
    // wider than the screen and shown zoomed out whole (its scale is below 1 before any pinch).
    const fit = view ? view.width / document.documentElement.clientWidth : 1;
    zoomed =
      view && (Math.abs(fit - 1) > 0.001 || view.offsetLeft || view.offsetTop)
        ? `translate(${view.offsetLeft}px,${view.offsetTop}px) scale(${fit})`
        : '';
    for (const el of live) el.#bar.style.transform = zoomed;
    if (was && !zoomed) TryggQuickExit.#pad();
  }

  /**
   * An element first seen trapping the focus (see #onToggle): the copy goes into it while it holds
   * the focus. With `take`, a copy that comes into it now takes the focus: the key that showed the
   * trap ends at the exit (the first round loses no step).
   */
  #trapped(trap: Element, take: unknown): void {
    const had = TryggQuickExit.#copy()?.parentNode === trap;
    if (!traps.has(trap)) traps.set(trap, undefined);
    TryggQuickExit.#again();
    const copy = TryggQuickExit.#copy();
    if (take && !had && copy?.parentNode === trap) copy.focus();
  }

  /** Every element stands again (#stand), raised only where its copy moved. */
  static #again(): void {
    for (const el of live) el.#stand(undefined, false);
  }

  /** The bar's controls: what the page's scroll padding must clear. */
  get #controls(): HTMLElement[] {
    return this.#link ? [this.#button, this.#toggle, this.#link] : [this.#button, this.#toggle];
  }

  #set(name: string, value: string | null | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  #listen(method: typeof addEventListener): void {
    method.call(document, 'toggle', this.#onToggle, true);
    // A fullscreen element (a site's video player) enters the top layer too, without a toggle event.
    method.call(document, 'fullscreenchange', this.#onToggle, true);
    // A modal <dialog> in a shadow root fires its toggle there only; the focus it takes reaches here.
    // `focus`, not `focusin`: Chromium fires no focusin at an element whose focus a `focus` listener
    // took away (jQuery 3.7 hears focusin so: Bootstrap 3's trap).
    method.call(document, 'focus', this.#onToggle, true);
    method.call(document, 'keydown', this.#onToggle, true);
    method.call(document, 'pointerdown', this.#onToggle, true);
  }

  #checkHref(): void {
    this.#checking = undefined;
    const problem = checkExitUrl(this.href ?? this.querySelector('a[href]')?.getAttribute('href')).problem;
    if (problem) reportExitUrl(this, problem);
  }

  #open(open: boolean): void {
    const fill = open && !this.#shortcutHelp;
    if (fill) {
      const paragraphs = (['quick-exit.help-what', 'quick-exit.help-shortcut', 'quick-exit.help-history'] as const).map(
        (id): [HTMLElement, StringId] => [make('p'), id]
      );
      this.#shortcutHelp = paragraphs[1][0];
      this.#texts.push(...paragraphs);
      this.#help.append(make('slot', { name: 'help' }, ...paragraphs.map(([p]) => p)));
    }
    this.#help.hidden = !open;
    this.#toggle.setAttribute('aria-expanded', String(open));
    // Its texts, after the state: with a help link the update closes the panel again.
    if (fill) this.requestUpdate();
    if (!this.#help.hidden) this.#help.scrollIntoView({ block: 'nearest' });
  }

  /** Puts the bar in the top layer, above everything the page has shown so far. */
  #show(): void {
    const bar = this.#bar;
    // While a copy stands in for it, or another element's bar is on screen, its region is not shown
    // at all (nor in the accessibility tree: one "Snabb utgång" landmark).
    const base = (this.#base.hidden = !!this.#proxy || this.#second);
    try {
      if (bar.matches(':popover-open')) bar.hidePopover();
      if (!base) bar.showPopover();
    } catch {
      // No popover support: the bar stays fixed with --trygg-quick-exit-z-index.
    }
  }

  /** Something else entered the top layer (a popover, a dialog, a fullscreen element) or left it: see #stand. */
  readonly #onToggle = (event: Event): void => {
    const target = event.target as Element;
    // Not for our own bars (any element's: raising one must not raise the others in turn). A
    // fullscreenchange whose element has left the page is fired at the document (no `part`).
    const origin = event.composedPath()[0] as Partial<Element> & Node;
    // Nor for a stand-in: the element it stands in for places and raises it.
    if (origin.part?.contains('bar') || this.hasAttribute('data-trygg-proxy')) return;
    // A press of a pointer: the focus it moves is no Tab's (see `tabbed`).
    if (event.type === 'pointerdown') {
      tabbed = false;
      return;
    }
    // A dialog that takes a Tab for itself (jQuery UI's modal dialog before 1.14 goes round its own
    // controls at Tab, says it is not modal and marks nothing) traps the focus too: looked at once
    // the page's listeners have had the key.
    // Any element does, dialog or not, that takes the Tab and sends the focus round, back to one of
    // its controls before (Shift+Tab: after) the one it left: focus-trap on an element with no role,
    // as Alpine's x-trap uses it, or a site's menu script. That element is the nearest around both,
    // if it is not around this one too. (A Tab sent on, as a grid or a search field may, is no trap.)
    if (event.type === 'keydown') {
      const { key, shiftKey } = event as KeyboardEvent;
      if (key === 'Tab') {
        // Where the copy stood at the key (one the focus leaves goes with it).
        const copy = TryggQuickExit.#copy();
        const held = copy?.parentNode as Element;
        // The control a Tab leaves is the focus before (a move inside one shadow root reaches no
        // focus listener here); not <body>, where the focus is after a Tab out of the page.
        tabbed = true;
        if (origin !== document.body) before = origin as Element;
        lastTab = event;
        // Once the task is over, or a task later where the focus has not moved yet (jQuery UI's dialog
        // moves it a task after the key; an editor that writes a tab keeps it, and the Tab moved
        // nothing). Not once a later Tab has come: a focus taken now would undo that Tab's move (its
        // own check looks then).
        const check = (late?: boolean): void => {
          if (event !== lastTab) return;
          const to = deepFocus();
          if (to === origin) {
            if (!late) return void setTimeout(check, 0, true);
            tabbed = false;
          }
          // Shift+Tab from the copy let out of the trap it stands in (a menu script that lists only
          // `a, button` does not know the copy): on to the trap's last control, as the script sends
          // Shift+Tab from its first.
          if (shiftKey && !event.defaultPrevented && copy && onPath(copy, origin) && traps.has(held)) {
            if (!to || !onPath(held, to)) traps.get(held)?.focus();
            return;
          }
          // A round: to a control before (Shift+Tab: after) the one the Tab left, as the browser draws
          // them (a design system's panel: its links slotted, its close button in its shadow root).
          // The trap around both is the nearest as the browser draws them: also where the controls
          // are laid out in a shadow root's slots.
          let trap = around(origin, TRAP);
          const position = to ? order(origin, to) : 1;
          const round = !(position & 1) && position & (shiftKey ? 4 : 2);
          if (!trap && round && to) trap = holding(to, origin);
          if (!event.defaultPrevented || !trap || onPath(trap, this)) return;
          const known = traps.has(trap);
          // Its last control: where Shift+Tab went round to, or where Tab went round from.
          if (round) traps.set(trap, (shiftKey ? to : origin) as HTMLElement);
          // Tab sent round to its first control, which the copy now is (Shift+Tab sent round from
          // its first control, which the copy is now before): this Tab ends at the copy.
          if (!known) this.#trapped(trap, round);
          // A trap seen before that sends Tab round past the copy first in it, or Shift+Tab round
          // from the control after the copy (a menu script that lists only `a, button`): every round
          // ends at the copy, as the first one did.
          else if (copy && to && round && held === trap && !onPath(copy, to) && !onPath(copy, origin)) copy.focus();
        };
        setTimeout(check);
      }
      return;
    }
    if (event.type === 'focus') {
      // The focus taken back into a dialog in the task it went out of it (to the exit, or anywhere
      // else on the page): that dialog traps the focus, whatever it says. Looked at once the task is
      // over: a trap's listener may run before this one (the focus then went back before this one
      // hears that it went out) or after it.
      if (!visited) {
        const seen: Node[] = (visited = []);
        const tab = lastTab;
        setTimeout(() => {
          // No focus is taken if a Tab has come since (that Tab's move would be undone).
          const fresh = tab === lastTab;
          // A dialog, or an element only a script can focus (tabindex="-1") that has no dialog role:
          // Magnific Popup's wrapper. Else, the focus taken back to an ordinary control (a site's
          // menu script that focuses its first link at every focusin outside the menu): the nearest
          // element around it and the focus before, not a list or a table (the copy is no list item).
          const focus = deepFocus();
          const trap =
            around(focus, TRAP) ??
            (focus?.matches('[tabindex="-1"]') ? focus : focus && before ? holding(focus, before) : undefined);
          // Where it took back the focus Tab gave the exit, the copy in it has it now.
          if (trap && !traps.has(trap) && !onPath(trap, this) && seen.some((node) => !onPath(trap, node)))
            this.#trapped(trap, fresh && [...live].some((el) => seen.includes(el.#button)));
          // A trap seen before that takes the focus a Tab moved out back to a control past the copy
          // standing first in it (not to itself, as Bootstrap 3's does; not from the copy, which would
          // hold Shift+Tab there; not a click's, which leaves the focus where the trap puts it): the
          // copy takes it, so that this Tab ends at the exit too.
          const copy = TryggQuickExit.#copy();
          const held = copy?.parentNode as Element;
          if (
            fresh &&
            tabbed &&
            copy &&
            focus &&
            focus !== held &&
            traps.has(held) &&
            onPath(held, focus) &&
            !onPath(copy, focus) &&
            !(before && onPath(copy, before)) &&
            seen.some((node) => !onPath(held, node))
          )
            copy.focus();
          before = deepFocus();
          tabbed = false;
          visited = undefined;
        });
      }
      visited.push(origin);
      const dialog = around(origin, MODAL);
      if (dialog && dialog !== around(this, MODAL) && !dialog.contains(this.#proxy ?? null)) this.#stand(dialog);
      // A library's modal: the copy follows the focus into it, and out again (#stand), in the next
      // task: a focus trap that takes the focus back from outside (Bootstrap's, at Tab from its last
      // control) has done so by then, and the copy, first in its list, is where it goes.
      else if (this.#proxy || around(this, MARK) || around(origin, ARIA_MODAL) || around(origin, traps))
        setTimeout(TryggQuickExit.#again);
      return;
    }
    this.#stand((event as ToggleEvent).newState === 'open' && target.matches(MODAL) ? target : undefined);
  };

  /**
   * Where the bar cannot take clicks or is not drawn, a copy of the element (its own bar,
   * `shortcut="none"`) stands in for it: inside a modal dialog that opens or is still open (it makes
   * everything outside inert, the bar included) as its first child; else in a fullscreen element (a
   * site's video player); else, while the site has made this element or an ancestor inert or hidden
   * from assistive technology (what a modal library such as Headless UI's does to the rest of the
   * page), first in that library's dialog where it holds the focus (its focus trap keeps Tab there),
   * or first in <body>; else first in an `aria-modal` dialog that holds the focus on a page nothing
   * marked (Bootstrap's modal, a11y-dialog and Shoelace's trap focus without marking the page), or in
   * an element seen trapping the focus (`traps`: Bootstrap 3's, older jQuery UI's and Magnific Popup's,
   * which say neither; Alpine's x-trap and sites' menu scripts, with no dialog role); else
   * first in <body> while the page hides it where no exit shows (#unshown). Then the bars are raised
   * above what entered the top layer (`raise`), or shown again when the stand-in moved (only then:
   * until round 32 a call with no stand-in, before or after, counted as a move).
   */
  #stand(dialog?: Element, raise = true): void {
    let moved = false;
    let second = false;
    if (!this.hasAttribute('data-trygg-proxy')) {
      // Chromium draws no popover over a fullscreen element but its own descendants': a video
      // player's box can hold the copy (a <video> or a frame cannot; an element with a shadow root
      // would not show it).
      const full = document.fullscreenElement;
      const hidden = this.#unshown();
      const marked = around(this, MARK);
      // A library's modal holding the focus, not marked itself, not around this element, and shown:
      // its focus trap keeps Tab inside. Where the page is not marked, only one that says it is
      // modal or was seen trapping the focus (traps). With the focus nowhere (on <body>: its
      // element was hidden or taken away) the copy stays in the dialog it is in.
      const focus = deepFocus();
      const at = focus === document.body ? this.#proxy : focus;
      let trap = around(at, marked ? TRAP : ARIA_MODAL) ?? around(at, traps);
      // (While the page is being left the trap measures nothing too: the copy stays in it.)
      if (trap && (around(trap, MARK) || onPath(trap, this) || (!core?.leaving && !trap.checkVisibility())))
        trap = undefined;
      const modal = dialog ?? (this.#proxy?.closest(MODAL) || document.querySelector(MODAL) || around(focus, MODAL));
      // An element in the modal dialog (a site's menu) needs no copy there: its bar is raised above it.
      let place =
        (modal && modal !== around(this, MODAL) ? modal : null) ??
        (full &&
        !full.contains(this) &&
        !full.shadowRoot &&
        !/^(audio|canvas|embed|iframe|img|object|video)$/.test(full.localName)
          ? // A trap inside the player (its settings menu keeping Tab in) holds the copy: drawn there
            // too, and Tab reaches it.
            trap && onPath(full, trap)
            ? trap
            : full
          : trap
            ? trap
            : hidden || marked
              ? document.body
              : null);
      // One exit on screen: of several elements (a site's desktop and mobile headers, one hidden by
      // its CSS), only the first one shown in the page (own) stands in (its own bar is the one the
      // copy replaces), else the first. Another one shown too (an editor's second element; one in
      // the site's modal dialog) hides its bar: one "Snabb utgång" landmark, one exit button.
      const all = own();
      const owner = all.find((el) => el.checkVisibility()) ?? all.at(0);
      if (owner && owner !== this) place = null;
      second = owner !== this && this.checkVisibility();
      // A dialog's close is seen by its `open` attribute too (a shadow root's toggle never reaches the document).
      if (place?.localName === 'dialog') blocked?.observe(place, { attributeFilter: ['open'] });
      if ((this.#proxy?.parentNode ?? null) !== place) {
        moved = true;
        this.#dropProxy();
        if (place) {
          const proxy = document.createElement(EXIT_TAG);
          if (this.label) proxy.label = this.label;
          proxy.href = this.href || exitUrl(this);
          proxy.shortcut = 'none';
          // A tab stop of its own (its focus goes to its button): a focus trap that lists the
          // tabbable elements itself (React Aria's, focus-trap) looks for none in a shadow root.
          proxy.tabIndex = 0;
          proxy.setAttribute('data-trygg-proxy', '');
          this.#proxy = proxy;
          place.prepend(proxy);
        }
      }
      // Standing in for an element the page hides, the copy in <body> takes the row the README's
      // placement gives the element (else its bar would cover the top of the site's header: a menu
      // button), also while a site's modal library marks the page (the page under it does not move).
      this.#proxy?.setAttribute('data-trygg-proxy', hidden && place === document.body ? 'row' : '');
    }
    if (moved || raise || second !== this.#second) {
      this.#second = second;
      this.#show();
      if (this.#proxy) this.#proxy.#show();
    }
  }

  /**
   * Whether the page hides this element where no exit shows: in a closed `<details>`, a hidden tab
   * panel or a menu with `display: none` (an editor's placement). Not when the element itself has
   * `hidden` or another exit is on screen (a site's desktop and mobile headers, one of them hidden);
   * of several hidden ones, the first stands in.
   */
  #unshown(): boolean {
    // While the page is being left every exit measures nothing: a copy stays as it was.
    if (core?.leaving) return this.#proxy?.getAttribute('data-trygg-proxy') === 'row';
    const all = own();
    return all[0] === this && !all.some((el) => el.checkVisibility());
  }

  /** The copy standing in for an element, if one does (one at most: see #stand). */
  static #copy(): TryggQuickExit | undefined {
    for (const el of live) if (el.#proxy) return el.#proxy;
    return undefined;
  }

  #dropProxy(): void {
    // Forgotten first: a copy this element takes away is not one the page took (disconnectedCallback).
    const proxy = this.#proxy;
    this.#proxy = undefined;
    proxy?.remove();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-quick-exit': TryggQuickExit;
  }
}
