/**
 * Issue 16, "a document can show one number and dial another": what is dialled is what is shown.
 * Each case was a finding of the red-team run (it failed before src/core/phone.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/support-card/index.js';
import '../../src/components/plan-timeline/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import { captureErrors, setLang } from '../support/helpers.js';

const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const contact = (el: TryggSupportCard, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-contact-id="${id}"]`)!;
const phoneLinks = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]'),
];
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim() ?? null;
/** The digits (and a leading +) of a text. */
const digits = (s: string) => s.replace(/[^\d+]/g, '');

async function card(data: unknown, attrs = '') {
  const events: DataErrorDetail[] = [];
  let el!: TryggSupportCard;
  const errors = await captureErrors(async () => {
    el = await fixture<TryggSupportCard>(html`<trygg-support-card
      now=${MONDAY_10}
      ?hide-national=${attrs === 'hide-national'}
      @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => events.push(e.detail)}
      .data=${data}
    ></trygg-support-card>`);
    await el.updateComplete;
  });
  return { el, events, errors };
}

const local = (channels: unknown[], extra: Record<string, unknown> = {}) => ({
  contacts: [{ id: 'lokal', name: 'Lokal linje', channels, ...extra }],
});

beforeEach(() => setLang('sv'));

describe('what is dialled is what is shown', () => {
  it('a label naming another number is refused: the link shows the number it dials, first, with a notice', async () => {
    const { el, events, errors } = await card(
      local([{ type: 'phone', value: '0900-123 45 67', label: 'Ring Kvinnofridslinjen 020-50 50 50' }])
    );
    const link = phoneLinks(contact(el, 'lokal'))[0];
    expect(link.getAttribute('href')).to.equal('tel:09001234567');
    expect(text(link)).to.equal('Ring 0900-123 45 67');
    expect(text(link)).not.to.contain('020-50 50 50');
    expect(events.map((e) => e.message).join()).to.contain('contacts[0].channels[0].label');
    expect(errors.join()).to.contain('names the number 020505050, but the link dials 09001234567');
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    await expect(el).to.be.accessible();
  });

  it('an own label comes after the number; a label with the same number is kept', async () => {
    const { el, events } = await card(
      local([
        { type: 'phone', value: '0322-61 60 00', label: 'Växeln' },
        { type: 'sms', value: '+46 70-000 00 00', label: 'Sms:a 070-000 00 00' },
      ])
    );
    const [call, sms] = phoneLinks(contact(el, 'lokal'));
    expect(text(call)).to.equal('0322-61 60 00 Växeln');
    expect(call.querySelector('.number')?.textContent).to.equal('0322-61 60 00');
    expect(text(sms)).to.equal('+46 70-000 00 00 Sms:a 070-000 00 00');
    expect(sms.getAttribute('href')).to.equal('sms:+46700000000');
    expect(events).to.deep.equal([]);
  });

  it('4 900 no-break spaces in a label do not push the number out of the button; labels stop at 80 characters', async () => {
    const padding = '\u00a0'.repeat(4900);
    const { el, events } = await card(
      local([
        { type: 'phone', value: '0900-123 45 67', label: `Ring${padding}oss` },
        { type: 'phone', value: '0322-61 60 00', label: 'x'.repeat(500) },
      ])
    );
    const [padded, long] = phoneLinks(contact(el, 'lokal'));
    expect(text(padded)).to.equal('0900-123 45 67 Ring oss');
    const button = padded.getBoundingClientRect();
    const number = padded.querySelector('.number')!.getBoundingClientRect();
    expect(button.height, 'one line').to.be.below(80);
    expect(number.top - button.top, 'the number is at the top of the button').to.be.below(20);
    const label = long.querySelector('.label')!.textContent.trim();
    expect(label.length).to.equal(80);
    expect(label.endsWith('…')).to.equal(true);
    expect(events.map((e) => e.problems.join()).join()).to.contain('contacts[0].channels[1].label: longer than 80');
  });

  it('removes bidi controls from names and labels: U+202E cannot display other characters', async () => {
    // Stored "…05 05 05-020 …": with U+202E it displays as the real line's number.
    const name = 'Kvinnofridslinjen \u202e05 05 05-020\u202c';
    const { el } = await card(
      local(
        [
          { type: 'phone', value: '0900-123 45 67', label: '\u2067Ring\u2069 \u200f' },
          { type: 'web', value: 'https://example.org/', label: '\u202egro.elpmaxe' },
        ],
        { name }
      )
    );
    const line = contact(el, 'lokal');
    expect(BIDI.test(line.textContent)).to.equal(false);
    expect(text(line.querySelector('[part="name"]'))).to.equal('Kvinnofridslinjen 05 05 05-020');
    expect(text(phoneLinks(line)[0])).to.equal('0900-123 45 67 Ring');
  });

  it('drops the trunk (0) after a country code: "+46 (0)20-50 50 50" dials +4620505050', async () => {
    const { el, events } = await card(local([{ type: 'phone', value: '+46 (0)20-50 50 50' }]));
    const link = phoneLinks(contact(el, 'lokal'))[0];
    expect(link.getAttribute('href')).to.equal('tel:+4620505050');
    expect(text(link)).to.equal('Ring +46 20-50 50 50');
    expect(events).to.deep.equal([]);
  });

  it('a local contact with a national line’s id is ignored with a notice; the verified number stays', async () => {
    const forged = {
      contacts: [
        {
          id: 'se-kvinnofridslinjen',
          name: 'Kvinnofridslinjen',
          channels: [{ type: 'phone', value: '0900-123 45 67' }],
        },
        { id: 'lokal', name: 'Lokal linje', channels: [{ type: 'phone', value: '0322-61 60 00' }] },
      ],
    };
    const { el, events } = await card(forged);
    const lines = el.shadowRoot!.querySelectorAll('[data-contact-id="se-kvinnofridslinjen"]');
    expect(lines.length).to.equal(1);
    expect(phoneLinks(lines[0]).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:020505050']);
    expect(el.shadowRoot!.querySelector('a[href="tel:09001234567"]')).to.equal(null);
    expect(events[0].message).to.contain('contacts[0].id: "se-kvinnofridslinjen" is a verified national line');
    expect(notice(el)).to.not.equal(null);
    expect(contact(el, 'lokal')).to.not.equal(null);

    const hidden = await card(forged, 'hide-national');
    expect(hidden.el.shadowRoot!.querySelector('[data-contact-id="se-kvinnofridslinjen"]'), 'hide-national').to.equal(
      null
    );
    expect(hidden.el.shadowRoot!.querySelector('a[href="tel:09001234567"]')).to.equal(null);
    expect(contact(hidden.el, 'se-112')).to.not.equal(null);
  });

  it('plan timeline: a tel: link titled with another line’s number shows the number it dials, without the title', async () => {
    const events: DataErrorDetail[] = [];
    let el!: TryggPlanTimeline;
    await captureErrors(async () => {
      el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline
        today="2026-11-26"
        @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => events.push(e.detail)}
      ></trygg-plan-timeline>`);
      el.data = {
        title: 'Handlingsplan',
        measures: [
          {
            id: 'a',
            title: '\u202eStöd\u202c',
            description: 'Mer',
            status: 'ongoing',
            links: [
              { title: 'Ring Kvinnofridslinjen 020-50 50 50', url: 'tel:+46900123456' },
              { title: 'Sms:a oss', url: 'sms:+46 (0)70-000 00 00' },
              { title: 'Ring', url: 'tel:+46900;ext=1' },
            ],
          },
        ],
      };
      await el.updateComplete;
    });
    const links = phoneLinks(el.shadowRoot!);
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['+46900123456', 'tel:+46900123456'],
      ['+46 70-000 00 00 Sms:a oss', 'sms:+46700000000'],
    ]);
    const problems = events.flatMap((e) => e.problems).join('\n');
    expect(problems).to.contain('measures[0].links[0].title: names the number 020505050');
    expect(problems).to.contain('measures[0].links[2].url');
    expect(BIDI.test(el.shadowRoot!.textContent)).to.equal(false);
    expect(notice(el)).to.not.equal(null);
  });
});

// Hostile labels and numbers: bidi controls, no-break and zero-width spaces, other numbers, trunk zeros.
const SPACES = ['\u00a0', '\u2007', '\u202f', ' ', '\u200b', '\u2060'];
const CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const separator = fc.constantFrom('', ' ', '-', '\u00a0', ...CONTROLS);
const number = fc
  .tuple(
    fc.constantFrom('', '+46 ', '+46 (0)', '0046 ', '0'),
    fc.array(fc.tuple(digit, separator), { minLength: 2, maxLength: 14 })
  )
  .map(([prefix, parts]) => prefix + parts.map(([d, s]) => d + s).join(''));
const noise = fc.constantFrom(
  ...SPACES,
  ...CONTROLS,
  'Ring ',
  'Sms ',
  'ring oss ',
  '112',
  '020-50 50 50',
  'kl. 8-16',
  '(0)'
);
const label = fc.oneof(
  fc.constant(undefined),
  fc.array(fc.oneof(noise, fc.string({ maxLength: 6 }), number), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.record({ sv: fc.array(fc.oneof(noise, number), { maxLength: 5 }).map((p) => p.join('')) })
);

describe('property: the digits shown in a phone link are the digits dialled', () => {
  it('for any hostile label and number, every tel:/sms: link starts with the dialled number and names no other', async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card now=${MONDAY_10} hide-national></trygg-support-card>`
    );
    let links = 0;
    await captureErrors(() =>
      fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ type: fc.constantFrom('phone', 'sms'), value: number, label }), {
            minLength: 1,
            maxLength: 4,
          }),
          async (channels) => {
            el.data = { contacts: [{ id: 'lokal', name: 'Lokal', channels }] };
            await el.updateComplete;
            for (const a of phoneLinks(el.shadowRoot!)) {
              if (a.closest('[data-contact-id="se-112"]')) continue;
              links++;
              const dialled = digits(a.getAttribute('href')!.slice(4));
              const shown = a.querySelector('.number')!.textContent;
              expect(digits(shown), `${a.textContent} → ${a.href}`).to.equal(dialled);
              // First: nothing but the fixed verb before the number.
              expect(['', 'Ring', 'Skicka sms']).to.include(a.textContent.split(shown)[0].trim());
              expect(BIDI.test(a.textContent)).to.equal(false);
              // Any other number in the text is the same line.
              const national = (d: string) => d.replace(/^(\+|00)46/, '0');
              for (const run of a.textContent.match(/\+?\d(?:[\s\-()]*\d){4,}/g) ?? [])
                expect(national(digits(run.replace(/^(\+\d{1,3})\s*\(0\)/, '$1'))), a.textContent).to.equal(
                  national(dialled)
                );
            }
          }
        ),
        { numRuns: 500 }
      )
    );
    expect(links, 'links were checked').to.be.greaterThan(300);
  });
});
