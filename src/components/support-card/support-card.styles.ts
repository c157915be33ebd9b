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
  .list {
    display: grid;
    gap: 0.75rem;
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-inline-size: 0;
    padding: 1rem;
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
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .channel {
    display: inline-flex;
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
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }
  .flags li::before {
    content: '✓' / '';
    margin-inline-end: 0.3em;
    color: var(--_open);
  }
  .languages,
  .note,
  .loading,
  .details {
    font-size: 0.875em;
  }
  .details summary {
    cursor: pointer;
    color: var(--_t-link);
    text-decoration: underline;
    padding-block: 0.25rem;
  }
  .details-body {
    display: grid;
    gap: 0.5rem;
    padding-block-start: 0.5rem;
    color: var(--_muted);
  }
  .hours {
    display: grid;
    gap: 0.125rem;
    margin: 0;
  }
  .hours div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .hours dt::first-letter {
    text-transform: uppercase;
  }
  .hours dd {
    margin: 0;
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

  /* The compact list (a sidebar): one column, separators instead of boxes. */
  .compact .list {
    gap: 0;
  }
  .compact .contact {
    padding-inline: 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  .compact .emergency {
    padding-inline-start: 0.75rem;
    border: 0;
    border-inline-start: 0.375rem solid var(--_danger);
  }
  .compact .channel {
    padding-inline: 0.6rem;
  }

  /* Cards side by side when there is room. */
  @container trygg-support (min-width: 42rem) {
    .card .list {
      grid-template-columns: repeat(auto-fill, minmax(var(--trygg-support-card-columns-min, 20rem), 1fr));
    }
    .card .emergency {
      grid-column: 1 / -1;
    }
  }
  /* Narrow: every way to get in touch on its own full-width row. */
  @container trygg-support (max-width: 22rem) {
    .channels li,
    .channel {
      inline-size: 100%;
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
    .status::before {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .open::before,
    .always::before {
      background: CanvasText;
    }
  }
`;
