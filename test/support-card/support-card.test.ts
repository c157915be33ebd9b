import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { NATIONAL_CONTACTS } from '../../src/components/support-card/national-contacts.js';
import { supportCardClock } from '../../src/components/support-card/support-card.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import type { ContactsDocument } from '../../src/components/support-card/schema.js';
import {
  accessibleInEveryLanguage,
  captureErrors,
  focusElsewhere,
  inNextFrame,
  setLang,
  watchIntl,
  whenRemoved,
} from '../support/helpers.js';

// Monday 30 November 2026 in Stockholm (CET, +01:00).
const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const MONDAY_22 = '2026-11-30T22:00:00+01:00';
const SATURDAY_12 = '2026-11-28T12:00:00+01:00';
// Kristi himmelsfärdsdag, Thursday 14 May 2026 (CEST, +02:00).
const ASCENSION_12 = '2026-05-14T12:00:00+02:00';

const NOT_SHIPPED = [
  'se-valj-att-sluta',
  'se-brottsofferjouren',
  'se-terrafem',
  'se-rfsl-stodmottagning',
  'se-origo',
  'se-mansjour-local',
  'se-socialjour',
];
const PROFESSIONAL_ONLY = 'se-hedersfortryck-yrkesverksamma';
const EVERYONE = ['se-polisen-11414', 'se-1177'];

const local: ContactsDocument = {
  contacts: [
    {
      id: 'kvinnofridsmottagningen',
      name: { sv: 'Kvinnofridsmottagningen', en: 'Women’s safety service' },
      description: {
        sv: 'Stöd för dig som är utsatt för våld i en nära relation.',
        en: 'Support if you are exposed to violence in a close relationship.',
      },
      audience: ['victim', 'relative'],
      channels: [
        { type: 'phone', value: '031-390 06 42' },
        { type: 'sms', value: '+46 70-174 06 35' },
        { type: 'chat', value: 'https://example.org/chatt' },
        { type: 'web', value: 'https://www.example.org/kvinnofrid' },
        { type: 'email', value: 'kvinnofrid@example.org' },
      ],
      hours: [
        { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '16:30' },
        { dayOfWeek: ['HolidayEves'], opens: '00:00', closes: '00:00' },
      ],
      languages: ['sv', 'ar', 'so'],
      free: true,
      anonymous: true,
      notOnPhoneBill: true,
      note: { sv: 'Utanför öppettiderna: ring 112.' },
      source: { url: 'https://example.org/kvinnofrid', checked: '2026-11-01', title: 'Kommunens sida om kvinnofrid' },
    },
  ],
};

const root = (el: TryggSupportCard) => el.shadowRoot!;
const contactEls = (el: TryggSupportCard) => [...root(el).querySelectorAll<HTMLElement>('[part="contact"]')];
const ids = (el: TryggSupportCard) => contactEls(el).map((c) => c.dataset.contactId);
const contact = (el: TryggSupportCard, id: string) => root(el).querySelector<HTMLElement>(`[data-contact-id="${id}"]`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: TryggSupportCard, id: string) => text(contact(el, id).querySelector('[part="status"]'));
const flags = (node: Element) => [...node.querySelectorAll('[part="flags"] li')].map((li) => text(li));
const links = (node: Element) => [...node.querySelectorAll<HTMLAnchorElement>('a')];

async function card(template: ReturnType<typeof html>): Promise<TryggSupportCard> {
  const el = await fixture<TryggSupportCard>(template);
  await el.updateComplete;
  return el;
}

async function openDetails(el: TryggSupportCard, id: string): Promise<HTMLDetailsElement> {
  const details = contact(el, id).querySelector<HTMLDetailsElement>('details')!;
  details.querySelector('summary')!.click();
  await el.updateComplete;
  return details;
}

beforeEach(() => setLang('sv'));

