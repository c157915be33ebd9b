#!/usr/bin/env node
// Every `--trygg-*` custom property a style reads is documented, and every documented one is read
// (part of npm test). Global tokens (`--trygg-color-*`, font, spacing, radius) are documented in
// README.md "Theming"; a component's own `--trygg-<name>-*` in src/components/<name>/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TOKEN = /--trygg-[a-z0-9-]*[a-z0-9]/g;
const components = readdirSync(join(root, 'src/components'));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.parentPath.endsWith('locales'))
    .map((d) => join(d.parentPath, d.name));
}

/** Tokens read by styles (`var(--trygg-…`), with the files that read them. */
const used = new Map();
for (const file of sources(join(root, 'src'))) {
  for (const [, token] of readFileSync(file, 'utf8').matchAll(/var\(\s*(--trygg-[a-z0-9-]*[a-z0-9])/g)) {
    used.set(token, [...(used.get(token) ?? []), relative(root, file)]);
  }
}

const documentedIn = (file) => new Set(readFileSync(join(root, file), 'utf8').match(TOKEN) ?? []);
const globalDocs = documentedIn('README.md');
const componentDocs = new Map(components.map((c) => [c, documentedIn(`src/components/${c}/README.md`)]));
const ownerOf = (token) => components.find((c) => token.startsWith(`--trygg-${c}-`));

const problems = [];
for (const [token, files] of used) {
  const owner = ownerOf(token);
  const docs = owner ? componentDocs.get(owner) : globalDocs;
  const where = owner ? `src/components/${owner}/README.md` : 'README.md (Theming)';
  if (!docs.has(token))
    problems.push(`${token} is used in ${[...new Set(files)].join(', ')} but not documented in ${where}`);
}
const documented = [
  ...[...globalDocs].filter((t) => !ownerOf(t)).map((t) => [t, 'README.md']),
  ...components.flatMap((c) =>
    [...componentDocs.get(c)].filter((t) => ownerOf(t) === c).map((t) => [t, `src/components/${c}/README.md`])
  ),
];
for (const [token, file] of documented)
  if (!used.has(token)) problems.push(`${token} is documented in ${file} but no style uses it`);

if (problems.length) {
  console.error(`tokens: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`tokens: ${used.size} --trygg-* custom properties, each used and documented`);
