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
//   which would round the figure to whole frames).
// GOV.UK gets its shipped ESM bundle and only its own CSS rules (bench/anchors/). The neutral site answers 204, so
// the page stays while it is measured.
//   node bench/quick-exit.mjs [runs=15]     (BENCH_DEBUG=1 prints each page and the browser output)
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

const samples = { trygg: { click: [], shift: [], define: [] }, govuk: { click: [], shift: [], define: [] } };
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
