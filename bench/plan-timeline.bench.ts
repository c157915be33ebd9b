// Benchmark page for `npm run bench` (bench/run.mjs drives it in headless Chromium).
// Compares, in the same page and run, the first render of N measures by <trygg-plan-timeline>
// against a bare Lit `repeat` list that renders the same fields of the same items, and times a
// filter update. Each sample ends after a forced style and layout (what the user waits for).
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { TryggPlanTimeline, type PlanDocument, type PlanMeasure } from '../src/plan-timeline.js';

// package.json's "sideEffects" lists only dist/: name the class so the bundler keeps its definition.
if (customElements.get('trygg-plan-timeline') !== TryggPlanTimeline) throw new Error('trygg-plan-timeline is not defined');

const statuses = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
const bodies = ['Socialnämnden', 'Kommunledningskontoret', 'Barn- och ungdomsförvaltningen', 'Alingsåshem', 'Kultur- och utbildningsförvaltningen'];

export function planOf(n: number): PlanDocument {
  const measures: PlanMeasure[] = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    title: { sv: `Åtgärd ${i}: utbildning och utåtriktade insatser`, en: `Measure ${i}` },
    description: { sv: `Beskrivning av åtgärd ${i}.` },
    responsible: [bodies[i % bodies.length]],
    partners: i % 3 ? ['Alingsåshem'] : [],
    start: `${2022 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    end: `${2023 + (i % 5)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}`,
    status: statuses[i % statuses.length],
    level: 'organisation',
    prevention: 'universal',
    audience: ['staff'],
    sdg: ['5.2', '16.1'],
  }));
  return { title: 'Bench', period: { start: '2022', end: '2027' }, measures };
}

const stage = document.getElementById('stage') ?? document.body;
const month = new Intl.DateTimeFormat('sv', { timeZone: 'UTC', year: 'numeric', month: 'long' });
const fmt = (d?: string) => (d ? month.format(new Date(`${d}-01T00:00:00Z`)) : '');
const layoutNow = () => stage.getBoundingClientRect().height + document.body.offsetHeight;

/** The baseline: a bare Lit repeat over the same items and fields, no validation, order or filters. */
function baseline(doc: PlanDocument): number {
  const t0 = performance.now();
  const host = document.createElement('div');
  stage.append(host);
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
  layoutNow();
  return performance.now() - t0;
}

async function component(doc: PlanDocument, view: 'auto' | 'list'): Promise<{ render: number; filter: number; unfilter: number }> {
  const t0 = performance.now();
  const el = document.createElement('trygg-plan-timeline');
  el.today = '2026-11-26';
  el.view = view;
  el.data = doc;
  stage.append(el);
  await el.updateComplete;
  layoutNow();
  const renderTime = performance.now() - t0;
  const t1 = performance.now();
  el.status = 'ongoing';
  await el.updateComplete;
  layoutNow();
  const filter = performance.now() - t1;
  const t2 = performance.now();
  el.status = undefined;
  await el.updateComplete;
  layoutNow();
  return { render: renderTime, filter, unfilter: performance.now() - t2 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

declare global {
  interface Window {
    runBench: (n: number, runs: number, view: 'auto' | 'list') => Promise<Record<string, number | number[]>>;
  }
}

window.runBench = async (n, runs, view) => {
  const doc = planOf(n);
  const base: number[] = [];
  const comp: number[] = [];
  const filter: number[] = [];
  const unfilter: number[] = [];
  for (let i = -2; i < runs; i++) {
    // Alternate the order so neither variant always runs on a warmer page.
    for (const which of i % 2 ? ['base', 'comp'] : ['comp', 'base']) {
      stage.replaceChildren();
      await frame();
      if (which === 'base') {
        const t = baseline(doc);
        if (i >= 0) base.push(t);
      } else {
        const t = await component(doc, view);
        if (i >= 0) {
          comp.push(t.render);
          filter.push(t.filter);
          unfilter.push(t.unfilter);
        }
      }
      await frame();
    }
  }
  stage.replaceChildren();
  return {
    baseline: median(base),
    component: median(comp),
    ratio: median(comp) / median(base),
    filter: median(filter),
    unfilter: median(unfilter),
    samples: comp.length,
  };
};
document.documentElement.dataset.ready = '';
