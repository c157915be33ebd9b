#!/usr/bin/env node
// The API tables of each component README (attributes and properties, methods, events, slots,
// parts, CSS custom properties) are generated from custom-elements.json, whose single source is
// the JSDoc on the component classes. `npm run docs:api` rewrites them (after `npm run analyze`);
// `node scripts/api-docs.mjs check` (part of npm test) fails when a README's tables are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// API_DOCS_ROOT: another checkout to read and write (the script's own test uses a copy).
const root = resolve(process.env.API_DOCS_ROOT ?? resolve(import.meta.dirname, '..'));
const START =
  '<!-- api:start: generated from the class JSDoc by `npm run docs:api`; edit the JSDoc, not this table -->';
const END = '<!-- api:end -->';
const check = process.argv[2] === 'check';

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** One table cell: one line, pipes escaped. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '–';
const code = (text) => (text ? `\`${String(text).replace(/\|/g, '\\|')}\`` : '–');
const table = (head, rows) =>
  rows.length === 0
    ? []
    : [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ];

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Public members a page uses: not private or protected, not static, documented. */
const isPublic = (member) =>
  !member.static && !member.privacy && !member.name.startsWith('_') && Boolean(member.description);

function render(element) {
  const members = (element.members ?? []).filter(isPublic);
  // A plain custom element (the quick exit) lists its `observedAttributes` apart from its accessors:
  // an attribute belongs to the property of the same name in camelCase.
  const attributes = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? camel(a.name), a.name]));
  const fields = members
    .filter((m) => m.kind === 'field')
    .map((f) => ({ ...f, attribute: f.attribute ?? attributes.get(f.name) }));
  const methods = members.filter((m) => m.kind === 'method');
  const lines = [START, ''];

  lines.push('### Attributes and properties', '');
  lines.push(
    ...table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        code(f.attribute),
        code(f.name) + (f.readonly ? ' (read-only)' : ''),
        code(f.type?.text),
        code(f.default),
        cell(f.description),
      ])
    )
  );
  if (methods.length) {
    lines.push('### Methods', '');
    lines.push(
      ...table(
        ['Method', 'Description'],
        methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
          cell(m.description),
        ])
      )
    );
  }
  const sections = [
    ['Events', 'Event', element.events],
    ['Slots', 'Slot', (element.slots ?? []).map((s) => ({ ...s, name: s.name || '(default)' }))],
    ['Parts', 'Part', element.cssParts],
    ['CSS custom properties', 'Property', element.cssProperties],
  ];
  for (const [title, head, items = []] of sections) {
    lines.push(`### ${title}`, '');
    if (items.length === 0) lines.push('None.', '');
    else
      lines.push(
        ...table(
          [head, 'Description'],
          items.map((i) => [code(i.name), cell(i.description)])
        )
      );
  }
  lines.push(END);
  return lines.join('\n');
}

const problems = [];
for (const element of elements) {
  const name = element.tagName.replace(/^trygg-/, '');
  const file = join('src/components', name, 'README.md');
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    problems.push(`${file}: no generated API block (add the two marker lines ${START} … ${END}).`);
    continue;
  }
  const next = text.slice(0, start) + render(element) + text.slice(end + END.length);
  if (next === text) continue;
  if (check) problems.push(`${file}: the API tables are stale (the class JSDoc changed). Run \`npm run docs:api\`.`);
  else {
    writeFileSync(join(root, file), next);
    console.log(`wrote ${file}`);
  }
}
if (elements.length !== 4) problems.push(`custom-elements.json holds ${elements.length} elements, expected 4`);
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
if (check) console.log('README API tables match custom-elements.json');
