// The CMS template script starts fetching each data file as it makes the element (src/core/fetch.ts):
// the file downloads while the kit's code does, and the element takes that answer instead of asking
// again. A card whose contacts file has arrived shows its own contacts in the first frame after it
// is connected, above the national lines, instead of pushing them down a moment later.
import { expect } from '@open-wc/testing';
import { convert } from '../../src/cms/cms.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';

const FILE = '/demo/data/exempel-kontakter.json';

/** Records every fetch of the page; each answer comes `delay` ms late (a slow network). */
function recordFetches(delay: number) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const original = Reflect.get(window, 'fetch');
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), init });
    await new Promise((resolve) => setTimeout(resolve, delay));
    return original.call(window, input, init);
  };
  return {
    calls,
    stop: () => {
      window.fetch = original;
    },
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A CMS text field with one data link alone in its paragraph. */
function field(href: string): HTMLElement {
  const div = document.createElement('div');
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = 'Kontakter för stöd och hjälp';
  p.append(a);
  div.append(p);
  return div;
}

describe('the CMS template script fetching data early', () => {
  it("starts the element's request as it makes the element; the card takes that answer, in its first frame", async () => {
    const doc = (await (await fetch(FILE)).json()) as { contacts: { name: string | { sv: string } }[] };
    const name = doc.contacts[0].name;
    const own = typeof name === 'string' ? name : name.sv;
    const fetches = recordFetches(300);
    const text = field(`${FILE}#audience=victim+relative`);
    try {
      // The template script runs before the kit's code has arrived: the element is made, and its
      // file asked for, but the element is not defined yet.
      document.body.append(text);
      convert(text);
      const card = text.querySelector<TryggSupportCard>('trygg-support-card')!;
      expect(card.getAttribute('src')).to.equal(FILE);
      expect(fetches.calls.map((c) => c.url)).to.deep.equal([new URL(FILE, location.href).href]);
      // The request the element itself would make: no cookies, no Referer, JSON.
      const { init } = fetches.calls[0];
      expect(init?.credentials).to.equal('omit');
      expect(init?.referrerPolicy).to.equal('no-referrer');
      expect(new Headers(init?.headers).get('accept')).to.equal('application/json');
      // The kit's code arrives after the file has (the answer is 300 ms late; wait longer).
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(customElements.get('trygg-support-card')).to.equal(undefined);
      await import('../../src/components/support-card/index.js');
      await nextFrame();
      const shown = card.shadowRoot!.textContent.replace(/\s+/g, ' ');
      expect(shown, 'no loading line in its first frame').not.to.contain('Hämtar fler kontakter');
      expect(shown).to.contain(own);
      expect(shown.indexOf(own), 'its own contact above the national lines').to.be.lessThan(
        shown.indexOf('Kvinnofridslinjen')
      );
      await card.updateComplete;
      expect(fetches.calls, 'the file is fetched once').to.have.length(1);
    } finally {
      fetches.stop();
      text.remove();
    }
  });

  it('asks for nothing the element would not fetch, and fetches afresh when the file changes', async () => {
    const fetches = recordFetches(0);
    const texts = [
      field('http://example.com/kontakter.json'),
      field('javascript:alert(1)//kontakter.json'),
      field('https://user:secret@example.com/kontakter.json'),
    ];
    try {
      await import('../../src/components/support-card/index.js');
      for (const text of texts) {
        document.body.append(text);
        convert(text);
      }
      expect(fetches.calls, 'no request for a URL the element refuses').to.deep.equal([]);
      // A prefetched answer is taken once: the same file loaded again is asked for again.
      const text = field(FILE);
      texts.push(text);
      document.body.append(text);
      convert(text);
      const card = text.querySelector<TryggSupportCard>('trygg-support-card')!;
      await card.updateComplete;
      expect(fetches.calls).to.have.length(1);
      card.removeAttribute('src');
      await card.updateComplete;
      card.setAttribute('src', FILE);
      await card.updateComplete;
      expect(fetches.calls).to.have.length(2);
      expect(card.shadowRoot!.querySelectorAll('[part="contact"]').length).to.be.greaterThan(3);
    } finally {
      fetches.stop();
      for (const text of texts) text.remove();
    }
  });
});
