// The framework apps and the server-rendered page of test/integration/, built by
// `node scripts/integration.mjs` (part of `npm test`), checked in Chromium as a visitor meets them.
import { expect, waitUntil } from '@open-wc/testing';
import { shadowText } from '../support/helpers.js';

interface PageWindow extends Window {
  pageErrors?: string[];
}

const BUILT = 'run `npm run build && node scripts/integration.mjs` first';

/** Opens a built page in an iframe of the test page and waits for it to load. */
async function open(path: string): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const response = await fetch(path, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${path} is missing: ${BUILT}`);
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { win, doc: win.document, frame };
}

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el;
}

/** Waits until a selector matches inside an element's shadow root. */
async function shadowHas(el: Element, selector: string, message: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), message, { timeout: 8000 });
}

for (const app of ['react', 'vue', 'svelte']) {
  describe(`a ${app} app (production build)`, () => {
    let page: Awaited<ReturnType<typeof open>>;

    before(async () => {
      page = await open(`/test/integration/${app}/dist/index.html`);
      await waitUntil(() => page.doc.getElementById('card'), `${app} did not render`, { timeout: 8000 });
    });

    after(() => {
      page.frame.remove();
    });

    it('passes data objects as properties: the local contact shows beside 112, no "[object Object]"', async () => {
      const card = byId(page.doc, 'card');
      await shadowHas(card, '[data-contact-id="app-kvinnofridsmottagning"]', 'the local contact never showed');
      expect(card.hasAttribute('data'), 'data attribute').to.equal(false);
      expect((card as HTMLElement & { data: { contacts: { id: string }[] } }).data.contacts[0].id).to.equal(
        'app-kvinnofridsmottagning'
      );
      expect(card.shadowRoot!.querySelector('a[href="tel:112"]'), '112').to.exist;
      expect(shadowText(card)).to.contain('Kvinnofridsmottagningen (app)');
    });

    it('renders the training badge and the plan from objects, and attributes set in markup', async () => {
      const training = byId(page.doc, 'training');
      await shadowHas(training, '[role="progressbar"]', 'no progress bar');
      expect(shadowText(training)).to.contain('84 av 120');
      expect(training.hasAttribute('data')).to.equal(false);
      const plan = byId(page.doc, 'plan');
      await shadowHas(plan, '[data-measure-id="app-measure"]', 'the measure never showed');
      expect(shadowText(plan)).to.contain('Utbildning för all personal');
      const direct = byId(page.doc, 'direct');
      await shadowHas(direct, '[role="progressbar"]', 'no progress bar on the element used directly');
      expect(direct.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('84');
    });

    it('hands trygg-data-error to the app with its detail', async () => {
      const output = byId(page.doc, 'data-error');
      await waitUntil(() => output.textContent !== '', 'no trygg-data-error reached the app', { timeout: 8000 });
      expect(output.textContent).to.match(/^data: contacts\[0\]/);
    });

    it('hands trygg-exit to the app with its detail', async () => {
      // The event as the element fires it (leaving for real would take this test page along).
      const exit = page.doc.querySelector('trygg-quick-exit')!;
      exit.dispatchEvent(
        new (page.win as unknown as typeof globalThis).CustomEvent('trygg-exit', {
          bubbles: true,
          composed: true,
          detail: { href: 'https://www.smhi.se/', trigger: 'api' },
        })
      );
      const output = byId(page.doc, 'exit');
      await waitUntil(() => output.textContent !== '', 'no trygg-exit reached the app');
      expect(output.textContent).to.equal('https://www.smhi.se/ (api)');
    });
  });
}

describe('a server-rendered page (@lit-labs/ssr, hydrated by @lit-labs/ssr-client)', () => {
  it('has 112, the national lines and the exit link in its HTML, before any script runs', async () => {
    const response = await fetch('/test/integration/ssr/dist/index.html');
    if (!response.ok) throw new Error(`the server-rendered page is missing: ${BUILT}`);
    const markup = await response.text();
    expect(markup).to.match(/<trygg-support-card id="card"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(markup).to.contain('href="tel:112"');
    expect(markup).to.contain('020-50 50 50');
    expect(markup).to.contain('<a href="https://www.smhi.se/" rel="noreferrer">Lämna sidan snabbt</a>');
  });

  it('hydrates every element without errors, renders nothing twice, and stays live', async () => {
    const page = await open('/test/integration/ssr/dist/index.html');
    try {
      const card = byId(page.doc, 'card');
      // (8 s as the other loads here: the page's modules load and hydrate in a frame, and on a loaded
      // machine that took over the 1 s default once, in a clean-clone CI run.)
      await waitUntil(() => (card as HTMLElement & { hasUpdated?: boolean }).hasUpdated, 'not hydrated', {
        timeout: 8000,
      });
      expect(card.shadowRoot!.querySelectorAll('[data-contact-id="se-kvinnofridslinjen"]')).to.have.length(1);
      expect(card.shadowRoot!.querySelectorAll('a[href="tel:112"]')).to.have.length(1);
      // Loaded in the browser after hydration: the contacts and the plan from `src`.
      await shadowHas(
        byId(page.doc, 'card-src'),
        '[data-contact-id="exempel-kvinnofridsmottagning"]',
        'src not loaded'
      );
      await shadowHas(byId(page.doc, 'plan'), '[part~="measure"]', 'plan not loaded');
      const training = byId(page.doc, 'training');
      expect(training.shadowRoot!.querySelectorAll('[role="progressbar"]')).to.have.length(1);
      // Live after hydration: an attribute change re-renders in place.
      card.setAttribute('audience', 'child');
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.querySelector('[data-contact-id="se-bris"]')).to.exist;
      expect(card.shadowRoot!.querySelector('[data-contact-id="se-stodlinjen-man"]')).to.not.exist;
      expect(page.win.pageErrors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
