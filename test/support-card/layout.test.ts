/**
 * The support card fits: measured heights at a desktop (1 280 px) and a phone (320 px) width.
 * At 1 280 px, 112 and every built-in line's name, number and open state are within one screen
 * (900 px); the details (who it is for, hours, sources) are one tap away; at 320 px the whole card
 * is at most 2 000 px tall. Measured with the example document's three local contacts (the demo's
 * card). Before issue 14: 1 646 px and 4 579 px (sv); after: 773 px and 1 872 px (sv; ar 773 and 1 977).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { setLang } from '../support/helpers.js';

const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const MONDAY_22 = '2026-11-30T22:00:00+01:00';

let example: unknown;
/** The card with the example document's local contacts (as on the demo page), in the page's column. */
async function card(now = MONDAY_10): Promise<TryggSupportCard> {
  example ??= await (await fetch('/demo/data/contacts.example.json')).json();
  const el = await fixture<TryggSupportCard>(html`<trygg-support-card now=${now}></trygg-support-card>`);
  el.data = example;
  await el.updateComplete;
  return el;
}
const contacts = (el: TryggSupportCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="contact"]')];
/** Bottom of `node` measured from the top of the card, in CSS pixels. */
const bottom = (el: Element, node: Element) => node.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
const height = (el: Element) => Math.round(el.getBoundingClientRect().height);

