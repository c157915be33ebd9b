#!/usr/bin/env node
// npm run bench (timeline): builds bench/plan-timeline.html (production Lit) and drives it in
// Debian's headless Chromium (puppeteer-core). For each case (measures, width, view) it alternates
// the bare Lit `repeat` list (bench/bare-list.ts, the anchor) and <trygg-plan-timeline> with the
// same items on a fresh stage, and measures each step as the renderer's main-thread task time
// (DevTools protocol Performance.getMetrics, TaskDuration: script, style, layout, paint; idle time
// between a long plan's slices not counted), from the change until the page has settled.
// Prints medians, quartiles and the ratio; targets: first render ≤ 1.5× the bare list, a filter
// and its reversal ≤ 50 ms. Also prints the timeline's documented limit (measures shown at most),
// and the first render with the slices off (every item in one task, as the bare list renders):
// what rendering costs apart from the frames the slices add (not a target; bench/tasks.mjs shows
// why the slices are there).
//   node bench/run.mjs [measures=1000] [runs=11]
import { execFileSync } from 'node:child_process';
import { buildPage, cacheDir, chrome, launch, median, quantile, serve } from './browser.mjs';

const out = cacheDir('trygg-bench');
const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 11);

await buildPage('plan-timeline.html', out);

const { port, close } = await serve(out);

const browser = await launch();

const results = [];
let cap = 0;
try {
  for (const [view, width, count] of [
    ['list', 800, n],
    ['auto', 1400, n],
    ['auto', 1400, 200],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/plan-timeline.html`);
    await page.waitForFunction(() => 'ready' in document.documentElement.dataset);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const taskTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    /** Main-thread task time (ms) of one step run in the page. */
    const timed = async (step, ...args) => {
      const t0 = await taskTime();
      const value = await page.evaluate((s, a) => window.bench[s](...a), step, args);
      return { ms: (await taskTime()) - t0, value };
    };
    cap = await page.evaluate(() => window.bench.cap);
    await page.evaluate((c) => window.bench.prepare(c), count);
    const samples = { bare: [], component: [], whole: [], filter: [], unfilter: [] };
    // Each round's component time over the same round's bare list: how far the ratio moves with the
    // machine's noise (the printed ratio is the ratio of the medians).
    const pairs = [];
    let headings = 0;
    let filtered = 0;
    let wholeHeadings = 0;
    let nodes;
    let bareNodes;
    for (let i = -2; i < runs; i++) {
      for (const variant of [
        ['bare', 'component', 'whole'],
        ['component', 'whole', 'bare'],
        ['whole', 'bare', 'component'],
      ][(i + 2) % 3]) {
        await page.evaluate(() => window.bench.clear());
        if (variant === 'bare') {
          const r = await timed('bare');
          if (i >= 0) samples.bare.push(r.ms);
          bareNodes = await page.evaluate(() => window.bench.nodes());
          continue;
        }
        if (variant === 'whole') {
          const r = await timed('component', view, true);
          wholeHeadings = r.value;
          if (i >= 0) samples.whole.push(r.ms);
          continue;
        }
        const r = await timed('component', view);
        headings = r.value;
        nodes = await page.evaluate(() => window.bench.nodes());
        const f = await timed('filter', 'ongoing');
        filtered = f.value;
        const u = await timed('filter', undefined);
        if (i < 0) continue;
        samples.component.push(r.ms);
        samples.filter.push(f.ms);
        samples.unfilter.push(u.ms);
      }
    }
    if (wholeHeadings !== headings) throw new Error(`slices off: ${wholeHeadings} headings, not ${headings}`);
    for (let k = 0; k < samples.bare.length; k++) pairs.push(samples.component[k] / samples.bare[k]);
    await page.evaluate(() => window.bench.clear());
    const summary = Object.fromEntries(
      Object.entries(samples).map(([k, xs]) => [
        k,
        { median: median(xs), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) },
      ])
    );
    results.push({
      name: `${count} measures, ${width} px, view="${view}"`,
      ...summary,
      ratio: summary.component.median / summary.bare.median,
      wholeRatio: summary.whole.median / summary.bare.median,
      pairs: { q1: quantile(pairs, 0.25), q3: quantile(pairs, 0.75) },
      headings,
      filtered,
      nodes,
      bareNodes,
    });
    await page.close();
  }
} finally {
  await browser.close();
  close();
}

const cell = (s) => `${s.median.toFixed(1)} ms [${s.q1.toFixed(1)}–${s.q3.toFixed(1)}]`;
const version = execFileSync(chrome, ['--version'], {
  stdio: ['ignore', 'pipe', 'ignore'],
})
  .toString()
  .trim();
console.log(
  `\n<trygg-plan-timeline>: main-thread task time, median [quartiles] of ${runs} interleaved runs (${version})`
);
console.log(`limit: the timeline shows at most ${cap} measures; a longer plan shows the first ${cap} with a notice`);
const over = [];
for (const r of results) {
  console.log(r.name);
  console.log(`  bare Lit repeat list   ${cell(r.bare)}`);
  console.log(
    `  component, first       ${cell(r.component)}  ratio ${r.ratio.toFixed(2)}× (target ≤ 1.5×; round by round ${r.pairs.q1.toFixed(2)}–${r.pairs.q3.toFixed(2)}×)`
  );
  console.log(
    `  slices off, one task   ${cell(r.whole)}  ratio ${r.wholeRatio.toFixed(2)}× (what the slices add: ${(r.component.median - r.whole.median).toFixed(0)} ms)`
  );
  console.log(`  filter (status)        ${cell(r.filter)}  (${r.filtered} shown; target ≤ 50 ms)`);
  console.log(`  clear the filter       ${cell(r.unfilter)}  (target ≤ 50 ms)`);
  console.log(`  headings of measures   ${r.headings}`);
  const perItem = (c) =>
    `${c.elements + c.text + c.comments} (${c.elements} elements, ${c.text} text, ${c.comments} comments)`;
  console.log(`  DOM nodes per item     ${perItem(r.nodes)}; the bare list ${perItem(r.bareNodes)}`);
  if (r.ratio > 1.5) over.push(`${r.name}: first render ${r.ratio.toFixed(2)}×`);
  if (r.filter.median > 50) over.push(`${r.name}: filter ${r.filter.median.toFixed(0)} ms`);
  if (r.unfilter.median > 50) over.push(`${r.name}: clearing the filter ${r.unfilter.median.toFixed(0)} ms`);
}
console.log(
  over.length
    ? `timeline: OVER target (first render ≤ 1.5× the bare list, filter and clearing it ≤ 50 ms):\n  ${over.join('\n  ')}`
    : 'timeline: within target (first render ≤ 1.5× the bare list, filter and clearing it ≤ 50 ms)'
);
