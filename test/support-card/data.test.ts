import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { NATIONAL_CONTACTS } from '../../src/components/support-card/national-contacts.js';
import { AUDIENCES, DAYS, documentSchema } from '../../src/components/support-card/schema.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import { validate } from '../../src/core/validate.js';
import { captureErrors, nextEvent, setLang, accessibleInEveryLanguage } from '../support/helpers.js';

const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const BUILT_IN = ['se-112', ...NATIONAL_CONTACTS.filter((c) => !c.professionalOnly).map((c) => c.id)];
/** 112 first, then the rest as a set: lines open now come before closed ones, so the order depends on the clock. */
const firstThenSet = (list: (string | undefined)[], first = 1) => [
  ...list.slice(0, first),
  ...list.slice(first).sort(),
];

const root = (el: TryggSupportCard) => el.shadowRoot!;
const ids = (el: TryggSupportCard) =>
  [...root(el).querySelectorAll<HTMLElement>('[part="contact"]')].map((c) => c.dataset.contactId);
const contact = (el: TryggSupportCard, id: string) => root(el).querySelector<HTMLElement>(`[data-contact-id="${id}"]`)!;
const notice = (el: TryggSupportCard) => root(el).querySelector('[part="notice"]')?.textContent.trim() ?? null;
const phone = { type: 'phone', value: '031-390 06 42' };

