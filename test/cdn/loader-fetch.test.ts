// The CDN loader (dist/cdn/trygg.js, the README's embed) imports ./prefetch.js for a data element
// with a `src`, which starts the element's request while the element's chunk downloads
// (src/core/fetch.ts); the element takes that answer once it is defined. Only what the element itself would fetch: not a `src` an inline document overrides.
// (Its own file: the loader is installed once per page and watches it from then on.)
import { expect, waitUntil } from '@open-wc/testing';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';

const CONTACTS = '/demo/data/exempel-kontakter.json';
const PLAN = '/demo/data/exempel-handlingsplan.json';

describe('the CDN loader fetching data early', () => {
  it("starts a data element's request before the element is defined, and the element takes it", async () => {
    const response = await fetch('/dist/cdn/trygg.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/trygg.js is missing: run `npm run build` before the browser tests');
    const doc = (await (await fetch(CONTACTS)).json()) as { contacts: { name: string | { sv: string } }[] };
    const name = doc.contacts[0].name;
    const own = typeof name === 'string' ? name : name.sv;

    const calls: { url: string; defined: boolean; init: RequestInit | undefined }[] = [];
    const original = Reflect.get(window, 'fetch');
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      calls.push({ url, defined: Boolean(customElements.get('trygg-support-card')), init });
      return original.call(window, input, init);
    };
    const page = document.createElement('div');
    // A card with its own file; a plan whose inline document wins over its `src` (never fetched).
    page.innerHTML = `<trygg-support-card src="${CONTACTS}"></trygg-support-card>
      <trygg-plan-timeline src="${PLAN}"><script type="application/json">{"title":"Plan","measures":[]}</script></trygg-plan-timeline>`;
    document.body.append(page);
    try {
      const loader = '/dist/cdn/trygg.js';
      await import(/* @vite-ignore */ loader);
      await customElements.whenDefined('trygg-support-card');
      const card = page.querySelector<TryggSupportCard>('trygg-support-card')!;
      await waitUntil(() => card.shadowRoot?.textContent.includes(own), 'the card shows its own contacts', {
        timeout: 5000,
      });
      const absolute = new URL(CONTACTS, location.href).href;
      expect(calls.map((c) => c.url)).to.deep.equal([absolute]);
      expect(calls[0].defined, 'asked for before the card was defined').to.equal(false);
      expect(calls[0].init?.credentials).to.equal('omit');
      expect(calls[0].init?.referrerPolicy).to.equal('no-referrer');
      const shown = card.shadowRoot!.textContent.replace(/\s+/g, ' ');
      expect(shown).to.contain(own);
      expect(shown).not.to.contain('Hämtar fler kontakter');
      await customElements.whenDefined('trygg-plan-timeline');
      expect(calls, 'nothing fetched for the plan with an inline document').to.have.length(1);
    } finally {
      window.fetch = original;
      page.remove();
    }
  });
});
