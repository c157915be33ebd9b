import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/plan-timeline/index.js';
import type { PlanDocument, PlanMeasure, TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { focusElsewhere, setLang, whenRemoved } from '../support/helpers.js';

const TODAY = '2026-11-26';

interface AXNode {
  role: string;
  name: string;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function item(el: TryggPlanTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[data-measure-id="${id}"]`)!;
}
/** The names of the nodes (of one role, or all) in the page's accessibility tree. */
async function accessibleNames(role?: string): Promise<string[]> {
  const nodes = await executeServerCommand<AXNode[], undefined>('trygg-ax-tree');
  return nodes.filter((n) => !role || n.role === role).map((n) => n.name);
}
const headings = () => accessibleNames('heading');
/**
 * Resolves as soon as the element's shadow root has a node matching `selector`: in a microtask after
 * the update that added it, before the next slice of a long plan.
 */
function whenShown(el: TryggPlanTimeline, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!el.shadowRoot!.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}
async function render(data: PlanDocument, attrs: Partial<Pick<TryggPlanTimeline, 'status' | 'view'>> = {}) {
  const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
  Object.assign(el, attrs);
  el.data = data;
  await el.updateComplete;
  return el;
}

const small: PlanDocument = {
  title: 'Handlingsplan',
  period: { start: '2023', end: '2026' },
  measures: [
    {
      id: 'a',
      title: 'Utbildning av chefer',
      start: '2023-03',
      end: '2024-12',
      status: 'ongoing',
      responsible: ['Kommunledningskontoret'],
      description: 'Fem halvdagar.',
    },
    {
      id: 'b',
      title: 'Kampanj i skolorna',
      date: '2023-09',
      status: 'done',
      responsible: ['Barn- och ungdomsnämnden'],
      description: 'Affischer och lektioner.',
    },
    {
      id: 'c',
      title: 'Uppföljning av planen',
      date: '2025-06',
      status: 'planned',
      responsible: ['Kommunstyrelsen'],
      description: 'Rapport till fullmäktige.',
    },
  ],
};

function many(n: number): PlanDocument {
  return {
    title: 'Lång plan',
    measures: Array.from({ length: n }, (_, i): PlanMeasure => ({
      id: `m${i}`,
      title: `Åtgärd nummer ${i}`,
      start: `${2022 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      status: (['planned', 'ongoing', 'done'] as const)[i % 3],
      responsible: [`Nämnd ${i % 4}`],
      description: `Beskrivning ${i}`,
    })),
  };
}

beforeEach(async () => {
  await setLang('sv');
  await setViewport({ width: 800, height: 600 });
});

