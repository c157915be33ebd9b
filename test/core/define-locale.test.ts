/**
 * On a page in another language, an element is defined once its strings are loaded, so its first
 * render is already in the page's language (no Swedish flash, no second render that shifts layout).
 */
import { expect } from '@open-wc/testing';

describe('definition waits for the page language', () => {
  after(() => {
    document.documentElement.lang = 'sv';
  });

  it('an English page: the badge upgrades once, in English, after its strings arrived', async () => {
    document.documentElement.lang = 'en';
    const el = document.createElement('trygg-training-badge');
    el.setAttribute('label', 'Basic training');
    el.setAttribute('value', '3');
    el.setAttribute('max', '4');
    document.body.append(el);
    try {
      await import('../../src/components/training-badge/index.js');
      expect(customElements.get('trygg-training-badge'), 'not defined while the strings load').to.equal(undefined);
      expect(el.shadowRoot).to.equal(null);
      await customElements.whenDefined('trygg-training-badge');
      await el.updateComplete;
      // The first render, with no wait for a locale event: already English.
      const text = el.shadowRoot!.textContent.replace(/\s+/g, ' ');
      expect(text).to.contain('3 of 4');
      expect(text).not.to.contain('3 av 4');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
