#!/usr/bin/env node
// npm run bench: builds bench/plan-timeline.html (production Lit) and drives it in Debian's headless
// Chromium (puppeteer-core), printing medians over repeated runs and the ratio against a bare Lit
// `repeat` list of the same items, measured in the same page. Not part of `npm test`.
//   node bench/run.mjs [measures=1000] [runs=15]
import { build } from 'vite';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/trygg-bench');
const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 15);

await build({
  root: join(root, 'bench'),
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: join(root, 'bench/plan-timeline.html') },
  },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  try {
    const path = join(out, new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(out)) throw new Error('outside');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-extensions',
  ],
});
const results = [];
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
    const r = await page.evaluate((a, b, c) => globalThis.runBench(a, b, c), count, runs, view);
    results.push({ view: `${count} ${view === 'list' ? 'list' : 'auto'} ${width} px`, ...r });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => `${x.toFixed(1)}`;
const cell = (s) =>
  s ? `${ms(s.median)} [${ms(s.q1)}–${ms(s.q3)}] (${ms(s.script)}+${ms(s.frame)}+${ms(s.later)})` : '–';
console.log(
  `trygg-plan-timeline, median [quartiles] (script+frame+later frames) in ms of ${runs} runs each (${(
    await import('node:child_process')
  )
    .execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    .toString()
    .trim()})`
);
let ok = true;
for (const r of results) {
  console.log(r.view);
  console.log('  bare repeat   ', cell(r['baseline.render']));
  console.log('  component     ', cell(r['component.render']), ` ratio ${r.ratio.toFixed(2)}×`);
  console.log('  filter        ', cell(r['component.filter']));
  console.log('  unfilter      ', cell(r['component.unfilter']));
  if (r.ratio > 1.5 || r['component.filter'].median > 16.7) ok = false;
}
console.log(
  ok
    ? 'bench: within target (first render ≤ 1.5× the bare list, filter ≤ 16.7 ms)'
    : 'bench: OVER target (first render ≤ 1.5× the bare list, filter ≤ 16.7 ms)'
);
