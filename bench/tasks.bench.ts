// Benchmark page for the long-task part of `npm run bench` (bench/tasks.mjs drives it in headless
// Chromium and presses Shift every few milliseconds while a scenario renders).
//
// A scenario puts one component with one large (or broken) document on the page. The page records
// every long task (PerformanceObserver 'longtask': main-thread tasks over 50 ms) and, for each key
// press, how long it waited: `performance.now()` in the keydown listener minus the event's
// `timeStamp` (when the browser received the input). It also reports what the element shows at the
// end (its text, headings and whether a notice is there), so the bench can say the content arrived.
// The "validation only" scenarios run the loader's validation (validateInTasks) with no element, so
// its own tasks are measured apart from rendering.
import '../src/index.js';
import { renderBareList } from './bare-list.js';
import { planOf } from './plan-data.js';
import { validateInTasks } from '../src/core/validate.js';
import { documentSchema as planSchema } from '../src/components/plan-timeline/schema.js';
import { documentSchema as contactsSchema, HOURS_ATOMIC } from '../src/components/support-card/schema.js';
import { documentSchema as trainingSchema } from '../src/components/training-badge/schema.js';

const stage = document.getElementById('stage') ?? document.body;

const delays: number[] = [];
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask' });
addEventListener('keydown', (event) => {
  delays.push(performance.now() - event.timeStamp);
});

/** Opening-hours entries: weekdays 08–17 for each of `n` dated seasons. */
function hours(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    opens: '08:00',
    closes: '17:00',
    validFrom: `${2000 + (i % 50)}-01-01`,
    validThrough: `${2000 + (i % 50)}-12-31`,
  }));
}

function contacts(n: number, entries: number) {
  return {
    contacts: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      name: { sv: `Kontakt ${i}` },
      channels: [{ type: 'phone', value: `031-390 06 ${String(i % 100).padStart(2, '0')}` }],
      hours: hours(entries),
    })),
  };
}

function units(n: number) {
  return {
    course: 'Grundutbildning',
    target: 90,
    units: Array.from({ length: n }, (_, i) => ({ name: `Enhet ${i}`, completed: i % 40, total: 40 })),
  };
}

/** Prepares the data (not measured), then returns what puts the element on the page (measured). */
type Make = () => (() => HTMLElement) | Promise<() => HTMLElement>;

/** The element with the text of `url` (written by bench/tasks.mjs) as its inline JSON child. */
const inline =
  <K extends keyof HTMLElementTagNameMap>(tag: K, url: string, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  async () => {
    const text = await (await fetch(url)).text();
    return () => {
      const element = Object.assign(document.createElement(tag), props);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      element.append(script);
      return element;
    };
  };

/** A plan whose every measure has a bad status, a bad date and a bad link (each repaired). */
function badPlan(n: number) {
  const plan = planOf(n);
  return {
    ...plan,
    measures: plan.measures.map((m, i) => ({
      ...m,
      status: 'soon',
      start: `${2022 + (i % 5)}-13`,
      links: [{ title: 'Länk', url: 'javascript:void 0' }, { title: 5 }],
    })),
  };
}

/** Opening-hours entries that are each bad (a time that is not one): cut down to their days. */
function badHours(n: number) {
  return hours(n).map((entry) => ({ ...entry, opens: '8 am' }));
}

const el =
  <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) =>
  () =>
    Object.assign(document.createElement(tag), props);

/** What each scenario puts on the page (`src` files are written by bench/tasks.mjs). */
export const scenarios: Record<string, Make> = {
  'plan: 1 000 measures': () => el('trygg-plan-timeline', { data: planOf(1000), today: '2026-11-26' }),
  'plan: 10 MB file (src)': () => el('trygg-plan-timeline', { src: './plan-10mb.json', today: '2026-11-26' }),
  'plan: 5 000 measures (data)': () => el('trygg-plan-timeline', { data: planOf(5000), today: '2026-11-26' }),
  'plan: 1 000 measures, list': () =>
    el('trygg-plan-timeline', { data: planOf(1000), today: '2026-11-26', view: 'list' }),
  'card: 200 contacts × 20 hours': () =>
    el('trygg-support-card', { data: contacts(200, 20), now: new Date('2026-11-26T10:00:00+01:00') }),
  'card: 100 000 bad contacts': () =>
    el('trygg-support-card', {
      data: { contacts: Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, name: 5 })) },
    }),
  'card: 1 contact × 150 000 hours': () =>
    el('trygg-support-card', { data: contacts(1, 150_000), now: new Date('2026-11-26T10:00:00+01:00') }),
  'card: 10 MB file (src)': () => el('trygg-support-card', { src: './contacts-10mb.json' }),
  'plan: 2 MB file (src), the limit': () => el('trygg-plan-timeline', { src: './plan-2mb.json', today: '2026-11-26' }),
  'plan: 10 MB inline JSON': inline('trygg-plan-timeline', './plan-10mb.json', { today: '2026-11-26' }),
  'card: 10 MB inline JSON': inline('trygg-support-card', './contacts-10mb.json'),
  'plan: 1 000 bad measures': () => el('trygg-plan-timeline', { data: badPlan(1000), today: '2026-11-26' }),
  'card: 200 contacts × 500 bad hours': () =>
    el('trygg-support-card', {
      data: {
        contacts: contacts(200, 0).contacts.map((c) => ({ ...c, hours: badHours(500) })),
      },
      now: new Date('2026-11-26T10:00:00+01:00'),
    }),
  'badge: 5 000 units': () => el('trygg-training-badge', { data: units(5000) }),
  'badge: 5 000 bad units': () =>
    el('trygg-training-badge', {
      data: { ...units(5000), units: units(5000).units.map((u) => ({ ...u, completed: 50 })) },
    }),
  // The validation alone (what the loader does after cutting a list to its limit), no rendering:
  // a stand-in element whose updateComplete is the validation.
  'validation only: 1 000 bad measures': () => validating(planSchema, badPlan(1000)),
  'validation only: 5 000 units': () => validating(trainingSchema, units(5000)),
  'validation only: 200 contacts × 60 bad hours': () =>
    validating(
      contactsSchema,
      { contacts: contacts(200, 0).contacts.map((c) => ({ ...c, hours: badHours(60) })) },
      HOURS_ATOMIC
    ),
};

