// The anchor of the timeline bench: a bare Lit `repeat` list of the same items and fields as
// <trygg-plan-timeline> shows, plain markup, no validation, order, filters or styles.
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PlanDocument } from '../src/components/plan-timeline/index.js';

const month = new Intl.DateTimeFormat('sv', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
});
const fmt = (d?: string) => (d ? month.format(new Date(`${d}-01T00:00:00Z`)) : '');

export function renderBareList(doc: PlanDocument, host: HTMLElement | DocumentFragment): void {
  render(
    html`<ol>
      ${repeat(
        doc.measures,
        (m) => m.id,
        (m) =>
          html`<li data-measure-id=${m.id}>
            <div role="heading" aria-level="4">
              ${typeof m.title === 'string' ? m.title : m.title.sv}
            </div>
            <p>
              <span>${m.status}</span>
              <time datetime=${m.start ?? ''}>${fmt(m.start)}</time> –
              <time datetime=${m.end ?? ''}>${fmt(m.end)}</time>
            </p>
            <dl>
              <div>
                <dt>Ansvarig</dt>
                ${(m.responsible ?? []).map((r) => html`<dd>${r}</dd>`)}
              </div>
              <div>
                <dt>I samarbete med</dt>
                ${(m.partners ?? []).map((r) => html`<dd>${r}</dd>`)}
              </div>
              <div>
                <dt>Nivå</dt>
                <dd>${m.level}</dd>
              </div>
              <div>
                <dt>Prevention</dt>
                <dd>${m.prevention}</dd>
              </div>
              <div>
                <dt>Målgrupp</dt>
                ${(m.audience ?? []).map((r) => html`<dd>${r}</dd>`)}
              </div>
              <div>
                <dt>Agenda 2030</dt>
                ${(m.sdg ?? []).map((r) => html`<dd>${r}</dd>`)}
              </div>
            </dl>
            <details>
              <summary>Mer information</summary>
              <p>
                ${typeof m.description === 'object' ? m.description.sv : ''}
              </p>
            </details>
          </li>`
      )}
    </ol>`,
    host
  );
}
