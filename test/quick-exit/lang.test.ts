/**
 * The quick exit on a page in a language the kit does not have (Finnish, Welsh): its Swedish texts
 * are marked lang="sv", so a Finnish voice does not read them (WCAG 3.1.2). The site's own label
 * keeps the page's language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quick-exit/index.js';
import type { TryggQuickExit } from '../../src/components/quick-exit/index.js';
import { setLang } from '../support/helpers.js';

const base = (el: TryggQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const button = (el: TryggQuickExit) => el.shadowRoot!.querySelector('button')!;

describe('<trygg-quick-exit> language of its texts', () => {
  afterEach(async () => {
    await setLang('sv');
  });

  for (const page of ['fi', 'cy-GB'])
    it(`on a page in "${page}" the Swedish texts are marked lang="sv"`, async () => {
      await setLang(page);
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await el.updateComplete;
      expect(button(el).textContent.trim()).to.equal('Lämna sidan snabbt');
      expect(base(el).getAttribute('lang')).to.equal('sv');
      expect(button(el).closest('[lang]')!.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    });

  it('the texts say the language they are in, as the page language changes', async () => {
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    for (const [page, shown] of [
      ['sv', 'sv'],
      ['en-GB', 'en'],
      ['ar', 'ar'],
      ['fi', 'sv'],
      ['en', 'en'],
    ]) {
      await setLang(page, el);
      expect(base(el).getAttribute('lang'), page).to.equal(shown);
    }
    expect(button(el).textContent.trim()).to.equal('Exit this page quickly');
  });

  it("the site's own label keeps the page's language", async () => {
    await setLang('fi');
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit label="Poistu sivulta"></trygg-quick-exit>`);
    await el.updateComplete;
    const label = button(el).querySelector('[lang]') ?? button(el);
    expect(button(el).textContent.trim()).to.equal('Poistu sivulta');
    expect(label.closest('[lang]')!.getAttribute('lang')).to.equal('fi');
    await expect(el).to.be.accessible();
  });
});
