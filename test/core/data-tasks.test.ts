// A data element's work in tasks (nothing here is timed: the clock is a counter, so a reading is
// split into the same tasks on any machine): a long document, once read, gets the Intl objects its
// dates need in the page's language (a page's first ones load ICU's data) and then its first render,
// each in a task after the one that read its last items. (Swedish and English dates need none, see
// dates-warm-up.test.ts: the first test here reads its document in Arabic, whose digits are Intl's.)
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import * as v from 'valibot';
import { DataController } from '../../src/core/data.js';
import { formatDate } from '../../src/core/dates.js';
import { defineElement } from '../../src/core/define.js';
import { settle } from '../../src/core/tasks.js';
import { onYield, setLang } from '../support/helpers.js';

/** What happened, in order: `item` (one item checked), `yield`, `intl` (a number formatter made: the dates' digits), `refine`, `render <status>`. */
const log: string[] = [];

const schema = v.object({
  items: v.array(
    v.pipe(
      v.object({ id: v.string(), date: v.string() }),
      v.check(() => {
        log.push('item');
        return true;
      })
    )
  ),
});

@defineElement('test-dated-list')
@localized()
class TestDatedList extends LitElement {
  @property({ attribute: false }) data?: unknown;
  readonly loader = new DataController(this, {
    schema,
    refine: (value) => {
      log.push('refine');
      return { value, problems: [] };
    },
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.loader.pending
    );
  }

  override render() {
    log.push(`render ${this.loader.status}`);
    return html`<ul>
      ${this.loader.value?.items.map((item) => html`<li>${formatDate(item.date)}</li>`)}
    </ul>`;
  }
}

/** The same list with a `prepare` step (what a component's first render needs, made in a task of its own). */
@defineElement('test-prepared-list')
@localized()
class TestPreparedList extends LitElement {
  @property({ attribute: false }) data?: unknown;
  prepareThrows = false;
  readonly loader = new DataController(this, {
    schema,
    refine: (value) => {
      log.push('refine');
      return { value, problems: [] };
    },
    prepare: (value) => {
      log.push(`prepare ${value.items.length}`);
      if (this.prepareThrows) throw new Error('prepare failed');
    },
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.loader.pending
    );
  }

  override render() {
    return TestDatedList.prototype.render.call(this as unknown as TestDatedList);
  }
}

