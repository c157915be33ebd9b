// A long document is validated in tasks (validateInTasks): the same repair and the same problems as
// one validation of the whole document, the element says it is loading meanwhile and yields to the
// browser between tasks, and a result that is out of date when it is done is dropped.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { TASK_BUDGET } from '../../src/core/tasks.js';
import { validate, validateInTasks } from '../../src/core/validate.js';
import { itemEntries, partSchema } from '../support/item-schemas.js';
import { onYield } from '../support/helpers.js';
import '../../src/components/plan-timeline/index.js';
import '../../src/components/support-card/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import { documentSchema as planSchema } from '../../src/components/plan-timeline/schema.js';
import { documentSchema as contactsSchema, HOURS_ATOMIC } from '../../src/components/support-card/schema.js';
import type { DataErrorDetail } from '../../src/core/data.js';

/** The same schema, validated whole in one part (what validate() did before it split documents). */
const whole = <T extends v.GenericSchema>(schema: T) => v.pipe(v.any(), schema);

/** The tests' item format, with a list check inside an item and one on the document's list. */
const itemSchema = v.object({
  ...itemEntries,
  parts: v.optional(v.pipe(v.array(partSchema), v.minLength(1, 'at least one part'))),
});
const docSchema = v.object({
  title: v.optional(v.string()),
  items: v.pipe(v.array(itemSchema), v.maxLength(40, 'at most 40 items')),
});

/** A plan whose measures have a bad status, a bad date and bad links (each repaired), every third a bad id. */
function badPlan(n: number) {
  return {
    title: 5,
    measures: Array.from({ length: n }, (_, i) => ({
      id: i % 3 ? `m${i}` : i,
      title: { sv: `Åtgärd ${i}` },
      status: 'soon',
      start: '2024-13',
      end: '2026',
      links: [{ title: 'Länk', url: 'javascript:void 0' }, { title: 5 }],
    })),
  };
}

