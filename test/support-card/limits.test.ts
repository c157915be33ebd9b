/**
 * Documented limits: a document too big, too many contacts, too many opening-hours entries give a
 * notice and an event naming the limit, never a crash; 112 and the national lines always show.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { MAX_CONTACTS, MAX_HOURS_ENTRIES } from '../../src/components/support-card/schema.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import { captureErrors, setLang } from '../support/helpers.js';

const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const phone = { type: 'phone', value: '031-390 06 42' };
const weekday = { dayOfWeek: ['Monday'], opens: '08:00', closes: '16:00' };
const ids = (el: TryggSupportCard) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="contact"]')].map((c) => c.dataset.contactId);
const notice = (el: TryggSupportCard) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim() ?? null;

async function render(
  content: ReturnType<typeof html>
): Promise<{ el: TryggSupportCard; details: DataErrorDetail[]; errors: string[] }> {
  const details: DataErrorDetail[] = [];
  let el!: TryggSupportCard;
  const errors = await captureErrors(async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => details.push(e.detail)}>${content}</div>`
    );
    el = wrapper.querySelector('trygg-support-card')!;
    await el.updateComplete;
  });
  return { el, details, errors };
}

beforeEach(() => setLang('sv'));

describe('<trygg-support-card> limits', () => {
  it('one contact with 150 000 opening-hours entries: its numbers show with a notice, its hours are not read', async function () {
    this.timeout(60_000);
    const data = {
      contacts: [{ id: 'many', name: 'Många tider', channels: [phone], hours: Array(150_000).fill(weekday) }],
    };
    const { el, details, errors } = await render(
      html`<trygg-support-card now=${MONDAY_10} .data=${data}></trygg-support-card>`
    );
    expect(ids(el)[0]).to.equal('se-112');
    expect(ids(el)).to.include('se-kvinnofridslinjen');
    const many = el.shadowRoot!.querySelector<HTMLElement>('[data-contact-id="many"]')!;
    expect(many.querySelector('[part="name"]')?.textContent.trim()).to.equal('Många tider');
    expect(many.querySelector('a[href^="tel:"]')?.textContent).to.contain('031-390 06 42');
    // No claim on any day: the hours were not read.
    expect(many.dataset.open).to.equal('unknown');
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    expect(details).to.have.length(1);
    expect(details[0].message).to.contain(
      `contacts[0].hours: 150000 entries; at most ${MAX_HOURS_ENTRIES} are read, so these are not shown (the limit)`
    );
    expect(errors.join('\n')).to.contain('contacts[0].hours');
    await expect(el).to.be.accessible();
  });

  it(`more than ${MAX_HOURS_ENTRIES} entries: that contact's hours are dropped (no claim), the contact shows`, async () => {
    const hours = Array(MAX_HOURS_ENTRIES + 1).fill(weekday);
    const data = { contacts: [{ id: 'lokal', name: 'Lokal', channels: [phone], hours }] };
    const { el, details } = await render(
      html`<trygg-support-card now=${MONDAY_10} .data=${data}></trygg-support-card>`
    );
    const local = el.shadowRoot!.querySelector<HTMLElement>('[data-contact-id="lokal"]')!;
    expect(local.dataset.open).to.equal('unknown');
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    expect(details[0].message).to.contain('contacts[0].hours');
    expect(details[0].problems.join(' ')).to.contain(`at most ${MAX_HOURS_ENTRIES} are read`);
  });

  it(`${MAX_CONTACTS + 100} contacts: the first ${MAX_CONTACTS} show, with a notice saying the rest do not`, async () => {
    const contacts = Array.from({ length: MAX_CONTACTS + 100 }, (_, i) => ({
      id: `c${i}`,
      name: `Kontakt ${i}`,
      channels: [phone],
    }));
    const { el, details } = await render(
      html`<trygg-support-card now=${MONDAY_10} .data=${{ contacts }}></trygg-support-card>`
    );
    const shown = ids(el).filter((id) => id?.startsWith('c'));
    expect(shown).to.have.length(MAX_CONTACTS);
    expect(shown.at(-1)).to.equal(`c${MAX_CONTACTS - 1}`);
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    expect(details[0].problems[0]).to.equal(
      `contacts: ${MAX_CONTACTS + 100} items; only the first ${MAX_CONTACTS} are shown (the limit)`
    );
  });

  it('inline JSON over 2 million characters is not parsed: a notice and an event', async () => {
    const big = JSON.stringify({ contacts: [{ id: 'x', name: 'x'.repeat(2_000_001), channels: [phone] }] });
    const { el, details } = await render(
      html`<trygg-support-card now=${MONDAY_10}><script type="application/json">${big}</script></trygg-support-card>`
    );
    expect(ids(el)[0]).to.equal('se-112');
    expect(notice(el)).to.equal('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.');
    expect(details[0].message).to.match(/^inline JSON: \(document\): 2\.0 million characters; at most 2 million/);
  });
});
