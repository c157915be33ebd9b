import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_bg: var(--trygg-support-card-background-color, var(--_t-paper));
    --_border: var(--trygg-support-card-border-color, var(--_t-border));
    --_danger: var(--trygg-support-card-emergency-color, var(--_t-danger));
    --_call-bg: var(--trygg-support-card-call-background-color, var(--trygg-color-accent, #005a8c));
    --_call-fg: var(--trygg-support-card-call-color, #ffffff);
    /* Filled buttons carry their own background and text colour, so they keep the brand colour. */
    --_call-danger: var(--trygg-support-card-emergency-color, var(--trygg-color-danger, #a4001d));
    --_open: var(--trygg-support-card-open-color, var(--_t-success));
    --_muted: var(--_t-muted);
  }
  .base {
    container: trygg-support / inline-size;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  /* Rows are as tall as their own content (no stretching to the tallest card: no empty areas). */
  .list {
    display: grid;
    gap: 0.75rem;
    align-items: start;
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    padding-block: 0.5rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--trygg-radius, 0.25rem);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .emergency {
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5rem;
  }
  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .emergency .name {
    color: var(--_danger);
    font-size: 1.25em;
  }
  .status {
    font-weight: 700;
    color: var(--_muted);
  }
  .status::before {
    content: '';
    display: inline-block;
    inline-size: 0.625em;
    block-size: 0.625em;
    margin-inline-end: 0.4em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .open,
  .always {
    color: var(--_open);
  }
  .open::before,
  .always::before {
    background: currentColor;
  }
  /* "Öppettider på helgdagar saknas": a dashed ring, not the closed line's ring. */
  .unknown::before {
    border-style: dashed;
  }
  /* The ways to get in touch, then "Mer information" beside them when it fits; open, on its own row. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .details[open] {
    flex-basis: 100%;
  }
  /* A label too long for the line goes under the number whole ("Ring från utlandet"), not in a
     narrow column beside it. */
  .channel {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75rem;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border: 2px solid currentColor;
    border-radius: var(--trygg-radius, 0.25rem);
    font-weight: 700;
    text-decoration: none;
  }
  a.channel:hover {
    text-decoration: underline;
  }
  a.phone,
  a.sms {
    border-color: var(--_call-bg);
    background: var(--_call-bg);
    color: var(--_call-fg);
  }
  .emergency a.phone {
    border-color: var(--_call-danger);
    background: var(--_call-danger);
    font-size: 1.25em;
  }
  .unlinked {
    border-style: dashed;
    font-weight: 400;
  }
  .number {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.875rem;
  }
  .flags li::before {
    content: '✓' / '';
    margin-inline-end: 0.3em;
    color: var(--_open);
  }
  /* The disclosure's text is smaller once: its parts (the flags, the languages, the note) were
     0.875em of it again, 0.77em, the advice "ring 112" the smallest text on the card. */
  .loading,
  .details {
    font-size: 0.875em;
  }
  .details summary {
    padding-block: 0.125rem;
  }
  .details-body {
    display: grid;
    gap: 0.5rem;
    padding-block: 0.25rem 0.5rem;
  }
  /* Two columns, the times in one below the other; a long day label wraps in its own column, its
     time beside its first line (it fell to a line of its own, read as another row). */
  .hours {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: start;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }
  .hours div {
    display: contents;
  }

  .hours dt::first-letter {
    text-transform: uppercase;
  }
  .hours dd {
    margin: 0;
    white-space: nowrap;
  }
  .sources {
    display: grid;
    gap: 0.25rem;
  }
  .loading {
    grid-column: 1 / -1;
    padding-block: 0.5rem;
    color: var(--_muted);
  }

  /* The compact list (a sidebar): one column, narrower buttons; lines between contacts when narrow. */
  .compact .channel {
    padding-inline: 0.6rem;
  }

  /* Cards side by side when there is room. */
  @container trygg-support (min-width: 42rem) {
    .card .list {
      grid-template-columns: repeat(auto-fill, minmax(var(--trygg-support-card-columns-min, 17rem), 1fr));
    }
    .card .emergency {
      grid-column: 1 / -1;
    }
  }
  /* Narrow (a phone, a sidebar): no boxes, a line between contacts. */
  @container trygg-support (max-width: 30rem) {
    .list {
      gap: 0;
    }
    /* The links fill their rows (two short ones share one): no ragged stack of four widths. */
    .channels {
      flex-grow: 1;
    }
    .channels li {
      flex-grow: 1;
    }
    .channel {
      display: flex;
    }
    .contact {
      padding-inline: 0;
      border-width: 0 0 1px;
      border-radius: 0;
      background: none;
    }
    .emergency {
      padding-inline-start: 0.75rem;
      border: 0;
      border-inline-start: 0.375rem solid var(--_danger);
    }
  }

  @media (forced-colors: active) {
    .contact,
    .channel {
      border-color: CanvasText;
    }
    a.channel {
      border-color: LinkText;
    }
    /* Calls stay the first thing to press: filled in the link colour (the theme's own pair), not
       one more outlined link among the web and e-mail ones. Their focus ring in the theme's too. */
    a.phone,
    a.sms {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
    }
    a.channel:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .status::before {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .open::before,
    .always::before {
      background: CanvasText;
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
