// The disclosures' bodies come after the card's first frame (core/tasks.ts, DeferredController). A
// page's first Intl object loads ICU's data (20-70 ms in one call on the test machine), so the card
// names Swedish and English, the languages of the national lines, with its own words, and joins a
// list of two with its own "och": a card on a Swedish page whose contacts list no other language
// makes no Intl object at all. When its contacts do list others, the Intl objects are made in a task
// before the bodies' (the `prepare` step). Its own file: the core keeps one formatter per kind and
// locale for the whole page, so the constructors are watched before any test here has made one.
import { expect } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { inNextFrame, setLang } from '../support/helpers.js';

type Kind = 'DisplayNames' | 'ListFormat';

/** Watches the constructors: for each one made, its kind and locale and how many bodies `el` showed then. */
function watch(el: TryggSupportCard) {
  const made: string[] = [];
  const real = { DisplayNames: Intl.DisplayNames, ListFormat: Intl.ListFormat };
  const bodies = () =>
    [...el.shadowRoot!.querySelectorAll('.details-body')].filter((body) => body.childElementCount).length;
  for (const kind of ['DisplayNames', 'ListFormat'] as Kind[])
    (Intl as Record<string, unknown>)[kind] = new Proxy(real[kind], {
      construct(target, args: [string, object]) {
        made.push(`${kind} ${args[0]}, ${bodies()} bodies shown`);
        return Reflect.construct(target, args) as object;
      },
    });
  return { made, stop: () => Object.assign(Intl, real) };
}

const card = (attributes: Record<string, string> = {}) => {
  const el = document.createElement('trygg-support-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('now', '2026-11-30T10:00:00+01:00');
  return el;
};
const contact = (languages?: string[]) => ({
  id: 'a',
  name: 'Kvinnojouren',
  channels: [{ type: 'phone', value: '031-13 13 13' }],
  description: 'Stöd dygnet runt.',
  ...(languages ? { languages } : {}),
});
/** The text of every "Språk: …" line in the card's disclosures. */
const languageLines = (el: TryggSupportCard) =>
  [...el.shadowRoot!.querySelectorAll('.details-body .languages')].map((p) => p.textContent.trim());

describe('support card: the bodies of its disclosures', () => {
  after(() => setLang('sv'));

  it('makes no Intl object for the languages of the national lines on a Swedish page, first frame or later', async () => {
    const el = card();
    const { made, stop } = watch(el);
    try {
      document.body.append(el);
      const first = await inNextFrame(() => el.shadowRoot!.querySelectorAll('.details-body > *').length);
      expect(first, 'bodies in the first frame').to.equal(0);
      await el.updateComplete;
      expect(languageLines(el)).to.include('Språk: svenska och engelska');
      expect(made).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      stop();
      el.remove();
    }
  });

  it('makes none either when no contact lists languages', async () => {
    const el = card({ 'hide-national': '' });
    const { made, stop } = watch(el);
    try {
      el.data = { contacts: [contact()] };
      document.body.append(el);
      await el.updateComplete;
      const bodies = [...el.shadowRoot!.querySelectorAll('.details-body')].map((body) => body.textContent);
      expect(bodies.some((text) => text.includes('Stöd dygnet runt.'))).to.equal(true);
      expect(languageLines(el)).to.deep.equal([]);
      expect(made).to.deep.equal([]);
    } finally {
      stop();
      el.remove();
    }
  });

  it('makes the formatters other languages need after the first frame, before any body is rendered', async () => {
    const el = card();
    const { made, stop } = watch(el);
    try {
      el.data = { contacts: [contact(['sv', 'ar', 'fi'])] };
      document.body.append(el);
      const first = await inNextFrame(() => [...made]);
      expect(first, 'made for the first frame').to.deep.equal([]);
      await el.updateComplete;
      expect(made).to.deep.equal(['DisplayNames sv, 0 bodies shown', 'ListFormat sv, 0 bodies shown']);
      expect(languageLines(el)).to.include('Språk: svenska, arabiska och finska');
      expect(languageLines(el)).to.include('Språk: svenska och engelska');
    } finally {
      stop();
      el.remove();
    }
  });

  it('writes the words Intl writes, in Swedish, English and Arabic', async () => {
    const el = card({ 'hide-national': '' });
    document.body.append(el);
    const label = { sv: 'Språk: ', en: 'Languages: ', ar: 'اللغات: ' };
    try {
      for (const lang of ['sv', 'en', 'ar'] as const) {
        await setLang(lang, el);
        const names = new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' });
        const list = new Intl.ListFormat(lang, { type: 'conjunction' });
        for (const tags of [['sv'], ['en'], ['sv', 'en'], ['en', 'sv'], ['sv', 'en', 'ar'], ['en', 'fa']]) {
          el.data = { contacts: [contact(tags)] };
          await el.updateComplete;
          const expected = label[lang] + list.format(tags.map((tag) => names.of(tag)!));
          expect(languageLines(el), `${lang}: ${tags.join(', ')}`).to.deep.equal([expected]);
        }
      }
    } finally {
      el.remove();
    }
  });
});
