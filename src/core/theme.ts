/**
 * Theme: the shared styles and the documented `--trygg-*` custom properties.
 *
 * Every `var()` has a literal fallback, so components render with no theme file at all. A site
 * themes the kit by setting the global tokens below (on `:root` or any ancestor); each component
 * also documents its own `--trygg-<component>-*` properties and `::part()`s.
 *
 * Colours follow the host page. With no token set, text takes the page's colour (`color` is
 * inherited), the card backgrounds are transparent, and every other colour is derived from the text
 * colour (`currentColor`): muted text and borders are the text colour made partly transparent, the
 * surface a faint tint of it, and the accent, link, danger, success and warning colours keep their
 * brand hue at the brand lightness under dark text and turn light under light text (a dark page).
 * So a dark host page that sets only `background` and `color` gets readable components.
 * ("Adaptive": `oklch(from currentColor max(L, l * .82) C H)` with the brand's L C H.)
 *
 * Global tokens (defaults in brackets; "adaptive" = the brand colour on a light page, a light
 * variant of it on a dark one):
 * - `--trygg-font-family` (inherit), `--trygg-font-size` (1rem), `--trygg-line-height` (1.5)
 * - `--trygg-color-text` (inherit), `--trygg-color-text-muted` (text at 80 % opacity)
 * - `--trygg-color-background` (transparent), `--trygg-color-surface` (text at 7 % opacity)
 * - `--trygg-color-border` (text at 62 % opacity), `--trygg-color-accent` (adaptive #005a8c)
 * - `--trygg-color-link` (links and link-styled disclosures; default: the accent)
 * - `--trygg-color-danger` (adaptive #a4001d), `--trygg-color-success` (adaptive #1f6b36),
 *   `--trygg-color-warning` (adaptive #8a4b00)
 * - `--trygg-color-focus` (#ffbf47 halo), `--trygg-color-focus-outline` (#1b1b1b inner line)
 * - `--trygg-radius` (0.25rem), `--trygg-space` (1rem, the base spacing unit)
 *
 * No `style=` bindings anywhere: under a CSP without `'unsafe-inline'` Lit's first render of a
 * style attribute is blocked. Dynamic values are set with `style.setProperty()` in `updated()`.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--trygg-font-family, inherit);
    font-size: var(--trygg-font-size, 1rem);
    line-height: var(--trygg-line-height, 1.5);
    color: var(--trygg-color-text, inherit);
    /* Defaults derived from the page's text colour, resolved where they are used (currentColor). */
    --_t-muted: var(--trygg-color-text-muted, rgb(from currentColor r g b / 80%));
    --_t-paper: var(--trygg-color-background, transparent);
    --_t-surface: var(--trygg-color-surface, rgb(from currentColor r g b / 7%));
    --_t-border: var(--trygg-color-border, rgb(from currentColor r g b / 62%));
    --_t-accent: var(--trygg-color-accent, oklch(from currentColor max(.449, l * .82) .109 243));
    --_t-link: var(--trygg-color-link, var(--_t-accent));
    --_t-danger: var(--trygg-color-danger, oklch(from currentColor max(.453, l * .82) .183 24));
    --_t-success: var(--trygg-color-success, oklch(from currentColor max(.468, l * .82) .112 150));
    --_t-warning: var(--trygg-color-warning, oklch(from currentColor max(.479, l * .82) .112 60));
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: var(--_t-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  select:focus-visible,
  input:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--trygg-color-focus-outline, #1b1b1b);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--trygg-color-focus, #ffbf47);
  }
  .notice {
    margin-block: 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_t-warning);
    background: var(--_t-surface);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    select:focus-visible,
    input:focus-visible,
    [tabindex]:focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
