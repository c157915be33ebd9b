/**
 * The checkers of the story matrices can fail: a known problem inside a shadow root is reported by
 * IBM Equal Access (as a violation) and by axe, and a clean element passes both. Without this, a
 * checker that never ran (a script that did not load, a wrong policy id) would look like success.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ibmCheck } from '../support/ibm.js';
import { hostPage, resetHostPage } from './a11y-matrix.js';

class BrokenThing extends HTMLElement {
  constructor() {
    super();
    // An image without a text alternative and a nameless button, both in the shadow root.
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>';
  }
}
customElements.define('x-broken-thing', BrokenThing);

describe('accessibility checkers of the story matrix', () => {
  afterEach(resetHostPage);

  it('IBM reports problems inside a shadow root as violations', async () => {
    const { main, canvas } = hostPage('sv', 'light');
    canvas.append(document.createElement('x-broken-thing'));
    const { violations } = await ibmCheck(document);
    const rules = violations.map((v) => v.ruleId);
    // IBM's rule ids: an image without alt, a control (the button) without a name.
    expect(rules).to.include.members(['img_alt_valid', 'input_label_exists']);
    expect(violations.every((v) => v.path.includes('x-broken-thing'))).to.equal(true);
    main.remove();
  });

  it('axe reports the same element', async () => {
    const el = await fixture(html`<main><x-broken-thing></x-broken-thing></main>`);
    let failed = false;
    try {
      await expect(el).to.be.accessible();
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });

  it('a clean page passes IBM with 0 violations', async () => {
    const { main, canvas } = hostPage('sv', 'light');
    canvas.innerHTML = '<h1>Stöd</h1><p>Ring <a href="tel:112">112</a>.</p>';
    const { violations } = await ibmCheck(document);
    expect(violations).to.deep.equal([]);
    await expect(main).to.be.accessible();
    main.remove();
  });
});
