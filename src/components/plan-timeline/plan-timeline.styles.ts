import { css } from 'lit';
import { visuallyHidden } from '../../core/theme.js';

/*
 * One list, two looks. Narrow (and print): a vertical timeline, grouped by year. From a container
 * width of 48rem (screen only): the same elements laid out on one grid, lanes by responsible body
 * (rows) and months of the plan period (columns); the year groups and lists become
 * `display: contents`, so their items are placed on the grid. Positions come from custom properties
 * set through the CSSOM by `cssProps()` (no style attribute: strict CSP): --cols, --rows, --u on the
 * chart; --r, --c, --s, --b0, --b1 on items; --c, --s on ticks; --c on the today marker; --r, --n
 * on lanes and on the pieces of the today line.
 */
export const styles = css`
  :host {
    display: block;
    --_line: var(--trygg-plan-timeline-line-color, var(--_t-border));
    --_muted: var(--_t-muted);
  }
  .base {
    container-type: inline-size;
    overflow-wrap: break-word;
  }
  p {
    margin-block: 0.25rem;
  }
  .plan-title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .note {
    color: var(--_muted);
    font-style: italic;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: flex-start;
    margin-block: 0.75rem 0.25rem;
  }
  summary,
  button,
  select {
    min-block-size: 2.75rem;
    font: inherit;
  }
  summary {
    display: flex;
    align-items: center;
  }
  /*
   * A block with a drawn marker, not the default list item: every list-item summary is numbered
   * within the plan's list, and laying out 200 of them on the overview grid took half a second.
   * No list-item counter either (the browser's own style increments it by 0 on every summary, even
   * as a block): in Chromium each counter made every later insertion update all the plan's
   * counters, so each slice of a long plan took longer than the one before (1 000 measures: style
   * ~350 -> ~150 ms, bench/run.mjs).
   */
  .measure summary {
    display: block;
    min-block-size: 1.5rem;
    counter-increment: none;
  }
  /*
   * Every disclosure's marker ("Filtrera" too: its flex box has none of its own). Its margin is the
   * gap to the text: no space there, which the summary's underline would take.
   */
  summary::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.625em;
    border-block: 0.3em solid transparent;
    border-inline-start: 0.5em solid currentColor;
  }
  /*
   * Open: a triangle pointing down, drawn as such (no :dir() rule for right-to-left: in Chromium a
   * :dir() selector made every inserted item restyle the whole list, the main cost of a long plan).
   */
  [open] > summary::before {
    border-block: 0.5em solid currentColor;
    border-block-end: 0;
    border-inline: 0.3em solid transparent;
  }
  button {
    padding-inline: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--trygg-radius, 0.25rem);
    background: var(--_t-paper);
    color: inherit;
    cursor: pointer;
  }
  /* Pressed: a heavier border and a tint of the text colour (readable on a light and a dark page),
     in the same size: the border's extra pixel comes off the padding, and no bold (9 px wider: the
     filters beside it moved). */
  button[aria-pressed='true'] {
    border: 2px solid currentColor;
    padding: 0 calc(0.75rem - 1px);
    background: color-mix(in srgb, currentColor 16%, transparent);
  }
  .view {
    display: none;
  }
  fieldset {
    margin-block: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--trygg-radius, 0.25rem);
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    margin-inline-end: 1rem;
  }
  /* Not shrunk by a label that wraps (a flex item would be, at 320 px). */
  input {
    flex-shrink: 0;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  .select {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  /* A long option must not widen the page (320 px): the select shrinks with its row. */
  select {
    inline-size: auto;
    min-inline-size: 0;
    max-inline-size: 24rem;
    text-overflow: ellipsis;
  }
  .select > select {
    flex: 1 1 12rem;
  }
  .tools > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* Open, the filters take the rest of the row (from no width: never wrapped to a line of their own). */
  .tools > [open] {
    flex: 1;
  }
  .count {
    font-weight: 700;
  }
  .clear {
    margin-block-end: 1rem;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * The items are block boxes, not list items (the lists have no markers anyway): hiding or showing
   * a list item makes Chromium renumber every list item after it, which made a filter over 1 000
   * items take hundreds of milliseconds. The elements stay li in an ol (same semantics).
   */
  .year,
  .measure,
  .today {
    display: block;
  }
  /*
   * Filtered out ([hidden], also aria-hidden): the box stays, empty and of zero size, and its
   * content is skipped (content-visibility: hidden: not rendered, not focusable, not in the
   * accessibility tree, not found by find-in-page). Unlike display: none this keeps the item's
   * style and layout, so clearing a filter does not lay out every item again. (An item hidden since
   * its first render has no layout to keep: see reveal in plan-timeline.ts.)
   * No content-visibility: auto for the shown items: Chromium leaves off-screen items that were
   * never rendered out of the accessibility tree, and screen readers must get the whole plan.
   */
  .measure[hidden],
  .year[hidden] {
    display: block !important;
    content-visibility: hidden;
    contain-intrinsic-size: 0 0;
    block-size: 0 !important;
    margin-block: 0 !important;
    padding-block: 0 !important;
    border: 0 !important;
  }
  .year-heading {
    margin-block: 1rem 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
  }
  .items {
    margin-inline-start: 0.5rem;
    border-inline-start: 2px solid var(--_line);
  }
  .measure,
  .today {
    position: relative;
    padding-block: 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .measure {
    --_c: var(--_muted);
    contain: layout style;
  }
  .measure::before {
    content: '';
    position: absolute;
    inset-block-start: 0.85rem;
    inset-inline-start: -0.45rem;
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border: 2px solid transparent;
    border-radius: 50%;
    background: var(--_c) padding-box;
  }
  .decision::before {
    border-radius: 0;
    transform: rotate(45deg);
  }
  .ongoing {
    --_c: var(--_t-accent);
  }
  .done {
    --_c: var(--_t-success);
  }
  .delayed {
    --_c: var(--_t-warning);
  }
  .title {
    font-weight: 700;
  }
  .kind,
  .example {
    font-weight: 400;
  }
  /* Inline formatting, not (nested) flex boxes: far cheaper to lay out a plan of 1 000 items. */
  .status {
    margin-inline-end: 0.5rem;
    padding-inline: 0.375rem;
    white-space: nowrap;
    border: 1px solid currentColor;
    border-radius: var(--trygg-radius, 0.25rem);
    color: var(--_c);
    font-size: 0.875em;
    font-weight: 700;
  }
  /* A date (month and year) is never broken over two lines. */
  time,
  .nowrap {
    white-space: nowrap;
  }
  /* Clipped: the spacing after a term that ends a line must not make the page scroll sideways. */
  .meta {
    margin-block: 0.25rem;
    font-size: 0.9375em;
    overflow: clip;
  }
  .meta div,
  .meta dt,
  .meta dd {
    display: inline;
  }
  .meta div {
    margin-inline-end: 1rem;
  }
  .meta dt,
  .meta dd {
    margin: 0;
  }
  details p,
  details ul {
    margin-block: 0.25rem;
  }
  .links li,
  .sdg li {
    margin-block: 0.25rem;
  }
  .today {
    color: var(--_t-danger);
    font-weight: 700;
  }
  .today::before {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: -0.5rem;
    inline-size: 1rem;
    border-block-start: 3px solid currentColor;
  }
  .bar,
  .lanes,
  .line {
    display: none;
  }
  @media screen {
    @container (min-width: 48rem) {
      .view {
        display: inline-block;
      }
      .auto .chart {
        display: grid;
        grid-template-columns: minmax(min-content, 12rem) repeat(var(--cols, 12), minmax(0, 1fr));
        /* Row 1 holds only the today label (set here: the label alone must not size it). */
        grid-template-rows: 1.25rem;
        /* No row gap: the rows of filtered-out items collapse to nothing (items keep their places). */
        gap: 0;
        align-items: start;
      }
      .auto .lanes,
      .auto .years,
      .auto .year:not(.undated),
      .auto .year:not(.undated) > .items {
        display: contents;
      }
      /* A year without shown items stays a mere wrapper (its hidden items keep their grid places). */
      .auto .year:not(.undated)[hidden] {
        display: contents !important;
      }
      .auto .lane {
        display: block;
        grid-column: 1;
        grid-row: var(--r) / span var(--n);
        align-self: stretch;
        padding-inline-end: 0.5rem;
        border-block-start: 1px solid var(--_line);
        font-size: 0.875em;
        font-weight: 700;
        overflow-wrap: break-word;
      }
      .auto .year:not(.undated) > .year-heading {
        ${visuallyHidden}
      }
      .auto .tick {
        display: block;
        grid-row: 2;
        grid-column: var(--c) / span var(--s);
        padding-inline-start: 0.25rem;
        border-inline-start: 1px solid var(--_line);
        font-weight: 700;
      }
      .auto .year:not(.undated) .measure {
        grid-row: var(--r);
        grid-column: var(--c) / span var(--s);
        padding-block: 0.25rem 0.375rem;
        padding-inline: 0.25rem;
        font-size: 0.875em;
      }
      .auto .year:not(.undated) .measure::before {
        display: none;
      }
      .auto .year:not(.undated) .bar {
        display: block;
        inline-size: calc(var(--b1) * 100%);
        min-inline-size: 0.5rem;
        block-size: 0.5rem;
        margin-inline-start: calc(var(--b0) * 100%);
        margin-block-end: 0.125rem;
        border-radius: 2px;
        background: var(--_c);
      }
      .auto .year:not(.undated) .meta {
        ${visuallyHidden}
      }
      /*
       * The marker's label (row 1) and its line, in pieces between the items that cross it (none
       * covers text). The list item itself is only a wrapper here.
       */
      .auto .today {
        display: contents;
      }
      .auto .today > .label,
      .auto .today > .line {
        display: block;
        grid-column: var(--c);
        align-self: stretch;
        z-index: 1;
        padding-inline-start: 0.25rem;
        border-inline-start: 2px solid currentColor;
        pointer-events: none;
      }
      .auto .today > .label {
        grid-row: 1;
        font-size: 0.75em;
        white-space: nowrap;
      }
      .auto .today > .line {
        grid-row: var(--r) / span var(--n);
      }
      /* Late in the range the label runs back from the line (it sits one column earlier). */
      .auto .today.late {
        direction: rtl;
      }
      :host(:dir(rtl)) .auto .today.late {
        direction: ltr;
      }
      .auto .today::before,
      .auto .today.out {
        display: none;
      }
      .auto .undated {
        grid-column: 1 / -1;
        grid-row: var(--u);
      }
    }
  }
  @media print {
    .tools,
    .clear,
    summary,
    .bar {
      display: none;
    }
    .measure {
      break-inside: avoid;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
  @media (forced-colors: active) {
    /* The overview's bars too: their rule above is more specific than .bar. */
    .measure::before,
    .bar,
    .auto .year:not(.undated) .bar {
      background: CanvasText;
    }
    /*
     * The disclosure's triangle is drawn by one coloured border between transparent ones: forced
     * colours would paint those too (a square, open or closed). Kept as drawn, in the colour forced
     * colours give the summary's text (it would inherit the page's own colour, not that one).
     */
    summary::before {
      forced-color-adjust: none;
      color: LinkText;
    }
    .status {
      border-color: CanvasText;
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
