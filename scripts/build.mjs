#!/usr/bin/env node
// npm run build:
//   dist/*.js             npm modules, one per component plus the index (lit, @lit/localize, valibot external)
//   dist/**/*.d.ts        types (tsc -p tsconfig.build.json)
//   dist/cdn/trygg.js     the loader; dist/cdn/<component>.js and dist/cdn/chunks/ (see 2. below)
//   dist/cdn/trygg-cms.js   the CMS template script (editor snippets -> elements; docs/cms.md), and
//                           dist/cdn/integrity.json (SRI hashes of every CDN file; scripts/cms.mjs)
//   dist/cdn/exit-core.js   the exit core alone, a CLASSIC script (no export, no Lit), to inline in
//                           <head>; beside it exit-core.inline.html (the exact <script> to paste)
//                           and exit-core.csp.txt (its hash for script-src)
//   dist/schemas/*.schema.json  JSON Schemas generated from each component's valibot schema (src/components/<name>/schema.ts)
//   dist/locales/{en,ar}.js     every translation, for apps that configure @lit/localize themselves
//   dist/react.js               `trygg-kit/react` (@lit/react wrappers, generated: scripts/framework-types.mjs)
//   dist/types/{jsx,vue,svelte}.d.ts, dist/html-custom-data.json, dist/web-types.json  framework and editor types
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const started = Date.now();

