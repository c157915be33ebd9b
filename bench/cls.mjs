#!/usr/bin/env node
// npm run bench (layout shift): the demo pages (demo/*.html, built with Vite) and the README's CDN
// embed (bench/cls-cdn.html: dist/cdn/trygg.js and a support card with a src) in headless Chromium
// at 390 and 1 280 px, the CPU throttled 4× (DevTools protocol Emulation.setCPUThrottlingRate) and
// every script answered 800 ms late, so the page's HTML and CSS are on screen long before the
// elements upgrade. Cumulative Layout Shift is summed from PerformanceObserver 'layout-shift'
// entries (without recent input) until the page has been quiet; the target is 0.
//   node bench/cls.mjs [runs=1]      (the largest CLS of the runs is printed)
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir, launch, root, serve } from './browser.mjs';
/* global PerformanceObserver -- evaluated in the page */

const out = cacheDir('trygg-bench-cls');
const runs = Number(process.argv[2] ?? 1);
const DELAY = 800;
const pages = [...(await readdir(join(root, 'demo'))).filter((f) => f.endsWith('.html')).sort(), 'cls-cdn.html'].filter(
  (p) => !process.env.BENCH_ONLY || p.includes(process.env.BENCH_ONLY)
);
if (!existsSync(join(root, 'dist/cdn/trygg.js'))) {
  console.error('bench: dist/cdn is missing: run `npm run build` first');
  process.exit(1);
}

await build({
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true },
});
// The demo's documents are fetched at run time (src="./data/…").
await cp(join(root, 'demo/data'), join(out, 'data'), { recursive: true });
// And the README's CDN embed (bench/cls-cdn.html): the loader and the element files from dist/cdn/.
await cp(join(root, 'dist/cdn'), join(out, 'cdn'), { recursive: true });
await cp(join(root, 'bench/cls-cdn.html'), join(out, 'cls-cdn.html'));

const { port, close } = await serve(out, { delay: DELAY });

const browser = await launch();
const rows = [];
let ok = true;
try {
  for (const page of pages) {
    const row = { page };
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      let worst = 0;
      let sources = '';
      for (let r = 0; r < runs; r++) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height });
        await tab.emulateCPUThrottling(4);
        await tab.evaluateOnNewDocument(() => {
          const w = /** @type {any} */ (window);
          w.__cls = 0;
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of /** @type {any[]} */ (list.getEntries())) {
              if (e.hadRecentInput) continue;
              w.__cls += e.value;
              w.__shifts.push(
                `${e.value.toFixed(3)}@${Math.round(e.startTime)}:${e.sources
                  .map((s) => {
                    const r = (b) =>
                      `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
                    return `${s.node?.localName ?? s.node?.nodeName ?? '?'}[${r(s.previousRect)} → ${r(s.currentRect)}]`;
                  })
                  .join('+')}`
              );
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'load' });
        // Quiet: the scripts arrived, the documents were fetched and rendered (throttled).
        await tab.waitForNetworkIdle({ idleTime: 1500, timeout: 30_000 }).catch(() => {});
        await new Promise((r) => setTimeout(r, 1500));
        const { cls, shifts } = await tab.evaluate(() => ({
          cls: /** @type {any} */ (window).__cls,
          shifts: /** @type {any} */ (window).__shifts,
        }));
        if (cls >= worst) {
          worst = cls;
          sources = shifts.slice(0, 4).join(' ');
        }
        await tab.close();
      }
      row[width] = worst;
      row[`${width}s`] = sources;
      if (worst > 0) ok = false;
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  close();
}
console.log(
  `\nLayout shift (CLS) of the demo pages and the CDN embed: scripts ${DELAY} ms late, CPU 4× slower (target 0)`
);
console.log(`${'page'.padEnd(24)} ${'390 px'.padStart(8)} ${'1280 px'.padStart(8)}`);
for (const r of rows) {
  console.log(`${r.page.padEnd(24)} ${r[390].toFixed(3).padStart(8)} ${r[1280].toFixed(3).padStart(8)}`);
  if (process.env.BENCH_DEBUG) console.log(`  390: ${r['390s']}\n  1280: ${r['1280s']}`);
}
console.log(ok ? 'cls: within target (0 on every page)' : 'cls: OVER target (0 on every page)');
