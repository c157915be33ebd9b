// The "plain Lit" anchor of bench/elements.mjs for <trygg-training-badge>: the same heading, figures,
// bar and dates from inline JSON already in display form. No validation, Open Badges or localisation.
import { css, html, LitElement } from 'lit';

interface Badge {
  heading: string;
  figure: string;
  percent: number;
  lines: string[];
}

export class PlainBadge extends LitElement {
  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; }
    .box { border: 1px solid #6b6b6b; border-radius: 0.5rem; padding: 1rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
    .figure { font-size: 2rem; font-weight: 700; margin: 0; }
    .bar { height: 0.75rem; background: #e5e5e5; border-radius: 1rem; overflow: hidden; }
    .fill { height: 100%; background: #1a7f37; }
    p { margin: 0.25rem 0; }
  `;
  private badge: Badge = JSON.parse(this.querySelector('script')?.textContent ?? '{}') as Badge;
  override render() {
    const b = this.badge;
    return html`<div class="box">
      <h3>${b.heading}</h3>
      <p class="figure">${b.figure}</p>
      <div class="bar" role="progressbar" aria-valuenow=${b.percent} aria-valuemin="0" aria-valuemax="100">
        <div class="fill" style="width: ${b.percent}%"></div>
      </div>
      ${b.lines.map((line) => html`<p>${line}</p>`)}
    </div>`;
  }
}
customElements.define('plain-badge', PlainBadge);
