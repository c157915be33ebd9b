/**
 * Theme: the shared styles and the documented `--trygg-*` custom properties.
 *
 * Every `var()` has a literal fallback, so components render with no theme file at all. A site
 * themes the kit by setting the global tokens below (on `:root` or any ancestor); each component
 * also documents its own `--trygg-<component>-*` properties and `::part()`s.
 *
 * Global tokens:
 * - `--trygg-font-family` (inherit), `--trygg-font-size` (1rem), `--trygg-line-height` (1.5)
 * - `--trygg-color-text` (#1b1b1b), `--trygg-color-text-muted` (#4a4a4a)
 * - `--trygg-color-background` (#ffffff), `--trygg-color-surface` (#f4f4f2)
 * - `--trygg-color-border` (#757575), `--trygg-color-accent` (#005a8c)
 * - `--trygg-color-link` (links and link-styled disclosures; default: the accent)
 * - `--trygg-color-danger` (#a4001d), `--trygg-color-success` (#1f6b36), `--trygg-color-warning` (#8a4b00)
 * - `--trygg-color-focus` (#ffbf47 halo), `--trygg-color-focus-outline` (#1b1b1b inner line)
 * - `--trygg-radius` (0.25rem), `--trygg-space` (1rem, the base spacing unit)
 *
 * No `style=` bindings anywhere: under a CSP without `'unsafe-inline'` Lit's first render of a
 * style attribute is blocked. Dynamic values are custom properties set with `cssProps()`
 * (`./css-props.ts`), which writes them through the CSSOM.
 */
import { css } from 'lit';

/**
 * Hidden on screen, still read by screen readers. The class `.visually-hidden` (in
 * {@link baseStyles}) for elements always hidden; this block inside a rule for elements hidden only
 * in one layout: `thead { ${visuallyHidden} }` inside a container query.
 */
export const visuallyHidden = css`
  position: absolute !important;
  inline-size: 1px !important;
  block-size: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--trygg-font-family, inherit);
    font-size: var(--trygg-font-size, 1rem);
    line-height: var(--trygg-line-height, 1.5);
    color: var(--trygg-color-text, #1b1b1b);
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
    ${visuallyHidden}
  }
  /* Disclosures look like links: they open text in place. */
  summary {
    cursor: pointer;
    color: var(--trygg-color-link, var(--trygg-color-accent, #005a8c));
    text-decoration: underline;
  }
  a {
    color: var(--trygg-color-link, var(--trygg-color-accent, #005a8c));
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
    border-inline-start: 4px solid var(--trygg-color-warning, #8a4b00);
    background: var(--trygg-color-surface, #f4f4f2);
    color: var(--trygg-color-text, #1b1b1b);
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
