#!/usr/bin/env node
// After `npm run build`: checks the package as a developer's bundler sees it.
//   1. every path in package.json "exports" (and "types", "customElements") exists;
//   2. a consumer that only writes `import 'trygg-kit/<entry>.js'` gets a bundle that really
//      defines the element (a wrong "sideEffects" field would let the bundler drop it);
//   3. every path in custom-elements.json (modules and their references) is a file the package
//      ships (under package.json "files");
//   4. a consumer's TypeScript, seeing only dist/*.d.ts, gets the kit's events typed on
//      HTMLElementEventMap from every entry (`e.detail.href` without a cast);
//   5. `npm pack --dry-run --json`: every path that package.json ("exports", "types", "main",
//      "customElements", "web-types"), custom-elements.json (module paths and references) and the
//      framework type files (their relative imports) name is in the tarball.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
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

// custom-elements.json points to shipped files, not to src/ (which the package does not contain).
const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
const manifestPaths = new Set();
const collect = (value, key) => {
  if (typeof value === 'string') {
    if (key === 'path' || key === 'module') manifestPaths.add(value);
  } else if (value && typeof value === 'object')
    Object.entries(value).forEach(([k, v]) => collect(v, Array.isArray(value) ? key : k));
};
collect(manifest.modules, 'modules');
for (const path of manifestPaths) {
  const shipped = pkg.files.some((f) => path === f || path.startsWith(`${f}/`));
  if (!shipped || !existsSync(join(root, path)))
    problems.push(`custom-elements.json: ${path} is not a file the package ships`);
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

// 4. What the tarball holds.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
);
const inTarball = new Set(packed[0].files.map((f) => f.path));
const normal = (path) => posix.normalize(path.replace(/^\.\//, ''));
const named = new Map(); // path (or pattern) → who names it
const name = (path, by) => named.set(normal(path), by);
const walkExports = (value, key) => {
  if (typeof value === 'string') name(value, `package.json exports["${key}"]`);
  else
    for (const [condition, target] of Object.entries(value))
      walkExports(target, condition.startsWith('.') ? condition : key);
};
walkExports(pkg.exports, '.');
for (const field of ['main', 'module', 'types', 'customElements', 'web-types'])
  if (pkg[field]) name(pkg[field], `package.json "${field}"`);
for (const mod of manifest.modules) {
  name(mod.path, 'custom-elements.json module path');
  for (const ref of [...(mod.exports ?? []), ...(mod.declarations ?? [])].flatMap((d) => [
    d.declaration,
    d.superclass,
  ])) {
    if (!ref?.module || ref.package) continue;
    // A relative reference is an import specifier of that module (TypeScript writes .js for .ts).
    const target = ref.module.startsWith('.')
      ? posix.join(posix.dirname(mod.path), ref.module).replace(/\.js$/, '.ts')
      : ref.module;
    name(target, `custom-elements.json reference in ${mod.path}`);
  }
}
for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'dist/react.d.ts']) {
  name(file, 'framework types');
  if (!existsSync(join(root, file))) continue;
  for (const [, specifier] of readFileSync(join(root, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    name(posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.d.ts'), `import in ${file}`);
  }
}
for (const [path, by] of named) {
  const found = path.includes('*')
    ? [...inTarball].some((file) =>
        new RegExp(
          `^${path
            .split('*')
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]+')}$`
        ).test(file)
      )
    : inTarball.has(path);
  if (!found) problems.push(`npm pack: ${path} (named by ${by}) is not in the tarball`);
}

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package: ${targets.length} export paths exist; ${manifestPaths.size} custom-elements.json paths are shipped files; ${entries.length - 1} consumer imports define their elements; ` +
    `${typeFiles.length} typed entries declare the kit's events; ${named.size} named paths are in the ${inTarball.size}-file tarball`
);