/** A stand-in element that validates `doc` with `schema` in tasks when it is made. */
function validating(
  schema: Parameters<typeof validateInTasks>[0],
  doc: unknown,
  atomic: typeof HOURS_ATOMIC | [] = []
) {
  return () => {
    const element = document.createElement('div');
    const done = validateInTasks(schema, doc, { atomic });
    return Object.assign(element, { updateComplete: Promise.resolve(done) });
  };
}

/** Clearing the status filter a 1 000-measure plan was first shown with (200 shown → 1 000; measured on its own). */
async function clearFilter(): Promise<void> {
  const plan = stage.querySelector('trygg-plan-timeline');
  if (!plan) throw new Error('no plan');
  plan.status = undefined;
  await plan.updateComplete;
}

/** Filters a plan shown whole (a fifth of its measures shown), and waits until it has settled. */
async function setFilter(): Promise<void> {
  const plan = stage.querySelector('trygg-plan-timeline');
  if (!plan) throw new Error('no plan');
  plan.status = 'ongoing';
  await plan.updateComplete;
  await settle(1000);
}

/** Waits until the plan shows every item (its last slice), and a second more. */
async function settled(): Promise<void> {
  await stage.querySelector('trygg-plan-timeline')?.updateComplete;
  await settle(1000);
}

/** Filters a plan shown whole (a fifth of its measures stay shown); measured on its own. */
async function setFilterOnly(): Promise<void> {
  const plan = stage.querySelector('trygg-plan-timeline');
  if (!plan) throw new Error('no plan');
  plan.status = 'ongoing';
  await plan.updateComplete;
}

