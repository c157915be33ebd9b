import { css } from 'lit';
import { visuallyHidden } from '../../core/theme.js';

export const styles = css`
  /* A badge is inline: in a sentence its parts wrap with the words as words do (an inline-block
     moved whole to a line of its own and wrapped inside itself, the sentence in three blocks). */
  :host {
    display: inline;
    --_line: var(--_t-border);
    --_muted: var(--_t-muted);
  }
  :host(:state(card)) {
    display: block;
  }

  .card {
    display: block;
    container: trygg-training-card / inline-size;
    padding: var(--trygg-space, 1rem);
    border: 1px solid var(--_line);
    border-radius: var(--trygg-radius, 0.25rem);
    background: var(--_t-paper);
  }
  p,
  dl {
    margin-block: 0 0.5rem;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .bar {
    position: relative;
    display: inline-block;
    vertical-align: middle;
    inline-size: var(--trygg-training-badge-bar-size, 6rem);
    block-size: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--trygg-radius, 0.25rem);
    background: var(--trygg-training-badge-track-color, var(--_t-surface));
  }
  /* A block in the card: the bar is a span (phrasing content, for the badge in a sentence). */
  .card .bar {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
    margin-block: 0.75rem;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: calc(var(--_pct, 0) * 1%);
    border-radius: inherit;
    background: var(--trygg-training-badge-bar-color, var(--_t-accent));
    transition: inline-size 0.4s ease-out;
  }
  .marker,
  .target::before {
    inline-size: 3px;
    background: currentColor;
  }
  .marker {
    position: absolute;
    inset-block: -0.3rem;
    inset-inline-start: calc(var(--_target, 0) * 1%);
    margin-inline-start: -1.5px;
    box-shadow: 0 0 0 1px var(--trygg-color-background, Canvas);
  }
  .unknown {
    border-style: dashed;
  }
  /* The badge's "Mål: 90 %" with its legend, one unbroken piece in a sentence or a narrow cell. */
  span.target {
    white-space: nowrap;
  }
  /* The legend of the marker: the same upright line before "Mål: 90 %". */
  .target::before {
    content: '';
    display: inline-block;
    block-size: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
  }
  .bare::before {
    content: none;
  }
  /* Every candidate text shares one grid cell: the widest reserves the space, so nothing jumps.
     The texts wrap only where the badge has less room than they need (a narrow table cell, 320 px). */
  .numbers,
  .status {
    display: inline-grid;
    font-variant-numeric: tabular-nums;
  }
  .numbers > *,
  .status > * {
    grid-area: 1 / 1;
  }
  .off {
    visibility: hidden;
  }
  .card .numbers,
  .status > *,
  th,
  dt {
    font-weight: 700;
  }
  .status > * {
    justify-self: start;
    align-self: start;
    padding-inline: 0.5em;
    border: 1px solid;
    border-radius: 1em;
  }
  .status,
  .target,
  .note,
  table {
    font-size: 0.875em;
  }
  .complete,
  .target-reached {
    color: var(--_t-success);
  }
  .overdue {
    color: var(--_t-danger);
  }
  .not-started,
  .note {
    color: var(--_muted);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding-block: 0.25rem;
    padding-inline: 0 0.75rem;
    border-block-end: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
  }
  .credential:not(:first-child) {
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_line);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .base:not(.card) > p {
    margin: 0;
  }
  .base > .notice,
  .base > .credential {
    flex-basis: 100%;
  }
  /* A narrow card (a phone, a sidebar, 400 % zoom): each unit on its own lines, name first. */
  @container trygg-training-card (max-width: 28rem) {
    table,
    tbody,
    th,
    td {
      display: block;
    }
    thead {
      ${visuallyHidden}
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      padding-block: 0.375rem;
      border-block-end: 1px solid var(--_line);
    }
    tbody th {
      flex-basis: 100%;
      overflow-wrap: anywhere;
    }
    th,
    td {
      padding: 0;
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .fill,
    .marker,
    .target::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .marker,
    .target::before {
      background: CanvasText;
      box-shadow: 0 0 0 1px Canvas;
    }
  }
  /*
   * While the document loads, the element keeps one screen height (as the page's CSS does before the
   * script runs, README "No layout shift"): what follows stays below the screen until it is shown.
   */
  .base.pending {
    min-block-size: 100vh;
  }
`;
