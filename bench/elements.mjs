#!/usr/bin/env node
// npm run bench (part): define + first render of <trygg-support-card> and <trygg-training-badge>
// against anchors showing the same content, in Debian's headless Chromium (puppeteer-core):
//   - a plain Lit element (bench/anchors/plain-card.ts, plain-badge.ts: ~30 lines, Lit bundled in),
//   - Shoelace's <sl-card> and <sl-progress-bar> (@shoelace-style/shoelace, its cdn/ build).
// Each sample is a fresh page: the case's modules are preloaded (fetched and compiled: for the trygg
// files with V8's compile hint, every function of them; see README, Size), the markup
// is put in, then import() starts: `evaluate` = import → module graph evaluated (the element is
// defined and upgraded inside it), `render` = import → end of the first frame showing the content.
// The shared chunk (chunks/lit-*.js: Lit, @lit/localize, valibot, the core) is also timed alone, so the
// element's own part of `evaluate` shows. Cases are interleaved (a new order each round); medians and ratios are printed. The trygg files
// are dist/cdn/ (run `npm run build` first); BENCH_BEFORE=<dir of another dist/cdn> adds them as
// "before" cases in the same run. Targets (issue 12): evaluate ≤ 10 ms for every element;
// render ≤ 1.5× the plain Lit element.
//   node bench/elements.mjs [runs=15]
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cacheDir, launch, median, root, serve } from './browser.mjs';

const out = cacheDir('trygg-bench-elements');
const runs = Number(process.argv[2] ?? 15);
const cdn = join(root, 'dist/cdn');
const before = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : undefined;
const shoelace = join(root, 'node_modules/@shoelace-style/shoelace/cdn');
if (!existsSync(join(cdn, 'trygg.js'))) {
  console.error('bench: dist/cdn is missing: run `npm run build` first');
  process.exit(1);
}

// The plain Lit anchors: one minified file each, Lit included (as the trygg chunks include it).
for (const [i, name] of ['plain-card', 'plain-badge'].entries()) {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: out,
      emptyOutDir: i === 0,
      target: 'es2022',
      lib: { entry: join(root, `bench/anchors/${name}.ts`), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

// URL path → file. Served with no-store, so every sample fetches and compiles afresh (no code cache).
const mounts = [
  ['/bench/', join(root, 'bench')],
  ['/cdn/', cdn],
  ['/shoelace/', shoelace],
  ['/anchors/', out],
  ...(before ? [['/before/', before]] : []),
];
const { origin, close } = await serve(mounts, {
  // The evaluation probe (bench/elements-page.js): start stamp, the element's module, end stamp.
  handle: ({ pathname: url, searchParams }, res) => {
    if (url !== '/probe/start.js' && url !== '/probe/end.js') return false;
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end(
      url === '/probe/start.js'
        ? 'globalThis.__evaluating = performance.now();'
        : `import '/probe/start.js';\nimport '${searchParams.get('u')}';\nglobalThis.__evaluated = performance.now();\n`
    );
    return true;
  },
});

/** The module graph of a served file (static imports only): URLs to preload, the file itself first. */
function graph(url) {
  const [prefix, dir] = mounts.find(([p]) => url.startsWith(p));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"` (not `import(`).
    for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      visit(resolve(dirname(file), m[1]));
  };
  visit(join(dir, url.slice(prefix.length)));
  return [...seen].map((file) => `${origin}${prefix}${relative(dir, file)}`);
}

const contacts = readFileSync(join(root, 'demo/data/contacts.example.json'), 'utf8');
const training = readFileSync(join(root, 'demo/data/training.example.json'), 'utf8');
const json = (value) =>
  `<script type="application/json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
const trygg = (prefix, label) => ({
  [`${label} support card`]: {
    group: 'card',
    url: `${origin}${prefix}support-card.js`,
    element: 'trygg-support-card',
    markup: `<trygg-support-card heading-level="3">${json(contacts)}</trygg-support-card>`,
    done: '[part~="contact"] [part~="details"]',
  },
  [`${label} training badge`]: {
    group: 'badge',
    url: `${origin}${prefix}training-badge.js`,
    element: 'trygg-training-badge',
    markup: `<trygg-training-badge heading-level="3">${json(training)}</trygg-training-badge>`,
    done: '[part~="bar"]',
  },
});
/** The chunk every Lit element imports (Lit, @lit/localize, valibot, the core), timed alone. */
const sharedChunk = (prefix, dir, label) => {
  const file = /chunks\/lit-[\w-]+\.js/.exec(readFileSync(join(dir, 'support-card.js'), 'utf8'))?.[0];
  return file ? { [`${label} shared chunk`]: { group: 'shared', url: `${origin}${prefix}${file}`, markup: '' } } : {};
};
let cases = {
  ...trygg('/cdn/', 'trygg'),
  ...sharedChunk('/cdn/', cdn, 'trygg'),
  ...(before ? { ...trygg('/before/', 'before'), ...sharedChunk('/before/', before, 'before') } : {}),
};

const browser = await launch();
async function once(c, fn = 'measure', intl = false) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(`${origin}/bench/elements.html`);
    await page.waitForFunction(() => typeof globalThis.measure === 'function');
    const probe = `${origin}/probe/end.js?u=${encodeURIComponent(c.url)}`;
    const preload = [...(c.preload ?? graph(c.url.slice(origin.length))), `${origin}/probe/start.js`, probe];
    return await page.evaluate((name, c) => globalThis[name](c), fn, { ...c, intl, preload, probe });
  } finally {
    await page.close();
  }
}

// The anchors show what the trygg elements show: read it once from a rendered trygg element.
const card = await once(cases['trygg support card'], 'contentOf');
const badge = await once(cases['trygg training badge'], 'contentOf');
const esc = (s) => String(s).replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const percent = Number(/(\d+(?:[.,]\d+)?)\s*%/.exec(badge.text)?.[1]?.replace(',', '.') ?? 0);
const badgeLines = badge.text
  .replace(badge.heading, '')
  .split(/(?<=[.)])\s+/)
  .filter(Boolean);
const shoelaceCss = `${origin}/shoelace/themes/light.css`;
cases = {
  ...cases,
  'plain Lit card': {
    group: 'card',
    url: `${origin}/anchors/plain-card.js`,
    element: 'plain-card',
    markup: `<plain-card>${json(card)}</plain-card>`,
    done: 'details',
  },
  'Shoelace sl-card': {
    group: 'card',
    url: `${origin}/shoelace/components/card/card.js`,
    element: 'sl-card',
    light: true,
    preload: [shoelaceCss, ...graph('/shoelace/components/card/card.js')],
    markup: `<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))">${card
      .map(
        (c) =>
          `<sl-card><h3 slot="header">${esc(c.name)}</h3>${c.status ? `<p><strong>${esc(c.status)}</strong></p>` : ''}<p>${esc(
            c.description
          )}</p><ul>${c.links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.text)}</a></li>`).join('')}</ul><details><summary>Öppettider och källa</summary><p>${esc(
            c.details
          )}</p></details></sl-card>`
      )
      .join('')}</div>`,
  },
  'plain Lit badge': {
    group: 'badge',
    url: `${origin}/anchors/plain-badge.js`,
    element: 'plain-badge',
    markup: `<plain-badge>${json({ heading: badge.heading, figure: `${percent} %`, percent, lines: badgeLines })}</plain-badge>`,
    done: '.fill',
  },
  'Shoelace sl-progress-bar': {
    group: 'badge',
    url: `${origin}/shoelace/components/progress-bar/progress-bar.js`,
    element: 'sl-progress-bar',
    light: true,
    preload: [shoelaceCss, ...graph('/shoelace/components/progress-bar/progress-bar.js')],
    markup: `<div><h3>${esc(badge.heading)}</h3><p style="font-size:2rem;font-weight:700">${percent} %</p><sl-progress-bar value="${percent}" label="${esc(
      badge.heading
    )}"></sl-progress-bar>${badgeLines.map((line) => `<p>${esc(line)}</p>`).join('')}</div>`,
  },
};
if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ card, badge }, null, 2));

