#!/usr/bin/env node
// npm run size: what a page downloads, gzip -9 (brotli 11 shown too), against size-budgets.json.
// Run `npm run build` first. Exits 1 when a file is missing or a case is over its budget.
//
// A page downloads a CDN file, everything it imports statically, and what it imports dynamically
// when that is asked for: an element's chunk when the element is on the page (the loader), a
// language's strings when <html lang> is that language, and a chunk of ON_DEMAND when the page's
// content needs it (a case's `needs`, e.g. a badge with a credential). Each file is compressed on its own (as a
// server sends it) and the sizes are summed; a file reached twice is counted once (the browser
// keys modules by URL).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'vite';
import { govukExitThisPage } from '../bench/anchors/govuk-exit-this-page.mjs';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'dist/cdn');
const { budgets, pages } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const ELEMENT_CHUNKS = {
  'trygg-quick-exit': 'quick-exit.js',
  'trygg-support-card': 'support-card.js',
  'trygg-training-badge': 'training-badge.js',
  'trygg-plan-timeline': 'plan-timeline.js',
};

/** Chunks imported only when the content needs them (file name prefix → what a case lists in `needs`). */
const ON_DEMAND = {
  'open-badge-schema': 'credential',
};

/** The relative imports of a built file: `{ path, dynamic }`. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const found = [];
  for (const m of code.matchAll(/\b(from|import)\s*(\(?)\s*["'`](\.{1,2}\/[^"'`$]+\.js)["'`]/g)) {
    found.push({ path: resolve(dirname(file), m[3]), dynamic: m[1] === 'import' && m[2] === '(' });
  }
  return found;
}

/** Every file a page with `scripts` and `elements`, in `lang`, downloads. */
export function downloads(scripts, { lang = 'sv', elements = [], needs = [] } = {}) {
  const wanted = new Set(elements.map((tag) => join(cdn, ELEMENT_CHUNKS[tag])));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path, dynamic } of importsOf(file)) {
      if (dynamic) {
        const strings = /-(\w{2})-[\w-]+\.js$/.exec(basename(path));
        if (strings && strings[1] !== lang) continue;
        const demand = Object.entries(ON_DEMAND).find(([prefix]) => basename(path).startsWith(`${prefix}-`));
        if (demand && !needs.includes(demand[1])) continue;
        if (Object.values(ELEMENT_CHUNKS).some((f) => join(cdn, f) === path) && !wanted.has(path)) continue;
        // The loader's early fetch: only for a data element (each case's has a `src`), and not on a
        // CMS page (the template script starts the requests itself; the loader skips its elements).
        const cms = scripts.some((s) => s.endsWith('trygg-cms.js'));
        if (path === join(cdn, 'prefetch.js') && (cms || !elements.some((tag) => tag !== 'trygg-quick-exit'))) continue;
      }
      visit(path);
    }
  };
  for (const script of scripts) visit(join(root, script));
  return [...seen];
}

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(file);
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

let failed = 0;
const missing = [...budgets.map((b) => b.file), ...pages.flatMap((p) => p.scripts)].filter(
  (f) => !existsSync(join(root, f))
);
if (missing.length) {
  console.error(`size: missing ${[...new Set(missing)].join(', ')}: run npm run build`);
  process.exit(1);
}

const header = (first) =>
  console.log(
    first.padEnd(44),
    'files'.padStart(5),
    'min'.padStart(10),
    'gzip -9'.padStart(10),
    'brotli'.padStart(10),
    'budget'.padStart(10),
    '  result'
  );
const targetsMissed = [];
const row = (label, files, budget, target) => {
  const total = files
    .map(sizeOf)
    .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  const ok = total.gzip <= budget;
  if (!ok) failed++;
  console.log(
    label.padEnd(44),
    String(files.length).padStart(5),
    kb(total.raw).padStart(10),
    kb(total.gzip).padStart(10),
    kb(total.brotli).padStart(10),
    kb(budget).padStart(10),
    (ok ? `  ok (${budget - total.gzip} B left)` : `  OVER by ${total.gzip - budget} B`) +
      (target === undefined
        ? ''
        : total.gzip <= target
          ? `; target ${kb(target)} met`
          : `; target ${kb(target)} NOT met (${total.gzip - target} B over)`)
  );
  if (target !== undefined && total.gzip > target) targetsMissed.push(label);
  return files;
};

header('file (with its static imports, Swedish page)');
for (const { file, gzip, target } of budgets) row(file, downloads([file]), gzip, target);

console.log('');
header('page: scripts + elements, <html lang>');
for (const { name, scripts, elements, lang, needs, gzip, target } of pages) {
  const files = row(`${name} (${lang})`, downloads(scripts, { lang, elements, needs }), gzip, target);
  if (process.argv.includes('--files')) {
    for (const f of files) console.log('   ', relative(root, f).padEnd(52), kb(sizeOf(f).gzip).padStart(10));
  }
}

// The quick exit's anchor (issue 11): what a page downloads for GOV.UK's Exit this page.
const govuk = govukExitThisPage();
const govukJs = (await minify('exit-this-page.mjs', govuk.js, { compress: true, mangle: true })).code;
const gz = (text) => gzipSync(text, { level: 9 }).length;
console.log(
  `\nanchor: GOV.UK Exit this page (govuk-frontend ${govuk.version}), gzip -9: JS (minified) ${kb(gz(govukJs))} + its CSS ${kb(gz(govuk.css))} = ${kb(gz(govukJs) + gz(govuk.css))}; quick-exit.js carries its CSS and strings`
);

if (targetsMissed.length) console.log(`size: targets not met yet (issues 11, 12): ${targetsMissed.join(', ')}`);
if (failed) {
  console.error(`size: ${failed} case(s) over budget`);
  process.exit(1);
}
console.log('size: every case within budget (node scripts/size.mjs --files lists the files of each page)');
