/**
 * The quick exit's styles, as a plain string (no Lit): one constructed sheet, shared by every
 * element (adoptedStyleSheets work under a strict CSP).
 *
 * Sizes have pixel floors (`max(44px, 2.75rem)`) and the text sets its own size, weight and line
 * height, so a host theme such as `* { all: unset }` or `html { font-size: 8px }` cannot shrink the
 * target or the text. The family is the page's (`--trygg-font-family`, default `inherit`, as in every
 * element of the kit): a family of its own (it was `system-ui`) made the browser look up and load a
 * font before the first frame: 1.5 ms more layout on the bench page (README, "Placement and what the
 * page cannot do to it").
 */
/** Identity tag, so that the build (scripts/build.mjs, minifyLitCss) finds and minifies the text. */
const css = String.raw;

export const styles = css`
:host {
  --_h: max(3.25rem, 52px);
  --_paper: var(--trygg-color-background, #fff);
  display: block !important;
  position: static !important;
  box-sizing: border-box !important;
  min-block-size: var(--_h) !important;
  padding-block-start: var(--_h) !important;
  font: 400 max(16px, 1rem) / 1.5 serif !important;
  font-family: var(--trygg-font-family, inherit) !important;
  color: var(--trygg-color-text, #1b1b1b) !important;
  visibility: visible !important;
}
/* A copy in a site's dialog (or fullscreen player) is out of its flow: no grid or flex item, no gap. */
:host([data-trygg-proxy='']) {
  position: absolute !important;
  min-block-size: 0 !important;
  padding: 0 !important;
}
/* A copy has no help control, but keeps its room: its button is where the element's was (a person
   pressing it as a modal opens does not see it jump along the bar). */
:host([data-trygg-proxy]) .toggle {
  visibility: hidden !important;
}
:host([hidden]), [hidden] {
  display: none !important;
}
* {
  box-sizing: border-box;
}
.bar {
  position: fixed;
  inset: var(--trygg-quick-exit-inset-block-start, 0) 0 auto 0;
  z-index: var(--trygg-quick-exit-z-index, 1000);
  display: flex;
  justify-content: flex-end;
  align-items: safe center;
  gap: 0.5rem 0.75rem;
  inline-size: 100%;
  block-size: var(--_h);
  margin: 0;
  padding: 4px 8px;
  border: 0;
  background: none;
  overflow: visible;
  pointer-events: none;
  color: inherit;
  font: inherit;
  transform-origin: 0 0;
}
.button, .toggle {
  pointer-events: auto;
  margin: 0;
  font: inherit;
  cursor: pointer;
}
.button {
  flex: none;
  position: relative;
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: max(44px, 2.75rem);
  min-inline-size: 44px;
  padding: 0.5rem 1rem;
  border: 2px solid transparent;
  border-radius: var(--trygg-radius, 4px);
  background: var(--trygg-quick-exit-background-color, var(--trygg-color-danger, #a4001d));
  color: var(--trygg-quick-exit-color, #fff);
  font-weight: 700;
  line-height: 1.25;
  box-shadow: 0 2px 0 #3d000b;
}
.button:hover {
  background: var(--trygg-quick-exit-hover-background-color, #7d0016);
}
/* The Shift count hangs below the button, centred: the button keeps its width, so at 320 px the
   help link beside it is not squeezed to a word a line while the count shows. */
.indicator {
  position: absolute;
  top: calc(100% - 4px);
  left: 50%;
  translate: -50%;
  display: flex;
  gap: 0.25rem;
  padding: 3px 6px;
  border-radius: 1rem;
  background: inherit;
}
.dot {
  inline-size: 0.5rem;
  block-size: 0.5rem;
  border: 1px solid;
  border-radius: 50%;
}
.on {
  background: currentColor;
}
.toggle {
  flex: 0 1 auto;
  min-inline-size: 0;
  min-block-size: 24px;
  padding: 0.25rem 0.5rem;
  border: 1px solid var(--trygg-color-border, #757575);
  border-radius: var(--trygg-radius, 4px);
  background: var(--_paper);
  color: var(--trygg-color-link, var(--trygg-color-accent, #005a8c));
  font-size: max(14px, 0.875em);
  line-height: 1.25;
  text-decoration: underline;
  overflow-wrap: anywhere;
  text-align: center;
}
.help {
  max-inline-size: 40rem;
  margin: 0.25rem 0 0.5rem;
  margin-inline-start: auto;
  padding: 0.25rem 1rem;
  border: 1px solid var(--trygg-color-border, #757575);
  background: var(--_paper);
}
/* A phone (320 px): the button's padding gives way, so the help link beside it keeps two lines. */
@media (max-width: 25rem) {
  .bar {
    gap: 0.5rem;
  }
  .button {
    padding-inline: 0.625rem;
  }
}
.help p {
  margin-block: 0.5rem;
}
.sr {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
:focus-visible {
  outline: 3px solid var(--trygg-color-focus-outline, #1b1b1b);
  outline-offset: 2px;
  box-shadow: 0 0 0 5px var(--trygg-color-focus, #ffbf47);
}
@media (forced-colors: active) {
  .button {
    border-color: ButtonText;
    background: ButtonFace;
    color: ButtonText;
    box-shadow: none;
  }
  .on {
    background: ButtonText;
    forced-color-adjust: none;
  }
}
@media print {
  :host, .bar {
    display: none !important;
  }
}
`;
