// Benchmark page for `npm run bench` (bench/run.mjs drives it in Debian's headless Chromium).
// Compares, in the same page and run, the first render of N measures by <trygg-plan-timeline>
// against a bare Lit `repeat` list that renders the same fields of the same items, and times a
// filter update and its reversal.
//
// What a sample measures: the main-thread work from the change until the next frame has been
// rendered, i.e. the script (set the data or filter, Lit's update) plus the next frame's own work
// (rAF callbacks, style, layout, paint: from the start of the frame's rAF callbacks to the first
// task after the frame). The idle wait between the two, until the frame is due, is not counted:
// the update "fits in one frame" when script + frame ≤ 16.7 ms. No forced layout: the browser
// does style and layout when it renders the frame, as it does for a user's click.
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TryggPlanTimeline, type PlanDocument } from '../src/components/plan-timeline/index.js';
import { planOf } from './plan-data.js';

// Name the class so the bundler keeps its definition.
if (customElements.get('trygg-plan-timeline') !== TryggPlanTimeline)
  throw new Error('trygg-plan-timeline is not defined');

const stage = document.getElementById('stage') ?? document.body;
const month = new Intl.DateTimeFormat('sv', { timeZone: 'UTC', year: 'numeric', month: 'long' });
const fmt = (d?: string) => (d ? month.format(new Date(`${d}-01T00:00:00Z`)) : '');

/** The baseline: a bare Lit repeat over the same items and fields, no validation, order or filters. */
function baseline(doc: PlanDocument, host: HTMLElement = stage.appendChild(document.createElement('div'))): void {
  render(
    html`<ol>
      ${repeat(
        doc.measures,
        (m) => m.id,
        (m) => html`<li data-measure-id=${m.id}>
          <div role="heading" aria-level="4">${typeof m.title === 'string' ? m.title : m.title.sv}</div>
          <p><span>${m.status}</span> <time datetime=${m.start ?? ''}>${fmt(m.start)}</time> – <time datetime=${m.end ?? ''}>${fmt(m.end)}</time></p>
          <dl>
            <div><dt>Ansvarig</dt>${(m.responsible ?? []).map((r) => html`<dd>${r}</dd>`)}</div>
            <div><dt>I samarbete med</dt>${(m.partners ?? []).map((r) => html`<dd>${r}</dd>`)}</div>
            <div><dt>Nivå</dt><dd>${m.level}</dd></div>
            <div><dt>Prevention</dt><dd>${m.prevention}</dd></div>
            <div><dt>Målgrupp</dt>${(m.audience ?? []).map((r) => html`<dd>${r}</dd>`)}</div>
            <div><dt>Agenda 2030</dt>${(m.sdg ?? []).map((r) => html`<dd>${r}</dd>`)}</div>
          </dl>
          <details><summary>Mer information</summary><p>${typeof m.description === 'object' ? m.description.sv : ''}</p></details>
        </li>`
      )}
    </ol>`,
    host
  );
}

export interface Timing {
  /** From the change to the end of the script (Lit's update included). */
  script: number;
  /** The next frame's work: rAF callbacks, style, layout, paint. */
  frame: number;
  /**
   * The frames after it until the page settles (content-visibility: auto renders what has come
   * into view one frame later); a frame with less than {@link IDLE} ms of work ends the count.
   */
  later: number;
  /** script + frame + later: the main-thread work the update costs until it is on screen. */
  total: number;
}

/** Resolves after the next frame has been rendered, with the frame's start and end times. */
function nextFrame(): Promise<{ start: number; end: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      // A message task runs after the frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve({ start, end: performance.now() });
      };
      channel.port2.postMessage(null);
    });
  });
}

/** A frame with less work than this (ms) is idle: the update has settled. */
const IDLE = 1;

export async function timed(update: () => unknown): Promise<Timing> {
  const t0 = performance.now();
  await update();
  const script = performance.now() - t0;
  const f = await nextFrame();
  const frame = f.end - f.start;
  let later = 0;
  for (let i = 0; i < 5; i++) {
    const g = await nextFrame();
    if (g.end - g.start < IDLE) break;
    later += g.end - g.start;
  }
  return { script, frame, later, total: script + frame + later };
}

export type Variant = 'baseline' | 'component';

/** One sample of a variant on a clean stage: first render, and for the component a filter and its reversal. */
export async function sample(
  variant: Variant,
  doc: PlanDocument,
  view: 'auto' | 'list'
): Promise<Record<string, Timing>> {
  stage.replaceChildren();
  await nextFrame();
  if (variant === 'baseline') {
    const first = await timed(() => {
      baseline(doc);
    });
    return { render: first };
  }
  const el = document.createElement('trygg-plan-timeline');
  const first = await timed(async () => {
    el.today = '2026-11-26';
    el.view = view;
    el.data = doc;
    stage.append(el);
    await el.updateComplete;
  });
  const filter = await timed(async () => {
    el.status = 'ongoing';
    await el.updateComplete;
  });
  const unfilter = await timed(async () => {
    el.status = undefined;
    await el.updateComplete;
  });
  return { render: first, filter, unfilter };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};

export interface Summary {
  median: number;
  q1: number;
  q3: number;
  script: number;
  frame: number;
  later: number;
}

declare global {
  interface Window {
    runBench: (n: number, runs: number, view: 'auto' | 'list') => Promise<Record<string, Summary | number>>;
  }
}

/** `runs` samples of each variant, alternating which goes first; medians and quartiles. */
window.runBench = async (n, runs, view) => {
  const doc = planOf(n);
  const samples: Record<string, Timing[]> = {};
  for (let i = -2; i < runs; i++) {
    for (const variant of i % 2 ? (['baseline', 'component'] as const) : (['component', 'baseline'] as const)) {
      const result = await sample(variant, doc, view);
      if (i < 0) continue;
      for (const [key, t] of Object.entries(result)) (samples[`${variant}.${key}`] ??= []).push(t);
    }
  }
  stage.replaceChildren();
  const out: Record<string, Summary | number> = {};
  for (const [key, ts] of Object.entries(samples)) {
    const totals = ts.map((t) => t.total);
    out[key] = {
      median: median(totals),
      q1: quantile(totals, 0.25),
      q3: quantile(totals, 0.75),
      script: median(ts.map((t) => t.script)),
      frame: median(ts.map((t) => t.frame)),
      later: median(ts.map((t) => t.later)),
    };
  }
  out.ratio = (out['component.render'] as Summary).median / (out['baseline.render'] as Summary).median;
  return out;
};
Object.assign(window, { planOf, renderBaseline: baseline });
document.documentElement.dataset.ready = '';
