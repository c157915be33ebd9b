import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: sticky;
    inset-block-start: var(--trygg-quick-exit-inset-block-start, 0);
    z-index: var(--trygg-quick-exit-z-index, 1000);
    /* The bar spans the width but only its controls take clicks: scrolled content stays usable. */
    pointer-events: none;
    --_bg: var(--trygg-quick-exit-background-color, var(--trygg-color-danger, #a4001d));
    --_fg: var(--trygg-quick-exit-color, #ffffff);
    --_bg-hover: var(--trygg-quick-exit-hover-background-color, #7d0016);
    container-type: inline-size;
  }
  /* One row at every width down to 320 px, so the bar is as tall as the space a page reserves for
     it before upgrade (3.25rem): the help control's text wraps instead of the row. */
  .base {
    display: flex;
    justify-content: flex-end;
    align-items: flex-start;
    gap: 0.25rem 0.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
  }
  .base:has(.help[open]) {
    flex-wrap: wrap;
  }
  .button,
  .help,
  .help-link {
    pointer-events: auto;
  }
  .button {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid transparent;
    border-radius: var(--trygg-radius, 0.25rem);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    cursor: pointer;
    box-shadow: 0 2px 0 #3d000b;
  }
  .button:hover {
    background: var(--_bg-hover);
  }
  .button:active {
    box-shadow: none;
    transform: translateY(2px);
  }
  .indicator {
    display: inline-flex;
    gap: 0.25rem;
  }
  .dot {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 50%;
  }
  .dot.on {
    background: currentColor;
  }
  .help,
  .help-link {
    flex: 0 1 auto;
    min-inline-size: 0;
    align-self: center;
    max-inline-size: 100%;
    font-size: 0.875em;
  }
  .help-link,
  summary {
    padding-block: 0.25rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
    color: var(--trygg-color-link, var(--trygg-color-accent, #005a8c));
    background: var(--trygg-color-background, #ffffff);
    text-decoration: underline;
    cursor: pointer;
  }
  .help[open] {
    flex-basis: 100%;
    order: 1;
  }
  .help[open] summary {
    text-align: end;
  }
  .help-panel {
    max-inline-size: 40rem;
    margin-inline-start: auto;
    padding-block: 0.25rem;
    padding-inline: 1rem;
    border: 1px solid var(--trygg-color-border, #757575);
    background: var(--trygg-color-background, #ffffff);
  }
  .help-panel p {
    margin-block: 0.5rem;
  }
  @container (max-width: 24rem) {
    .base {
      column-gap: 0.5rem;
      padding-inline: 0.25rem;
    }
    .button {
      padding-inline: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      box-shadow: none;
    }
    .dot {
      border-color: ButtonText;
    }
    .dot.on {
      background: ButtonText;
      forced-color-adjust: none;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
