// The CDN files as scripts/build.mjs writes them (run after the build; `npm test` does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const cdn = join(root, 'dist/cdn');
const HINT = '//# allFunctionsCalledOnLoad\n';
const hinted = (file) => readFileSync(join(cdn, file), 'utf8').startsWith(HINT);

/** A CDN file and every file it imports statically (not `import(`), as paths inside dist/cdn. */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(cdn, file), 'utf8');
  for (const [, spec] of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
    staticGraph(relative(cdn, resolve(dirname(join(cdn, file)), spec)), seen);
  return seen;
}

test("what an element runs for its first frame carries V8's compile hint, nothing else does", () => {
  const elements = ['quick-exit.js', 'support-card.js', 'training-badge.js', 'plan-timeline.js'];
  const onLoad = new Set(elements.flatMap((file) => [...staticGraph(file)]));
  // The element files, Lit with the core, the phone links: compiled while fetched, off the main
  // thread. The quick exit imports nothing statically (no Lit).
  assert.deepEqual([...onLoad].map((file) => file.replace(/^(chunks\/\w+)-[\w-]{8}\.js$/, '$1.js')).sort(), [
    'chunks/lit.js',
    'chunks/phone.js',
    'plan-timeline.js',
    'quick-exit.js',
    'support-card.js',
    'training-badge.js',
  ]);
  // The CMS template script too: all of it runs when the page loads.
  onLoad.add('trygg-cms.js');
  for (const file of onLoad) assert.ok(hinted(file), `${file} starts with the hint`);
  // Not the loader, the prefetch, the strings, the Open Badges check (only with a credential), the
  // inline exit core.
  const chunks = readdirSync(join(cdn, 'chunks')).map((file) => `chunks/${file}`);
  const others = [...readdirSync(cdn).filter((file) => file.endsWith('.js')), ...chunks].filter((f) => !onLoad.has(f));
  assert.ok(others.includes('trygg.js') && others.includes('exit-core.js'));
  for (const file of others) assert.ok(!hinted(file), `${file} has no hint`);
});

test("no CDN file carries @lit/localize's message hashing: every msg() has an id", () => {
  const files = [
    ...readdirSync(cdn).filter((file) => file.endsWith('.js')),
    ...readdirSync(join(cdn, 'chunks')).map((file) => `chunks/${file}`),
  ];
  // FNV-1a 64 in 16-bit parts: each part is multiplied by 435 (the low bits of its prime).
  const hashing = files.filter((file) => /\*\s*435\b/.test(readFileSync(join(cdn, file), 'utf8')));
  assert.deepEqual(hashing, []);
  // The shared chunk, where the hashing was, was among the files read (the check is not vacuous).
  assert.ok(files.some((file) => /^chunks\/lit-/.test(file)));
});
