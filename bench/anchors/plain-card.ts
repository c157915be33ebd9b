// The "plain Lit" anchor of bench/elements.mjs: a hand-written Lit card that shows the same content
// as <trygg-support-card> (names, open state, description, links, hours and source) from inline JSON
// that is already in display form. No validation, opening-hours logic, localisation or data loading.
import { css, html, LitElement } from 'lit';

interface Item {
  name: string;
  status: string;
  description: string;
  links: { href: string; text: string }[];
  details: string;
}

export class PlainCard extends LitElement {
  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; container-type: inline-size; }
    ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
    li.card { border: 1px solid #6b6b6b; border-radius: 0.5rem; padding: 1rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.125rem; }
    .status { font-weight: 600; margin: 0; }
    .links { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .links a { display: inline-block; padding: 0.5rem 1rem; border-radius: 0.25rem; background: #005a8c; color: #fff; }
  `;
  private items: Item[] = JSON.parse(this.querySelector('script')?.textContent ?? '[]') as Item[];
  override render() {
    return html`<ul class="cards">
      ${this.items.map(
        (c) => html`<li class="card">
          <h3>${c.name}</h3>
          ${c.status ? html`<p class="status">${c.status}</p>` : null}
          <p>${c.description}</p>
          <ul class="links">${c.links.map((l) => html`<li><a href=${l.href}>${l.text}</a></li>`)}</ul>
          <details><summary>Öppettider och källa</summary><p>${c.details}</p></details>
        </li>`
      )}
    </ul>`;
  }
}
customElements.define('plain-card', PlainCard);
