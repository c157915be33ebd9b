import { expect, fixture, html } from '@open-wc/testing';
import { dirFor, getLocale, localeDir, resolveLocale } from '../../src/core/locale.js';
import { renderText, resolveText } from '../../src/core/localized-text.js';
import '../../src/components/quick-exit/index.js';
import type { TryggQuickExit } from '../../src/components/quick-exit/index.js';
import { setLang } from '../support/helpers.js';

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

  it('lays out text in another language (or of undeclared language) in its own direction', async () => {
    await setLang('ar');
    const rtl = await fixture(html`<p dir="rtl" style="inline-size: 40rem">
      <span class="sv">${renderText({ sv: 'Hjälp med boendet.' })}</span>
      <span class="plain">${renderText('Kundservice.')}</span>
      <span class="ar">${renderText({ sv: 'Hej.', ar: 'مرحبا.' })}</span>
    </p>`);
    const direction = (selector: string) =>
      getComputedStyle(rtl.querySelector(`${selector} > span`) ?? rtl.querySelector(selector)!).direction;
    expect(direction('.sv'), 'Swedish in an Arabic page').to.equal('ltr');
    expect(direction('.plain'), 'a plain string in Swedish').to.equal('ltr');
    expect(direction('.ar'), 'the page language: inherited').to.equal('rtl');
    // What a reader sees: the full stop after "boendet", not before "Hjälp".
    const span = rtl.querySelector('.sv > span')!;
    const textNode = [...span.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const range = document.createRange();
    range.setStart(textNode, 'Hjälp med boendet'.length);
    range.setEnd(textNode, 'Hjälp med boendet.'.length);
    expect(range.getBoundingClientRect().right).to.be.closeTo(span.getBoundingClientRect().right, 1);

    await setLang('sv');
    const ltr = await fixture(html`<p>${renderText({ ar: 'مرحبا.' })}</p>`);
    expect(getComputedStyle(ltr.querySelector('span')!).direction, 'Arabic in a Swedish page').to.equal('rtl');
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