const month = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}`;
/** `n` items, each id `pad` characters longer. */
const docOf = (n: number, pad = 0) => ({
  items: Array.from({ length: n }, (_, i) => ({ id: `x${i}${'-'.repeat(pad)}`, date: month(i) })),
});

/**
 * Runs `action` and waits for the element, logging each yield between tasks and each number formatter
 * made; the clock counts (each reading 1 ms after the last), so the tasks are the same on any machine.
 */
async function logged(el: TestDatedList | TestPreparedList, action: () => void, tick = 1): Promise<void> {
  const stopYields = onYield(() => log.push('yield'));
  const RealFormat = Intl.NumberFormat;
  Intl.NumberFormat = new Proxy(RealFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      log.push('intl');
      return Reflect.construct<ConstructorParameters<typeof Intl.NumberFormat>, Intl.NumberFormat>(target, args);
    },
  });
  const now = Object.getOwnPropertyDescriptor(performance, 'now');
  let clock = performance.now();
  performance.now = () => (clock += tick);
  log.length = 0;
  try {
    action();
    await el.updateComplete;
  } finally {
    if (now) Object.defineProperty(performance, 'now', now);
    else Reflect.deleteProperty(performance, 'now');
    Intl.NumberFormat = RealFormat;
    stopYields();
  }
}

/** Sets `data` and waits for the element (see {@link logged}). */
const load = (el: TestDatedList | TestPreparedList, data: unknown, tick?: number) =>
  logged(
    el,
    () => {
      el.data = data;
    },
    tick
  );

const dates = (el: TestDatedList | TestPreparedList) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim());

describe('a data element in tasks', () => {
  // First in this file, in Arabic: the formatter of its digits is made by this test.
  it('shows a long document in a task of its own, after one that makes what its dates need (ICU), with every item', async () => {
    // The kit's own warm-up (core/dates.ts, after the first frame; nothing on a Swedish page) first.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await setLang('ar');
    try {
      const el = await fixture<TestDatedList>(fixtureHtml`<test-dated-list></test-dated-list>`);
      await load(el, docOf(300));
      expect(log.filter((e) => e === 'item')).to.have.length(300);
      const lastItem = log.lastIndexOf('item');
      const firstIntl = log.indexOf('intl');
      const refine = log.indexOf('refine');
      const shown = log.indexOf('render ready');
      expect(log.slice(0, lastItem).includes('yield'), 'the items are read in several tasks').to.equal(true);
      expect(firstIntl, 'a number formatter is made after the last item').to.be.greaterThan(lastItem);
      expect(log.slice(lastItem, firstIntl), 'the formatters in a task after the reading').to.include('yield');
      expect(refine, 'the cross-item checks after the formatters').to.be.greaterThan(firstIntl);
      expect(log.slice(firstIntl, refine), 'the document shown in a task after the formatters').to.include('yield');
      expect(shown).to.be.greaterThan(refine);
      expect(log.slice(shown), 'no formatter made while the document is rendered').not.to.include('intl');
      // Every item, as read at once.
      expect(dates(el)).to.have.length(300);
      expect(dates(el)[0]).to.equal(formatDate('2026-01'));
      expect(dates(el)[0]).to.equal(
        new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
          new Date('2026-01-15')
        )
      );
      expect(dates(el)[11]).to.equal(formatDate('2026-12'));
    } finally {
      await setLang('sv');
    }
  });

  it('reads a quarter of a task in the task of the host update, which renders after it', async () => {
    const el = await fixture<TestDatedList>(fixtureHtml`<test-dated-list></test-dated-list>`);
    await load(el, docOf(300));
    // 4 clock readings (TASK_BUDGET / 4 ms): the document's own fields, then 3 items; then the update
    // renders (the next task is asked for first), before any more items are read.
    const first = log.slice(0, log.indexOf('yield'));
    expect(first.filter((e) => e === 'item')).to.have.length(3);
    const fourth = log.indexOf('item', log.indexOf('yield'));
    expect(log.slice(log.indexOf('yield'), fourth)).to.include('render loading');
    expect(dates(el)).to.have.length(300);
  });

  it('shows a document of up to 8 000 characters and 20 items in its first update on a slow device', async () => {
    // A slow phone (each clock reading 50 ms after the last) reading a small document for the first
    // time: the quarter task is spent after the first step, but a document this small is read whole
    // in the task of the update, so the element never shows its loading line for it (the page
    // shifted when the data came).
    const el = await fixture<TestDatedList>(fixtureHtml`<test-dated-list></test-dated-list>`);
    await load(el, docOf(20, 368), 50); // 7 953 characters as counted
    expect(log).not.to.include('yield');
    expect(log.filter((e) => e.startsWith('render'))).to.deep.equal(['render ready']);
    expect(dates(el)).to.have.length(20);
    // A larger one, by characters or by items, is read by time alone: its first task stays short
    // (one step, then the update).
    for (const doc of [docOf(10, 800) /* 8 293 characters */, docOf(21) /* 21 items */]) {
      await load(el, doc, 50);
      const first = log.slice(0, log.indexOf('yield'));
      expect(first.filter((e) => e === 'item')).to.have.length(0);
      expect(log.slice(log.indexOf('yield'), log.indexOf('item'))).to.include('render loading');
      expect(dates(el)).to.have.length(doc.items.length);
    }
  });

  it("runs a component's prepare step with the document in a task of its own, before the task that shows it", async () => {
    const el = await fixture<TestPreparedList>(fixtureHtml`<test-prepared-list></test-prepared-list>`);
    await load(el, docOf(300));
    const lastItem = log.lastIndexOf('item');
    const prepare = log.indexOf('prepare 300');
    const refine = log.indexOf('refine');
    expect(
      log.filter((e) => e.startsWith('prepare')),
      'once, with the validated document'
    ).to.deep.equal(['prepare 300']);
    expect(prepare, 'after the last item').to.be.greaterThan(lastItem);
    expect(log.slice(lastItem, prepare), 'not in the task that read the last item').to.include('yield');
    expect(refine, 'the document is shown after it').to.be.greaterThan(prepare);
    expect(log.slice(prepare, refine), 'in a task after the prepare step').to.include('yield');
    expect(dates(el)).to.have.length(300);

    // A prepare step that throws does not keep the document from showing (its render does the work).
    el.prepareThrows = true;
    await load(el, docOf(301));
    expect(log).to.include('prepare 301');
    expect(el.loader.status).to.equal('ready');
    expect(dates(el)).to.have.length(301);

    // A small document is shown in its first update, without the step (as without the dates' one).
    await load(el, docOf(2));
    expect(log).not.to.include('yield');
    expect(log.filter((e) => e.startsWith('prepare'))).to.deep.equal([]);
    expect(dates(el)).to.have.length(2);
  });

  it('shows a small document in the same update, with no task between', async () => {
    const el = await fixture<TestDatedList>(fixtureHtml`<test-dated-list></test-dated-list>`);
    await load(el, docOf(2));
    expect(log).not.to.include('yield');
    expect(log.filter((e) => e.startsWith('render'))).to.deep.equal(['render ready']);
    expect(dates(el)).to.deep.equal([formatDate('2026-01'), formatDate('2026-02')]);
  });
});
