// Benchmark page for `npm run bench` (bench/run.mjs drives it in Debian's headless Chromium).
// Compares the first render of N measures by <trygg-plan-timeline> against a bare Lit `repeat`
// list of the same items (bench/bare-list.ts), and times a filter update and its reversal. Also
// renders the plan with its slices off (`whole`: every item in the first update, one long task),
// so that the bench shows what rendering costs apart from what the slices add.
//
// Each step below resolves when the change is on screen and the page has settled (the element's
// `updateComplete`, which includes every slice of a long plan, then two rendered frames). What a
// step costs is measured outside the page: bench/run.mjs reads the renderer's main-thread task time
// (DevTools protocol Performance.getMetrics, TaskDuration) before and after it, so script, style,
// layout and paint count, and idle time between slices does not.
import { TryggPlanTimeline } from '../src/components/plan-timeline/index.js';
import { MAX_MEASURES } from '../src/components/plan-timeline/plan.js';
import { renderBareList } from './bare-list.js';
import { planOf } from './plan-data.js';

// Name the class so the bundler keeps its definition.
if (customElements.get('trygg-plan-timeline') !== TryggPlanTimeline)
  throw new Error('trygg-plan-timeline is not defined');

const stage = document.getElementById('stage') ?? document.body;

/** Resolves after the next frame has been rendered (in the first task after it). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

let doc = planOf(0);
let element: TryggPlanTimeline | undefined;

declare global {
  interface Window {
    bench: {
      cap: number;
      prepare: (n: number) => Promise<void>;
      clear: () => Promise<void>;
      bare: () => Promise<void>;
      component: (view: 'auto' | 'list', whole?: boolean) => Promise<number>;
      filter: (status?: string) => Promise<number>;
      nodes: () => NodeCount;
    };
  }
}

/** DOM nodes per item: what each item costs to clone, keep and lay out (whitespace and Lit's markers too). */
interface NodeCount {
  items: number;
  elements: number;
  text: number;
  comments: number;
}

/** The nodes of every item on the stage (the component's `[part=measure]`, the bare list's `li`), per item. */
function countNodes(): NodeCount {
  const root = element?.shadowRoot ?? stage;
  const items = [...root.querySelectorAll(element ? '[part~="measure"]' : 'li[data-measure-id]')];
  const count = { items: items.length, elements: 0, text: 0, comments: 0 };
  for (const item of items) {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) count.elements++;
      else if (node.nodeType === Node.TEXT_NODE) count.text++;
      else if (node.nodeType === Node.COMMENT_NODE) count.comments++;
    }
  }
  const per = (n: number) => Math.round((n / Math.max(1, items.length)) * 10) / 10;
  return { items: items.length, elements: per(count.elements), text: per(count.text), comments: per(count.comments) };
}

window.bench = {
  cap: MAX_MEASURES,
  async prepare(n) {
    doc = planOf(n);
    await settle();
  },
  async clear() {
    stage.replaceChildren();
    element = undefined;
    await settle();
  },
  async bare() {
    renderBareList(doc, stage.appendChild(document.createElement('div')));
    await settle();
  },
  async component(view, whole = false) {
    const el = document.createElement('trygg-plan-timeline');
    // The element's private SliceController (core/tasks.ts). Disabled, it renders every item in the
    // first update, as on a server: its limit stays Infinity (checked below).
    const slices = (el as unknown as { slices?: { enabled: boolean; limit: number } }).slices;
    if (typeof slices?.enabled !== 'boolean') throw new Error('trygg-plan-timeline has no slices.enabled');
    if (whole) Object.defineProperty(slices, 'enabled', { value: false });
    el.today = '2026-11-26';
    el.view = view;
    el.data = doc;
    stage.append(el);
    await el.updateComplete;
    await settle();
    if ((slices.limit === Infinity) !== whole) throw new Error(`slices.limit ${slices.limit} with whole=${whole}`);
    element = el;
    return el.shadowRoot?.querySelectorAll('[role=heading][aria-level="4"]').length ?? 0;
  },
  nodes: countNodes,
  async filter(status) {
    if (!element) throw new Error('no element');
    element.status = status;
    await element.updateComplete;
    await settle();
    return element.shadowRoot?.querySelectorAll('[part~=measure]:not([hidden])').length ?? 0;
  },
};
document.documentElement.dataset.ready = '';
