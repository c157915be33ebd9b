#!/usr/bin/env node
// npm run bench (long tasks): can a person's key press get through while a component renders a
// large or broken document? Builds bench/tasks.html (production Lit, all four elements) and, for
// each scenario, puts the element on a fresh page in Debian's headless Chromium while pressing
// Shift every 30 ms through the DevTools protocol (real input events). Prints, per scenario, the
// longest main-thread task (PerformanceObserver 'longtask'), the longest wait of a key press
// (keydown handler time − the event's timeStamp) and what the element showed at the end.
// Targets: every task ≤ 50 ms, every key press handled within 100 ms. Scenarios named "…, accessibility
// tree on" run in a second browser started with --force-renderer-accessibility=complete: its
// renderers build the whole accessibility tree and send every change to the browser process, which
// makes the platform's tree from it, as while a screen reader runs. (Until round 26 the bench turned
// the tree on through the DevTools protocol instead, which measured less: the same clear of a
// filter was one task of 197–349 ms that way, 779–947 ms this way.) Part of that work runs in tasks
// the page's long-task observer does not report; the key waits show it. Scenarios named "anchor: …" (a bare Lit list of the same 1 000 items) are
// printed for comparison and not held to the targets. Scenarios named "…, while the page loads, …"
// run on a page whose load event is held back 3 s (an image answered late, holdLoad), last until a
// second after it, and are held by their worst run (see below).
//   node bench/tasks.mjs [runs=3]    (medians of the runs; BENCH_ONLY=<substring> picks scenarios)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPage, cacheDir, launch, median, serve } from './browser.mjs';

const out = cacheDir('trygg-bench-tasks');
const runs = Number(process.argv[2] ?? 3);

await buildPage('tasks.html', out);
await mkdir(out, { recursive: true });

/** About 10 MB of JSON (or `bytes`): a plan of many long measures, contacts with long descriptions. */
const filler = 'Kommunen arbetar förebyggande mot mäns våld mot kvinnor. '.repeat(40);
const tenMb = (make, bytes = 10_000_000) => {
  const items = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = make(i);
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return items;
};
await writeFile(
  join(out, 'plan-10mb.json'),
  JSON.stringify({
    title: 'Stor plan',
    measures: tenMb((i) => ({
      id: `m${i}`,
      title: `Åtgärd ${i}`,
      description: filler,
      start: '2024-01',
      status: 'planned',
    })),
  })
);
// Just under the document limit (2 million characters): read in full, its JSON.parse is one task.
await writeFile(
  join(out, 'plan-2mb.json'),
  JSON.stringify({
    title: 'Plan nära gränsen',
    measures: tenMb(
      (i) => ({
        id: `m${i}`,
        title: `Åtgärd ${i}`,
        description: filler.slice(0, 1500),
        start: '2024-01',
        status: 'planned',
      }),
      1_950_000
    ),
  })
);
await writeFile(
  join(out, 'contacts-10mb.json'),
  JSON.stringify({
    contacts: tenMb((i) => ({
      id: `c${i}`,
      name: `Kontakt ${i}`,
      description: filler,
      channels: [{ type: 'phone', value: '031-390 06 00' }],
    })),
  })
);

const { port, close } = await serve(out);

/** How long the scenarios "…, while the page loads, …" hold back the page's load event (ms). */
const HOLD_LOAD = 3000;
/**
 * Gives the page an image whose answer comes HOLD_LOAD ms late (a 404), so the page is still loading
 * while the scenario renders, as a page often is (images, fonts, frames): its load event comes after.
 */
async function holdLoad(page) {
  const html = await readFile(join(out, 'tasks.html'), 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.endsWith('/tasks.html')) {
      void request.respond({
        status: 200,
        contentType: 'text/html',
        body: html.replace('</body>', '<img src="./held.png" alt="" /></body>'),
      });
    } else if (url.endsWith('/held.png')) {
      setTimeout(() => void request.respond({ status: 404 }).catch(() => undefined), HOLD_LOAD);
    } else void request.continue();
  });
}

const browser = await launch();
/** The browser for the scenarios with the accessibility tree on (started when first needed). */
let reader;
/** Scenarios printed for comparison, not held to the targets. */
let anchors = new Set();
/** Scenarios run while the page is still loading (see holdLoad). */
let whileLoading = new Set();

