#!/usr/bin/env node
// The kit as app developers use it (after `npm run build`):
//   1. strict type checks of the React 19, Vue 3 and Svelte 5 apps in test/integration/
//      (tsc, vue-tsc with strictTemplates, svelte-check), each with deliberate type errors that
//      must be reported (@ts-expect-error / @vue-expect-error);
//   2. production builds of the three apps with Vite;
//   3. a server-rendered page: @lit-labs/ssr renders the elements in Node to declarative shadow
//      DOM, the client bundle hydrates them.
// The browser checks of the built pages are test/integration/integration.test.ts (web-test-runner).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'test/integration');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/types/vue.d.ts'))) {
  console.error('integration: run `npm run build` first');
  process.exit(1);
}
// The apps import `trygg-kit` by its package name: TypeScript and Vite resolve a package's own name
// through its "exports" (self-reference), so they see exactly what an installed package offers.

// 1. Type checks, side by side.
const bin = (path) => join(root, 'node_modules', path);
const checks = [
  ['react: tsc', bin('typescript/bin/tsc'), ['-p', join(dir, 'react/tsconfig.json')]],
  ['vue: vue-tsc', bin('vue-tsc/bin/vue-tsc.js'), ['-p', join(dir, 'vue/tsconfig.json')]],
  [
    'svelte: svelte-check',
    bin('svelte-check/bin/svelte-check'),
    [
      '--workspace',
      join(dir, 'svelte'),
      '--tsconfig',
      join(dir, 'svelte/tsconfig.json'),
      '--fail-on-warnings',
      '--output',
      'machine',
    ],
  ],
];
let t = Date.now();
const results = await Promise.all(
  checks.map(([name, script, args]) =>
    promisify(execFile)(process.execPath, [script, ...args], { cwd: root, maxBuffer: 10 * 1024 * 1024 }).then(
      () => ({ name, ok: true }),
      (error) => ({ name, ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) })
    )
  )
);
const failed = results.filter((r) => !r.ok);
for (const r of failed) console.error(`integration: ${r.name} failed:\n${r.output}`);
if (failed.length) process.exit(1);
console.log(`integration: type checks passed (${results.map((r) => r.name).join(', ')}) in ${seconds(t)}`);

// 2. Production builds.
t = Date.now();
for (const app of ['react', 'vue', 'svelte']) {
  await build({ configFile: join(dir, app, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`integration: react, vue and svelte apps built in ${seconds(t)}`);

// 3. Server rendering, then the client bundle that hydrates.
t = Date.now();
const ssrDir = join(dir, 'ssr');
await build({
  root: ssrDir,
  base: './',
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('trygg-kit');
const body = await collectResult(
  render(html`
    <trygg-quick-exit href="https://www.smhi.se/"
      ><a href="https://www.smhi.se/" rel="noreferrer">Lämna sidan snabbt</a></trygg-quick-exit
    >
    <main>
      <h1>Stöd</h1>
      <trygg-support-card id="card"></trygg-support-card>
      <trygg-support-card id="card-src" src="./contacts.json" hide-national></trygg-support-card>
      <trygg-training-badge id="training" label="Grundutbildning" value="84" max="120" target="90"></trygg-training-badge>
      <trygg-plan-timeline id="plan" src="./plan.json"></trygg-plan-timeline>
    </main>
  `)
);
const page = join(ssrDir, 'dist/index.html');
writeFileSync(page, readFileSync(page, 'utf8').replace('<!--ssr-outlet-->', body));
copyFileSync(join(root, 'demo/data/contacts.example.json'), join(ssrDir, 'dist/contacts.json'));
copyFileSync(join(root, 'demo/data/alingsas-plan.json'), join(ssrDir, 'dist/plan.json'));
console.log(`integration: server-rendered page in ${seconds(t)}`);
console.log(`integration: done in ${seconds(started)}`);