describe('<trygg-support-card> layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLang('sv');
  });

  for (const lang of ['sv', 'ar']) {
    it(`at 1 280 px, 112 and every line's name, number and open state are within 900 px (${lang})`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await card();
      await setLang(lang, el);
      const items = contacts(el);
      expect(items.length, '112, the local contacts and the built-in lines').to.be.greaterThan(11);
      for (const item of items) {
        const id = item.dataset.contactId;
        for (const part of ['name', 'channel', 'status']) {
          const node = item.querySelector(`[part~="${part}"]`);
          if (part === 'status' && item.dataset.open === 'unknown') continue;
          expect(node, `${id} ${part}`).to.not.equal(null);
          expect(bottom(el, node!), `${id} ${part}`).to.be.at.most(900);
        }
      }
      console.log(`support card at 1280 px (${lang}): ${height(el)} px`);
      expect(height(el)).to.be.at.most(900);
    });

    it(`at 320 px the whole card is at most 2 000 px tall (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await card();
      await setLang(lang, el);
      console.log(`support card at 320 px (${lang}): ${height(el)} px`);
      expect(height(el)).to.be.at.most(2000);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    });
  }

  it('at 320 px the ways to get in touch fill their rows: no ragged stack of links (sv, ar)', async () => {
    // The links kept their own widths (2 to 4 of them per contact): a ragged stack of thumb targets.
    await setViewport({ width: 320, height: 900 });
    const el = await card();
    for (const lang of ['sv', 'ar']) {
      await setLang(lang, el);
      for (const contact of contacts(el)) {
        const list = contact.querySelector('[part="channels"]')!.getBoundingClientRect();
        const name = contact.querySelector('[part="name"]')!.getBoundingClientRect();
        const links = [...contact.querySelectorAll('[part="channel"]')].map((c) => c.getBoundingClientRect());
        // "Mer information" beside the links when it fits: the links take the rest of the row.
        const more = contact.querySelector('[part="details"]')?.getBoundingClientRect();
        const beside = more && more.top < list.bottom && more.bottom > list.top ? more.width + 12 : 0;
        expect(list.width + beside, `${lang}: the links' list fills the row`).to.be.closeTo(name.width, 1);
        // Every row of links ends where the list ends (two short links may share a row).
        for (const [i, link] of links.entries()) {
          const last = i === links.length - 1 || links[i + 1].top >= link.bottom;
          const end = lang === 'ar' ? list.left - link.left : link.right - list.right;
          if (last)
            expect(end, `${lang}: ${contact.dataset.contactId}, link ${i + 1} ends the row`).to.be.closeTo(0, 1);
        }
      }
    }
    await expect(el).to.be.accessible();
  });

  it('a phone link with a label too long for the line puts the label under the number whole, not in a narrow column', async () => {
    // "+46 31 390 06 50" beside "Ring från / utlandet": the label shrank into a column of its own.
    await setViewport({ width: 320, height: 900 });
    // In a 15rem column (a card's column at 1 280 px is about that wide).
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 15rem"><trygg-support-card now="2026-11-30T10:00:00+01:00" hide-national .data=${{
        contacts: [
          {
            id: 'abroad',
            name: 'Stödmottagningen',
            channels: [{ type: 'phone', value: '+46 31 390 06 50', label: 'Ring från utlandet' }],
          },
        ],
      }}></trygg-support-card></div>`
    );
    const el = wrapper.querySelector('trygg-support-card')!;
    await el.updateComplete;
    for (const lang of ['sv', 'ar']) {
      await setLang(lang, el);
      const link = el.shadowRoot!.querySelector('[data-contact-id="abroad"] [part="channel"]')!;
      const label = link.querySelector('.label')!;
      const number = link.querySelector('.number')!.getBoundingClientRect();
      expect(label.getClientRects().length, `${lang}: the label whole`).to.equal(1);
      const lines = Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight));
      expect(lines, `${lang}: the label on one line`).to.equal(1);
      expect(label.getBoundingClientRect().top, `${lang}: under the number or beside it`).to.satisfy(
        (top: number) => top >= number.bottom - 1 || Math.abs(top - number.top) < 2
      );
    }
    await expect(el).to.be.accessible();
  });

  it('rows are not stretched to the tallest card (no large empty areas)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await card();
    for (const item of contacts(el)) {
      const last = [...item.children].at(-1)!;
      const gap = item.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
      expect(gap, `${item.dataset.contactId}: empty space below its last line`).to.be.below(24);
    }
  });

  it('the details (who it is for, flags, languages, notes, hours, sources) are one tap away', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await card();
    const line = el.shadowRoot!.querySelector<HTMLElement>('[data-contact-id="se-kvinnofridslinjen"]')!;
    const details = line.querySelector<HTMLDetailsElement>('details[part="details"]')!;
    const description = line.querySelector<HTMLElement>('[part="description"]')!;
    expect(details.contains(description)).to.equal(true);
    expect(description.checkVisibility(), 'hidden until asked for').to.equal(false);
    expect(details.contains(line.querySelector('[part="flags"]'))).to.equal(true);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(description.checkVisibility()).to.equal(true);
    expect(line.querySelector('[part="flags"]')!.checkVisibility()).to.equal(true);
    expect(details.querySelector('.sources a')!.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('open lines come before closed ones within each group, 112 first', async () => {
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card now=${MONDAY_22}></trygg-support-card>`);
    el.data = {
      contacts: [
        {
          id: 'closed-local',
          name: 'Stängd nu (exempel)',
          channels: [{ type: 'phone', value: '0322-100 00' }],
          hours: [{ dayOfWeek: ['Monday'], opens: '08:00', closes: '16:00' }],
        },
        {
          id: 'open-local',
          name: 'Öppen nu (exempel)',
          channels: [{ type: 'phone', value: '0322-100 01' }],
          hours: [{ dayOfWeek: ['Monday'], opens: '20:00', closes: '23:00' }],
        },
      ],
    };
    await el.updateComplete;
    const items = contacts(el);
    expect(items[0].dataset.contactId).to.equal('se-112');
    const rank = (s: string | undefined) => (s === 'open' || s === 'always' ? 0 : s === 'unknown' ? 1 : 2);
    const local = items.filter((i) => !i.dataset.contactId!.startsWith('se-'));
    const national = items.slice(1).filter((i) => i.dataset.contactId!.startsWith('se-'));
    expect(local.map((i) => i.dataset.contactId)).to.deep.equal(['open-local', 'closed-local']);
    expect(items.indexOf(local[1]), 'local contacts stay before the national lines').to.be.below(
      items.indexOf(national[0])
    );
    const ranks = national.map((i) => rank(i.dataset.open));
    expect(ranks, 'national lines: open, unknown, closed').to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(ranks).to.include(0).and.include(2);
  });
});