/** Records each yield of the validation (nextTask() uses scheduler.yield()) and what the element showed then. */
function watchYields(seen: () => string): { shown: string[]; stop: () => void } {
  const shown: string[] = [];
  return { shown, stop: onYield(() => shown.push(seen())) };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('validateInTasks()', function () {
  // Thousands of validations: slow only on a loaded machine (nothing here is timed).
  this.timeout(60_000);

  it('repairs as one validation of the whole document does: same value, same problems in the same order (property)', async () => {
    const anyItem = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        name: fc.oneof(fc.string(), fc.constant(5), fc.constant({ sv: 'x' })),
        url: fc.constantFrom('https://a.se/', 'javascript:x', 5),
        date: fc.constantFrom('2022-11', '2023-13', null),
        tags: fc.array(fc.constantFrom('a', 'b', 'x')),
        parts: fc.array(fc.record({ type: fc.constantFrom('phone', 'web', 'fax'), value: fc.constantFrom('1', 2) })),
      },
      { requiredKeys: [] }
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
        fc.array(fc.oneof(anyItem, fc.anything()), { maxLength: 60 }),
        async (title, items) => {
          for (const input of [{ title, items }, { items }, { items: 'none' }, items]) {
            const expected = validate(whole(docSchema), input, 50);
            expect(validate(docSchema, input, 50), 'validate()').to.deep.equal(expected);
            expect(await validateInTasks(docSchema, input, { limit: 50 }), 'validateInTasks()').to.deep.equal(expected);
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it('gives the contacts and the plan the same repair as one validation of the whole document', async () => {
    const contacts = {
      contacts: [
        { id: 'a', name: 5, channels: [{ type: 'phone', value: '031-123 45' }] },
        {
          id: 'b',
          name: 'B',
          channels: [{ type: 'web', value: 'javascript:x' }, { type: 'fax' }],
          hours: [{ dayOfWeek: 'Monday', opens: '8 am', closes: '17:00' }, { opens: '08:00' }],
        },
        { id: 'c', name: 'C', channels: [{ type: 'email', value: 'nope' }] },
      ],
    };
    const expected = validate(whole(contactsSchema), contacts, undefined, HOURS_ATOMIC);
    expect(expected.problems.length).to.be.greaterThan(3);
    expect(await validateInTasks(contactsSchema, contacts, { atomic: HOURS_ATOMIC })).to.deep.equal(expected);
    const plan = badPlan(30);
    expect(await validateInTasks(planSchema, plan)).to.deep.equal(validate(whole(planSchema), plan));
  });

  it('reads a document of at most `small` characters in the first task whatever the time, the same result', async () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `x${i}`, name: i % 2 ? 'ok' : 5 }));
    const schema = v.object({ items: v.array(itemSchema) });
    const doc = { items: items(30) };
    const long = { items: items(1_000) };
    const many = { items: Array.from({ length: 41 }, () => 5) }; // under 8 000 characters, but 41 bad items
    // Not JSON (a cycle): not measured as small, reported by the validation as before.
    const cyclic: Record<string, unknown> = { items: [] };
    cyclic.self = cyclic;
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    let clock = performance.now();
    performance.now = () => (clock += 100); // every step takes longer than any budget
    let runs: unknown[];
    try {
      runs = [doc, long, many, cyclic].map((input) =>
        validateInTasks(schema, input, { first: 4, small: { chars: 8_000, items: 40 } })
      );
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else Reflect.deleteProperty(performance, 'now');
    }
    const [small, longer, more, notJson] = runs;
    expect(small instanceof Promise, 'read in the first task').to.equal(false);
    expect(small).to.deep.equal(validate(whole(schema), doc));
    expect(longer instanceof Promise, 'a longer document is read by time').to.equal(true);
    expect(await longer).to.deep.equal(validate(whole(schema), long));
    expect(more instanceof Promise, 'more items than `small` allows are read by time').to.equal(true);
    expect(await more).to.deep.equal(validate(whole(schema), many));
    expect(notJson).to.deep.equal(validate(schema, cyclic));
  });

  it('a short first task leaves a large item (over 10 000 characters) to the next task', async () => {
    const schema = v.object({ items: v.array(itemSchema) });
    const item = (i: number, name: unknown) => ({ id: `x${i}`, name });
    const large = { items: [item(0, 'ok'), item(1, 'x'.repeat(12_000)), item(2, 5)] };
    const normal = { items: [item(0, 'ok'), item(1, 'x'.repeat(8_000)), item(2, 5)] };
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    const frozen = performance.now();
    performance.now = () => frozen; // no time passes: only the rule on large items can end a task
    let runs: unknown[];
    try {
      runs = [
        validateInTasks(schema, large, { first: 4 }),
        validateInTasks(schema, normal, { first: 4 }),
        validateInTasks(schema, large),
      ];
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else Reflect.deleteProperty(performance, 'now');
    }
    const [short, notLarge, whole] = runs;
    expect(short instanceof Promise, 'the large item waits for the next task').to.equal(true);
    expect(await short).to.deep.equal(validate(schema, large));
    expect(notLarge instanceof Promise, 'items under the bound are read in the first task').to.equal(false);
    expect(notLarge).to.deep.equal(validate(schema, normal));
    expect(whole instanceof Promise, 'a task with the whole budget reads a large item').to.equal(false);
    expect(whole).to.deep.equal(validate(schema, large));
  });

  it('checks a large item in steps: each check of it, and listing what it found, end a task if the budget is spent', async () => {
    // A contact whose opening-hours entries are all bad: each is cut down to its days (HOURS_ATOMIC).
    const contacts = (entries: number) => ({
      contacts: [
        {
          id: 'c',
          name: 'Kontakt',
          channels: [{ type: 'phone', value: '031-390 06 00' }],
          hours: Array.from({ length: entries }, (_, i) => ({
            dayOfWeek: ['Monday', 'Tuesday'],
            opens: '8 am',
            closes: '17:00',
            validFrom: `${2000 + (i % 50)}-01-01`,
          })),
        },
      ],
    });
    /** With each reading of the clock a whole task's budget later, every step of the validation is a task. */
    const tasksOf = async (doc: unknown) => {
      const yields = watchYields(() => '');
      const restore = tickingClock(TASK_BUDGET);
      try {
        const result = await validateInTasks(contactsSchema, doc, { atomic: HOURS_ATOMIC });
        return { tasks: yields.shown.length, result };
      } finally {
        restore();
        yields.stop();
      }
    };
    const smallDoc = contacts(20);
    const largeDoc = contacts(400);
    expect(JSON.stringify(smallDoc.contacts[0]).length, 'the small contact is under the bound').to.be.below(10_000);
    expect(JSON.stringify(largeDoc.contacts[0]).length, 'the large contact is over it').to.be.above(12_000);
    const small = await tasksOf(smallDoc);
    const large = await tasksOf(largeDoc);
    // The large one yields before its check (any large item does), after its first check (its 400
    // problems are listed in the next task), before its second pass and after that pass's check.
    expect(large.tasks - small.tasks, 'more tasks for the large contact').to.equal(4);
    expect(large.result).to.deep.equal(validate(whole(contactsSchema), largeDoc, undefined, HOURS_ATOMIC));
    expect(large.result?.problems.length).to.equal(201); // 200 listed, then "… and 200 more problems"
    expect(large.result?.value?.contacts[0].hours).to.have.length(400);
    expect(small.result).to.deep.equal(validate(whole(contactsSchema), smallDoc, undefined, HOURS_ATOMIC));
  });

  it('splits a long document into tasks, and stops when the run is stale', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ id: `x${i}`, name: i % 2 ? 'ok' : 5, date: '2023-13' }));
    const schema = v.object({ items: v.array(itemSchema) });
    const yields = watchYields(() => '');
    try {
      const result = await validateInTasks(schema, { items });
      expect(yields.shown.length, 'yields between tasks').to.be.greaterThan(1);
      expect(result).to.deep.equal(validate(whole(schema), { items }));
      const calls = yields.shown.length;
      let stale = false;
      const run = validateInTasks(schema, { items }, { stale: () => stale });
      expect(run, 'not done in the first task').to.be.instanceOf(Promise);
      stale = true;
      expect(await run, 'a stale run gives nothing').to.equal(undefined);
      expect(yields.shown.length - calls, 'stopped at the first yield').to.equal(1);
    } finally {
      yields.stop();
    }
  });
});

