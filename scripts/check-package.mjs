#!/usr/bin/env node
// After `npm run build`: checks the package as a developer's bundler sees it.
//   1. every path in package.json "exports" (and "types", "customElements") exists;
//   2. a consumer that only writes `import 'trygg-kit/<entry>.js'` gets a bundle that really
//      defines the element (a wrong "sideEffects" field would let the bundler drop it);
//   3. a consumer's TypeScript, seeing only dist/*.d.ts, gets the kit's events typed on
//      HTMLElementEventMap from every entry (`e.detail.href` without a cast).
import { build } from 'vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

const targets = [];
const walk = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(walk));
walk(pkg.exports);
targets.push(pkg.types, pkg.customElements, pkg.main);
for (const target of targets) {
  if (target.includes('*')) {
    const dir = join(root, dirname(target));
    if (!existsSync(dir) || readdirSync(dir).length === 0) problems.push(`exports: nothing at ${target}`);
  } else if (!existsSync(join(root, target))) {
    problems.push(`exports: missing ${target}`);
  }
}

const entries = Object.keys(pkg.exports).filter((key) => key === '.' || /^\.\/[\w-]+\.js$/.test(key));
const tmp = join(root, 'node_modules/.cache/trygg-consumer');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(join(tmp, 'node_modules'), { recursive: true });
symlinkSync(root, join(tmp, 'node_modules', 'trygg-kit'), 'dir');
for (const entry of entries) {
  if (entry === './exit-core.js') continue;
  const specifier = entry === '.' ? 'trygg-kit' : `trygg-kit/${entry.slice(2)}`;
  const file = join(tmp, `entry-${entries.indexOf(entry)}.js`);
  writeFileSync(file, `import '${specifier}';\n`);
  const out = await build({
    root: tmp,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: file, formats: ['es'], fileName: 'out' } },
  });
  const code = [out]
    .flat()
    .flatMap((o) => o.output)
    .map((chunk) => chunk.code ?? '')
    .join('\n');
  if (!/customElements\.define\(/.test(code)) problems.push(`import '${specifier}' bundles no customElements.define()`);
  if (/^\s*@\w+\(/m.test(code)) problems.push(`import '${specifier}' contains raw decorators`);
}

// 3. Typed events, as a consumer's TypeScript sees the built declarations.
const EVENTS = {
  'trygg-exit': 'const href: string = e.detail.href; void href;',
  'trygg-exit-progress': 'const n: number = e.detail.presses + e.detail.needed; void n;',
  'trygg-data-error': 'const lines: string[] = e.detail.problems; void lines;',
};
const typedEntries = entries.filter((entry) => pkg.exports[entry].types);
const typeFiles = typedEntries.map((entry, i) => {
  const specifier = entry === '.' ? 'trygg-kit' : `trygg-kit/${entry.slice(2)}`;
  const file = join(tmp, `types-${i}.ts`);
  const listeners = Object.entries(EVENTS).map(
    ([name, body]) => `el.addEventListener('${name}', (e) => { ${body} /* ${specifier} */ });`
  );
  writeFileSync(
    file,
    `import '${specifier}';\nexport function listen(el: HTMLElement): void {\n${listeners.join('\n')}\n}\n`
  );
  return file;
});
// One program per entry: a declaration reached from one entry must not stand in for another.
for (const file of typeFiles) {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const where = diagnostic.file ? `${diagnostic.file.fileName.slice(tmp.length + 1)}: ` : '';
    problems.push(`types: ${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
}
rmSync(tmp, { recursive: true, force: true });

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package: ${targets.length} export paths exist; ${entries.length - 1} consumer imports define their elements; ` +
    `${typeFiles.length} typed entries declare the kit's events`
);
