import { expect, fixture, html } from '@open-wc/testing';
import { dirFor, getLocale, localeDir, resolveLocale } from '../src/core/locale.js';
import { renderText, resolveText } from '../src/core/localized-text.js';
import '../src/quick-exit.js';
import type { TryggQuickExit } from '../src/quick-exit.js';
import { setLang } from './support/helpers.js';

describe('locale', () => {
  afterEach(() => setLang('sv'));

  it('resolves the primary subtag of <html lang>, unsupported → sv', () => {
    expect(resolveLocale('sv-SE')).to.equal('sv');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('ar-SY')).to.equal('ar');
    expect(resolveLocale('fi')).to.equal('sv');
    expect(resolveLocale('')).to.equal('sv');
    expect(resolveLocale(null)).to.equal('sv');
  });

  it('follows <html lang> live', async () => {
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    await setLang('en-US', el);
    expect(getLocale()).to.equal('en');
    expect(localeDir()).to.equal('ltr');
    await setLang('ar', el);
    expect(getLocale()).to.equal('ar');
    expect(localeDir()).to.equal('rtl');
    await setLang('sv', el);
    expect(el.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Lämna sidan snabbt');
  });

  it('lets an inherited dir win over the locale direction', async () => {
    await setLang('ar');
    const plain = await fixture(html`<div><span></span></div>`);
    expect(dirFor(plain.querySelector('span')!)).to.equal('rtl');
    const ltr = await fixture(html`<div dir="ltr"><span></span></div>`);
    expect(dirFor(ltr.querySelector('span')!)).to.equal(undefined);
  });
});

describe('LocalizedText', () => {
  afterEach(() => setLang('sv'));

  it('uses the page locale, then sv, then the first entry, and says when the language differs', async () => {
    await setLang('en');
    expect(resolveText({ sv: 'Hej', en: 'Hello' })).to.deep.equal({ text: 'Hello' });
    expect(resolveText({ sv: 'Hej', ar: 'مرحبا' })).to.deep.equal({ text: 'Hej', lang: 'sv' });
    expect(resolveText({ fi: 'Moi', de: 'Hallo' })).to.deep.equal({ text: 'Moi', lang: 'fi' });
    expect(resolveText({ 'en-GB': 'Hello' })).to.deep.equal({ text: 'Hello' });
    expect(resolveText('Plain')).to.deep.equal({ text: 'Plain' });
    expect(resolveText(undefined)).to.deep.equal({ text: '' });
    expect(resolveText({ en: '  ', sv: 'Hej' })).to.deep.equal({ text: 'Hej', lang: 'sv' });
  });

  it('renders text in another language inside <span lang>', async () => {
    await setLang('en');
    const el = await fixture(html`<p>${renderText({ sv: 'Hej' })}</p>`);
    expect(el.querySelector('span')!.getAttribute('lang')).to.equal('sv');
    const same = await fixture(html`<p>${renderText({ en: '<b>Hello</b>' })}</p>`);
    expect(same.querySelector('span, b')).to.equal(null);
    expect(same.textContent).to.equal('<b>Hello</b>');
  });
});
