/**
 * Findings of the second accessibility review (issue 14) in the plan timeline: the "today" line of
 * the overview never covers an item's text (Swedish and Arabic), the units table has a caption, and
 * a filter that hides the focused measure moves focus to the result count (not to <body>).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/plan-timeline/index.js';
import type { PlanDocument, TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { setLang } from '../support/helpers.js';

const TODAY = '2026-11-26';
const alingsas = (await (await fetch('/demo/data/alingsas-plan.json')).json()) as PlanDocument;

/** Items that cross the today line in several lanes, and one that starts on it. */
const crossing: PlanDocument = {
  title: 'Handlingsplan 2023–2027',
  period: { start: '2023', end: '2027' },
  measures: [
    {
      id: 'p',
      title: 'Planerad kartläggning',
      start: '2026-06',
      end: '2027-06',
      status: 'planned',
      responsible: ['Socialnämnden'],
      description: 'Mer.',
    },
    {
      id: 'o',
      title: 'Stödsamtal',
      start: '2025-01',
      end: '2027-12',
      status: 'ongoing',
      responsible: ['Socialnämnden'],
      description: 'Mer.',
    },
    {
      id: 'd',
      title: 'Försenad utbildning',
      start: '2026-09',
      end: '2027-03',
      status: 'delayed',
      responsible: ['Kommunledningskontoret'],
      description: 'Mer.',
    },
    {
      id: 's',
      title: 'Start i dag',
      start: '2026-11',
      end: '2027-02',
      status: 'planned',
      responsible: ['Alingsåshem'],
    },
    {
      id: 'e',
      title: 'Tidigare',
      start: '2023-01',
      end: '2023-06',
      status: 'done',
      responsible: ['Alingsåshem'],
      description: 'Mer.',
    },
  ],
};

const intersects = (a: DOMRect, b: DOMRect) =>
  a.width > 0 &&
  a.height > 0 &&
  b.width > 0 &&
  b.height > 0 &&
  a.left < b.right &&
  b.left < a.right &&
  a.top < b.bottom &&
  b.top < a.bottom;

/** Text not on screen: for screen readers only (clipped to nothing), or in a closed disclosure. */
function hiddenVisually(from: Element, item: Element): boolean {
  if (from.closest('details:not([open])') && !from.closest('summary')) return true; // a closed disclosure
  for (let e: Element | null = from; e && e !== item.parentElement; e = e.parentElement)
    if (getComputedStyle(e).clipPath !== 'none') return true;
  return false;
}

/** Rectangles of every piece of text inside the shown measures. */
function textRects(el: TryggPlanTimeline): { text: string; rect: DOMRect }[] {
  const rects: { text: string; rect: DOMRect }[] = [];
  for (const item of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="measure"]:not([hidden])')) {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || hiddenVisually(node.parentElement!, item)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) rects.push({ text: node.textContent.trim(), rect });
    }
  }
  return rects;
}

/** The boxes that draw the today line (and its label). */
function lineRects(el: TryggPlanTimeline): DOMRect[] {
  const today = el.shadowRoot!.querySelector<HTMLElement>('[part="today"]')!;
  const boxes = [today, ...today.querySelectorAll<HTMLElement>('*')]
    .filter((box) => {
      const style = getComputedStyle(box);
      return parseFloat(style.borderInlineStartWidth) > 0 || parseFloat(style.borderInlineEndWidth) > 0;
    })
    .map((box) => box.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return boxes;
}

describe('<trygg-plan-timeline> review findings', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLang('sv');
  });

  for (const lang of ['sv', 'ar']) {
    for (const [name, data] of [
      ['items crossing today', crossing],
      ['the Alingsås demo plan', alingsas],
    ] as const) {
      it(`the today line covers no text of an item (${name}, ${lang})`, async () => {
        await setLang(lang);
        await setViewport({ width: 1280, height: 900 });
        const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
        el.data = data;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.base')!.classList.contains('auto'), 'the overview').to.equal(true);
        const lines = lineRects(el);
        expect(lines.length, 'the line is drawn').to.be.greaterThan(0);
        const texts = textRects(el);
        expect(texts.map((t) => t.text)).to.include(lang === 'sv' ? 'Planerad' : 'مخطط له');
        const height = lines.reduce((sum, r) => sum + r.height, 0);
        // The line runs down the lanes (with gaps where it would cross an item).
        const lanes = [...el.shadowRoot!.querySelectorAll('.lane')].map((l) => l.getBoundingClientRect());
        const top = Math.min(...lines.map((r) => r.top));
        const bottom = Math.max(...lanes.map((r) => r.bottom));
        expect(height, 'line height').to.be.greaterThan((bottom - top) / 4);
        for (const line of lines)
          for (const { text, rect } of texts) expect(intersects(line, rect), `the line over "${text}"`).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a filter that hides the focused measure moves focus to the count, which says what is shown', async () => {
    await setViewport({ width: 1280, height: 900 });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>före</button><trygg-plan-timeline today=${TODAY}></trygg-plan-timeline></div>`
    );
    const el = wrapper.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    el.data = crossing;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const target = () => el.shadowRoot!.activeElement?.closest('[data-measure-id="o"]');
    for (let i = 0; i < 12 && !target(); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName, 'Tab reached the measure').to.equal('summary');
    expect(target()).to.exist;
    el.status = 'done';
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.querySelector('[data-measure-id="o"]')!.hasAttribute('hidden'), 'hidden').to.equal(true);
    expect(document.activeElement, 'not <body>').to.equal(el);
    const count = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(count);
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent.trim()).to.equal('Visar 1 av 5');
    // Tab goes on from there, into what is shown.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('[part="measure"]')?.getAttribute('data-measure-id')).to.equal('e');
    await expect(el).to.be.accessible();
  });
});