const components = readdirSync(join(root, 'src/components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => existsSync(join(root, 'src/components', name, 'index.ts')));

rmSync(dist, { recursive: true, force: true });

/**
 * Minifies the CSS inside Lit's css`` templates (bundlers leave template literals alone): comments
 * and whitespace go, nothing else changes. A template's ${} expressions (another css`` block,
 * unsafeCSS(...)) stay as they are; the static pieces around them are minified one by one.
 * `oneLine` (the CDN files, which have no source map) also drops the line breaks, the last `;` of
 * each block and the leading zero of decimals.
 */
export function minifyLitCss({ oneLine = false } = {}) {
  /** One static piece of CSS, minified. */
  const minify = (body) => {
    // Line breaks stay unless oneLine (so source maps stay right); everything else that is only layout goes.
    const min = body
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
      .split('\n')
      .map((line) =>
        line
          .trim()
          .replace(/\s+/g, ' ')
          // Not before ':' ("a :hover" and "a:hover" differ); after it, and around { } ; , > it is safe.
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
      )
      .join(oneLine ? ' ' : '\n');
    return oneLine
      ? min
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/ !important/g, '!important')
          .replace(/(?<![\w.])0\.(?=\d)/g, '.')
      : min;
  };
  return {
    name: 'trygg-minify-lit-css',
    transform(code, id) {
      if (!/\.styles\.ts$|\/core\/theme\.ts$/.test(id)) return null;
      const minified = code.replace(/\bcss`((?:[^`$\\]|\\.|\$(?!\{)|\$\{[^}`]*\})*)`/g, (_, body) => {
        const parts = body.split(/(\$\{[^}`]*\})/);
        return `css\`${parts.map((part, i) => (i % 2 ? part : minify(part))).join('')}\``;
      });
      // Only spaces inside template literals change and every line stays where it was: no map needed.
      return { code: minified, map: null };
    },
  };
}

/**
 * CDN files only: `msg('text', { id: 'x' })` in the quick exit's strings becomes `'text'`, and its
 * ids (`'quick-exit.help-what'`) become short ones (`'0'`, `'1'`, …: their place in the sorted list
 * of the Swedish table's ids), the same in the element, its Swedish table and its English and Arabic
 * tables. The ids are for the extractor (npm run locales:extract) and translators; at run time the
 * tables' keys are the ids. (The Lit components' ids: see shortMsgIds.)
 */
function stripMsgIds() {
  const dir = join(root, 'src/components/quick-exit');
  const ids = [...readFileSync(join(dir, 'strings.ts'), 'utf8').matchAll(/^\s*'(quick-exit\.[\w-]+)':/gm)]
    .map((m) => m[1])
    .sort();
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  return {
    name: 'trygg-strip-msg-ids',
    enforce: 'pre',
    transform(code, id) {
      const file = id.replaceAll('\\', '/');
      if (!file.includes('/components/quick-exit/') || !file.endsWith('.ts')) return null;
      const stripped = file.endsWith('/strings.ts')
        ? code.replace(/\bmsg\(\s*('(?:[^'\\]|\\.)*'),\s*\{\s*id:\s*'[^']*'\s*\}\s*\)/g, '$1')
        : code;
      const replaced = stripped.replace(/'(quick-exit\.[\w-]+)'/g, (all, key) =>
        short.has(key) ? `'${short.get(key)}'` : all
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * CDN files only: the msg() ids of the Lit components and the core (`support-card.national.se-1177.description`)
 * become short ones (`0`, `1`, … `z`, `10`, …: their place in the sorted list, in base 36), the same in the code and in the strings
 * files (`locales/{en,ar}.ts`), so an id costs a byte or two instead of ~30 in every chunk and every
 * strings file. The ids stay what they are everywhere else: for translators (XLIFF, `npm run
 * locales:*`) and in the npm build (dist/locales/*.js, which apps that run @lit/localize themselves
 * merge into theirs). Only an id that is a key of a strings file is replaced (never a data id such
 * as `se-1177`). The quick exit has its own tables (see stripMsgIds).
 */
export function shortMsgIds() {
  const parts = [
    'src/core',
    'src/components/support-card',
    'src/components/training-badge',
    'src/components/plan-timeline',
  ];
  const ids = new Set();
  for (const part of parts) {
    for (const file of ['en.ts', 'ar.ts']) {
      const path = join(root, part, 'locales', file);
      if (!existsSync(path)) continue;
      for (const m of readFileSync(path, 'utf8').matchAll(/^\s*'([^'\\]+)':/gm)) ids.add(m[1]);
    }
  }
  const short = new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
  return {
    name: 'trygg-short-msg-ids',
    enforce: 'pre',
    transform(code, id) {
      const file = id.replaceAll('\\', '/');
      if (!file.endsWith('.ts') || !parts.some((part) => file.includes(`/${part}/`))) return null;
      const strings = /\/locales\/\w+\.ts$/.test(file);
      const replaced = strings
        ? code.replace(/^(\s*)'([^'\\]+)':/gm, (all, space, key) =>
            short.has(key) ? `${space}'${short.get(key)}':` : all
          )
        : code.replace(/\bid:(\s*)'([^'\\]+)'/g, (all, space, key) =>
            short.has(key) ? `id:${space}'${short.get(key)}'` : all
          );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * CDN files only: @lit/localize's message hashing (FNV-1a, `generateMsgId`) is left out. It names a
 * msg() that has no id, and every msg() of the kit has one (`npm run locales:check` refuses one
 * without), so the hash is never computed. Should one slip through, it shows its Swedish source text
 * (no translation is found under an empty id), as with any untranslated string.
 */
function noMsgHash() {
  const hashImport = "import { generateMsgId } from './id-generation.js';";
  return {
    name: 'trygg-no-msg-hash',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@lit/localize/internal/runtime-msg.js')) return null;
      if (!code.includes(hashImport)) throw new Error(`${id}: its import of generateMsgId changed; update noMsgHash()`);
      return { code: code.replace(hashImport, "const generateMsgId = () => '';"), map: null };
    },
  };
}

const quiet = { logLevel: 'warn', configFile: false, publicDir: false, plugins: [minifyLitCss()] };
/** The CDN builds: minified, no source map. */
const cdnQuiet = { ...quiet, plugins: [minifyLitCss({ oneLine: true }), stripMsgIds(), shortMsgIds(), noMsgHash()] };
const minify = {
  minify: true,
  comments: { annotation: false, jsdoc: false, legal: false },
};
/** One CDN build into dist/cdn: production, minified (see cdnQuiet), ES2022. */
const buildCdn = (lib, rolldownOptions) =>
  build({
    ...cdnQuiet,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: join(dist, 'cdn'), emptyOutDir: false, target: 'es2022', lib, rolldownOptions },
  });

// 1. npm modules: keep the module graph, leave dependencies to the app's bundler.
await build({
  ...quiet,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries([
        ['index', join(root, 'src/index.ts')],
        ['exit-core', join(root, 'src/core/exit.ts')],
        ...components.map((name) => [name, join(root, 'src/components', name, 'index.ts')]),
        ['react', join(root, 'src/react.ts')],
        ['locales/en', join(root, 'src/locales/en.ts')],
        ['locales/ar', join(root, 'src/locales/ar.ts')],
      ]),
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => /^(lit|@lit\/|valibot|react)/.test(id),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// 2. CDN files (plain ES modules with relative imports; any static host or CDN serves them):
//   trygg.js          the loader (src/loader.ts): imports an element's chunk when the element appears
//   quick-exit.js, support-card.js, training-badge.js, plan-timeline.js
//                     one chunk per element; each defines its element when imported, so each is also
//                     usable alone (quick-exit.js is the contract's "exit alone" file, and the loader
//                     imports that very file, so a page loading both downloads it once)
//   chunks/lit-*.js   Lit, @lit/localize and the core every Lit element uses (locale, theme, links,
//                     define; valibot, loading, validating, dates, texts: every Lit element is a data element)
//   chunks/open-badge-schema-*.js  the Open Badges check, imported only when a badge has a credential
//   chunks/*-en-*.js, *-ar-*.js  strings, imported only when <html lang> asks for that language
//   exit-core.js      the exit core alone, built on its own as a classic script (see below)
export const cdnEntries = {
  trygg: 'src/loader.ts',
  ...Object.fromEntries(components.map((name) => [name, `src/components/${name}/index.ts`])),
};
// Library mode: Vite adds no modulepreload helper around the dynamic imports.
const elementEntries = Object.entries(cdnEntries).filter(([name]) => name !== 'trygg');
await buildCdn(
  {
    entry: Object.fromEntries(elementEntries.map(([name, entry]) => [name, join(root, entry)])),
    formats: ['es'],
  },
  {
    preserveEntrySignatures: 'allow-extension',
    output: {
      format: 'es',
      entryFileNames: '[name].js',
      // Strings are named after their part (chunks/support-card-en-….js), the rest after their group.
      chunkFileNames: (chunk) => {
        const part = /(?:components[\\/]([^\\/]+)|(core))[\\/]locales[\\/](\w+)\.ts$/.exec(chunk.facadeModuleId ?? '');
        return part ? `chunks/${part[1] ?? part[2]}-${part[3]}-[hash].js` : 'chunks/[name]-[hash].js';
      },
      codeSplitting: {
        // A group takes only the modules it names (not everything they import): Lit stays in `lit`.
        includeDependenciesRecursively: false,
        groups: [
          {
            // One chunk, not two: every element that uses Lit is also a data element, so a page
            // never loads one without the other, and one file compresses better (-0.5 KB gz).
            name: 'lit',
            // Not phone.ts: only the support card and the plan timeline have phone links.
            test: /node_modules[\\/](lit|lit-html|lit-element|@lit|valibot)[\\/]|src[\\/]core[\\/](?!(exit|phone)\.ts$)[^\\/]+\.ts$|decorate/,
            priority: 1,
          },
        ],
      },
      ...minify,
    },
  }
);
// V8's per-file compile hint (Chrome 136 and later; other engines ignore the comment) on the code an
// element runs to show its first frame: the quick exit's file, and a Lit element's file and the
// chunks it imports statically (Lit and the core, the phone links). Chrome then compiles every
// function of the file on the background thread that fetches it, instead of each one on the main
// thread when it is first called (12-22 ms of the support card's first render here, 12 ms of the
// badge's: bench/elements.mjs; 3-3.5 ms of the quick exit's define, and its exit path is compiled
// before a person presses); also on the CMS template script (below). Not on the loader, the
// strings or the Open Badges check (run only with a credential), nor on the inline exit core (an
// inline script is compiled on the main thread anyway, and with the hint its click took no less
// time). Minifiers drop comments, so the line is added to the written files. Measured: README, Size.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Puts the compile hint first in these files of dist/cdn. */
function compileHint(files) {
  for (const file of files) {
    const path = join(dist, 'cdn', file);
    const code = readFileSync(path, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) writeFileSync(path, COMPILE_HINT + code);
  }
}
compileHint([
  ...components.map((name) => `${name}.js`),
  ...readdirSync(join(dist, 'cdn/chunks'))
    .filter((file) => /^(lit|phone)-[\w-]+\.js$/.test(file))
    .map((file) => `chunks/${file}`),
]);
// The loader, built on its own: one file with no static import, so a page with only a quick exit
// downloads it and quick-exit.js, nothing more. Its dynamic imports are the element files beside
// it (./quick-exit.js, …: the very files above) and ./prefetch.js (below), which it imports for data
// elements with a `src` to start their requests while their files download.
await build({
  ...cdnQuiet,
  plugins: [
    {
      name: 'trygg-element-files',
      enforce: 'pre',
      resolveId(id) {
        if (id === './prefetch.js') return { id, external: true };
        const element = /^\.\/components\/([^/]+)\/index\.js$/.exec(id);
        return element ? { id: `./${element[1]}.js`, external: true } : null;
      },
    },
    ...cdnQuiet.plugins,
  ],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: join(dist, 'cdn'),
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: join(root, cdnEntries.trygg), formats: ['es'], fileName: () => 'trygg.js' },
    rolldownOptions: { output: { codeSplitting: false, ...minify } },
  },
});
// The loader's early fetch, one file with no import (src/prefetch.ts): the loader imports it only for
// data elements with a `src`.
await buildCdn(
  { entry: join(root, 'src/prefetch.ts'), formats: ['es'], fileName: () => 'prefetch.js' },
  { output: { codeSplitting: false, ...minify } }
);
// A classic script (iife, no export): it must run pasted inline in <head>, before the parser goes on.
await buildCdn(
  {
    entry: join(root, 'src/core/exit-classic.ts'),
    formats: ['iife'],
    name: 'tryggExit',
    fileName: () => 'exit-core.js',
  },
  { output: { codeSplitting: false, ...minify } }
);
// The CMS template script (src/cms/): the exit core and the snippet reader in one module with no
// static import; it imports the loader beside it (./trygg.js) at run time. See docs/cms.md.
await buildCdn(
  { entry: join(root, 'src/cms/cdn.ts'), formats: ['es'], fileName: () => 'trygg-cms.js' },
  { output: { codeSplitting: false, ...minify } }
);
// All of it runs when a CMS page loads (the exit core, the snippet reader, the early fetch): on a
// page of 150 sections with a quick-exit snippet, 3.2-3.9 ms less compiling on the main thread
// before the quick exit is defined, and it is defined no later (README, Size).
compileHint(['trygg-cms.js']);
// The inline exit core: the exact <script> to paste, and the hash a site adds to script-src.
const exitCore = readFileSync(join(dist, 'cdn/exit-core.js'), 'utf8').trim();
if (/\bexport\s*\{|^\s*export\b/m.test(exitCore)) throw new Error('dist/cdn/exit-core.js must be a classic script');
writeFileSync(join(dist, 'cdn/exit-core.js'), exitCore);
writeFileSync(join(dist, 'cdn/exit-core.inline.html'), `<script>${exitCore}</script>\n`);
writeFileSync(
  join(dist, 'cdn/exit-core.csp.txt'),
  `'sha256-${createHash('sha256').update(exitCore).digest('base64')}'\n`
);
const cdn = Object.keys(cdnEntries);

// 3. Types.
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  {
    stdio: 'inherit',
  }
);

// 3b. Framework types and editor data, from custom-elements.json (next to the .d.ts they import).
execFileSync(process.execPath, [join(root, 'scripts/framework-types.mjs'), 'dist'], { stdio: 'inherit' });

// 4. JSON Schemas, from the same valibot schemas the components validate with.
// Each data format is defined once, in its component's schema.ts; the published name is the format's.
const schemaSources = {
  contacts: 'src/components/support-card/schema.ts',
  training: 'src/components/training-badge/schema.ts',
  'open-badge': 'src/components/training-badge/open-badge-schema.ts',
  plan: 'src/components/plan-timeline/schema.ts',
};
const schemaFiles = Object.keys(schemaSources);
if (schemaFiles.length) {
  const tmp = join(root, 'node_modules/.cache/trygg-schemas');
  rmSync(tmp, { recursive: true, force: true });
  await build({
    ...quiet,
    build: {
      outDir: tmp,
      ssr: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input: Object.fromEntries(schemaFiles.map((name) => [name, join(root, schemaSources[name])])),
        external: ['@valibot/to-json-schema'],
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  mkdirSync(join(dist, 'schemas'), { recursive: true });
  for (const name of schemaFiles) {
    const mod = await import(pathToFileURL(join(tmp, `${name}.mjs`)).href);
    if (!mod.documentSchema) throw new Error(`${schemaSources[name]} must export documentSchema`);
    // `jsonSchemaSource`: the same format as a plain schema, where documentSchema picks one at run time.
    // The exported schemas are v.lazy() views (made on first use, src/core/schema.ts): convert what
    // they show, not the view (a view converts to a bare $ref).
    const source = mod.jsonSchemaSource ?? mod.documentSchema;
    const json = toJsonSchema(source.type === 'lazy' ? source.getter(undefined) : source, {
      errorMode: 'ignore',
      target: 'draft-07',
    });
    const withMeta = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://unpkg.com/trygg-kit/dist/schemas/${name}.schema.json`,
      title: mod.schemaTitle ?? name,
      description: mod.schemaDescription ?? undefined,
      ...json,
    };
    writeFileSync(join(dist, 'schemas', `${name}.schema.json`), JSON.stringify(withMeta, null, 2) + '\n');
  }
}

console.log(
  `build: ${components.length} component(s), ${cdn.length} CDN files, ${schemaFiles.length} JSON Schema(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`
);

// 4b. Subresource Integrity of every CDN file (dist/cdn/integrity.json; the template uses it: scripts/cms.mjs).
const { writeIntegrity } = await import('./cms.mjs');
writeIntegrity();

// 5. The command-line tool (its own script, so it stays apart from the library and CDN builds).
await import('./build-cli.mjs');
