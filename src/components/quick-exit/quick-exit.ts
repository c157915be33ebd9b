import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { defineElement } from '../../core/define.js';
import { exitPage, exitUrl, SHORTCUT_PRESSES, shortcutElement } from '../../core/exit.js';
import { dirFor, registerTranslations } from '../../core/locale.js';
import { safeUrl } from '../../core/safe-url.js';
import { baseStyles } from '../../core/theme.js';
import { styles } from './quick-exit.styles.js';

registerTranslations({
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
});

/**
 * @summary A "Lämna sidan snabbt" button (and Shift pressed three times) that hides the page at once
 * and replaces it with a neutral site, leaving as little trace as a browser allows.
 * @tag trygg-quick-exit
 * @status experimental
 *
 * @slot - The no-JS fallback: an `<a href="…">Lämna sidan snabbt</a>` that works before the element
 *   upgrades (and without JavaScript). It is not shown after upgrade.
 * @slot help - Your own text for the "hide your visit" panel (replaces the built-in text).
 *
 * @fires trygg-exit - Just before leaving. `detail: { href, trigger }`, trigger `click`, `shortcut`,
 *   `pageshow` or `api`. Bubbles and is composed. Use it to stop your own players; do not send
 *   analytics from it.
 * @fires trygg-exit-progress - When the Shift count changes. `detail: { presses, needed }`. Does not bubble.
 *
 * @csspart base - The wrapper (a flex row at the top of the page).
 * @csspart button - The exit button.
 * @csspart indicator - The three dots that show the Shift count.
 * @csspart help - The "hide your visit" disclosure (`<details>`), when no `help-href` is set.
 * @csspart help-link - The link to your help page, when `help-href` is set.
 *
 * @cssprop --trygg-quick-exit-background-color - Button background (default #a4001d).
 * @cssprop --trygg-quick-exit-color - Button text (default #ffffff).
 * @cssprop --trygg-quick-exit-hover-background-color - Button background on hover (default #7d0016).
 * @cssprop --trygg-quick-exit-z-index - Stacking level of the sticky bar (default 1000).
 * @cssprop --trygg-quick-exit-inset-block-start - Distance from the top when stuck (default 0).
 */
@defineElement('trygg-quick-exit')
@localized()
export class TryggQuickExit extends LitElement {
  static override styles = [baseStyles, styles];
  /** @internal Focus on the element goes to its button. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The frame that checks the focused element's place (see `onFocusMove`), 0 when none is pending. */
  private focusCheck = 0;

  /** Neutral destination, `https:` only. Default: SMHI's weather front page (`https://www.smhi.se/`). */
  @property({ reflect: true }) href: string | null = null;

  /** `shift` (Shift pressed three times) or `none`. */
  @property({ reflect: true }) shortcut: 'shift' | 'none' = 'shift';

  /** Replaces the built-in button text ("Lämna sidan snabbt"). */
  @property() label = '';

  /** A page of yours on how to hide visits; shown as a link instead of the built-in help panel. */
  @property({ attribute: 'help-href' }) helpHref: string | null = null;

  /** Shift presses so far (0–2). */
  @state() private presses = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('trygg-exit-progress', this.onProgress);
    document.addEventListener('focusin', this.onFocusMove);
    // Focus moving between two elements of one shadow root does not reach a document focusin.
    document.addEventListener('keydown', this.onFocusMove, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('trygg-exit-progress', this.onProgress);
    document.removeEventListener('focusin', this.onFocusMove);
    document.removeEventListener('keydown', this.onFocusMove, true);
  }

  /** @internal */
  private readonly onProgress = (event: Event): void => {
    this.presses = (event as CustomEvent<{ presses: number }>).detail.presses;
  };

