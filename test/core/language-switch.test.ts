/**
 * A language switch changes the locale at once and loads its strings a moment later. A render in
 * between must not leave the Swedish fallback in parts a `guard()` keeps (the support card's
 * details, the timeline's measures): they key on `stringsGeneration()` too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/plan-timeline/index.js';
import '../../src/components/support-card/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { setLang } from '../support/helpers.js';

describe('a render between a language switch and its strings', () => {
  afterEach(async () => {
    await setLang('sv');
  });

  it('leaves no Swedish in the support card’s details once the Arabic strings are in', async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card now="2026-03-02T10:00:00+01:00"></trygg-support-card>`
    );
    const summaries = (): string[] =>
      [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent.replace(/\s+/g, ' ').trim());
    expect(summaries()).to.include('Mer information');
    document.documentElement.lang = 'ar';
    // The locale follows <html lang> in a microtask; render once before the Arabic strings arrive.
    await Promise.resolve();
    el.requestUpdate();
    await el.updateComplete;
    await setLang('ar', el);
    expect(summaries().length).to.be.greaterThan(0);
    expect(summaries()).not.to.include('Mer information');
    await expect(el).to.be.accessible();
  });

  it('leaves no Swedish in the timeline’s measures once the Arabic strings are in', async () => {
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-03-02"></trygg-plan-timeline>`);
    el.data = {
      title: 'Handlingsplan',
      measures: [
        {
          id: 'a',
          title: 'Utbildning',
          start: '2026-01',
          status: 'ongoing',
          responsible: ['Kommunledningskontoret', 'Socialnämnden'],
        },
      ],
    };
    await el.updateComplete;
    const terms = (): string[] =>
      [...el.shadowRoot!.querySelectorAll('dt, summary')].map((t) => t.textContent.replace(/\s+/g, ' ').trim());
    const values = (): string[] => [...el.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent.trim());
    // Values are separated by the page language's comma.
    expect(values()).to.include('Kommunledningskontoret,');
    // A term ends with its colon (text, not generated content).
    expect(terms()).to.include('Ansvarig:');
    document.documentElement.lang = 'ar';
    await Promise.resolve();
    el.requestUpdate();
    await el.updateComplete;
    await setLang('ar', el);
    expect(terms()).to.include('الجهة المسؤولة:');
    expect(terms()).not.to.include('Ansvarig:');
    expect(values()).to.include('Kommunledningskontoret،');
    expect(values()).not.to.include('Kommunledningskontoret,');
    await expect(el).to.be.accessible();
  });
});
