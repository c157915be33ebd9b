// A page's first data element renders in the task that connects it. (Its own file, and first in it:
// the page has made no Intl object of the kit yet, as a page that has just loaded.)
import { expect } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import '../../src/components/plan-timeline/index.js';
import '../../src/components/training-badge/index.js';

describe("a page's first data elements", () => {
  it('render in the task that connects them: no frame without the box the page reserved', async () => {
    // A page reserves an element's box with `:not(:defined)` CSS until its script runs (README, "No
    // layout shift"). Once defined, the element keeps that box only by rendering: a first update
    // that waited for a task (for the page's first Intl objects) left the elements empty for a
    // frame, and the page below them jumped up and back down (layout shift 0.2-0.3 on the demo
    // pages at 1 280 px, bench/cls.mjs).
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const card = document.createElement('trygg-support-card');
    card.data = {
      contacts: [{ id: 'jouren', name: 'Kvinnojouren', channels: [{ type: 'phone', value: '08-123 45 67' }] }],
    };
    const plan = document.createElement('trygg-plan-timeline');
    plan.data = {
      title: 'Plan',
      period: { start: '2026-01-01', end: '2027-12-31' },
      measures: [{ id: 'm1', title: 'Utbildning för personal', status: 'ongoing', start: '2026-03-01' }],
    };
    const badge = document.createElement('trygg-training-badge');
    badge.data = { target: 90, units: [{ name: 'Skolan', completed: 3, total: 4 }] };
    const elements = [card, plan, badge];
    // Every wait for a task of the kit goes through nextTask() (scheduler.yield here): none may come
    // before each element has rendered. The clock counts (each reading 1 ms after the last), so the
    // small documents are read in the first task on any machine, as they are here.
    const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
    const ownYield = scheduler.yield.bind(scheduler);
    const unrendered: string[][] = [];
    scheduler.yield = () => {
      unrendered.push(elements.filter((el) => !el.hasUpdated).map((el) => el.localName));
      return ownYield();
    };
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    let clock = performance.now();
    performance.now = () => (clock += 1);
    try {
      wrapper.append(...elements);
      await Promise.all(elements.map((el) => el.updateComplete));
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else Reflect.deleteProperty(performance, 'now');
      Reflect.deleteProperty(scheduler, 'yield');
    }
    try {
      expect(
        unrendered.filter((tags) => tags.length),
        'elements not yet rendered at a wait for a task'
      ).to.deep.equal([]);
      expect(card.shadowRoot!.textContent).to.contain('Kvinnojouren');
      expect(plan.shadowRoot!.textContent).to.contain('Utbildning för personal');
      expect(badge.shadowRoot!.textContent).to.contain('Skolan');
    } finally {
      wrapper.remove();
    }
  });

  it("shows a card's own contacts in its first render on a slow device, with no loading line", async () => {
    // The housing demo page: a card with its contacts inline, under the national lines' place. On a
    // slow phone (here each clock reading is 25 ms after the last) reading the one contact took
    // longer than the first update's share of the task: the card rendered "Hämtar fler kontakter …"
    // with the national lines below, and the contact pushed them down a task later (layout shift
    // 0.003 at 1 280 px, bench/cls.mjs with the CPU 4× slower).
    const card = document.createElement('trygg-support-card');
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({
      contacts: [
        {
          id: 'kundservice',
          name: 'Bostadsbolagets kundservice',
          channels: [{ type: 'phone', value: '031-390 06 45' }],
          hours: [{ dayOfWeek: ['Monday', 'Tuesday'], opens: '08:00', closes: '16:00' }],
        },
      ],
    });
    card.append(json);
    let first = '';
    Object.assign(card, {
      firstUpdated(this: HTMLElement) {
        first = this.shadowRoot!.textContent.replace(/\s+/g, ' ');
      },
    });
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    let clock = performance.now();
    performance.now = () => (clock += 25);
    try {
      document.body.append(card);
      await card.updateComplete;
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else Reflect.deleteProperty(performance, 'now');
    }
    try {
      expect(first).to.contain('Bostadsbolagets kundservice');
      expect(first).not.to.contain('Hämtar fler kontakter');
      expect(first.indexOf('Bostadsbolagets kundservice'), 'the own contact above the national lines').to.be.lessThan(
        first.indexOf('Kvinnofridslinjen')
      );
    } finally {
      card.remove();
    }
  });
});