const results = new Map();
try {
  const probe = await browser.newPage();
  await probe.goto(`http://127.0.0.1:${port}/tasks.html`);
  await probe.waitForFunction(() => 'ready' in document.documentElement.dataset);
  const names = (await probe.evaluate(() => window.names)).filter((n) => n.includes(process.env.BENCH_ONLY ?? ''));
  const withTree = new Set(await probe.evaluate(() => window.withAccessibilityTree));
  whileLoading = new Set(await probe.evaluate(() => window.whileLoading));
  anchors = new Set(await probe.evaluate(() => window.anchors));
  await probe.close();
  // Interleaved: run r of every scenario before run r + 1 of any.
  for (let r = 0; r < runs; r++) {
    for (const name of names) {
      if (withTree.has(name)) reader ??= await launch(['--force-renderer-accessibility=complete']);
      const page = await (withTree.has(name) ? reader : browser).newPage();
      page.on('pageerror', (e) => console.error(`  page error in "${name}": ${e.message}`));
      await page.setViewport({ width: 1280, height: 900 });
      if (whileLoading.has(name)) await holdLoad(page);
      await page.goto(`http://127.0.0.1:${port}/tasks.html`, {
        waitUntil: whileLoading.has(name) ? 'domcontentloaded' : 'load',
      });
      await page.waitForFunction(() => 'ready' in document.documentElement.dataset);
      if (process.env.BENCH_DEBUG) console.error(`  ${name}`);
      // Started, not awaited: the keys are pressed while it runs.
      await page.evaluate((n) => {
        window.pending = window.runScenario(n);
      }, name);
      let done = false;
      const result = page
        .evaluate(() => window.pending.then(() => window.doneScenario()))
        .then(
          (value) => ((done = true), value),
          (error) => ((done = true), { error: String(error).slice(0, 120), maxTask: NaN, maxDelay: NaN, blocked: NaN })
        );
      // Press Shift (down and up) every 30 ms until the element has settled.
      while (!done) {
        await page.keyboard.down('Shift');
        await page.keyboard.up('Shift');
        await new Promise((r) => setTimeout(r, 30));
      }
      const value = await result;
      if (value.error) console.error(`  ${name}: ${value.error}`);
      if (!results.has(name)) results.set(name, []);
      results.get(name).push(value);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await reader?.close();
  close();
}

const f = (x) => `${Math.round(x)}`.padStart(6);
console.log(
  `\nLong tasks while rendering (medians of ${runs} runs; Shift pressed every 30 ms; targets: task ≤ 50 ms, key press ≤ 100 ms)`
);
console.log(
  `${'scenario'.padEnd(36)} ${'max task'.padStart(8)} ${'blocked'.padStart(8)} ${'key wait'.padStart(8)}  shows`
);
let ok = true;
for (const [name, rs] of results) {
  const maxTask = median(rs.map((r) => r.maxTask));
  const maxDelay = median(rs.map((r) => r.maxDelay));
  const blocked = median(rs.map((r) => r.blocked));
  const last = rs.at(-1);
  // What happens at the load event differs from run to run (Chromium's one serialization of the
  // whole tree then kept key presses waiting 0.7-0.9 s in some runs only): a scenario "…, while the
  // page loads, …" is held by its worst run, printed below its medians.
  const worst = (key) => Math.max(...rs.map((r) => r[key]));
  const within = whileLoading.has(name)
    ? worst('maxTask') <= 50 && worst('maxDelay') <= 100
    : maxTask <= 50 && maxDelay <= 100;
  const held = !anchors.has(name);
  if (!within && held) ok = false;
  console.log(
    `${name.padEnd(36)} ${f(maxTask)} ms ${f(blocked)} ms ${f(maxDelay)} ms  ${within ? '' : held ? 'OVER ' : 'over (anchor, not held) '}${last.headings} headings, ${last.notice ? 'notice' : 'no notice'}, keys ${last.keys}: "${(last.text ?? '').slice(0, 60)}…"`
  );
  if (whileLoading.has(name)) {
    console.log(
      `${''.padEnd(36)} worst of ${rs.length} runs: task ${Math.round(worst('maxTask'))} ms, key wait ${Math.round(worst('maxDelay'))} ms`
    );
  }
}
console.log(ok ? 'tasks: within target' : 'tasks: OVER target');