/** Renders `data` (or a template) and returns the element with the one trygg-data-error it fired. */
async function withData(
  data: unknown
): Promise<{ el: TryggSupportCard; detail: DataErrorDetail | undefined; errors: string[] }> {
  let detail: DataErrorDetail | undefined;
  let events = 0;
  let el!: TryggSupportCard;
  const errors = await captureErrors(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => {
        events++;
        detail = e.detail;
      }}
    >
      <trygg-support-card now=${MONDAY_10} .data=${data}></trygg-support-card>
    </div>`);
    el = wrapper.querySelector('trygg-support-card')!;
    await el.updateComplete;
  });
  expect(events, 'at most one event per load').to.be.at.most(1);
  return { el, detail, errors };
}

/** Waits (without a fixed sleep) until `done` holds, re-rendering in between. */
async function until(el: TryggSupportCard, done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

beforeEach(() => setLang('sv'));

describe('<trygg-support-card> with bad data', () => {
  it('an invalid JSON document: built-in lines and 112 still show, with a short notice and one event', async () => {
    let detail: DataErrorDetail | undefined;
    const errors = await captureErrors(async () => {
      const wrapper =
        await fixture<HTMLDivElement>(html`<div @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => (detail = e.detail)}>
        <trygg-support-card now=${MONDAY_10}><script type="application/json">{"contacts": [</script></trygg-support-card>
      </div>`);
      const el = wrapper.querySelector('trygg-support-card')!;
      await el.updateComplete;
      expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
      expect(notice(el)).to.equal('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.');
      await accessibleInEveryLanguage(el);
      await setLang('ar', el);
      expect(notice(el)).to.equal('لا يمكن عرض جهات الاتصال المحلية الآن. يمكنك الوصول إلى خطوط الدعم أعلاه.');
      await accessibleInEveryLanguage(el);
    });
    expect(detail?.message).to.match(/^inline JSON: \(document\): not valid JSON/);
    expect(errors.join()).to.contain('not valid JSON');
  });

  it('a document of the wrong shape', async () => {
    for (const bad of [42, 'contacts', [], {}, { contacts: 'none' }, { contacts: [1, 2] }]) {
      const { el, detail } = await withData(bad);
      expect(firstThenSet(ids(el)), JSON.stringify(bad)).to.deep.equal(firstThenSet(BUILT_IN));
      expect(detail?.message, JSON.stringify(bad)).to.be.a('string');
      expect(notice(el)).to.not.equal(null);
    }
  });

  it('fields of the wrong type: the field (or, when required, the contact) goes, the rest shows', async () => {
    const { el, detail } = await withData({
      contacts: [
        { id: 'no-name', name: 42, channels: [phone] },
        {
          id: 'flags',
          name: 'Flaggor',
          channels: [phone],
          free: 'yes',
          anonymous: 1,
          audience: ['victim', 'martian'],
          languages: 'sv',
        },
      ],
    });
    expect(firstThenSet(ids(el), 2)).to.deep.equal(firstThenSet(['se-112', 'flags', ...BUILT_IN.slice(1)], 2));
    expect(contact(el, 'flags').querySelector('[part="flags"]'), 'no flag from a wrong type').to.equal(null);
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    expect(detail?.message).to.match(/^data: contacts\[0\]\.name: /);
    const problems = detail?.problems.join('\n') ?? '';
    for (const field of [
      'contacts[1].free',
      'contacts[1].anonymous',
      'contacts[1].audience[1]',
      'contacts[1].languages',
    ]) {
      expect(problems).to.contain(field);
    }
    await accessibleInEveryLanguage(el);
  });

  it('an unknown channel type: that channel goes, the contact stays', async () => {
    const { el, detail } = await withData({
      contacts: [{ id: 'fax', name: 'Faxmottagning', channels: [{ type: 'fax', value: '031-390 06 47' }, phone] }],
    });
    expect(contact(el, 'fax').querySelectorAll('[part="channel"]').length).to.equal(1);
    expect(contact(el, 'fax').querySelector('a')!.getAttribute('href')).to.equal('tel:0313900642');
    expect(detail?.message).to.contain('contacts[0].channels[0].type');
  });

  it('javascript:, data: and other unsafe URLs never become links; they show as text and are reported', async () => {
    const unsafe = [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.org/',
      '//evil.example/x',
    ];
    const { el, detail } = await withData({
      contacts: [
        {
          id: 'links',
          name: 'Länkar',
          channels: [
            ...unsafe.map((value) => ({ type: 'web', value })),
            { type: 'chat', value: 'javascript:alert(2)' },
            { type: 'phone', value: 'javascript:alert(3)' },
          ],
          source: { url: 'javascript:alert(4)' },
        },
      ],
    });
    const item = contact(el, 'links');
    expect(item.querySelectorAll('a[part="channel"]').length).to.equal(0);
    expect([...item.querySelectorAll('.unlinked')].map((s) => s.textContent.trim())).to.deep.equal([
      ...unsafe.map((u) => u.trim()),
      'Chatta',
    ]);
    item.querySelector('details')!.open = true;
    expect(item.querySelector('details a'), 'no link for the unsafe source').to.equal(null);
    expect(item.querySelector('details')!.textContent).to.contain('javascript:alert(4)');
    const problems = detail?.problems.join('\n') ?? '';
    expect(problems).to.contain('contacts[0].channels[0].value: not an allowed link');
    expect(problems).to.contain('contacts[0].channels[6].value: a phone number');
    expect(problems).to.contain('contacts[0].source.url');
    for (const a of root(el).querySelectorAll('a'))
      expect(a.protocol).to.be.oneOf(['https:', 'tel:', 'sms:', 'mailto:']);
    await accessibleInEveryLanguage(el);
  });

  it('HTML in names and texts is shown as text, never as markup', async () => {
    const markup = '<img src=x onerror="window.__pwned = true"><b>Fet</b>';
    const { el } = await withData({
      contacts: [
        {
          id: 'html',
          name: markup,
          description: { sv: '<script>window.__pwned = true</script>' },
          channels: [{ ...phone, label: '<i>Ring</i>' }],
        },
      ],
    });
    const item = contact(el, 'html');
    expect(item.querySelector('[part="name"]')!.textContent.trim()).to.equal(markup);
    expect(item.querySelector('[part="description"]')!.textContent.trim()).to.equal(
      '<script>window.__pwned = true</script>'
    );
    expect(item.querySelectorAll('img, b, i, script').length).to.equal(0);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('damaged opening hours are dropped as a whole: the card makes no claim instead of a wrong one', async () => {
    const { el, detail } = await withData({
      contacts: [
        {
          id: 'hours',
          name: 'Öppettider',
          channels: [phone],
          // The first entry alone would say "closed" on Monday at 10:00; the second (bad) one is the opening.
          hours: [
            { dayOfWeek: ['Monday'], opens: '13:00', closes: '16:00' },
            { dayOfWeek: ['Monday'], opens: '8.00', closes: '12:00' },
          ],
        },
        {
          id: 'funday',
          name: 'Okänd dag',
          channels: [phone],
          hours: [{ dayOfWeek: ['Funday'], opens: '08:00', closes: '12:00' }],
        },
        { id: 'half', name: 'Halv', channels: [phone], hours: [{ dayOfWeek: ['Monday'], opens: '08:00' }] },
      ],
    });
    for (const id of ['hours', 'funday', 'half']) {
      expect(contact(el, id).dataset.open, id).to.equal('unknown');
      expect(contact(el, id).querySelector('[part="status"]'), id).to.equal(null);
    }
    const problems = detail?.problems.join('\n') ?? '';
    expect(problems)
      .to.contain('contacts[0].hours[1].opens')
      .and.contain('contacts[1].hours')
      .and.contain('contacts[2].hours[0]');
  });

  it('duplicate ids: the first is shown; 112 cannot be replaced', async () => {
    const { el, detail } = await withData({
      contacts: [
        { id: 'twice', name: 'Först', channels: [phone] },
        { id: 'twice', name: 'Sedan', channels: [phone] },
        { id: 'se-112', name: 'Falskt larmnummer', channels: [{ type: 'phone', value: '031-390 06 48' }] },
      ],
    });
    expect(ids(el).filter((id) => id === 'twice')).to.have.length(1);
    expect(contact(el, 'twice').querySelector('[part="name"]')!.textContent.trim()).to.equal('Först');
    expect(ids(el).filter((id) => id === 'se-112')).to.have.length(1);
    expect(contact(el, 'se-112').querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    expect(detail?.problems.join('\n'))
      .to.contain('contacts[1].id: "twice" is used twice')
      .and.contain('contacts[2].id: "se-112" is the built-in 112');
  });

  describe('src', () => {
    const realFetch = window.fetch.bind(window);
    afterEach(() => {
      window.fetch = realFetch;
    });

    /** A card for `src`, connected after its error listener is in place. */
    async function load(src: string, timeout?: number) {
      const el = document.createElement('trygg-support-card');
      el.now = new Date(MONDAY_10);
      if (timeout) el.timeout = timeout;
      el.src = src;
      const failed = nextEvent<CustomEvent<DataErrorDetail>>(el, 'trygg-data-error');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      return { el, failed };
    }

    it('404: the built-in lines show, then a notice and an event naming the HTTP status', async () => {
      const errors = await captureErrors(async () => {
        const { el, failed } = await load('/test/fixtures/no-such-contacts.json');
        expect(firstThenSet(ids(el)), 'at once').to.deep.equal(firstThenSet(BUILT_IN));
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.message).to.contain('HTTP 404');
        expect(notice(el)).to.equal('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.');
        expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
        await accessibleInEveryLanguage(el);
      });
      expect(errors.join()).to.contain('HTTP 404');
    });

    it('500', async () => {
      window.fetch = () =>
        Promise.resolve(new Response('Internal Server Error', { status: 500, statusText: 'Internal Server Error' }));
      await captureErrors(async () => {
        const { el, failed } = await load('/contacts.json');
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.message).to.contain('HTTP 500');
        expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
      });
    });

    it('a src that never answers: the lines and a loading line at once, then a notice after the timeout', async () => {
      const requests: RequestInit[] = [];
      window.fetch = (_input, init) => {
        requests.push(init ?? {});
        return new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(init.signal?.reason as Error);
          });
        });
      };
      await captureErrors(async () => {
        const { el, failed } = await load('/contacts-hanging.json', 3000);
        await until(el, () => root(el).querySelector('[part="loading"]') !== null);
        expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
        expect(root(el).querySelector('[part="loading"]')!.textContent.trim()).to.equal('Hämtar fler kontakter …');
        expect(
          root(el).querySelector('[part="list"] > :nth-child(2)')!.getAttribute('part'),
          'where the local contacts will come'
        ).to.equal('loading');
        await accessibleInEveryLanguage(el);
        const event = await failed;
        await el.updateComplete;
        expect(event.detail.message).to.contain('no answer within 3000 ms');
        expect(root(el).querySelector('[part="loading"]')).to.equal(null);
        expect(notice(el)).to.equal('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.');
        expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
      });
      expect(requests[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    });

    it('a src that is not https: or same-origin is not fetched', async () => {
      let fetched = false;
      window.fetch = () => {
        fetched = true;
        return Promise.reject(new Error('no'));
      };
      await captureErrors(async () => {
        const el = await fixture<TryggSupportCard>(
          html`<trygg-support-card now=${MONDAY_10} src="http://example.org/contacts.json"></trygg-support-card>`
        );
        await until(el, () => notice(el) !== null);
        expect(notice(el)).to.equal('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.');
        expect(firstThenSet(ids(el))).to.deep.equal(firstThenSet(BUILT_IN));
      });
      expect(fetched).to.equal(false);
    });
  });
});

describe('validate() with atomic fields (core addition used by the support card)', () => {
  it('drops the whole atomic field for a problem anywhere inside it, and keeps the item', () => {
    const doc = {
      contacts: [
        {
          id: 'a',
          name: 'A',
          channels: [phone],
          hours: [
            { dayOfWeek: ['Monday'], opens: '13:00', closes: '16:00' },
            { dayOfWeek: 'Monday', opens: '8', closes: '9:00' },
          ],
        },
      ],
    };
    const plain = validate(documentSchema, doc);
    expect(plain.value?.contacts[0]?.hours, 'without atomic: only the bad fields go').to.have.length(2);
    const atomic = validate(documentSchema, doc, undefined, ['hours']);
    expect(atomic.value?.contacts[0]).to.deep.equal({ id: 'a', name: 'A', channels: [phone] });
    expect(atomic.problems.some((p) => p.startsWith('contacts[0].hours[1].opens'))).to.equal(true);
  });

  it('changes nothing for valid documents or for fields that are not atomic', () => {
    const doc = { contacts: [{ id: 'a', name: 'A', channels: [{ type: 'fax', value: '1' }, phone], hours: '24/7' }] };
    const result = validate(documentSchema, doc, undefined, ['hours']);
    expect(result.value?.contacts[0]).to.deep.equal({ id: 'a', name: 'A', channels: [phone], hours: '24/7' });
  });
});

describe('<trygg-support-card> property: random documents', () => {
  const SAFE = ['https:', 'tel:', 'sms:', 'mailto:'];
  const ALLOWED = new Set(['div', 'ul', 'li', 'p', 'span', 'a', 'details', 'summary', 'dl', 'dt', 'dd']);
  const nasty = fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'http://example.org/',
    'https://example.org/ok',
    'https://user:pw@example.org/',
    '/lokal/sida',
    '#ankare',
    'tel:112',
    'sms:+46701740635',
    'mailto:a@example.org',
    'a@example.org',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '020-50 50 50',
    '+46 70-174 06 35',
    '112',
    '',
    ' ',
    '\u202eevil',
    '24/7',
    '25:00',
    '08:00',
    '23:59',
    '24:00',
    '00:00',
    'Monday',
    'PublicHolidays',
    'HolidayEves',
    '2026-02-30',
    '2026-12-24',
    'se-112',
    'se-1177',
    'sv',
    'ar'
  );
  const value = fc.oneof(nasty, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const text = fc.oneof(value, fc.dictionary(fc.constantFrom('sv', 'en', 'ar', 'EN', 'x-!'), value, { maxKeys: 3 }));
  const channel = fc.record(
    { type: fc.oneof(fc.constantFrom('phone', 'sms', 'chat', 'web', 'email', 'fax'), value), value, label: text },
    { requiredKeys: [] }
  );
  const spec = fc.record(
    {
      dayOfWeek: fc.oneof(
        fc.constantFrom(...DAYS),
        value,
        fc.array(fc.oneof(fc.constantFrom(...DAYS), value), { maxLength: 4 })
      ),
      opens: fc.oneof(fc.constantFrom('07:00', '16:30', '22:00', '00:00'), value),
      closes: fc.oneof(fc.constantFrom('02:00', '16:30', '21:00', '23:59', '24:00'), value),
      validFrom: fc.oneof(fc.constantFrom('2026-01-01', '2026-12-24'), value),
      validThrough: fc.oneof(fc.constantFrom('2026-12-31', '2026-12-24'), value),
    },
    { requiredKeys: [] }
  );
  const source = fc.record(
    { url: value, checked: fc.oneof(fc.constantFrom('2026-11-01', '2024-04', '2025'), value), title: text },
    { requiredKeys: [] }
  );
  const contactArb = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'se-112', 'se-1177', 'se-bris'), value),
      name: text,
      description: text,
      audience: fc.oneof(value, fc.array(fc.oneof(fc.constantFrom(...AUDIENCES), value), { maxLength: 3 })),
      professionalOnly: value,
      channels: fc.oneof(value, fc.array(channel, { maxLength: 4 })),
      hours: fc.oneof(fc.constant('24/7'), value, fc.array(spec, { maxLength: 3 })),
      languages: fc.oneof(value, fc.array(fc.oneof(fc.constantFrom('sv', 'ar', 'so', 'zz'), value), { maxLength: 3 })),
      free: value,
      anonymous: value,
      notOnPhoneBill: value,
      interpreter: value,
      note: text,
      source: fc.oneof(value, source),
      sources: fc.oneof(value, fc.array(source, { maxLength: 2 })),
    },
    { requiredKeys: [] }
  );
  // Mostly valid contacts with random extras, so that rendering (not only rejection) is exercised.
  const validChannel = fc.oneof(
    fc.record({
      type: fc.constantFrom('phone', 'sms'),
      value: fc.constantFrom('020-50 50 50', '+46 70-174 06 35', '112', '031-390 06 42'),
    }),
    fc.record({ type: fc.constantFrom('chat', 'web'), value: nasty }),
    fc.record({
      type: fc.constant('email'),
      value: fc.constantFrom('a@example.org', 'x@y', 'javascript:alert(1)@example.org'),
    })
  );
  const validish = fc.record(
    {
      id: fc.constantFrom('a', 'b', 'c', 'se-1177', 'se-bris'),
      name: fc.oneof(fc.constantFrom('Kontakt', '<b>Fet</b>', 'مثال', 'x'.repeat(300)), text),
      channels: fc.array(fc.oneof(validChannel, channel), { minLength: 1, maxLength: 4 }),
      audience: fc.oneof(value, fc.array(fc.constantFrom(...AUDIENCES), { maxLength: 3 })),
      hours: fc.oneof(fc.constant('24/7'), value, fc.array(spec, { maxLength: 3 })),
      source: fc.oneof(value, source),
      free: value,
      note: text,
      languages: fc.oneof(value, fc.array(fc.oneof(fc.constantFrom('sv', 'ar', 'so', 'zz'), value), { maxLength: 3 })),
    },
    { requiredKeys: ['id', 'name', 'channels'] }
  );
  const documentArb = fc.oneof(
    { weight: 8, arbitrary: fc.record({ contacts: fc.array(fc.oneof(contactArb, validish), { maxLength: 5 }) }) },
    { weight: 1, arbitrary: fc.record({ contacts: value }) },
    { weight: 1, arbitrary: fc.anything() }
  );

  it('never throws, renders only the allowed elements and only safe links, and always shows 112 first', async function () {
    this.timeout(180_000);
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card></trygg-support-card>`);
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const original = { error: console.error, warn: console.warn };
    console.error = () => undefined;
    console.warn = () => undefined;
    let runs = 0;
    let withLocal = 0;
    let withLinks = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          documentArb,
          fc.constantFrom('', 'victim', 'child professional', 'perpetrator lgbtqi', 'nonsense'),
          fc.constantFrom<'card' | 'compact'>('card', 'compact'),
          fc.date({
            min: new Date('2024-01-01T00:00:00Z'),
            max: new Date('2031-01-01T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.boolean(),
          async (doc, audience, layout, now, hideNational) => {
            runs++;
            el.audience = audience;
            el.layout = layout;
            el.now = now;
            el.hideNational = hideNational;
            el.data = doc;
            await el.updateComplete;
            for (const details of root(el).querySelectorAll('details')) details.open = true;
            const shadow = root(el);
            const first = shadow.querySelector<HTMLElement>('[part="contact"]');
            expect(first?.dataset.contactId).to.equal('se-112');
            expect(first?.querySelector('a')?.getAttribute('href')).to.equal('tel:112');
            for (const node of shadow.querySelectorAll('*')) {
              expect(ALLOWED.has(node.localName), node.localName).to.equal(true);
              for (const attr of node.attributes) {
                expect(attr.name.startsWith('on'), attr.name).to.equal(false);
                expect(attr.name).to.not.equal('style');
              }
            }
            for (const a of shadow.querySelectorAll('a')) {
              const url = new URL(a.getAttribute('href') ?? '', document.baseURI);
              expect(
                SAFE.includes(url.protocol) || url.origin === location.origin,
                a.getAttribute('href') ?? ''
              ).to.equal(true);
              if (url.protocol === 'https:') expect(url.username + url.password).to.equal('');
            }
            const local = [...shadow.querySelectorAll<HTMLElement>('[part="contact"]')].filter(
              (item) => !BUILT_IN.includes(item.dataset.contactId ?? '')
            );
            for (const item of shadow.querySelectorAll<HTMLElement>('[part="contact"]')) {
              expect(item.dataset.open).to.be.oneOf(['open', 'closed', 'always', 'unknown']);
            }
            if (local.length) withLocal++;
            if (local.some((item) => item.querySelector('[part="channels"] a'))) withLinks++;
          }
        ),
        { numRuns: 2000 }
      );
    } finally {
      Object.assign(console, original);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(runs).to.be.at.least(2000);
    console.log(`property: ${runs} runs, ${withLocal} with local contacts, ${withLinks} with local links`);
    // The generator must reach the rendering of local contacts and their links, not only rejections.
    expect(withLocal, 'runs that rendered a local contact').to.be.at.least(300);
    expect(withLinks, 'runs that rendered a local link').to.be.at.least(250);
    expect(uncaught).to.deep.equal([]);
  });
});