describe('<trygg-plan-timeline> filtering', () => {
  it('takes filtered-out items out of the accessibility tree and the Tab order, and announces the count', async () => {
    const el = await render(small);
    expect(await headings()).to.include.members([
      'Utbildning av chefer',
      'Kampanj i skolorna',
      'Uppföljning av planen',
    ]);
    el.status = 'ongoing';
    await el.updateComplete;
    const names = await headings();
    expect(names).to.include('Utbildning av chefer');
    expect(names).not.to.include('Kampanj i skolorna');
    expect(names).not.to.include('Uppföljning av planen');
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('Visar 1 av 3');
    // Nothing of a filtered-out item is shown, and its "Mer information" cannot take focus.
    const b = item(el, 'b');
    expect(b.getBoundingClientRect().height).to.equal(0);
    expect(b.getAttribute('aria-hidden')).to.equal('true');
    const hiddenSummary = b.querySelector('summary')!;
    hiddenSummary.focus();
    expect(el.shadowRoot!.activeElement).not.to.equal(hiddenSummary);
    // Shift+Tab from a button after the component reaches the only shown item's disclosure
    // (b and c come after a in the list, so their disclosures would come first).
    const after = document.createElement('button');
    after.textContent = 'Efter';
    el.after(after);
    after.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(item(el, 'a').querySelector('summary'));
    after.remove();
    await expect(el).to.be.accessible();
  });

  it('filters without re-creating the items, and a locale change still reaches them', async () => {
    const el = await render(small);
    const before = [...el.shadowRoot!.querySelectorAll('[part~="measure"]')];
    el.status = 'done planned';
    await el.updateComplete;
    el.status = undefined;
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('[part~="measure"]')];
    expect(after).to.have.length(3);
    expect(
      after.every((m, i) => m === before[i]),
      'the same elements'
    ).to.equal(true);
    el.status = 'ongoing';
    await el.updateComplete;
    await setLang('en', el);
    expect(text(item(el, 'a').querySelector('[part="status"]'))).to.equal('In progress');
    expect(text(item(el, 'a').querySelector('.dates'))).to.equal('March 2023 – December 2024');
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('Showing 1 of 3');
    el.status = undefined;
    await el.updateComplete;
    expect(
      text(item(el, 'c').querySelector('[part="status"]')),
      'an item filtered out during the change is in English too'
    ).to.equal('Planned');
    await expect(el).to.be.accessible();
  });

  it('a filter set while a long plan is still being filled in shows exactly the matching items, each with its content', async function () {
    this.timeout(120_000);
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
    // The first render of the plan, before any later slice (those wait for a frame).
    const firstRender = whenShown(el, '[part="measure"]');
    el.data = many(600);
    await firstRender;
    const measures = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="measure"]')];
    const filled = () => measures().filter((li) => li.querySelector('[role="heading"]'));
    // The list view (600 items: no overview) builds each item with its slice, the first ones now.
    expect(measures().length, 'the first slice').to.be.within(1, 599);
    expect(filled(), 'each item built is filled in').to.have.length(measures().length);
    // A year comes with the slice that reaches its first item: no year waits in the page empty.
    const years = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="year"]')];
    expect(years().length, 'years built with the first slice').to.be.within(1, 4);
    expect(
      years()
        .filter((year) => !year.querySelector('[part="measure"]'))
        .map((year) => year.dataset.year),
      'years without an item'
    ).to.deep.equal([]);
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('Visar 600 av 600');
    await expect(el).to.be.accessible();

    el.status = 'done';
    await el.updateComplete;
    const shown = measures().filter((li) => !li.hidden);
    expect(shown).to.have.length(200);
    expect(shown.every((li) => li.dataset.status === 'done' && li.querySelector('[role="heading"]'))).to.equal(true);
    expect(measures(), 'every item is there at the end').to.have.length(600);
    expect(
      years().map((year) => year.dataset.year),
      'every year at the end'
    ).to.deep.equal(['2022', '2023', '2024', '2025', '2026']);
    expect(filled(), 'and filled in').to.have.length(600);
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('Visar 200 av 600');
    expect((await headings()).filter((n) => n.startsWith('Åtgärd nummer'))).to.have.length(200);
    await expect(el).to.be.accessible();
  });

  it('a language, heading level or date changed while a long plan is being filled in reaches the years already shown', async function () {
    this.timeout(120_000);
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
    // Years come in order (120 items each): when 2023 arrives, 2022 is complete and is not rendered
    // again by the later slices unless something it shows changes.
    const secondYear = whenShown(el, '[part="year"][data-year="2023"]');
    el.data = many(600);
    await secondYear;
    const measures = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="measure"]')];
    expect(measures().length, 'items built so far').to.be.within(121, 599);
    el.headingLevel = 3;
    el.today = '2022-07-15';
    await setLang('en', el);
    expect(measures()).to.have.length(600);
    const statuses = new Set(measures().map((li) => text(li.querySelector('[part="status"]'))));
    expect([...statuses].sort(), 'every status in English').to.deep.equal(['Done', 'In progress', 'Planned']);
    const levels = new Set(measures().map((li) => li.querySelector('[role="heading"]')!.getAttribute('aria-level')));
    expect([...levels], 'every item two levels below the title').to.deep.equal(['5']);
    const years = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="year"]')];
    expect(years.map((year) => year.querySelector('[role="heading"]')!.getAttribute('aria-level'))).to.deep.equal([
      '4',
      '4',
      '4',
      '4',
      '4',
    ]);
    const marker = el.shadowRoot!.querySelectorAll('[part="today"]');
    expect(marker, 'one marker').to.have.length(1);
    expect(marker[0].closest('[part="year"]')?.getAttribute('data-year'), 'in its year').to.equal('2022');
    expect(text(marker[0])).to.equal('Today July 15, 2022');
    // Its place: after the items of 2022 that start on or before 15 July (January to July: 70).
    const order = [...marker[0].parentElement!.children].map((n) => n.getAttribute('data-measure-id') ?? 'today');
    expect(order.indexOf('today')).to.equal(70);
    await expect(el).to.be.accessible();
  });

  // 600 items: the list; 300: the overview grid.
  for (const [view, n] of [
    ['list', 600],
    ['auto', 300],
  ] as const)
    it(`clearing a filter the plan was first shown with reveals the items it hid in slices, each with its content (${n} items, view ${view})`, async function () {
      this.timeout(120_000);
      const el = await render(many(n), { status: 'done', view });
      const measures = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="measure"]')];
      const shown = () => measures().filter((li) => !li.hidden);
      expect(shown(), 'first shown with the filter').to.have.length(n / 3);
      // The update of a change itself (its DOM changes), before any later slice (those wait for a frame).
      const firstUpdate = () =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(el.shadowRoot!, { attributes: true, subtree: true, attributeFilter: ['hidden'] });
        });
      let changed = firstUpdate();
      el.status = undefined;
      await changed;
      // Items the filter hid were never laid out: showing all of them at once was one task of
      // 400-650 ms for 800 items. The first update shows some; the count says what will be shown.
      expect(shown().length, 'shown by the first update').to.be.within(n / 3 + 1, n - 1);
      expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal(`Visar ${n} av ${n}`);
      await el.updateComplete;
      expect(shown(), 'every item at the end').to.have.length(n);
      expect(
        shown().every((li) => li.querySelector('[role="heading"]')),
        'each with its content'
      ).to.equal(true);
      expect((await headings()).filter((name) => name.startsWith('Åtgärd nummer'))).to.have.length(n);
      await expect(el).to.be.accessible();

      // Items that were shown before are shown again at once (their layout is kept): one update.
      // Unless the slices keep to the pace of a screen reader's tree (the test below): a busy
      // machine can look like one to them, so that is set here, and nothing depends on timing.
      const reveal = (el as unknown as { reveal: object }).reveal;
      Object.defineProperty(reveal, 'paced', { get: () => false });
      el.status = 'done';
      await el.updateComplete;
      changed = firstUpdate();
      el.status = undefined;
      await changed;
      expect(shown(), 'shown again by the first update').to.have.length(n);
    });

  it('prints every item a cleared filter is still revealing', async function () {
    this.timeout(60_000);
    const el = await render(many(600), { status: 'done' });
    el.status = undefined;
    window.dispatchEvent(new Event('beforeprint'));
    try {
      // The print's own update (before the next frame, where the browser lays out the printout).
      await new Promise<void>((resolve) => {
        queueMicrotask(resolve);
      });
      await new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      });
      const hidden = el.shadowRoot!.querySelectorAll('[part="measure"][hidden]');
      expect(hidden, 'items left out of the printout').to.have.length(0);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    }
  });

  for (const view of ['auto', 'list'] as const)
    it(`a new document keeps focus on the same measure when a later slice brings it back, unless focus moved on (view ${view})`, async function () {
      this.timeout(120_000);
      const el = await render(many(300), { view });
      const last = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="measure"]')].at(-1)!;
      const id = last().dataset.measureId!;
      const focusLast = () => {
        item(el, id).querySelector('summary')!.focus();
        expect(el.shadowRoot!.activeElement?.localName, 'focused before').to.equal('summary');
      };
      // The same plan again (a reloaded src): the list starts over from its first slice.
      const reload = async () => {
        const firstRender = whenRemoved(item(el, id).querySelector('summary')!, el.shadowRoot!);
        el.data = { ...many(300), title: `Lång plan ${Math.random()}` };
        await firstRender;
      };
      focusLast();
      await reload();
      expect(
        el.shadowRoot!.querySelector(`[data-measure-id="${id}"] summary`) === null,
        "the focused measure's content is not in the first slice"
      ).to.equal(true);
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.localName, 'what has focus at the end').to.equal('summary');
      expect(focused?.closest<HTMLElement>('[part="measure"]')?.dataset.measureId, 'its measure').to.equal(id);
      await sendKeys({ press: 'Enter' });
      expect(item(el, id).querySelector('details')!.open, 'Enter opens its details').to.equal(true);

      // Focus moved on meanwhile (the person clicked elsewhere): it is not taken back.
      focusLast();
      await reload();
      const elsewhere = focusElsewhere(el);
      await el.updateComplete;
      expect(document.activeElement, 'focus stays where the person put it').to.equal(elsewhere);
      elsewhere.remove();
      await expect(el).to.be.accessible();
    });

  it('fills in a long plan at most 20 items at a time when each slice costs more than a task may (the first 20 too)', async function () {
    this.timeout(120_000);
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
    const filled = () => el.shadowRoot!.querySelectorAll('[part="measure"] [role="heading"]').length;
    const counts: number[] = [];
    const host = el as unknown as { updated(changed: unknown): void };
    const updated = host.updated.bind(el);
    host.updated = (changed) => {
      counts.push(filled());
      updated(changed);
    };
    // Each clock reading 20 ms after the last: every update and every frame takes more than a task's
    // budget, on any machine (nothing is timed), so each slice is as small as the plan allows.
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    let clock = performance.now();
    performance.now = () => (clock += 20);
    try {
      el.data = many(300);
      await el.updateComplete;
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else Reflect.deleteProperty(performance, 'now');
    }
    const steps = counts.filter((n, i) => n > 0 && n !== counts[i - 1]);
    expect(steps[0], 'the first slice').to.equal(20);
    expect(steps.at(-1), 'every item in the end').to.equal(300);
    // At most 20 at a time. Some may be fewer: the pace leaves room for few items until it has
    // looked for the browser's own work after the slices (core/tasks.ts, Pace), and with this clock
    // a frame can look like such work.
    const sizes = steps.slice(1).map((n, i) => n - steps[i]);
    for (const [i, size] of sizes.entries()) expect(size, `slice ${i + 1}`).to.be.within(1, 20);
    expect(sizes.filter((size) => size === 20).length, `slices of 20: ${sizes.join(', ')}`).to.be.greaterThan(
      sizes.length / 2
    );
  });

  it("reveals items shown before in slices too while its slices keep to the browser's own pace (a screen reader's tree)", async function () {
    this.timeout(120_000);
    const el = await render(many(300));
    // What the slices' pace finds while a screen reader's tree is on (test/core/tasks.test.ts
    // drives that with a stand-in for the tree); set here, so that nothing depends on timing.
    const reveal = (el as unknown as { reveal: object }).reveal;
    Object.defineProperty(reveal, 'paced', { get: () => true });
    const shown = () => el.shadowRoot!.querySelectorAll('[part="measure"]:not([hidden]) [role="heading"]').length;
    expect(shown(), 'every item').to.equal(300);
    el.status = 'done';
    await el.updateComplete;
    expect(shown(), 'filtered').to.equal(100);
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { attributes: true, subtree: true, attributeFilter: ['hidden'] });
    });
    el.status = undefined;
    await changed;
    // Not all 200 that were shown before at once, as when the slices are not paced (the test above).
    expect(shown(), 'shown by the first update').to.be.within(101, 299);
    expect(text(el.shadowRoot!.querySelector('[part="count"]'))).to.equal('Visar 300 av 300');
    await el.updateComplete;
    expect(shown(), 'every item at the end').to.equal(300);
    expect((await headings()).filter((name) => name.startsWith('Åtgärd nummer'))).to.have.length(300);
    await expect(el).to.be.accessible();
  });

  for (const [view, width] of [
    ['list', 800],
    ['auto', 1400],
  ] as const) {
    it(`keeps every shown item of a 1 000-item plan in the accessibility tree, on screen or not (${view}, ${width} px)`, async function () {
      // Not a timed test: a slow machine may take long to build 1 000 items and their accessibility tree.
      this.timeout(120_000);
      await setViewport({ width, height: 800 });
      const el = await render(many(1000), { view });
      const names = await headings();
      // Every shown item, far below the viewport too, is in the accessibility tree (no content-visibility: auto, see the styles).
      expect(names.filter((n) => n.startsWith('Åtgärd nummer'))).to.have.length(1000);
      expect(names).to.include('Åtgärd nummer 999');
      el.status = 'done';
      await el.updateComplete;
      expect((await headings()).filter((n) => n.startsWith('Åtgärd nummer'))).to.have.length(333);
      el.status = undefined;
      await el.updateComplete;
      expect((await headings()).filter((n) => n.startsWith('Åtgärd nummer'))).to.have.length(1000);
    });
  }

  it('keeps items in their overview places while filtering and hides lanes with nothing shown', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await render(small);
    const a = item(el, 'a');
    const row = getComputedStyle(a).gridRowStart;
    const left = a.getBoundingClientRect().left;
    el.status = 'ongoing';
    await el.updateComplete;
    expect(getComputedStyle(a).gridRowStart).to.equal(row);
    expect(a.getBoundingClientRect().left).to.equal(left);
    const lanes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane')].filter((l) => !l.hidden).map(text);
    expect(lanes).to.deep.equal(['Kommunledningskontoret']);
    expect(item(el, 'b').getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
    expect((await accessibleNames()).some((n) => n.includes('Kampanj'))).to.equal(false);
  });
});