/**
 * A clock that counts: each `performance.now()` reading is `step` ms (default 1) later than the
 * last, whatever the machine's speed, until the returned function restores the clock. A validation
 * is split into the same tasks on any machine (nothing is timed).
 */
function tickingClock(step = 1): () => void {
  const now = Object.getOwnPropertyDescriptor(performance, 'now');
  let clock = performance.now();
  performance.now = () => (clock += step);
  return () => {
    if (now) Object.defineProperty(performance, 'now', now);
    else Reflect.deleteProperty(performance, 'now');
  };
}

describe('validateInTasks() of a v.lazy() view (every exported documentSchema is one)', function () {
  this.timeout(60_000);

  /** Runs `validateInTasks` with the ticking clock; how many times it yielded, and its result. */
  async function inTasks(schema: v.GenericSchema, input: unknown, atomic: typeof HOURS_ATOMIC | [] = []) {
    const yields = watchYields(() => '');
    const restore = tickingClock();
    try {
      const result = await validateInTasks(schema, input, { atomic });
      return { yields: yields.shown.length, result };
    } finally {
      restore();
      yields.stop();
    }
  }

  it('yields between the items of a view as of the schema it shows, with the same result as validate()', async () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, name: i % 2 ? 'ok' : 5, date: '2023-13' }));
    const input = { title: 'T', items };
    const schema = v.object({ title: v.optional(v.string()), items: v.array(itemSchema) });
    const view = v.lazy(() => schema);
    const viewOfView = v.lazy(() => view);
    const plain = await inTasks(schema, input);
    expect(plain.yields, 'the object schema itself is read in several tasks').to.be.greaterThan(5);
    for (const lazy of [view, viewOfView]) {
      const { yields, result } = await inTasks(lazy, input);
      expect(yields, 'a view is read item by item too').to.equal(plain.yields);
      expect(result).to.deep.equal(validate(whole(schema), input));
      expect(result).to.deep.equal(plain.result);
    }
  });

  it('reads the plan and the contacts documentSchema item by item, with the same repair as one validation', async () => {
    const plan = badPlan(300);
    const planRun = await inTasks(planSchema, plan);
    expect(planRun.yields, 'the plan is read in several tasks').to.be.greaterThan(5);
    expect(planRun.result).to.deep.equal(validate(whole(planSchema), plan));
    const contacts = {
      contacts: Array.from({ length: 100 }, (_, i) => ({
        id: `c${i}`,
        name: i % 5 ? `Kontakt ${i}` : 5,
        channels: [{ type: 'phone', value: '031-123 45' }],
        hours: [{ dayOfWeek: 'Monday', opens: i % 2 ? '8 am' : '08:00', closes: '17:00' }],
      })),
    };
    const cardRun = await inTasks(contactsSchema, contacts, HOURS_ATOMIC);
    expect(cardRun.yields, 'the contacts are read in several tasks').to.be.greaterThan(5);
    expect(cardRun.result).to.deep.equal(validate(whole(contactsSchema), contacts, undefined, HOURS_ATOMIC));
  });
});

