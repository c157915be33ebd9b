/**
 * The demo shows what the kit refused (issue 16): a mistyped quick-exit destination is reported in
 * the console, by `trygg-data-error` and, on the demo pages, as a visible notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../demo/errors.js';
import '../../src/components/quick-exit/index.js';
import { captureErrors } from '../support/helpers.js';

describe('demo notice', () => {
  afterEach(() => {
    document.querySelector('.demo-errors')?.remove();
  });

  it('a quick exit with href="www.smhi.se" shows a notice naming href on the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><main><h1>Demo</h1></main></div>`);
    await captureErrors(async () => {
      const exit = document.createElement('trygg-quick-exit');
      exit.setAttribute('href', 'www.smhi.se');
      page.prepend(exit);
      await (exit as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    });
    const box = document.querySelector('.demo-errors');
    expect(box?.getAttribute('role')).to.equal('status');
    expect(box?.textContent).to.contain('href "www.smhi.se" is not an absolute https:// URL');
    await expect(box).to.be.accessible();
  });

  it('shows nothing when every setting is right', async () => {
    await fixture(html`<div><main><trygg-quick-exit href="https://www.smhi.se/"></trygg-quick-exit></main></div>`);
    expect(document.querySelector('.demo-errors')).to.equal(null);
  });
});