/** The once-a-minute update of a card with 200 contacts × 20 hours (measured on its own). */
async function minuteTick(): Promise<void> {
  const card = stage.querySelector('trygg-support-card');
  if (!card) throw new Error('no card');
  card.requestUpdate();
  await card.updateComplete;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Text of the element's shadow root (what a reader sees), its heading count and whether a notice shows. */
function shows(host: Element) {
  const root = host.shadowRoot;
  return {
    headings: root?.querySelectorAll('[role=heading]:not([hidden] *)').length ?? 0,
    notice: !!root?.querySelector('[part=notice]'),
    text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
  };
}

declare global {
  interface Window {
    runScenario: (name: string) => Promise<unknown>;
    doneScenario: () => Promise<unknown>;
    names: string[];
    withAccessibilityTree: string[];
    whileLoading: string[];
    anchors: string[];
    pending: Promise<unknown>;
  }
}

let started = 0;

/**
 * Scenarios that change an element which has settled: what is put on the page, what is done to it
 * before (not measured), and the change.
 */
const laterSteps: Record<string, { make: Make; before?: () => Promise<void>; step: () => Promise<void> }> = {
  'card: minute update (200 × 20)': { make: scenarios['card: 200 contacts × 20 hours'], step: minuteTick },
  'plan: clear a filter (1 000 measures)': {
    make: () => el('trygg-plan-timeline', { data: planOf(1000), today: '2026-11-26', status: 'ongoing' }),
    step: clearFilter,
  },
  // The 800 items that clearing shows again were laid out before (the plan was shown whole first).
  'plan: clear a filter shown before (1 000 measures)': {
    make: () => el('trygg-plan-timeline', { data: planOf(1000), today: '2026-11-26' }),
    before: setFilter,
    step: clearFilter,
  },
  // Filtering a plan shown whole: 800 of its 1 000 items leave the page (and a screen reader's tree).
  'plan: set a filter (1 000 measures shown)': {
    make: () => el('trygg-plan-timeline', { data: planOf(1000), today: '2026-11-26' }),
    before: settled,
    step: setFilterOnly,
  },
  // A long real plan (the seed plan has 18 measures), for the same with the accessibility tree on.
  'plan: clear a filter shown before (100 measures)': {
    make: () => el('trygg-plan-timeline', { data: planOf(100), today: '2026-11-26' }),
    before: setFilter,
    step: clearFilter,
  },
};
scenarios['plan: 100 measures, list'] = () =>
  el('trygg-plan-timeline', { data: planOf(100), today: '2026-11-26', view: 'list' });
// The anchor of the scenarios with the accessibility tree on: the timeline bench's bare Lit
// `repeat` list of the same 1 000 items (bench/bare-list.ts), rendered in one go into a shadow root,
// so what the browser itself spends on a list that long for a screen reader shows beside the
// timeline's figure. Printed, not held to the targets (window.anchors).
scenarios['anchor: bare Lit list, 1 000 items'] = () => {
  const plan = planOf(1000);
  return () => {
    const host = document.createElement('div');
    renderBareList(plan, host.attachShadow({ mode: 'open' }));
    return host;
  };
};
// The same with the browser's accessibility tree on, as while a screen reader runs: bench/tasks.mjs
// runs the scenarios in window.withAccessibilityTree in a browser whose renderers build the whole
// tree and send it to the browser process, which makes the platform's tree from it (what a screen
// reader reads).
const withTree = {
  'plan: 1 000 measures, list, accessibility tree on': 'plan: 1 000 measures, list',
  'plan: clear a filter shown before, accessibility tree on': 'plan: clear a filter shown before (1 000 measures)',
  'plan: set a filter (1 000 measures shown), accessibility tree on': 'plan: set a filter (1 000 measures shown)',
  'anchor: bare Lit list, 1 000 items, accessibility tree on': 'anchor: bare Lit list, 1 000 items',
  'plan: 100 measures, list, accessibility tree on': 'plan: 100 measures, list',
  'plan: clear a filter shown before (100 measures), accessibility tree on':
    'plan: clear a filter shown before (100 measures)',
};
// The same while the page is still loading (bench/tasks.mjs holds back one image of the page for
// a few seconds, so its load event comes late): a screen reader meets a plan rendered before the
// load event. Chromium was seen serializing no change of the tree until the page had loaded, then all
// at once.
// The scenario ends a second after the load event (doneScenario), so that step is measured too.
const whileLoading = {
  'plan: 1 000 measures, list, while the page loads, accessibility tree on': 'plan: 1 000 measures, list',
  'plan: 100 measures, list, while the page loads, accessibility tree on': 'plan: 100 measures, list',
  'anchor: bare Lit list, 1 000 items, while the page loads, accessibility tree on':
    'anchor: bare Lit list, 1 000 items',
};
for (const [name, like] of Object.entries({ ...withTree, ...whileLoading })) {
  if (Object.hasOwn(scenarios, like)) scenarios[name] = scenarios[like];
  else laterSteps[name] = laterSteps[like];
}

/** Starts a scenario; the bench presses keys until {@link window.doneScenario} says it has settled. */
window.runScenario = async (name) => {
  delays.length = 0;
  longTasks.length = 0;
  stage.replaceChildren();
  await settle(50);
  delays.length = 0;
  longTasks.length = 0;
  started = performance.now();
  // A change to an element that has settled: the element first, then the change, measured on its own.
  if (Object.hasOwn(laterSteps, name)) {
    const later = laterSteps[name];
    stage.append((await later.make())());
    await settle(3000);
    await later.before?.();
    delays.length = 0;
    longTasks.length = 0;
    started = performance.now();
    void later.step();
    return true;
  }
  const make = await scenarios[name]();
  await settle(50);
  delays.length = 0;
  longTasks.length = 0;
  started = performance.now();
  stage.append(make());
  return true;
};

/**
 * Waits until the element has settled: its update (every slice) is complete and it no longer shows
 * a loading line (at most 20 s). Then reports the tasks, the key presses and what the element shows.
 */
window.doneScenario = async () => {
  const host = stage.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  while (performance.now() - started < 20_000) {
    await host?.updateComplete;
    if (!host?.shadowRoot?.querySelector('.loading, .empty, .pending')) break;
    await settle(50);
  }
  await settle(300);
  await host?.updateComplete;
  // A page still loading (the scenarios of whileLoading): until a second after its load event.
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => {
      addEventListener('load', resolve, { once: true });
    });
    await settle(1300);
  }
  const end = performance.now() - 300;
  return {
    elapsed: end - started,
    maxTask: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    blocked: longTasks.reduce((a, b) => a + b, 0),
    keys: delays.length,
    maxDelay: Math.max(0, ...delays),
    ...(host ? shows(host) : {}),
  };
};

window.names = [...Object.keys(scenarios), ...Object.keys(laterSteps)];
window.withAccessibilityTree = [...Object.keys(withTree), ...Object.keys(whileLoading)];
window.whileLoading = Object.keys(whileLoading);
window.anchors = window.names.filter((name) => name.startsWith('anchor: '));
document.documentElement.dataset.ready = '';
