#!/usr/bin/env node
// After `npm run build`: checks the package as a developer's bundler sees it.
//   1. every path in package.json "exports" (and "types", "customElements") exists;
//   2. a consumer that only writes `import 'trygg-kit/<entry>.js'` gets a bundle that really
//      defines the element (a wrong "sideEffects" field would let the bundler drop it).
import { build } from 'vite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
rmSync(tmp, { recursive: true, force: true });

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `package: ${targets.length} export paths exist; ${entries.length - 1} consumer imports define their elements`
);
