import {
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
if (onPage) installExit();

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
  setLocale(resolveLocale(root.lang));
  new MutationObserver(() => {
    setLocale(resolveLocale(root.lang));
  }).observe(root, { attributeFilter: ['lang'] });
  window.addEventListener('lit-localize-status', (event) => {
    const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (detail.status === 'ready') setLocale(resolveLocale(detail.readyLocale));
  });
}

let sheet: CSSStyleSheet | undefined;

/** A help link: an `https:` URL, or a relative reference that stays on this site. */
function helpUrl(value: string | null): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, location.href);
    const relative = !/^[a-z][a-z\d+.-]*:/i.test(raw.replace(/[\t\n\r]/g, ''));
    if (relative) return url.origin === location.origin ? raw : undefined;
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

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
 *   `pageshow` or `api`. Bubbles and is composed. Use it to stop your own players; do not send
 *   analytics from it.
 * @fires trygg-exit-progress - When the Shift count changes. `detail: { presses, needed, announce }`. Does not bubble.
 * @fires trygg-data-error - The `href` is not an absolute `https:` URL on another site (the default
 *   destination is used). `detail: { message, problems, source }`. Bubbles and is composed.
 *
 * @csspart base - The landmark that holds everything.
 * @csspart bar - The bar at the top of the window (in the top layer) with the button and the help control.
 * @csspart button - The exit button.
 * @csspart indicator - The three dots that show the Shift count.
 * @csspart help-toggle - The "Så döljer du ditt besök" button that opens the help panel.
 * @csspart help - The help panel (in the page, below the bar), when no `help-href` is set.
 * @csspart help-link - The link to your help page, when `help-href` is set.
 *
 * @cssprop --trygg-quick-exit-background-color - Button background (default #a4001d).
 * @cssprop --trygg-quick-exit-color - Button text (default #ffffff).
 * @cssprop --trygg-quick-exit-hover-background-color - Button background on hover (default #7d0016).
 * @cssprop --trygg-quick-exit-z-index - Stacking level of the bar where the browser has no top layer (default 1000).
 * @cssprop --trygg-quick-exit-inset-block-start - Distance of the bar from the top of the window (default 0).
 */

export class TryggQuickExit extends ElementBase {
  static observedAttributes = ['href', 'shortcut', 'label', 'help-href'];

  private readonly root: ShadowRoot;
  private readonly base: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly label_: HTMLElement;
  private readonly indicator: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly link: HTMLAnchorElement;
  private readonly help: HTMLElement;
  private readonly status: HTMLElement;
  private readonly texts: [HTMLElement, StringId][];
  private presses = 0;
  private announce = true;
  private focusCheck = 0;
  private proxy: TryggQuickExit | undefined;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    const para = (id: StringId): [HTMLElement, StringId] => [make('p'), id];
    const what = para('quick-exit.help-what');
    const shortcut = para('quick-exit.help-shortcut');
    const history = para('quick-exit.help-history');
    this.label_ = make('span');
    this.indicator = make(
      'span',
      { part: 'indicator', class: 'indicator', 'aria-hidden': 'true', hidden: '' },
      ...Array.from({ length: SHORTCUT_PRESSES }, () => make('span', { class: 'dot' }))
    );
    this.button = make(
      'button',
      { part: 'button', class: 'button', type: 'button', [EXIT_ACTION]: '' },
      this.label_,
      this.indicator
    );
    this.toggle = make('button', {
      part: 'help-toggle',
      class: 'toggle',
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'help',
    });
    this.link = make('a', { part: 'help-link', class: 'toggle', hidden: '' });
    this.bar = make('div', { part: 'bar', class: 'bar' }, this.button, this.toggle, this.link);
    this.help = make(
      'div',
      { part: 'help', class: 'help', id: 'help', hidden: '' },
      make('slot', { name: 'help' }, what[0], shortcut[0], history[0])
    );
    this.status = make('span', { class: 'sr', role: 'status' });
    this.base = make('div', { part: 'base', class: 'base', role: 'region' }, this.bar, this.help, this.status);
    this.texts = [
      [this.toggle, 'quick-exit.help-summary'],
      [this.link, 'quick-exit.help-summary'],
      what,
      shortcut,
      history,
    ];
    this.root.append(this.base);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    this.root.adoptedStyleSheets = [sheet];
    // A trusted click is taken by the exit core first (window, capture phase); this is for script clicks.
    this.button.addEventListener('click', () => {
      this.exit('click');
    });
    this.toggle.addEventListener('click', () => {
      this.setOpen(this.help.hidden);
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.help.hidden) {
        this.setOpen(false);
        this.toggle.focus();
      }
    });
    this.addEventListener('trygg-exit-progress', (event) => {
      const detail = event.detail;
      this.presses = detail.presses;
      this.announce = detail.announce !== false;
      this.requestUpdate();
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
    this.reflect('href', value);
  }

  /**
   * `shift` (Shift pressed three times leaves) or `none`.
   * @default 'shift'
   */
  get shortcut(): 'shift' | 'none' {
    return this.getAttribute('shortcut') === 'none' ? 'none' : 'shift';
  }
  set shortcut(value: 'shift' | 'none') {
    this.reflect('shortcut', value);
  }

  /**
   * Your own button text, instead of the built-in "Lämna sidan snabbt" (translated).
   * @default ''
   */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string) {
    this.reflect('label', value || null);
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
    this.reflect('help-href', value);
  }

  /**
   * Resolves once the shadow DOM shows the current state: at once, except while the strings of a
   * newly chosen language load. For code written for Lit elements.
   */
  get updateComplete(): Promise<boolean> {
    return ready.then(() => true);
  }

  connectedCallback(): void {
    // Properties set before the definition loaded are own properties that hide the accessors.
    for (const name of ['href', 'shortcut', 'label', 'helpHref'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        Reflect.deleteProperty(this, name);
        (this as Record<typeof name, unknown>)[name] = value;
      }
    }
    follow();
    live.add(this);
    this.requestUpdate();
    this.showBar();
    this.checkHref();
    document.addEventListener('toggle', this.onToggle, true);
    document.addEventListener('focusin', this.onFocusMove);
    // Focus moving between two elements of one shadow root does not reach a document focusin.
    document.addEventListener('keydown', this.onFocusMove, true);
  }

  disconnectedCallback(): void {
    live.delete(this);
    this.dropProxy();
    document.removeEventListener('toggle', this.onToggle, true);
    document.removeEventListener('focusin', this.onFocusMove);
    document.removeEventListener('keydown', this.onFocusMove, true);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    if (name === 'href' && this.isConnected) this.checkHref();
    this.requestUpdate();
  }

  /** Leaves the page now, exactly as a click on the button does. */
  exit(trigger: 'click' | 'api' = 'api'): void {
    exitPage(exitUrl(this), this, trigger);
  }

  /** Brings the shadow DOM up to date with the attributes, the locale and the Shift count (synchronous). */
  requestUpdate(): void {
    const shortcutOn = this.shortcut !== 'none';
    const left = SHORTCUT_PRESSES - this.presses;
    this.base.setAttribute('aria-label', text('quick-exit.region', locale));
    if (this.closest('[dir]')) this.base.removeAttribute('dir');
    else this.base.dir = locale === 'ar' ? 'rtl' : 'ltr';
    this.label_.textContent = this.label || text('quick-exit.label', locale);
    // The texts say their language: Swedish on a Finnish page is marked so (WCAG 3.1.2). The
    // site's own label is in the page's language.
    this.base.lang = locale;
    if (this.label) this.label_.lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    else this.label_.removeAttribute('lang');
    for (const [node, id] of this.texts) node.textContent = text(id, locale);
    this.texts[3][0].hidden = !shortcutOn;
    if (!shortcutOn) this.texts[3][0].textContent = '';
    this.indicator.hidden = this.presses === 0;
    this.indicator.querySelectorAll('.dot').forEach((dot, i) => dot.classList.toggle('on', i < this.presses));
    const helpHref = helpUrl(this.helpHref);
    this.link.hidden = !helpHref;
    this.toggle.hidden = !!helpHref;
    if (helpHref) {
      this.link.href = helpHref;
      this.setOpen(false);
    }
    // Only the element the shortcut serves speaks: two live regions would announce every press twice.
    this.status.textContent =
      shortcutOn && this.presses > 0 && this.announce && shortcutElement() === this
        ? text(left === 1 ? 'quick-exit.one-more' : 'quick-exit.two-more', locale)
        : '';
  }

  private reflect(name: string, value: string | null | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  private checkHref(): void {
    const problem = checkExitUrl(this.href ?? this.querySelector('a[href]')?.getAttribute('href')).problem;
    if (problem) reportExitUrl(this, problem);
  }

  private setOpen(open: boolean): void {
    this.help.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) this.help.scrollIntoView({ block: 'nearest' });
  }

  /** Puts the bar in the top layer, above everything the page has shown so far. */
  private showBar(): void {
    // While a copy in a modal dialog stands in for it, the bar is not shown at all.
    this.bar.hidden = !!this.proxy;
    try {
      if (!this.bar.popover) this.bar.popover = 'manual';
      if (this.bar.matches(':popover-open')) this.bar.hidePopover();
      if (!this.proxy) this.bar.showPopover();
    } catch {
      // No popover support: the bar stays fixed with --trygg-quick-exit-z-index.
    }
  }

  /**
   * Something else entered the top layer (a popover or a dialog): raise the bar above it. A modal
   * dialog makes everything outside it inert, the bar included: while one is open, a copy of the
   * element inside the dialog (its own bar, raised above the dialog) takes clicks and Tab.
   * @internal
   */
  private readonly onToggle = (event: Event): void => {
    const target = event.target as Element;
    // Not for our own bars (any element's: raising one must not raise the others in turn).
    if ((event.composedPath()[0] as Element).part.contains('bar') || this.closest('dialog')) return;
    if ((event as ToggleEvent).newState === 'open') {
      if (target.matches('dialog:modal') && !this.proxy && this.shortcut !== 'none') {
        const proxy = document.createElement(EXIT_TAG);
        for (const name of ['href', 'label']) {
          const value = this.getAttribute(name);
          if (value) proxy.setAttribute(name, value);
        }
        if (!this.href) proxy.setAttribute('href', exitUrl(this));
        proxy.setAttribute('shortcut', 'none');
        proxy.setAttribute('data-trygg-proxy', '');
        this.proxy = proxy;
        this.bar.hidePopover();
        target.prepend(proxy);
      }
      this.showBar();
      this.proxy?.showBar();
    } else if (this.proxy && !this.proxy.closest('dialog:modal')) {
      this.dropProxy();
      this.showBar();
    }
  };

  private dropProxy(): void {
    this.proxy?.remove();
    this.proxy = undefined;
  }

  /**
   * WCAG 2.4.11: the bar must not hide what the keyboard focuses. The browser scrolls a focused
   * element into view, but not out from under a fixed bar; when it lands under the button or the
   * help control, the page scrolls just enough to show it below them. Checked in the frame after a
   * focus move (a document `focusin`) or a Tab key (focus moving inside a shadow root).
   * @internal
   */
  private readonly onFocusMove = (event: Event): void => {
    if ((event instanceof KeyboardEvent && event.key !== 'Tab') || this.focusCheck) return;
    this.focusCheck = requestAnimationFrame(() => {
      this.focusCheck = 0;
      this.revealFocus();
    });
  };

  /** Scrolls the keyboard-focused element (shadow roots included) out from under the bar. */
  private revealFocus(): void {
    let target = document.activeElement;
    for (let next = target?.shadowRoot?.activeElement; next; next = next.shadowRoot?.activeElement) {
      if (target === this) return; // our own controls
      target = next;
    }
    if (!target || target === document.body || this.contains(target) || !target.matches(':focus-visible')) return;
    const box = target.getBoundingClientRect();
    const controls = [this.button, this.toggle, this.link].map((c) => c.getBoundingClientRect());
    const under = controls.some(
      (c) => c.width > 0 && box.top < c.bottom && box.bottom > c.top && box.left < c.right && box.right > c.left
    );
    // Below every control, with room for the focus ring (3 px outline, 2 px offset, 5 px halo).
    if (under) window.scrollBy({ top: box.top - Math.max(...controls.map((c) => c.bottom)) - 12, behavior: 'instant' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-quick-exit': TryggQuickExit;
  }
}
