/**
 * Words the second review asked for (issue 14), as the visitor sees them: one term per concept
 * across the components in every language, plain Swedish (numbers under 13 in words, "I dag",
 * "Skicka sms", full weekday names, prevention in plain words), and a failed contacts document
 * that says what is missing and what still works.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/plan-timeline/index.js';
import '../../src/components/training-badge/index.js';
import '../../src/components/support-card/index.js';
import '../../src/components/quick-exit/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import type { TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import type { TryggQuickExit } from '../../src/components/quick-exit/index.js';
import { captureErrors, setLang } from '../support/helpers.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const MONDAY_22 = '2026-11-30T22:00:00+01:00';

describe('words across the components', () => {
  afterEach(async () => {
    await setLang('sv');
  });

  it('"Pågår" is one word in every language: the plan and the training say the same', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <trygg-plan-timeline view="list" today="2026-11-26"></trygg-plan-timeline>
      <trygg-training-badge value="5" max="10" today="2026-11-26"></trygg-training-badge>
    </div>`);
    const plan = wrapper.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    const badge = wrapper.querySelector<TryggTrainingBadge>('trygg-training-badge')!;
    plan.data = { measures: [{ id: 'a', title: 'Utbildning', start: '2025-01', status: 'ongoing' }] };
    await plan.updateComplete;
    const expected = { sv: 'Pågår', en: 'In progress', ar: 'قيد التنفيذ' };
    for (const lang of ['sv', 'en', 'ar'] as const) {
      await setLang(lang, plan, badge);
      const inPlan = text(plan.shadowRoot!.querySelector('[data-measure-id="a"] [part="status"]'));
      const inBadge = text(badge.shadowRoot!.querySelector('[part="status"]'));
      expect([inPlan, inBadge], lang).to.deep.equal([expected[lang], expected[lang]]);
    }
  });

  it('the plan: "I dag", prevention in plain words with the term after it, "Hämtar planen …"', async () => {
    const el = await fixture<TryggPlanTimeline>(
      html`<trygg-plan-timeline view="list" today="2026-11-26"></trygg-plan-timeline>`
    );
    el.data = {
      measures: [
        { id: 'u', title: 'För alla', start: '2025', prevention: 'universal' },
        { id: 's', title: 'Riskgrupper', start: '2025', prevention: 'selective' },
        { id: 'i', title: 'Utsatta', start: '2025', prevention: 'indicated' },
      ],
    };
    await el.updateComplete;
    const meta = (id: string) => text(el.shadowRoot!.querySelector(`[data-measure-id="${id}"] dl`));
    expect(meta('u')).to.contain('För alla (universell)');
    expect(meta('s')).to.contain('För grupper med ökad risk (selektiv)');
    expect(meta('i')).to.contain('För den som redan är utsatt eller utövar våld (indikerad)');
    expect(text(el.shadowRoot!.querySelector('[part="today"]'))).to.equal('I dag 26 november 2026');
    const labels = [...el.shadowRoot!.querySelectorAll('input[name="prevention"]')].map((i) =>
      text(i.closest('label'))
    );
    expect(labels).to.deep.equal([
      'För alla (universell)',
      'För grupper med ökad risk (selektiv)',
      'För den som redan är utsatt eller utövar våld (indikerad)',
    ]);
    await setLang('en', el);
    expect(meta('s')).to.contain('For groups at higher risk (selective)');
    await expect(el).to.be.accessible();
    await setLang('sv', el);
    const loading = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline></trygg-plan-timeline>`);
    loading.src = '/test/fixtures/never-there.json';
    await loading.updateComplete;
    await captureErrors(() => {
      expect(text(loading.shadowRoot!.querySelector('[role="status"]'))).to.equal('Hämtar planen …');
      loading.remove();
    });
  });

  it('the training card\'s units table: "Status", not "Läge"', async () => {
    const el = await fixture<TryggTrainingBadge>(
      html`<trygg-training-badge today="2026-11-26"></trygg-training-badge>`
    );
    el.data = { course: 'Grundkurs', units: [{ name: 'Skolan', completed: 1, total: 2 }] };
    await el.updateComplete;
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => text(th));
    expect(heads).to.deep.equal(['Enhet', 'Genomfört', 'Status']);
  });

  it('the support card: "Skicka sms", full weekday names, and what failed when the contacts cannot load', async () => {
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card now=${MONDAY_22}></trygg-support-card>`);
    el.data = {
      contacts: [
        {
          id: 'mottagning',
          name: 'Kvinnofridsmottagningen',
          channels: [
            { type: 'phone', value: '0322-61 60 00' },
            { type: 'sms', value: '070-123 45 67' },
          ],
          hours: [
            { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '16:00' },
          ],
        },
      ],
    };
    await el.updateComplete;
    const own = el.shadowRoot!.querySelector('[data-contact-id="mottagning"]')!;
    expect(text(own.querySelector('a.sms'))).to.equal('Skicka sms 070-123 45 67');
    expect(text(own.querySelector('[part="status"]'))).to.equal('Stängt – öppnar tisdag 08:00');
    expect(text(own.querySelector('dl.hours dt'))).to.equal('måndag–fredag');
    await setLang('en', el);
    expect(text(own.querySelector('a.sms'))).to.equal('Send a text 070-123 45 67');
    expect(text(own.querySelector('[part="status"]'))).to.equal('Closed – opens Tuesday 08:00');
    await setLang('sv', el);

    let failed!: TryggSupportCard;
    await captureErrors(async () => {
      failed = await fixture<TryggSupportCard>(
        html`<trygg-support-card src="/test/fixtures/no-such-contacts.json"></trygg-support-card>`
      );
      for (let i = 0; i < 100 && !failed.shadowRoot!.querySelector('[part="notice"]'); i++)
        await new Promise((r) => setTimeout(r, 50));
    });
    expect(text(failed.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
      'De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.'
    );
    // The lines it speaks of are there, above the notice.
    const line = failed.shadowRoot!.querySelector('[data-contact-id="se-kvinnofridslinjen"]')!;
    const notice = failed.shadowRoot!.querySelector('[part="notice"]')!;
    expect(line.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    failed.hideNational = true;
    await failed.updateComplete;
    expect(text(failed.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
      'De lokala kontakterna kan inte visas just nu. Ring 112 vid akut fara.'
    );
    await expect(failed).to.be.accessible();
  });

  it('no built-in text names the municipality: the kit runs on school and housing company sites too', async () => {
    const parts = ['core', 'plan-timeline', 'quick-exit', 'support-card', 'training-badge'];
    const units = await Promise.all(
      parts.map(async (part) => {
        const xlf = new DOMParser().parseFromString(
          await (await fetch(`/locales/${part}/en.xlf`)).text(),
          'application/xml'
        );
        return [...xlf.querySelectorAll('trans-unit')].map((unit) => ({
          id: unit.id,
          sv: text(unit.querySelector('source')),
          en: text(unit.querySelector('target')),
        }));
      })
    );
    const all = units.flat();
    expect(all.length).to.be.greaterThan(100);
    expect(all.filter((u) => /kommun/i.test(u.sv) || /municipal/i.test(u.en))).to.deep.equal([]);
  });

  it('the quick exit: "två gånger till" in words, «مرتين أخريين» in Arabic, "How to hide your visit" in English', async () => {
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    const { text: strings, loadStrings } = await import('../../src/components/quick-exit/strings.js');
    expect(strings('quick-exit.two-more', 'sv')).to.equal('Tryck på Shift två gånger till för att lämna sidan.');
    await loadStrings('ar');
    await loadStrings('en');
    expect(strings('quick-exit.two-more', 'ar')).to.contain('مرتين أخريين');
    await setLang('en', el);
    const toggle = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.hasAttribute('aria-expanded'))!;
    expect(text(toggle)).to.equal('How to hide your visit');
  });
});
