#!/usr/bin/env node
// npm run bench (second part): <trygg-quick-exit> against GOV.UK Frontend's "Exit this page"
// (govuk-frontend, exact-pinned devDependency) on the same page, in Debian's headless Chromium.
//
// Three measures, each a median over interleaved runs (trygg, GOV.UK, GOV.UK, trygg, …; a fresh
// page each time), printed with the ratio trygg / GOV.UK (target ≤ 1.0 each):
// - click: a real mouse click on the button → the end of the first frame without the page content
//   (bench/quick-exit-probe.js, registered before either library);
// - shift: the third real Shift, from its keydown (GOV.UK leaves on it; trygg waits for the release
//   of a Shift pressed alone) → the same;
// - define: starting the library's import (its file preloaded, the page's own content laid out) →
//   the exit listening, its style and layout done (evaluate, define/init, style, layout; not paint,
//   which would round the figure to whole frames). Wall time: it also counts whatever else the
//   2-core machine runs meanwhile (a frame, another process), and moves by ±30 % between runs.
// - define, main-thread CPU: the same window in a second, traced pass (Chromium trace, the
//   renderer main thread's own CPU time of the tasks inside the window): what the library itself
//   costs, without the waits. Both define figures are held to the target.
// GOV.UK gets its shipped ESM bundle and only its own CSS rules (bench/anchors/). The neutral site answers 204, so
// the page stays while it is measured.
//   node bench/quick-exit.mjs [runs=15]     (BENCH_DEBUG=1 prints each page and the browser output)
import { Buffer } from 'node:buffer';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { govukExitThisPage } from './anchors/govuk-exit-this-page.mjs';
import { cacheDir, launch, median, root, serve } from './browser.mjs';

const out = cacheDir('trygg-bench-exit');
const runs = Number(process.argv[2] ?? 15);

mkdirSync(out, { recursive: true });
for (const file of ['quick-exit.html', 'quick-exit-probe.js', 'quick-exit-page.js']) {
  copyFileSync(join(root, 'bench', file), join(out, file));
}
try {
  copyFileSync(join(root, 'dist/cdn/quick-exit.js'), join(out, 'quick-exit.js'));
} catch {
  console.error('bench: dist/cdn/quick-exit.js is missing: run `npm run build` first');
  process.exit(1);
}
const govuk = govukExitThisPage();
writeFileSync(join(out, 'exit-this-page.bundle.mjs'), govuk.js);
writeFileSync(join(out, 'govuk-etp.css'), govuk.css);

const { port, close } = await serve(out);

const browser = await launch();

async function once(lib, trigger) {
  const page = await browser.newPage();
  if (process.env.BENCH_DEBUG) console.error('page', lib, trigger, (await browser.pages()).length);
  await page.setViewport({ width: 1000, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The neutral site answers 204 No Content: the navigation ends there and the page being left
    // stays (hidden) while it is measured. (A request left unanswered made Chromium drop the
    // DevTools connection when the page was closed.)
    if (new URL(request.url()).hostname === '127.0.0.1') void request.continue();
    else void request.respond({ status: 204 });
  });
  try {
    await page.goto(`http://127.0.0.1:${port}/quick-exit.html?lib=${lib}`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 20000 });
    const define = await page.evaluate(() => window.__define);
    // The probe logs its result: read from the console, it survives the page being replaced.
    const measured = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${lib} ${trigger}: no frame without content within 5 s`)), 5000);
      page.on('console', (message) => {
        const match = /^exit-bench (\S+)$/.exec(message.text());
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    if (trigger === 'click') {
      await page.click(lib === 'trygg' ? 'pierce/button.button' : 'a.govuk-exit-this-page__button');
    } else {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    }
    return { define, ms: await measured };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The define window's main-thread CPU time (ms): a traced page load, the thread time of the
 * renderer main thread's tasks between the page's `define-start` and `define-end` marks (a task
 * that straddles a mark counts in proportion).
 */
async function defineCpu(lib) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    await page.goto(`http://127.0.0.1:${port}/quick-exit.html?lib=${lib}`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 20000 });
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
    const [start, end] = [mark('define-start'), mark('define-end')];
    if (!start || !end) throw new Error(`${lib}: the define marks are not in the trace`);
    let cpu = 0;
    for (const e of events) {
      if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== start.pid || e.tid !== start.tid) continue;
      const overlap = Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts);
      if (overlap > 0) cpu += ((e.tdur ?? e.dur) * overlap) / e.dur / 1000;
    }
    if (!(cpu > 0)) throw new Error(`${lib}: no main-thread task in the define window of the trace`);
    return cpu;
  } finally {
    await page.close().catch(() => undefined);
  }
}

const samples = {
  trygg: { click: [], shift: [], define: [], defineCpu: [] },
  govuk: { click: [], shift: [], define: [], defineCpu: [] },
};
try {
  for (let i = 0; i < runs; i++) {
    for (const trigger of ['click', 'shift']) {
      for (const lib of i % 2 ? ['govuk', 'trygg'] : ['trygg', 'govuk']) {
        const r = await once(lib, trigger);
        samples[lib][trigger].push(r.ms);
        samples[lib].define.push(r.define);
      }
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const lib of i % 2 ? ['govuk', 'trygg'] : ['trygg', 'govuk'])
      samples[lib].defineCpu.push(await defineCpu(lib));
  }
} finally {
  await browser.close();
  close();
}

console.log(
  `quick exit against GOV.UK Exit this page (govuk-frontend ${govuk.version}), medians of ${runs} interleaved runs, ms`
);
let ok = true;
for (const [measure, label] of [
  ['click', 'click → first frame without content'],
  ['shift', 'Shift ×3 → first frame without content'],
  ['define', 'define / init (import → laid out)'],
  ['defineCpu', 'define / init, main-thread CPU (traced)'],
]) {
  const t = median(samples.trygg[measure]);
  const g = median(samples.govuk[measure]);
  const ratio = t / g;
  if (ratio > 1) ok = false;
  console.log(
    `  ${label.padEnd(40)} trygg ${t.toFixed(1).padStart(6)}  GOV.UK ${g.toFixed(1).padStart(6)}  ratio ${ratio.toFixed(2)}`
  );
}
console.log(
  ok ? 'bench: quick exit within target (each ratio ≤ 1.0)' : 'bench: quick exit OVER target (each ratio ≤ 1.0)'
);
