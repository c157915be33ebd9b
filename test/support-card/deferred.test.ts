// The disclosures' bodies come after the card's first frame (core/tasks.ts, DeferredController), and
// the Intl objects their language lists need are made in a task before theirs: a page's first
// `Intl.DisplayNames` and `ListFormat` load ICU's data, and in the bodies' own task they made it a
// long task (bench/tasks.mjs). Its own file: the core keeps one formatter per kind and locale for the
// whole page, so the constructors are watched before any test here has made one.
import { expect } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { inNextFrame } from '../support/helpers.js';

type Kind = 'DisplayNames' | 'ListFormat';

/** Watches the constructors: for each one made, its kind and locale and how many bodies `cards()` showed then. */
function watch(cards: () => TryggSupportCard[]) {
  const made: string[] = [];
  const real = { DisplayNames: Intl.DisplayNames, ListFormat: Intl.ListFormat };
  const bodies = () =>
    cards().reduce(
      (n, card) =>
        n + [...card.shadowRoot!.querySelectorAll('.details-body')].filter((body) => body.childElementCount).length,
      0
    );
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
  document.body.append(el);
  return el;
};

describe('support card: the bodies of its disclosures', () => {
  it('makes no language formatter when no contact lists languages', async () => {
    const el = card({ 'hide-national': '' });
    const { made, stop } = watch(() => [el]);
    try {
      el.data = {
        contacts: [
          {
            id: 'a',
            name: 'Kvinnojouren',
            channels: [{ type: 'phone', value: '031-13 13 13' }],
            description: 'Stöd dygnet runt.',
          },
        ],
      };
      await el.updateComplete;
      const bodies = [...el.shadowRoot!.querySelectorAll('.details-body')].map((body) => body.textContent);
      expect(bodies.some((text) => text.includes('Stöd dygnet runt.'))).to.equal(true);
      expect(made).to.deep.equal([]);
    } finally {
      stop();
      el.remove();
    }
  });

  it('makes the language formatters after the first frame, before any body is rendered, and then the bodies name the languages', async () => {
    const el = card();
    const { made, stop } = watch(() => [el]);
    try {
      const first = await inNextFrame(() => ({
        made: [...made],
        bodies: el.shadowRoot!.querySelectorAll('.details-body > *').length,
      }));
      expect(first, 'in the first frame').to.deep.equal({ made: [], bodies: 0 });
      await el.updateComplete;
      expect(made).to.deep.equal(['DisplayNames sv, 0 bodies shown', 'ListFormat sv, 0 bodies shown']);
      const lines = [...el.shadowRoot!.querySelectorAll('.details-body .languages')].map((p) => p.textContent.trim());
      expect(lines).to.include('Språk: svenska och engelska');
      await expect(el).to.be.accessible();
    } finally {
      stop();
      el.remove();
    }
  });
});
