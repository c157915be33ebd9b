/**
 * Upgrade order: elements already in the page before the definition loads must still follow the
 * locale (the regression behind TOOLCHAIN P5: `@defineElement` must be written above `@localized()`).
 * And defining twice never throws.
 */
import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { setLang } from '../support/helpers.js';

describe('upgrade and definition', () => {
  afterEach(() => setLang('sv'));

  it('an element parsed before the definition upgrades and follows later locale changes', async () => {
    const holder = document.createElement('div');
    // Created before the definition exists, as the HTML parser does on a CMS page.
    const pending = document.createElement('trygg-quick-exit');
    const link = document.createElement('a');
    link.href = 'https://neutral.example/';
    link.textContent = 'Lämna sidan snabbt';
    pending.append(link);
    holder.append(pending);
    document.body.append(holder);
    try {
      const el = holder.querySelector('trygg-quick-exit')!;
      expect(customElements.get('trygg-quick-exit')).to.equal(undefined);
      expect(el.querySelector('a')!.getClientRects().length, 'fallback link visible before upgrade').to.be.greaterThan(
        0
      );
      await import('../../src/components/quick-exit/index.js');
      await el.updateComplete;
      const button = () => el.shadowRoot!.querySelector('button')!.textContent.trim();
      expect(button()).to.equal('Lämna sidan snabbt');
      await setLang('en', el);
      expect(button()).to.equal('Exit this page quickly');
    } finally {
      holder.remove();
    }
  });

  it('defining the same tag twice does not throw; the first definition wins', async () => {
    await import('../../src/components/quick-exit/index.js');
    const first = customElements.get('trygg-quick-exit');
    class Other extends HTMLElement {}
    expect(() => {
      defineElement('trygg-quick-exit')(Other);
    }).not.to.throw();
    expect(customElements.get('trygg-quick-exit')).to.equal(first);
  });
});
