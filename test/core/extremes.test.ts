/**
 * Issue 16, "edges that blank or freeze a card": extreme attribute values and a host page whose
 * fetch never settles. 112 and the national lines stay on screen; every load ends in the notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import '../../src/components/training-badge/index.js';
import '../../src/components/plan-timeline/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import type { TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { NATIONAL_CONTACTS } from '../../src/components/support-card/national-contacts.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import { captureErrors, setLang } from '../support/helpers.js';

const BUILT_IN = ['se-112', ...NATIONAL_CONTACTS.filter((c) => !c.professionalOnly).map((c) => c.id)];
const ids = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="contact"]')].map((c) => c.dataset.contactId);
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim() ?? null;

const EXTREME: Record<string, string[]> = {
  now: [
    '+275760-09-06T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9'.repeat(400),
    'NaN',
    '2026-02-30T25:61:00Z',
  ],
  'heading-level': ['1e400', '-1e400', 'NaN', '9'.repeat(400), '2.5'],
  layout: ['x'.repeat(10000), 'compact\u202e', ''],
  audience: ['professional '.repeat(2000), '\u0000', 'victim'.repeat(1000)],
  src: ['javascript:alert(1)', 'data:application/json,{}', 'https://', '//evil.example/x.json', '\u202e'],
};

beforeEach(() => setLang('sv'));

describe('extreme attribute values', () => {
  for (const [name, values] of Object.entries(EXTREME)) {
    it(`${name}: any value leaves 112 and the national lines on screen`, async () => {
      for (const value of values) {
        const errors = await captureErrors(async () => {
          const el = await fixture<TryggSupportCard>(html`<trygg-support-card></trygg-support-card>`);
          el.setAttribute(name, value);
          await el.updateComplete;
          await el.updateComplete;
          expect(ids(el), `${name}="${value.slice(0, 40)}"`).to.include.members(
            name === 'audience' ? ['se-112'] : BUILT_IN
          );
          expect(el.shadowRoot!.querySelector('a[href="tel:112"]'), `${name}: 112 callable`).to.not.equal(null);
        });
        expect(errors.join(), 'nothing but our own reports').not.to.match(/TypeError|RangeError|Uncaught/);
      }
    });
  }

  it('now="+275760-09-06T00:00:00Z": the current time is used, with a notice and an event naming now', async () => {
    const events: DataErrorDetail[] = [];
    let el!: TryggSupportCard;
    await captureErrors(async () => {
      el = await fixture<TryggSupportCard>(html`<trygg-support-card
        now="+275760-09-06T00:00:00Z"
        @trygg-data-error=${(e: CustomEvent<DataErrorDetail>) => events.push(e.detail)}
      ></trygg-support-card>`);
      await el.updateComplete;
    });
    expect(ids(el)).to.include.members(BUILT_IN);
    expect(events.map((e) => e.message).join()).to.contain('attributes: now: "+275760-09-06T00:00:00Z"');
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    await expect(el).to.be.accessible();
  });
});

describe('a host page whose fetch never settles', function () {
  this.timeout(30000);
  const realFetch = window.fetch.bind(window);
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('every data element ends its load with the error notice and one trygg-data-error (the timeout does not wait for fetch)', async () => {
    const signals: AbortSignal[] = [];
    // A page (or an extension) that wraps fetch and never answers, ignoring the abort signal.
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    };
    const events: [string, DataErrorDetail][] = [];
    const record = (e: Event) =>
      events.push([(e.target as Element).localName, (e as CustomEvent<DataErrorDetail>).detail]);
    let wrapper!: HTMLDivElement;
    await captureErrors(async () => {
      wrapper = await fixture<HTMLDivElement>(html`<div @trygg-data-error=${record}>
        <trygg-support-card .timeout=${200} src="/kontakter.json"></trygg-support-card>
        <trygg-training-badge src="/utbildning.json"></trygg-training-badge>
        <trygg-plan-timeline src="/handlingsplan.json"></trygg-plan-timeline>
      </div>`);
      const elements = [...wrapper.children] as (TryggSupportCard | TryggTrainingBadge | TryggPlanTimeline)[];
      // The elements' own 10 s default (the support card's is set to 200 ms here).
      for (let i = 0; i < 120 && events.length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all(elements.map((el) => el.updateComplete));
    });
    expect(events.map(([tag]) => tag).sort()).to.deep.equal([
      'trygg-plan-timeline',
      'trygg-support-card',
      'trygg-training-badge',
    ]);
    for (const [, detail] of events)
      expect(detail.message).to.match(/^\/[a-z]+\.json: src: could not load .*no answer within \d+ ms/);
    for (const el of wrapper.children) {
      expect(notice(el), el.localName).to.equal(
        el.localName === 'trygg-support-card'
          ? 'De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.'
          : 'Uppgifterna kunde inte läsas in.'
      );
      expect(el.shadowRoot!.querySelector('[part="loading"]'), `${el.localName}: not loading`).to.equal(null);
    }
    expect(
      signals.every((s) => s.aborted),
      'each request was also aborted'
    ).to.equal(true);
    const card = wrapper.querySelector('trygg-support-card')!;
    expect(ids(card)).to.include.members(BUILT_IN);
  });
});