describe('a long bad document in an element', function () {
  this.timeout(60_000);

  it('is read in tasks: between them the plan says it is loading; then the same items and problems as read at once', async () => {
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
    const events: DataErrorDetail[] = [];
    el.addEventListener('trygg-data-error', (e) => events.push(e.detail));
    const doc = badPlan(300);
    const yields = watchYields(() => text(el));
    // A fast machine reads 300 measures within one task's budget: here each clock reading is 1 ms
    // later than the last, so the reading is split into tasks on any machine (nothing is timed).
    const restore = tickingClock();
    try {
      el.data = doc;
      await el.updateComplete;
    } finally {
      restore();
      yields.stop();
    }
    // While it was read, a person saw the loading line (no half-read plan); then the plan as read
    // whole, its notice from the first slice on (the later slices yield too, each in its own task).
    const shown = yields.shown.slice(1);
    const plan = shown.findIndex((line) => line !== 'Hämtar planen …');
    const reading = plan === -1 ? shown : shown.slice(0, plan);
    expect(reading.length, 'the validation yielded to the browser').to.be.greaterThan(0);
    const after = shown.slice(reading.length);
    expect(after.every((line) => line.includes('En del uppgifter kunde inte visas.'))).to.equal(true);
    expect(after.some((line) => line.includes('Hämtar planen'))).to.equal(false);
    // Then the plan: every measure with a string id (2 of 3), the notice, and one event with the problems
    // a validation in one go gives.
    expect(el.shadowRoot!.querySelectorAll('[part~="measure"]').length).to.equal(200);
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="measure"] [role="heading"]')].map((h) =>
      h.textContent.trim()
    );
    expect(headings).to.include('Åtgärd 1').and.not.to.include('Åtgärd 3');
    expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim()).to.equal(
      'En del uppgifter kunde inte visas.'
    );
    expect(events).to.have.length(1);
    const once = validate(whole(planSchema), doc);
    expect(events[0].problems.slice(0, once.problems.length)).to.deep.equal(once.problems);
    expect(events[0].problems[0]).to.match(/^title: /);
    await expect(el).to.be.accessible();
  });

  it('drops a stale reading: data set while a long document is read is what shows, with no event for the old one', async () => {
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card hide-national></trygg-support-card>`);
    const events: DataErrorDetail[] = [];
    el.addEventListener('trygg-data-error', (e) => events.push(e.detail));
    // 200 contacts (the limit), each with 100 bad opening-hours entries: read in many tasks.
    const bad = {
      contacts: Array.from({ length: 200 }, (_, i) => ({
        id: `c${i}`,
        name: `Gammal ${i}`,
        channels: [{ type: 'phone', value: '031-123 45' }],
        hours: Array.from({ length: 100 }, () => ({ dayOfWeek: 'Monday', opens: '8 am', closes: '17:00' })),
      })),
    };
    const fresh = { contacts: [{ id: 'ny', name: 'Ny kontakt', channels: [{ type: 'phone', value: '031-999 99' }] }] };
    let replacedWhile = '';
    const yields = watchYields(() => {
      const shown = text(el);
      // New data arrives between two tasks of the old reading.
      if (!replacedWhile && shown.includes('Hämtar fler kontakter')) {
        replacedWhile = shown;
        el.data = fresh;
      }
      return shown;
    });
    try {
      el.data = bad;
      await el.updateComplete;
    } finally {
      yields.stop();
    }
    expect(replacedWhile, 'replaced while the card said it was loading').to.contain('Hämtar fler kontakter …');
    const names = [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent.trim());
    expect(names).to.include('Ny kontakt');
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    // Given time for any leftover task of the old reading: still nothing of it, and no event.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events, 'no event from the dropped reading').to.deep.equal([]);
    expect(text(el)).not.to.contain('Gammal');
    await expect(el).to.be.accessible();
  });
});