  /**
   * WCAG 2.4.11: the sticky bar must not hide what the keyboard focuses. The browser scrolls a
   * focused element into view, but not out from under a sticky bar; when it lands under the button
   * or the help control, the page scrolls just enough to show it below them. Checked in the frame
   * after a focus move (a document `focusin`) or a Tab key (focus moving inside a shadow root).
   * @internal
   */
  private readonly onFocusMove = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Tab') return;
    if (this.focusCheck) return;
    this.focusCheck = requestAnimationFrame(() => {
      this.focusCheck = 0;
      this.revealFocus();
    });
  };

  /** @internal */
  private readonly onClick = (): void => {
    this.exit('click');
  };

  /** Leaves the page now, exactly as a click on the button does. */
  exit(trigger: 'click' | 'api' = 'api'): void {
    exitPage(exitUrl(this), this, trigger);
  }

  /** Scrolls the keyboard-focused element (shadow roots included) out from under the bar. */
  private revealFocus(): void {
    let target = document.activeElement;
    for (let next = target?.shadowRoot?.activeElement; next; next = next.shadowRoot?.activeElement) {
      if (target === this) return; // our own controls
      target = next;
    }
    if (!target || target === document.body || this.contains(target)) return;
    if (!target.matches(':focus-visible')) return; // a click focuses where the pointer is
    const box = target.getBoundingClientRect();
    const controls = [...this.renderRoot.querySelectorAll('.button, .help, .help-link')].map((c) =>
      c.getBoundingClientRect()
    );
    const under = controls.some(
      (c) => c.width > 0 && box.top < c.bottom && box.bottom > c.top && box.left < c.right && box.right > c.left
    );
    if (!under) return;
    // Below every control (they wrap onto two rows on a narrow screen), with room for the focus
    // ring (3 px outline, 2 px offset, 5 px halo).
    const overlap = Math.max(...controls.map((c) => c.bottom)) - box.top + 12;
    window.scrollBy({ top: -overlap, behavior: 'instant' });
  }

  private progressText(): string {
    const left = SHORTCUT_PRESSES - this.presses;
    // Only the element the shortcut serves speaks: two live regions would announce every press twice.
    if (this.shortcut === 'none' || this.presses === 0 || shortcutElement() !== this) return '';
    return left === 1
      ? msg('Tryck på Shift en gång till för att lämna sidan.', { id: 'quick-exit.one-more' })
      : msg(str`Tryck på Shift ${left} gånger till för att lämna sidan.`, { id: 'quick-exit.more' });
  }

  private renderHelp() {
    const helpHref = safeUrl(this.helpHref);
    if (helpHref) {
      return html`<a part="help-link" class="help-link" href=${helpHref}
        >${msg('Så döljer du ditt besök', { id: 'quick-exit.help-link' })}</a
      >`;
    }
    return html`<details part="help" class="help">
      <summary>${msg('Dölj ditt besök', { id: 'quick-exit.help-summary' })}</summary>
      <div class="help-panel">
        <slot name="help">
          <p>
            ${msg(
              'Knappen döljer sidan direkt och byter den mot en neutral webbplats. Bakåtknappen leder inte tillbaka hit.',
              { id: 'quick-exit.help-what' }
            )}
          </p>
          ${
            this.shortcut === 'none'
              ? nothing
              : html`<p>${msg('Du kan också trycka på Shift tre gånger.', { id: 'quick-exit.help-shortcut' })}</p>`
          }
          <p>
            ${msg(
              'Webbläsarens historik raderas inte. Använd ett privat fönster, eller rensa historiken efteråt, om någon kan se din enhet.',
              { id: 'quick-exit.help-history' }
            )}
          </p>
        </slot>
      </div>
    </details>`;
  }

  override render() {
    const label = this.label || msg('Lämna sidan snabbt', { id: 'quick-exit.label' });
    return html`<div part="base" class="base" dir=${dirFor(this) ?? nothing}>
      <button part="button" class="button" type="button" @click=${this.onClick}>
        <span class="label">${label}</span>
        <span part="indicator" class="indicator" aria-hidden="true" ?hidden=${this.presses === 0}>
          ${Array.from({ length: SHORTCUT_PRESSES }, (_, i) => html`<span class="dot ${i < this.presses ? 'on' : ''}"></span>`)}
        </span>
      </button>
      ${this.renderHelp()}
      <span class="visually-hidden" role="status">${this.progressText()}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-quick-exit': TryggQuickExit;
  }
}