describe('<trygg-support-card>', () => {
  describe('112 and the built-in national lines', () => {
    it('shows 112 first, with the words for acute danger, a call link and no opening-hours claim', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      const first = contactEls(el)[0];
      expect(first.dataset.contactId).to.equal('se-112');
      expect(first.dataset.open).to.equal('unknown');
      expect(first.querySelector('[part="status"]'), 'no open/closed badge').to.equal(null);
      expect(text(first.querySelector('[part="name"]'))).to.equal('112 – vid akut fara');
      expect(text(first)).to.contain('Ring 112 om någon är i fara just nu');
      const call = first.querySelector<HTMLAnchorElement>('a[href="tel:112"]')!;
      expect(text(call)).to.equal('Ring 112');
      await accessibleInEveryLanguage(el);
    });

    it('ships only the verified national lines, each with a source', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      const shown = ids(el);
      // 112 first; the lines open now before closed ones (test/support-card/layout.test.ts checks the order).
      expect(shown[0]).to.equal('se-112');
      expect([...shown.slice(1)].sort()).to.deep.equal(
        NATIONAL_CONTACTS.map((c) => c.id)
          .filter((id) => id !== PROFESSIONAL_ONLY)
          .sort()
      );
      expect(shown).to.include.members(['se-kvinnofridslinjen', 'se-polisen-11414', 'se-bris', 'se-1177']);
      for (const id of NOT_SHIPPED) expect(shown, id).not.to.include(id);
      for (const c of NATIONAL_CONTACTS) {
        expect(c.source?.url, c.id).to.match(/^https:\/\//);
        expect(c.channels.length, c.id).to.be.greaterThan(0);
      }
    });

    it('shows Kvinnofridslinjen as written, dialled without spaces, open around the clock, with its flags', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_22}></trygg-support-card>`);
      const line = contact(el, 'se-kvinnofridslinjen');
      expect(line.dataset.open).to.equal('always');
      expect(status(el, 'se-kvinnofridslinjen')).to.equal('Öppet dygnet runt');
      const call = line.querySelector<HTMLAnchorElement>('a.phone')!;
      expect(call.getAttribute('href')).to.equal('tel:020505050');
      expect(text(call)).to.equal('Ring 020-50 50 50');
      expect(flags(line)).to.deep.equal([
        'Kostnadsfritt',
        'Du kan vara anonym',
        'Syns inte på telefonräkningen',
        'Tolk kan kopplas in',
      ]);
      expect(text(line.querySelector('[part="languages"]'))).to.equal('Språk: svenska och engelska');
    });

    it('shows the source, its date (or that it is undated) and the hours in a details view', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      const details = await openDetails(el, 'se-kvinnofridslinjen');
      expect(text(details.querySelector('summary'))).to.equal('Mer information');
      // Its name says whose it is, with no space before any punctuation (as a screen reader hears it).
      const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
      const names = tree.filter((n) => n.role === 'DisclosureTriangle').map((n) => n.name);
      expect(names).to.include('Mer information Kvinnofridslinjen').and.include('Mer information 112 – vid akut fara');
      expect(new Set(names).size, 'every disclosure has its own name').to.equal(names.length);
      for (const name of names) expect(name).not.to.match(/\s[:,.]/);
      expect(text(details)).to.contain('Dygnet runt, alla dagar.').and.contain('Senast kontrollerad: 16 april 2024.');
      const sources = links(details);
      expect(sources.length).to.equal(4);
      for (const a of sources) {
        expect(a.href).to.match(/^https:\/\/(www\.)?nck\.uu\.se\//);
        expect(a.rel).to.equal('noreferrer');
        expect(a.target).to.equal('');
      }
      await accessibleInEveryLanguage(el);

      const police = await openDetails(el, 'se-polisen-11414');
      expect(text(police)).to.contain('Källan anger inte när uppgifterna kontrollerades.');
      const emergency = await openDetails(el, 'se-112');
      expect(text(emergency.querySelector('summary'))).to.equal('Mer information');
      expect(text(emergency)).to.contain('Sms till 112 fungerar bara om du har registrerat dig i förväg');
      expect(links(emergency).map((a) => new URL(a.href).hostname)).to.deep.equal(['www.rfet.se', 'rsnv.se']);
      await accessibleInEveryLanguage(el);
    });

    it('lists a line’s weekly hours, and says it makes no claim for holidays it has no source for', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      const details = await openDetails(el, 'se-stodlinjen-man');
      const rows = [...details.querySelectorAll('.hours div')].map((row) => text(row));
      expect(rows).to.deep.equal([
        'måndag–söndag 07:00–21:00',
        'helgdagar, midsommar-, jul- och nyårsafton tider okända',
      ]);
      expect(getComputedStyle(details.querySelector('dt')!, '::first-letter').textTransform).to.equal('uppercase');
      expect(text(details)).to.contain('Tiderna gäller svensk tid.').and.contain('Senast kontrollerad: april 2024.');
    });
  });

  describe('open now', () => {
    it('says "Öppet nu – stänger 21:00" in the day and "Stängt – öppnar tisdag 07:00" at night', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      expect(contact(el, 'se-stodlinjen-man').dataset.open).to.equal('open');
      expect(status(el, 'se-stodlinjen-man')).to.equal('Öppet nu – stänger 21:00');
      el.now = new Date(MONDAY_22);
      await el.updateComplete;
      expect(contact(el, 'se-stodlinjen-man').dataset.open).to.equal('closed');
      expect(status(el, 'se-stodlinjen-man')).to.equal('Stängt – öppnar tisdag 07:00');
      expect(status(el, 'se-stodlinjen-transpersoner')).to.equal('Stängt – öppnar tisdag 11:00');
    });

    it('names every weekday in its hours as Intl does, in Swedish, English and Arabic', async () => {
      const week = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
      const daily: ContactsDocument = {
        contacts: [
          {
            id: 'daily',
            name: { sv: 'Varje dag' },
            channels: [{ type: 'phone', value: '031-390 06 42' }],
            // One entry a day, so each day is named on its own row (not "måndag–söndag").
            hours: week.map((day, i) => ({ dayOfWeek: [day], opens: `0${i + 1}:00`, closes: '18:00' })),
          },
        ],
      };
      const el = await card(
        html`<trygg-support-card now=${MONDAY_22} hide-national .data=${daily}></trygg-support-card>`
      );
      for (const lang of ['sv', 'en', 'ar']) {
        await setLang(lang, el);
        const details = await openDetails(el, 'daily');
        const intl = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
        // 30 November 2026 was a Monday.
        const names = week.map((_, i) => intl.format(Date.UTC(2026, 10, 30 + i)));
        for (const name of names) expect(text(details), `${lang}: ${name}`).to.include(name);
        expect(status(el, 'daily'), lang).to.include(names[1]);
        details.open = false;
      }
      await accessibleInEveryLanguage(el);
    });

    it('says "Stängt – öppnar måndag 08:00" for office hours at the weekend, in English and Arabic too', async () => {
      const el = await card(html`<trygg-support-card now=${SATURDAY_12} .data=${local}></trygg-support-card>`);
      expect(status(el, 'kvinnofridsmottagningen')).to.equal('Stängt – öppnar måndag 08:00');
      await setLang('en', el);
      expect(status(el, 'kvinnofridsmottagningen')).to.equal('Closed – opens Monday 08:00');
      expect(status(el, 'se-kvinnofridslinjen')).to.equal('Open 24 hours');
      await setLang('ar', el);
      const weekday = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2026, 10, 30)
      );
      expect(status(el, 'kvinnofridsmottagningen')).to.equal(`مغلق – يفتح ${weekday} 08:00`);
      await accessibleInEveryLanguage(el);
    });

    it('makes no claim on a public holiday without sourced holiday hours, and says so', async () => {
      const el = await card(html`<trygg-support-card now=${ASCENSION_12} .data=${local}></trygg-support-card>`);
      // No PublicHolidays entry (the local contact) or an entry without times (the NCK lines).
      expect(contact(el, 'kvinnofridsmottagningen').dataset.open).to.equal('unknown');
      expect(status(el, 'kvinnofridsmottagningen')).to.equal('Öppettider på helgdagar saknas');
      expect(contact(el, 'se-stodlinjen-man').dataset.open).to.equal('unknown');
      expect(status(el, 'se-stodlinjen-man')).to.equal('Öppettider på helgdagar saknas');
      expect(contact(el, 'se-bris').dataset.open).to.equal('always');
      expect(contact(el, 'se-kvinno-tjejjourer-roks').dataset.open, 'no hours: no claim').to.equal('unknown');
      // Its marker is not the closed line's: a dashed ring (a hollow ring read as "Stängt").
      const ring = (id: string) => getComputedStyle(contact(el, id).querySelector('[part="status"]')!, '::before');
      expect(ring('kvinnofridsmottagningen').borderTopStyle).to.equal('dashed');
      el.now = new Date(MONDAY_22);
      await el.updateComplete;
      expect(contact(el, 'kvinnofridsmottagningen').dataset.open, 'set-up').to.equal('closed');
      expect(ring('kvinnofridsmottagningen').borderTopStyle, 'closed: a solid ring').to.equal('solid');
      await accessibleInEveryLanguage(el);
    });

    it('takes the moment from the now attribute, and ignores one that is not a date', async () => {
      const el = await card(html`<trygg-support-card now="2026-11-30T22:00:00+01:00"></trygg-support-card>`);
      expect(el.now?.toISOString()).to.equal('2026-11-30T21:00:00.000Z');
      expect(status(el, 'se-stodlinjen-man')).to.equal('Stängt – öppnar tisdag 07:00');
      el.setAttribute('now', 'not a date');
      await el.updateComplete;
      expect(ids(el).length, 'renders at the current time instead').to.equal(NATIONAL_CONTACTS.length);
    });
  });

  describe('the minute tick', () => {
    const real = { ...supportCardClock };
    let clock = 0;
    const timers: { run: () => void; ms: number; id: number }[] = [];
    const cleared: (number | undefined)[] = [];

    beforeEach(() => {
      timers.length = 0;
      cleared.length = 0;
      supportCardClock.now = () => new Date(clock);
      supportCardClock.setTimeout = (run, ms) => {
        timers.push({ run, ms, id: timers.length + 1 });
        return timers.length;
      };
      supportCardClock.clearTimeout = (id) => {
        cleared.push(id);
      };
    });
    afterEach(() => {
      Object.assign(supportCardClock, real);
    });

    it('updates the state at the start of each minute, and stops when removed', async () => {
      clock = Date.parse('2026-11-30T20:59:30+01:00');
      const el = await card(html`<trygg-support-card></trygg-support-card>`);
      expect(status(el, 'se-stodlinjen-man')).to.equal('Öppet nu – stänger 21:00');
      expect(timers.at(-1)?.ms, 'waits for the next minute, not a busy loop').to.equal(30_000);

      clock = Date.parse('2026-11-30T21:00:00+01:00');
      timers.at(-1)!.run();
      await el.updateComplete;
      expect(status(el, 'se-stodlinjen-man')).to.equal('Stängt – öppnar tisdag 07:00');
      expect(timers.at(-1)?.ms).to.equal(60_000);

      const last = timers.at(-1)!.id;
      el.remove();
      expect(cleared.at(-1), 'the pending tick is cancelled').to.equal(last);
    });

    it('never shows another contact in an element a person is using when a tick reorders the list', async () => {
      // Open lines come first: at 17:00 the day service closes and the evening line opens, so they
      // change places. A focused phone link must not turn into another contact's number, and focus
      // stays on the same link of the same contact.
      const day = { type: 'phone', value: '031-390 06 42' } as const;
      const evening = { type: 'phone', value: '031-390 06 48' } as const;
      const data: ContactsDocument = {
        contacts: [
          {
            id: 'day',
            name: 'Dagtid',
            channels: [day],
            hours: [{ dayOfWeek: ['Monday'], opens: '08:00', closes: '17:00' }],
          },
          {
            id: 'evening',
            name: 'Kvällstid',
            channels: [evening],
            hours: [{ dayOfWeek: ['Monday'], opens: '17:00', closes: '22:00' }],
          },
        ],
      };
      clock = Date.parse('2026-11-30T16:59:30+01:00');
      const el = await card(html`<trygg-support-card hide-national .data=${data}></trygg-support-card>`);
      expect(ids(el)).to.deep.equal(['se-112', 'day', 'evening']);
      const details = await openDetails(el, 'day');
      const phoneLink = (id: string) => links(contact(el, id)).find((a) => a.href.startsWith('tel:'))!;
      const before = { day: phoneLink('day'), evening: phoneLink('evening') };
      const hrefs = { day: before.day.getAttribute('href'), evening: before.evening.getAttribute('href') };
      before.evening.focus();

      clock = Date.parse('2026-11-30T17:00:00+01:00');
      timers.at(-1)!.run();
      await el.updateComplete;
      expect(ids(el), 'reordered').to.deep.equal(['se-112', 'evening', 'day']);
      for (const id of ['day', 'evening'] as const) {
        // The same element keeps its contact's number, or it is gone (the contact was drawn anew).
        if (before[id].isConnected) expect(before[id].getAttribute('href'), id).to.equal(hrefs[id]);
        expect(phoneLink(id).getAttribute('href'), id).to.equal(hrefs[id]);
      }
      if (details.isConnected)
        expect(contact(el, 'day').contains(details), 'an open details stays with its contact').to.equal(true);
      const focused = root(el).activeElement as HTMLAnchorElement | null;
      // (Compared as a boolean: a failed match of two elements is slow to print.)
      expect(focused, 'focus stays on the evening line').to.equal(phoneLink('evening'));
      expect(focused?.getAttribute('href')).to.equal(hrefs.evening);
      await expect(el).to.be.accessible();
    });
  });

  describe('local contacts', () => {
    it('shows local contacts first, then the national lines; a local entry with a national id is ignored (issue 16)', async () => {
      const doc: ContactsDocument = {
        contacts: [
          ...local.contacts,
          {
            id: 'se-1177',
            name: '1177 Vårdguiden i Västra Götaland',
            channels: [{ type: 'phone', value: '1177' }],
            hours: '24/7',
          },
        ],
      };
      let el!: TryggSupportCard;
      const errors = await captureErrors(async () => {
        el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${doc}></trygg-support-card>`);
      });
      const shown = ids(el);
      expect(shown.slice(0, 2)).to.deep.equal(['se-112', 'kvinnofridsmottagningen']);
      expect(shown.filter((id) => id === 'se-1177')).to.have.length(1);
      expect(text(contact(el, 'se-1177').querySelector('[part="name"]'))).to.equal('1177 – sjukvårdsrådgivning');
      expect(errors.join()).to.contain('contacts[1].id: "se-1177" is a verified national line');
      expect(status(el, 'kvinnofridsmottagningen')).to.equal('Öppet nu – stänger 16:30');
      await accessibleInEveryLanguage(el);
    });

    it('reads inline JSON, and the src document', async () => {
      const inline = await card(html`<trygg-support-card now=${MONDAY_10}>
        <script type="application/json">{"contacts":[{"id":"inline","name":"Inline-kontakt","channels":[{"type":"phone","value":"031-390 06 46"}]}]}</script>
      </trygg-support-card>`);
      expect(ids(inline)[1]).to.equal('inline');
      const fromSrc = await card(
        html`<trygg-support-card now=${MONDAY_10} src="/demo/data/contacts.example.json"></trygg-support-card>`
      );
      for (let i = 0; i < 50 && ids(fromSrc)[1] !== 'exempel-kvinnofridsmottagning'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await fromSrc.updateComplete;
      }
      expect(ids(fromSrc).slice(0, 4)).to.deep.equal([
        'se-112',
        'exempel-kvinnofridsmottagning',
        'exempel-socialjour',
        'exempel-samtal-for-dig-som-utovar-vald',
      ]);
      expect(root(fromSrc).querySelector('[part="notice"]'), 'the demo document is valid').to.equal(null);
      await accessibleInEveryLanguage(fromSrc);
    });

    it('renders every channel type with a safe link: tel:, sms:, https: (same tab, no referrer) and mailto:', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
      const item = contact(el, 'kvinnofridsmottagningen');
      const channels = links(item.querySelector('[part="channels"]')!);
      expect(channels.map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:0313900642',
        'sms:+46701740635',
        'https://example.org/chatt',
        'https://www.example.org/kvinnofrid',
        'mailto:kvinnofrid@example.org',
      ]);
      expect(channels.map((a) => text(a))).to.deep.equal([
        'Ring 031-390 06 42',
        'Skicka sms +46 70-174 06 35',
        'Chatta',
        'example.org',
        'kvinnofrid@example.org',
      ]);
      for (const a of channels) {
        expect(a.rel).to.equal('noreferrer');
        expect(a.hasAttribute('target'), 'opens in the same tab').to.equal(false);
      }
      expect(item.querySelector('a.phone .number')!.getAttribute('dir'), 'numbers are isolated left-to-right').to.equal(
        'ltr'
      );
      expect(flags(item)).to.deep.equal(['Kostnadsfritt', 'Du kan vara anonym', 'Syns inte på telefonräkningen']);
      expect(text(item.querySelector('[part="note"]'))).to.equal('Utanför öppettiderna: ring 112.');
    });

    it('shows a number in groups left to right in Arabic text: the police’s 114 14 in its heading as on its button', async () => {
      // In Arabic the browser laid "114 14" out as two numbers, last first: the heading read
      // "14 114" beside a button reading "114 14". A person who remembers the heading dials 14114.
      const el = await card(
        html`<trygg-support-card now=${MONDAY_10} .data=${{
          contacts: [
            {
              id: 'local',
              name: { sv: 'Kvinnojouren', ar: 'مأوى النساء 020-50 50 50' },
              description: { ar: 'اتصل بالرقم 1 000 أو 0322 61 60 00 في أي وقت.' },
              channels: [{ type: 'phone', value: '0322-61 60 00' }],
            },
          ],
        }}></trygg-support-card>`
      );
      await setLang('ar', el);
      /** Left edges of `first` and `second` where the text `number` is shown in `scope`. */
      const order = (scope: Element, number: string): [number, number] => {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(number);
          if (at < 0) continue;
          const edge = (from: number, to: number) => {
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, to);
            return range.getBoundingClientRect().left;
          };
          const space = number.lastIndexOf(' ');
          return [edge(at, at + space), edge(at + space + 1, at + number.length)];
        }
        throw new Error(`"${number}" not shown`);
      };
      const police = contact(el, 'se-polisen-11414');
      const [first, last] = order(police.querySelector('[part="name"]')!, '114 14');
      expect(first, 'in the heading, "114" left of "14"').to.be.below(last);
      const [onButton, lastOnButton] = order(police.querySelector('[part="channel"]')!, '114 14');
      expect(onButton, 'on the button, "114" left of "14"').to.be.below(lastOnButton);
      const own = contact(el, 'local');
      const [a, b] = order(own.querySelector('[part="name"]')!, '020-50 50 50');
      expect(a, 'a local contact’s name: "020-50 50" left of the last "50"').to.be.below(b);
      const details = await openDetails(el, 'local');
      for (const number of ['1 000', '0322 61 60 00']) {
        const [x, y] = order(details.querySelector('[part="description"]')!, number);
        expect(x, `${number} left to right in the description`).to.be.below(y);
      }
      expect(text(police.querySelector('[part="name"]'))).to.contain('114 14');
      await accessibleInEveryLanguage(el);
    });

    it('sets everything in "Mer information" in one size: the note ("ring 112") is not smaller than the description', async () => {
      // The flags, the languages and the note were 0.875em inside the disclosure's 0.875em: 0.77em
      // (12 px on a 16 px page), the advice for when the line is closed the smallest text shown.
      const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
      for (const lang of ['sv', 'ar']) {
        await setLang(lang, el);
        const details = await openDetails(el, 'kvinnofridsmottagningen');
        const size = (part: string) =>
          parseFloat(getComputedStyle(details.querySelector(`[part="${part}"]`) ?? details).fontSize);
        const page = parseFloat(getComputedStyle(el).fontSize);
        expect(size('the disclosure'), lang).to.be.at.least(0.875 * page);
        for (const part of ['flags', 'languages', 'note', 'description'])
          expect(size(part), `${lang}: ${part}`).to.equal(size('the disclosure'));
        await expect(el).to.be.accessible();
      }
    });

    it('shows the opening hours in two columns: each time beside the first line of its days, the times one below the other', async () => {
      // The rows were flex lines: a long day label pushed its time to a line of its own ("…och
      // nyårsafton" / "00:00–24:00"), read as another row, and the times started anywhere.
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
        for (const lang of ['sv', 'ar']) {
          await setLang(lang, el);
          const details = await openDetails(el, 'kvinnofridsmottagningen');
          const rows = [...details.querySelectorAll('.hours div')];
          expect(rows.length, 'set-up: weekdays, eves, holidays').to.equal(3);
          const starts = new Set<number>();
          for (const row of rows) {
            const days = row.querySelector('dt')!.getBoundingClientRect();
            const time = row.querySelector('dd')!;
            const box = time.getBoundingClientRect();
            expect(Math.abs(box.top - days.top), `${lang}: "${time.textContent}" beside its days`).to.be.below(2);
            expect(time.getClientRects().length, `${lang}: "${time.textContent}" on one line`).to.equal(1);
            starts.add(Math.round(lang === 'ar' ? box.right : box.left));
          }
          expect([...starts], `${lang}: the times start at one edge`).to.have.length(1);
          await expect(el).to.be.accessible();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('names Sweden’s national minority languages, which the browser’s own names lack (no "smj" shown)', async () => {
      const minority: ContactsDocument = {
        contacts: [
          {
            id: 'norrbotten',
            name: { sv: 'Stödlinjen i Norrbotten' },
            channels: [{ type: 'phone', value: '0920-45 50 00' }],
            languages: ['fi', 'fit', 'se', 'sma', 'smj', 'sju', 'smi', 'rom', 'yi'],
          },
        ],
      };
      const el = await card(
        html`<trygg-support-card now=${MONDAY_10} hide-national .data=${minority}></trygg-support-card>`
      );
      const languages = () => text(contact(el, 'norrbotten').querySelector('[part="languages"]'));
      await openDetails(el, 'norrbotten');
      expect(languages()).to.equal(
        'Språk: finska, meänkieli, nordsamiska, sydsamiska, lulesamiska, umesamiska, samiska, romani och jiddisch'
      );
      await setLang('en', el);
      expect(languages()).to.equal(
        'Languages: Finnish, Meänkieli, Northern Sami, Southern Sami, Lule Sami, Ume Sami, Sami, Romani, and Yiddish'
      );
      await setLang('ar', el);
      expect(languages()).to.contain('السامية اللولية').and.contain('المينكيلية');
      for (const lang of ['sv', 'en', 'ar']) {
        await setLang(lang, el);
        expect(languages(), lang).not.to.match(/\b(fit|se|sma|smj|sju|smi|rom)\b/);
      }
      await accessibleInEveryLanguage(el);
    });

    it('names the languages in the page language', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
      const languages = () => text(contact(el, 'kvinnofridsmottagningen').querySelector('[part="languages"]'));
      expect(languages()).to.equal('Språk: svenska, arabiska och somaliska');
      await setLang('en', el);
      expect(languages()).to.equal('Languages: Swedish, Arabic, and Somali');
      await setLang('ar', el);
      const arabic = new Intl.DisplayNames('ar', { type: 'language' });
      expect(languages()).to.contain(arabic.of('so')!).and.contain(arabic.of('sv')!);
    });

    it('gives a contact with only one kind of further information a disclosure that shows it, and one with none no disclosure', async () => {
      const phone = [{ type: 'phone' as const, value: '031-390 06 42' }];
      const only: ContactsDocument = {
        contacts: [
          { id: 'description', name: { sv: 'A' }, channels: phone, description: { sv: 'Stöd dygnet runt.' } },
          { id: 'flag', name: { sv: 'B' }, channels: phone, interpreter: true },
          { id: 'languages', name: { sv: 'C' }, channels: phone, languages: ['fi'] },
          { id: 'note', name: { sv: 'D' }, channels: phone, note: { sv: 'Ring hellre än mejla.' } },
          { id: 'nothing', name: { sv: 'E' }, channels: phone },
        ],
      };
      const el = await card(
        html`<trygg-support-card now=${MONDAY_10} hide-national .data=${only}></trygg-support-card>`
      );
      const shown: Record<string, string> = {
        description: 'Stöd dygnet runt.',
        flag: 'Tolk kan kopplas in',
        languages: 'Språk: finska',
        note: 'Ring hellre än mejla.',
      };
      for (const [id, words] of Object.entries(shown)) {
        const details = await openDetails(el, id);
        expect(details.open, id).to.equal(true);
        expect(text(details.querySelector('.details-body')), id).to.equal(words);
      }
      expect(contact(el, 'nothing').querySelector('details') === null, 'no disclosure without anything in it').to.equal(
        true
      );
      await accessibleInEveryLanguage(el);
    });

    it('shows a contact’s text in the page language, and marks text in another language with lang', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
      await setLang('en', el);
      const item = contact(el, 'kvinnofridsmottagningen');
      expect(text(item.querySelector('[part="name"]'))).to.equal('Women’s safety service');
      expect(item.querySelector('[part="note"] span')!.getAttribute('lang'), 'only in Swedish').to.equal('sv');
      await setLang('ar', el);
      expect(contact(el, 'se-kvinnofridslinjen').querySelector('[part="name"]')!.textContent).to.contain(
        'الخط الوطني لدعم النساء'
      );
      // No Arabic name: the Swedish one is marked, also where a screen reader hears it in the disclosure.
      const swedish = contact(el, 'kvinnofridsmottagningen');
      expect(swedish.querySelector('[part="name"] [lang]')!.getAttribute('lang')).to.equal('sv');
      // The disclosure's name is made of its text and the contact's name element, which carries lang.
      const summary = swedish.querySelector('summary')!;
      const [, nameId] = summary.getAttribute('aria-labelledby')!.split(' ');
      expect(
        root(el).getElementById(nameId)!.querySelector('[lang]')!.getAttribute('lang'),
        'details summary'
      ).to.equal('sv');
      await expect(el).to.be.accessible();
    });
  });

  describe('audience filter', () => {
    const expected: Record<string, string[]> = {
      victim: [
        'se-kvinnofridslinjen',
        'se-stodlinjen-man',
        'se-stodlinjen-transpersoner',
        'se-ratt-att-valja',
        'se-kvinno-tjejjourer-roks',
        'se-jourer-unizon',
      ],
      relative: ['se-kvinnofridslinjen', 'se-stodlinjen-man', 'se-stodlinjen-transpersoner', 'se-ratt-att-valja'],
      child: ['se-ratt-att-valja', 'se-bris', 'se-kvinno-tjejjourer-roks', 'se-jourer-unizon'],
      perpetrator: [],
      lgbtqi: ['se-stodlinjen-transpersoner'],
      professional: ['se-kvinnofridslinjen', 'se-stodlinjen-man', 'se-stodlinjen-transpersoner', PROFESSIONAL_ONLY],
    };
    for (const [audience, lines] of Object.entries(expected)) {
      it(`audience="${audience}": 112, the lines for ${audience}, and the lines for everyone`, async () => {
        const el = await card(html`<trygg-support-card now=${MONDAY_10} audience=${audience}></trygg-support-card>`);
        const shown = ids(el);
        expect(shown[0]).to.equal('se-112');
        expect(shown.slice(1)).to.have.members([...lines, ...EVERYONE]);
        await accessibleInEveryLanguage(el);
      });
    }

    it('shows the professionals’ line only when the filter names professional', async () => {
      const all = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      expect(ids(all)).not.to.include(PROFESSIONAL_ONLY);
      const both = await card(
        html`<trygg-support-card now=${MONDAY_10} audience="victim professional"></trygg-support-card>`
      );
      expect(ids(both)).to.include(PROFESSIONAL_ONLY).and.include('se-jourer-unizon');
      const line = contact(both, PROFESSIONAL_ONLY);
      expect(text(line.querySelector('[part="note"]'))).to.equal(
        'Berätta inte vem ärendet gäller: säg inte namn eller personnummer.'
      );
    });

    it('filters local contacts too, and reports an unknown word like bad data: notice, one event, console error', async () => {
      const events: DataErrorDetail[] = [];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => events.push(e.detail)}></div>`
      );
      const errors = await captureErrors(async () => {
        const el = document.createElement('trygg-support-card');
        Object.assign(el, { now: new Date(MONDAY_10), audience: 'perpetrator victims', data: local });
        wrapper.append(el);
        await el.updateComplete;
        // The typo hides the lines for victims: the editor has to see it.
        expect(ids(el)).to.deep.equal(['se-112', ...EVERYONE]);
        expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim()).to.equal(
          'En del uppgifter kunde inte visas.'
        );
        expect(events).to.have.length(1);
        expect(events[0]).to.include({ source: 'attributes' });
        expect(events[0].message).to.match(/^attributes: audience: "victims" is not one of victim relative/);
        await accessibleInEveryLanguage(el);
        el.requestUpdate();
        await el.updateComplete;
        expect(events, 'reported once, not at every render').to.have.length(1);
        el.audience = 'relative';
        await el.updateComplete;
        expect(ids(el)).to.include('kvinnofridsmottagningen');
        expect(el.shadowRoot!.querySelector('[part="notice"]'), 'fixed: the notice goes').to.equal(null);
      });
      expect(errors.join()).to.contain('audience: "victims"');
    });

    it('hide-national hides the national lines but never 112', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10} hide-national></trygg-support-card>`);
      expect(ids(el)).to.deep.equal(['se-112']);
      await accessibleInEveryLanguage(el);
      el.data = local;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['se-112', 'kvinnofridsmottagningen']);
      el.audience = 'child';
      await el.updateComplete;
      expect(ids(el), '112 cannot be filtered away').to.deep.equal(['se-112']);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('compact: name, status and channels; the long texts one tap away; 112 keeps its words', async () => {
      const el = await card(
        html`<trygg-support-card now=${MONDAY_10} layout="compact" .data=${local}></trygg-support-card>`
      );
      expect(root(el).querySelector('.base')!.classList.contains('compact')).to.equal(true);
      for (const part of ['description', 'note', 'flags', 'languages']) {
        const node = contact(el, 'kvinnofridsmottagningen').querySelector(`details [part="${part}"]`);
        expect(node !== null && !node.checkVisibility(), `${part} in the closed disclosure`).to.equal(true);
      }
      expect(text(contact(el, 'se-112'))).to.contain('Ring 112 om någon är i fara just nu');
      expect(status(el, 'kvinnofridsmottagningen')).to.equal('Öppet nu – stänger 16:30');
      await accessibleInEveryLanguage(el);
    });

    it('puts cards side by side when there is room, by container query', async () => {
      await setViewport({ width: 1200, height: 800 });
      const wide = await card(
        html`<div style="inline-size: 1100px"><trygg-support-card now=${MONDAY_10}></trygg-support-card></div>`
      );
      const el = wide.querySelector('trygg-support-card')!;
      await el.updateComplete;
      const [, a, b] = contactEls(el).map((c) => c.getBoundingClientRect());
      expect(a.top).to.equal(b.top);
      const narrow = await card(
        html`<div style="inline-size: 500px"><trygg-support-card now=${MONDAY_10}></trygg-support-card></div>`
      );
      const el2 = narrow.querySelector('trygg-support-card')!;
      await el2.updateComplete;
      const [, c, d] = contactEls(el2).map((x) => x.getBoundingClientRect());
      expect(d.top).to.be.greaterThan(c.bottom - 1);
    });

    for (const [layout, lang] of [
      ['card', 'sv'],
      ['compact', 'sv'],
      ['card', 'ar'],
      ['compact', 'ar'],
    ] as const) {
      it(`fits 320 px without horizontal scrolling (${layout}, ${lang})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await card(
          html`<trygg-support-card now=${MONDAY_10} layout=${layout} .data=${local}></trygg-support-card>`
        );
        await setLang(lang, el);
        for (const details of root(el).querySelectorAll('details')) details.open = true;
        await el.updateComplete;
        expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(320);
        for (const c of contactEls(el)) expect(c.getBoundingClientRect().right, c.dataset.contactId).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    }

    it('lays out right to left in Arabic, with phone numbers kept left to right', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      await setLang('ar', el);
      const base = root(el).querySelector('.base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(text(contact(el, 'se-112').querySelector('[part="name"]'))).to.equal('112 – في حالات الخطر الداهم');
      const number = contact(el, 'se-kvinnofridslinjen').querySelector<HTMLElement>('a.phone .number')!;
      expect(getComputedStyle(number).direction).to.equal('ltr');
      expect(getComputedStyle(number).unicodeBidi).to.equal('isolate');
      expect(text(number)).to.equal('020-50 50 50');
      // The 112 card's thick border is on the inline start: the right in Arabic.
      const style = getComputedStyle(contact(el, 'se-112'));
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
      await accessibleInEveryLanguage(el);
    });

    it('sets the heading level of the names (default 3)', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      const names = [...root(el).querySelectorAll('[part="name"]')];
      expect(names.every((n) => n.getAttribute('role') === 'heading' && n.getAttribute('aria-level') === '3')).to.equal(
        true
      );
      el.headingLevel = 2;
      await el.updateComplete;
      expect(root(el).querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(root(el).querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('6');
    });
  });

  describe('first frame', () => {
    /** A new card with the local contact, added to the page without waiting for anything. */
    const added = (): TryggSupportCard => {
      const el = document.createElement('trygg-support-card');
      el.setAttribute('now', MONDAY_10);
      el.data = local;
      document.body.append(el);
      return el;
    };
    const bodies = (el: TryggSupportCard) =>
      [...root(el).querySelectorAll('[part~="details"] .details-body')].filter((body) => body.childElementCount > 0)
        .length;

    it('shows every name, open state and way to get in touch in its first frame; the closed disclosures get their bodies after it', async () => {
      const el = added();
      try {
        const first = await inNextFrame(() => ({
          status: status(el, 'kvinnofridsmottagningen'),
          phone: links(contact(el, 'kvinnofridsmottagningen')).some((a) => a.getAttribute('href') === 'tel:0313900642'),
          contacts: contactEls(el).length,
          disclosures: root(el).querySelectorAll('[part~="details"]').length,
          bodies: bodies(el),
        }));
        expect(first.status).to.equal('Öppet nu – stänger 16:30');
        expect(first.phone, 'the phone link is in the first frame').to.equal(true);
        expect(first.disclosures, 'a disclosure for each contact').to.equal(first.contacts);
        expect(first.bodies, 'disclosure bodies made before the first frame').to.equal(0);

        await el.updateComplete;
        expect(bodies(el), 'disclosures with their bodies').to.equal(first.disclosures);
        const details = await openDetails(el, 'kvinnofridsmottagningen');
        expect(flags(details)).to.include('Syns inte på telefonräkningen');
        expect(text(details)).to.include('Senast kontrollerad: 1 november 2026.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('uses no Intl object until its first frame is drawn, open or closed: the clock reads Temporal, weekday names are its own words', async () => {
      const { calls, stop } = watchIntl();
      try {
        const seen = [];
        for (const now of [MONDAY_10, SATURDAY_12]) {
          calls.length = 0;
          const el = document.createElement('trygg-support-card');
          el.setAttribute('now', now);
          el.data = local;
          document.body.append(el);
          try {
            seen.push(await inNextFrame(() => ({ status: status(el, 'kvinnofridsmottagningen'), calls: [...calls] })));
            // After the first frame the disclosures' bodies name the languages (Intl): not counted above.
            await el.updateComplete;
            expect(calls.length > 0, 'the counting sees the bodies’ Intl calls').to.equal(true);
          } finally {
            el.remove();
          }
        }
        expect(seen.map((s) => s.status)).to.deep.equal(['Öppet nu – stänger 16:30', 'Stängt – öppnar måndag 08:00']);
        expect(seen.map((s) => s.calls)).to.deep.equal([[], []]);
      } finally {
        stop();
      }
    });

    it('a disclosure opened before its body came shows it in the same task, before it is painted open', async () => {
      const el = added();
      try {
        const opened = await inNextFrame(async () => {
          let taskRan = false;
          setTimeout(() => (taskRan = true));
          const details = contact(el, 'kvinnofridsmottagningen').querySelector('details')!;
          const before = bodies(el);
          details.querySelector('summary')!.click();
          // Lit updates in microtasks: no task (and so no frame) comes between the click and these.
          for (let i = 0; i < 20 && !text(details.querySelector('.details-body')); i++) await Promise.resolve();
          return { before, open: details.open, body: text(details.querySelector('.details-body')), taskRan };
        });
        expect(opened.before, 'no body before the click').to.equal(0);
        expect(opened.open).to.equal(true);
        expect(opened.taskRan, 'a task ran before the body came').to.equal(false);
        expect(opened.body).to.include('Språk: svenska, arabiska och somaliska');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('accessibility and robustness', () => {
    it('a new document keeps focus on the same link when a later slice brings its contact back, unless focus moved on', async function () {
      this.timeout(60_000);
      const doc = () => ({
        contacts: Array.from({ length: 100 }, (_, i) => ({
          id: `c${i}`,
          name: `Mottagning ${i}`,
          channels: [{ type: 'phone', value: `031-390 06 ${String(i).padStart(2, '0')}` }],
        })),
      });
      const el = await card(html`<trygg-support-card hide-national .data=${doc()}></trygg-support-card>`);
      const phoneLink = () => links(contact(el, 'c99')).find((a) => a.href.startsWith('tel:'))!;
      // The same contacts again (a reloaded src): the list starts over from its first slice.
      const reload = async () => {
        const firstRender = whenRemoved(phoneLink(), root(el));
        el.data = doc();
        await firstRender;
      };
      phoneLink().focus();
      await reload();
      expect(ids(el), 'the focused contact is not in the first slice').not.to.include('c99');
      await el.updateComplete;
      // (Compared as a boolean: a failed match of two elements is slow to print.)
      expect(root(el).activeElement, "focus is on c99's phone link again").to.equal(phoneLink());

      // Focus moved on meanwhile (the person clicked elsewhere): it is not taken back.
      phoneLink().focus();
      await reload();
      const elsewhere = focusElsewhere(el);
      await el.updateComplete;
      expect(document.activeElement, 'focus stays where the person put it').to.equal(elsewhere);
      elsewhere.remove();
      await expect(el).to.be.accessible();
    });

    it('can be used with the keyboard: every link and disclosure is reachable, with a visible focus ring', async () => {
      const el = await card(
        html`<trygg-support-card now=${MONDAY_10} hide-national .data=${local}></trygg-support-card>`
      );
      await sendKeys({ press: 'Tab' });
      const first = root(el).activeElement as HTMLElement;
      expect(first.getAttribute('href')).to.equal('tel:112');
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLElement).localName).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      expect(contact(el, 'se-112').querySelector('details')!.open).to.equal(true);
    });

    it('keeps borders and the status marker in forced-colours mode', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10}></trygg-support-card>`);
      await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        const line = contact(el, 'se-kvinnofridslinjen');
        expect(getComputedStyle(line).borderTopStyle).to.equal('solid');
        expect(getComputedStyle(line.querySelector('a.phone')!).borderTopStyle).to.equal('solid');
        // The call link is filled (the theme's link colour), the web link outlined: the call stays
        // first to the eye, as it is outside forced colours (it was one outlined link among others).
        const call = getComputedStyle(line.querySelector('a.phone')!);
        const web = getComputedStyle(line.querySelector('a.web')!);
        expect(call.backgroundColor, 'the call link filled').to.equal(call.borderTopColor);
        expect(call.backgroundColor, 'the call link filled').to.not.equal(web.backgroundColor);
        expect(call.color, 'its text in the page colour').to.not.equal(call.backgroundColor);
        // Its focus ring in the theme's highlight colour (not the kit's own dark colour).
        const focusable = [...root(el).querySelectorAll<HTMLElement>('a, summary')].filter((f) => f.checkVisibility());
        focusable[focusable.indexOf(line.querySelector<HTMLElement>('a.phone')!) - 1].focus();
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement, 'set-up').to.equal(line.querySelector('a.phone'));
        const ring = getComputedStyle(line.querySelector('a.phone')!);
        expect(ring.outlineStyle, 'focus visible').to.equal('solid');
        expect(ring.outlineColor, 'focus ring in the highlight colour').to.not.equal(call.backgroundColor);
        await accessibleInEveryLanguage(el);
      } finally {
        await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });

    it('works from the CDN file under a strict CSP with Trusted Types: no violation, styles applied, src loaded', async function () {
      this.timeout(20000);
      const r = await executeServerCommand<
        {
          result: { ids: string[]; emergencyBorder: string; callBackground: string; notice: string | null } | null;
          violations: string[];
          errors: string[];
          consoleErrors: string[];
        },
        { page: string }
      >('page-check', { page: 'support-card/fixtures/support-card-csp.html' });
      expect(r.violations).to.deep.equal([]);
      expect(r.errors).to.deep.equal([]);
      expect(r.consoleErrors).to.deep.equal([]);
      expect(r.result?.ids.slice(0, 3)).to.deep.equal([
        'se-112',
        'exempel-kvinnofridsmottagning',
        'exempel-socialjour',
      ]);
      expect(r.result?.emergencyBorder, 'component styles apply').to.equal('8px');
      expect(r.result?.callBackground).to.equal('rgb(164, 0, 29)');
      expect(r.result?.notice).to.equal(null);
    });

    it('renders no style attribute (strict CSP) and no link that opens a new window', async () => {
      const el = await card(html`<trygg-support-card now=${MONDAY_10} .data=${local}></trygg-support-card>`);
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      expect(root(el).querySelectorAll('[style]').length).to.equal(0);
      expect(root(el).querySelectorAll('[target]').length).to.equal(0);
    });
  });
});
