// Node (no browser): every entry point imports on a server, and @lit-labs/ssr renders every element
// to declarative shadow DOM. Runs on the built package (`npm run build` first), as an app's server
// would import it: `node --test test/ssr/`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every JavaScript entry point in package.json "exports" (as `trygg-kit/...` specifiers). */
const entries = Object.entries(pkg.exports)
  // Modules with code (not the types-only entries such as `trygg-kit/vue`).
  .filter(
    ([key, value]) => !key.includes('*') && (typeof value === 'string' ? key.endsWith('.js') : 'default' in value)
  )
  .map(([key]) => (key === '.' ? 'trygg-kit' : `trygg-kit/${key.slice(2)}`));
const locales = ['en', 'ar'].map((l) => `trygg-kit/locales/${l}.js`);

/**
 * Imports `specifier` in a fresh Node process, then waits for queued work (microtasks, timers):
 * an error thrown there would end the process, where no try/catch of the importer could help.
 */
async function importInNode(specifier, nodeArgs = []) {
  const code = `await import(${JSON.stringify(specifier)}); await new Promise((r) => setTimeout(r, 100)); console.log('imported');`;
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, '--input-type=module', '-e', code], {
      cwd: root,
    });
    return { ok: stdout.includes('imported'), stderr };
  } catch (error) {
    return { ok: false, stderr: String(error.stderr || error.message) };
  }
}

describe('importing on a server', { concurrency: true }, () => {
  for (const specifier of [...entries, ...locales]) {
    it(`import('${specifier}') in plain Node neither throws nor leaves work that throws`, async () => {
      const { ok, stderr } = await importInNode(specifier);
      assert.equal(stderr, '');
      assert.ok(ok);
    });
  }

  it("every entry point imports under @lit-labs/ssr's global DOM shim", async () => {
    for (const specifier of entries) {
      const { ok, stderr } = await importInNode(specifier, [
        '--import',
        '@lit-labs/ssr/lib/install-global-dom-shim.js',
      ]);
      assert.equal(stderr, '', specifier);
      assert.ok(ok, specifier);
    }
  });

  it('a server bundle (as Next.js or Astro build one, dependencies inlined) runs in Node', async () => {
    const dir = join(root, 'node_modules/.cache/trygg-ssr-app');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', 'trygg-kit'), 'dir');
    try {
      const entry = join(dir, 'server.js');
      writeFileSync(
        entry,
        `import { TryggSupportCard } from 'trygg-kit';\nimport 'trygg-kit/quick-exit.js';\nexport const ok = typeof TryggSupportCard === 'function';\n`
      );
      await build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        ssr: { noExternal: true, target: 'node' },
        build: { ssr: entry, outDir: join(dir, 'out'), rolldownOptions: { output: { entryFileNames: 'server.mjs' } } },
      });
      const { ok, stderr } = await importInNode(join(dir, 'out', 'server.mjs'));
      assert.equal(stderr, '');
      assert.ok(ok);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rendering on a server (@lit-labs/ssr)', async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('trygg-kit');
  const toHtml = (template) => collectResult(render(template));
  /** The visible text of server HTML (styles, comments and tags dropped). */
  const text = (markup) =>
    markup
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  const json = (file) => JSON.parse(readFileSync(join(root, 'demo/data', file), 'utf8'));

  it('the support card: 112 and the national lines are in the HTML, in a declarative shadow root', async () => {
    const out = await toHtml(html`<trygg-support-card></trygg-support-card>`);
    assert.match(out, /<trygg-support-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /href="tel:112"/);
    assert.match(text(out), /Ring 112/);
    assert.match(out, /data-contact-id="se-kvinnofridslinjen"/);
    assert.match(text(out), /020-50 50 50/);
    assert.match(out, /href="tel:020505050"/);
    // The disclosures' bodies too: in a browser they follow the first frame, on a server nothing waits.
    assert.match(text(out), /Senast kontrollerad: 16 april 2024\./);
  });

  it('the support card renders contacts given as the data property', async () => {
    const out = await toHtml(html`<trygg-support-card .data=${json('contacts.example.json')}></trygg-support-card>`);
    assert.match(out, /data-contact-id="exempel-kvinnofridsmottagning"/);
    assert.match(out, /data-contact-id="se-kvinnofridslinjen"/);
  });

  it('the support card with src shows the built-in lines and fetches nothing on the server', async () => {
    const fetched = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (url) => {
      fetched.push(url);
      return realFetch(url);
    };
    try {
      const out = await toHtml(
        html`<trygg-support-card src="https://example.org/kontakter.json"></trygg-support-card>`
      );
      assert.match(out, /href="tel:112"/);
      assert.deepEqual(fetched, []);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('the training badge: a progressbar with its values and the status in words', async () => {
    const out = await toHtml(
      html`<trygg-training-badge label="Grundutbildning" value="84" max="120" target="90" deadline="2026-12-31"></trygg-training-badge>`
    );
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /role="progressbar"/);
    assert.match(out, /aria-valuenow="84"/);
    assert.match(text(out), /84 av 120 \(70 %\)/);
  });

  it('the plan timeline renders the measures given as the data property', async () => {
    const plan = json('alingsas-plan.json');
    const out = await toHtml(html`<trygg-plan-timeline .data=${plan}></trygg-plan-timeline>`);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    const first = plan.measures[0];
    assert.match(out, new RegExp(`data-measure-id="${first.id}"`));
    assert.match(out, /<time datetime="/);
  });

  it('the quick exit keeps its light-DOM fallback link next to its shadow root', async () => {
    const out = await toHtml(
      html`<trygg-quick-exit href="https://www.smhi.se/"><a href="https://www.smhi.se/" rel="noreferrer">Lämna sidan snabbt</a></trygg-quick-exit>`
    );
    assert.match(out, /<trygg-quick-exit[^>]*>/);
    assert.match(out, /<a href="https:\/\/www\.smhi\.se\/" rel="noreferrer">Lämna sidan snabbt<\/a>/);
  });
});
