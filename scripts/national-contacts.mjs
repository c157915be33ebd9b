#!/usr/bin/env node
// The national support lines built into <trygg-support-card>: generates the TypeScript module from
// the repository's data file.
//
//   node scripts/national-contacts.mjs          write src/components/support-card/national-contacts.ts
//   node scripts/national-contacts.mjs check    fail if the data file is invalid or the committed module
//                                               differs from what it gives (part of npm test)
//
// Source: src/components/support-card/national-lines.json (format: docs/data-formats.md). It holds
// only lines whose facts were checked against the sources listed with them. 112 is rendered by the
// component itself and gets only its sources from here, with no opening-hours claim.
//
// Names, descriptions and notes are Swedish in the data file. The module wraps each of them in
// msg() (id `support-card.national.<id>.<field>`), so they are translated in
// locales/support-card/{en,ar}.xlf like every other string: after a text change run
// `npm run locales:extract`, fill the new <target>s and run `npm run locales:build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const dataPath = join(root, 'src/components/support-card/national-lines.json');
const outPath = join(root, 'src/components/support-card/national-contacts.ts');
const mode = process.argv[2] ?? 'write';

/** Fields copied as they are from a line to the shipped contact, in this order. */
const FACTS = [
  'audience',
  'professionalOnly',
  'channels',
  'hours',
  'languages',
  'interpreter',
  'free',
  'anonymous',
  'notOnPhoneBill',
];
/** Text fields: Swedish in the data file, translated through msg(). */
const TEXTS = ['name', 'description', 'note'];
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Problems with the data file, each naming the field. */
export function validate(data) {
  const problems = [];
  const seen = new Set();
  const sourcesOk = (where, entry) => {
    if (!Array.isArray(entry.sources) || !entry.sources.length) problems.push(`${where}.sources: at least one source`);
    (entry.sources ?? []).forEach((s, j) => {
      if (!String(s.url ?? '').startsWith('https://')) problems.push(`${where}.sources[${j}].url: must be https:`);
      if (typeof s.title !== 'string' || !s.title.trim()) problems.push(`${where}.sources[${j}].title: missing`);
    });
    const checked = entry.verification?.checked;
    if (checked !== undefined && !DATE.test(checked))
      problems.push(`${where}.verification.checked: "${checked}" is not YYYY-MM or YYYY-MM-DD`);
  };
  (data.lines ?? []).forEach((line, i) => {
    const where = `lines[${i}]`;
    if (typeof line.id !== 'string' || !/^[a-z0-9-]+$/.test(line.id))
      problems.push(`${where}.id: lowercase letters, digits and -`);
    if (seen.has(line.id)) problems.push(`${where}.id: "${line.id}" is used twice`);
    seen.add(line.id);
    if (line.verification?.status !== 'verified')
      problems.push(`${where}.verification.status: only "verified" lines are built in`);
    for (const field of ['name', 'description'])
      if (typeof line[field] !== 'string' || !line[field].trim())
        problems.push(`${where}.${field}: Swedish text missing`);
    if (line.note !== undefined && typeof line.note !== 'string') problems.push(`${where}.note: Swedish text`);
    if (!Array.isArray(line.channels) || !line.channels.length) problems.push(`${where}.channels: at least one`);
    sourcesOk(where, line);
  });
  if (!data.lines?.length) problems.push('lines: none');
  if (data.emergency?.id !== 'se-112') problems.push('emergency.id: must be "se-112"');
  else sourcesOk('emergency', data.emergency);
  return problems;
}

const literal = (value) =>
  JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

function contactSource(line) {
  const [first, ...more] = line.sources.map((s) => ({ url: s.url, title: s.title }));
  const checked = line.verification?.checked;
  const parts = [`source: ${literal(checked ? { ...first, checked } : first)},`];
  if (more.length) parts.push(`sources: ${literal(more)},`);
  return parts;
}

function contactBlock(line) {
  const comments = [
    `${line.id}: verified${line.verification.checked ? `, checked ${line.verification.checked}` : ', undated (the card says so)'}`,
    ...(line.verification.notVerified ?? []).map((u) => `not verified (not shipped as fact): ${u}`),
  ];
  const members = [`id: ${literal(line.id)},`];
  for (const field of TEXTS) {
    if (line[field] === undefined) continue;
    const id = `support-card.national.${line.id}.${field}`;
    members.push(`get ${field}() { return inPageLanguage(msg(${literal(line[field])}, { id: ${literal(id)} })); },`);
  }
  for (const field of FACTS) if (line[field] !== undefined) members.push(`${field}: ${literal(line[field])},`);
  members.push(...contactSource(line));
  return `${comments.map((c) => `// ${c}`).join('\n')}\n{\n${members.join('\n')}\n},`;
}

export async function generate(data) {
  const emergencySources = data.emergency.sources.map((s) => ({ url: s.url, title: s.title }));
  const text = `// GENERATED by scripts/national-contacts.mjs from national-lines.json (beside this file).
// Do not edit by hand: change the data file and run \`npm run contacts:build\`. \`npm test\` fails
// when this module drifts from the data file. Texts are translated in locales/support-card/*.xlf.
import { msg } from '@lit/localize';
import { getLocale } from '../../core/locale.js';
import type { LocalizedText } from '../../core/localized-text.js';
import type { Contact, Source } from './schema.js';

/** A text msg() translated into the page's language, so it renders without a \`lang\` of its own. */
const inPageLanguage = (text: string): LocalizedText => ({ [getLocale()]: text });

/**
 * The verified national support lines, in the order shown. Names, descriptions and notes are
 * read in the current locale each time they are accessed.
 */
export const NATIONAL_CONTACTS: readonly Contact[] = [
${data.lines.map(contactBlock).join('\n')}
];

/**
 * Sources for 112 (status "${data.emergency.verification?.status ?? 'unknown'}": the number and when to call are sourced; a
 * 24/7 statement is not, so the card makes no opening-hours claim for 112).${data.emergency.verification?.checked ? '' : ' Undated.'}
 */
export const EMERGENCY_SOURCES: readonly Source[] = ${literal(emergencySources)};
`;
  const options = { ...(await prettier.resolveConfig(outPath)), filepath: outPath };
  return prettier.format(text, options);
}

const data = JSON.parse(readFileSync(dataPath, 'utf8'));
const problems = validate(data).map((p) => `${relative(root, dataPath)}: ${p}`);
if (problems.length) {
  console.error(`national-contacts: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const text = await generate(data);
if (mode === 'check') {
  const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (committed !== text) {
    console.error(
      `national-contacts: ${relative(root, outPath)} differs from ${relative(root, dataPath)}: run npm run contacts:build and review the diff`
    );
    process.exit(1);
  }
  console.log(`national-contacts: the module matches the data file (${data.lines.length} verified lines + 112)`);
} else {
  writeFileSync(outPath, text);
  console.log(
    `national-contacts: wrote ${relative(root, outPath)} (${data.lines.length} verified lines + 112 sources)`
  );
}
