#!/usr/bin/env node
// Localization for every part of the kit, in one process (lit-localize runtime mode).
//
// Each part (core and each component) has its own config and XLIFF files under locales/<part>/
// and its own generated modules under src/components/<part>/locales/ (core: src/core/locales/), so a bundle carries only the
// strings of the components it contains.
//
//   node scripts/locales.mjs extract   update locales/<part>/{en,ar}.xlf from the msg() calls
//   node scripts/locales.mjs build     write src/components/<part>/locales/{en,ar}.ts from the XLIFF
//   node scripts/locales.mjs check     fail if a message has no English or Arabic translation, if a
//                                      list of names (month, weekday names: scripts/locale-lists.mjs)
//                                      has another number of names, or if the XLIFF or generated
//                                      files are stale (it regenerates them)
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { nameListProblems } from './locale-lists.mjs';

const root = resolve(import.meta.dirname, '..');
// lit-localize resolves outputDir against the config file but localeCodesModule against the cwd.
process.chdir(root);
const command = process.argv[2];
if (!['extract', 'build', 'check'].includes(command)) {
  console.error('usage: node scripts/locales.mjs extract|build|check');
  process.exit(2);
}

const parts = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'locales', d.name, 'lit-localize.json')))
  .map((d) => d.name)
  .sort();

/** Where a part's generated string modules live, relative to the repository root. */
const generatedDir = (part) => (part === 'core' ? 'src/core/locales' : `src/components/${part}/locales`);

function filesOf(part, config) {
  const xliff = config.targetLocales.map((l) => join(root, 'locales', part, `${l}.xlf`));
  const generated = config.targetLocales.map((l) => join(root, generatedDir(part), `${l}.ts`));
  return [...xliff, ...generated, join(root, 'src/core/locale-codes.ts')];
}

/**
 * A part owns only the messages whose id starts with "<part>.": lit-localize also extracts the msg()
 * calls of every module a part imports (a component importing src/core/data.ts would otherwise
 * carry its own copy of the core's strings). Filters the localizer's cached extraction in place.
 */
function ownMessages(localizer, part) {
  const extracted = localizer.extractSourceMessages();
  extracted.messages = extracted.messages.filter((m) => !m.name.includes('.') || m.name.startsWith(`${part}.`));
  return localizer;
}

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const problems = [];
const stale = [];

for (const part of parts) {
  const config = readConfigFileAndWriteSchema(join(root, 'locales', part, 'lit-localize.json'));
  const before = new Map(filesOf(part, config).map((f) => [f, read(f)]));
  const localizer = ownMessages(new RuntimeLitLocalizer(config), part);

  if (command === 'extract' || command === 'check') {
    const { messages, errors } = localizer.extractSourceMessages();
    if (errors.length) {
      problems.push(`${part}: cannot analyse the sources:\n${errors.map((e) => `  ${e.messageText ?? e}`).join('\n')}`);
      continue;
    }
    const noId = messages.filter((m) => !m.name.includes('.'));
    for (const m of noId) problems.push(`${part}: msg() without an id "<part>.<key>": ${m.name}`);
    await localizer.writeInterchangeFiles();
  }
  if (command === 'build' || command === 'check') {
    const fresh = ownMessages(new RuntimeLitLocalizer(config), part);
    const { errors } = fresh.validateTranslations();
    if (errors.length) problems.push(`${part}: translations do not match their sources:\n  ${errors.join('\n  ')}`);
    else await fresh.build();
  }
  if (command === 'check') {
    for (const locale of config.targetLocales) {
      const xlf = read(join(root, 'locales', part, `${locale}.xlf`)) ?? '';
      for (const problem of nameListProblems(xlf, `locales/${part}/${locale}.xlf`))
        problems.push(`${part}: ${problem}`);
      for (const unit of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
        if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit[2])) {
          problems.push(`${part}: "${unit[1]}" has no ${locale} translation (locales/${part}/${locale}.xlf)`);
        }
      }
    }
    for (const [file, content] of before) if (read(file) !== content) stale.push(file.slice(root.length + 1));
  }
}

// One module per locale with every part's templates, for apps that configure @lit/localize themselves
// (`trygg-kit/locales/<locale>.js`).
if (command !== 'extract') {
  const config = JSON.parse(readFileSync(join(root, 'locales', parts[0], 'lit-localize.json'), 'utf8'));
  for (const locale of config.targetLocales) {
    const file = join(root, 'src/locales', `${locale}.ts`);
    const name = (part) => part.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const content =
      `// Generated by scripts/locales.mjs: every trygg-kit string in "${locale}", for apps that\n` +
      `// configure @lit/localize themselves (merge into your own locale module).\n` +
      parts
        .map((part) => `import { templates as ${name(part)} } from '../${generatedDir(part).slice(4)}/${locale}.js';\n`)
        .join('') +
      `\nexport const templates = { ${parts.map((part) => `...${name(part)}`).join(', ')} };\n`;
    const before = read(file);
    if (before !== content) {
      writeFileSync(file, content);
      if (command === 'check') stale.push(file.slice(root.length + 1));
    }
  }
}

if (stale.length) {
  problems.push(`these files were stale and have been regenerated; review and commit them:\n  ${stale.join('\n  ')}`);
}
if (problems.length) {
  console.error(`locales: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`locales: ${command} done for ${parts.length} parts (${parts.join(', ')})`);