// Two modes: `cold`, the element is the page's first Intl user; `intl`, the page used Intl before.
const modes = ['cold', 'intl'];
const samples = Object.fromEntries(
  modes.flatMap((mode) => Object.keys(cases).map((name) => [`${mode} ${name}`, { evaluate: [], render: [] }]))
);
try {
  for (let i = 0; i < runs; i++) {
    // A new order each round (rotated, every other one reversed), so no case always follows the same one.
    const names = modes.flatMap((mode) => Object.keys(cases).map((name) => [mode, name]));
    const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    for (const [mode, name] of i % 2 ? order.reverse() : order) {
      const r = await once(cases[name], 'measure', mode === 'intl');
      samples[`${mode} ${name}`].evaluate.push(r.evaluate);
      samples[`${mode} ${name}`].render.push(r.render);
    }
  }
} finally {
  await browser.close();
  close();
}

const m = Object.fromEntries(
  Object.entries(samples).map(([name, s]) => [name, { evaluate: median(s.evaluate), render: median(s.render) }])
);
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(
  `support card and training badge (issue 12), medians of ${runs} interleaved runs in ms, a fresh page each, modules preloaded; load average ${load}
  evaluate: the element's module graph evaluated (define and upgrade included); render: import() → end of the first frame showing the content
  cold: the element is the page's first Intl user (ICU's data loads then); intl: the page used Intl before`
);
let ok = true;
for (const mode of modes) {
  // What every Lit element's `evaluate` includes: the shared chunk's own evaluation.
  for (const [name] of Object.entries(cases).filter(([, c]) => c.group === 'shared')) {
    console.log(
      `  ${`${mode} ${name}`.padEnd(31)} evaluate ${m[`${mode} ${name}`].evaluate.toFixed(1).padStart(6)}   (no element: Lit, @lit/localize, valibot, the core)`
    );
  }
  for (const group of ['card', 'badge']) {
    const plain = m[`${mode} ${group === 'card' ? 'plain Lit card' : 'plain Lit badge'}`];
    const shoe = m[`${mode} ${group === 'card' ? 'Shoelace sl-card' : 'Shoelace sl-progress-bar'}`];
    for (const [name, c] of Object.entries(cases).filter(([, c]) => c.group === group)) {
      const r = m[`${mode} ${name}`];
      const isTrygg = c.element.startsWith('trygg-');
      const ratio = r.render / plain.render;
      if (name.startsWith('trygg') && (ratio > 1.5 || r.evaluate > 10)) ok = false;
      console.log(
        `  ${`${mode} ${name}`.padEnd(31)} evaluate ${r.evaluate.toFixed(1).padStart(6)}   render ${r.render.toFixed(1).padStart(6)}` +
          (isTrygg ? `   ${ratio.toFixed(2)}× plain Lit, ${(r.render / shoe.render).toFixed(2)}× Shoelace` : '')
      );
    }
  }
}
console.log(
  ok
    ? 'bench: elements within target (evaluate ≤ 10 ms, define + first render ≤ 1.5× plain Lit)'
    : 'bench: elements OVER target (evaluate ≤ 10 ms, define + first render ≤ 1.5× plain Lit)'
);
