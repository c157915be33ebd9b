#!/usr/bin/env node
// Which English and Arabic strings still need a native speaker's review: compares the ids in
// locales/<part>/{en,ar}.xlf with locales/reviewed.json (see docs/translations.md). Prints a count
// per language and the ids left; never fails (a review status, not a check).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reviewed = JSON.parse(readFileSync(join(root, 'locales/reviewed.json'), 'utf8'));
for (const lang of ['en', 'ar']) {
  const ids = [];
  for (const part of readdirSync(join(root, 'locales'), { withFileTypes: true })) {
    if (!part.isDirectory()) continue;
    const xlf = readFileSync(join(root, 'locales', part.name, `${lang}.xlf`), 'utf8');
    for (const match of xlf.matchAll(/<trans-unit id="([^"]+)"/g)) ids.push(match[1]);
  }
  const done = reviewed[lang] ?? {};
  const left = ids.filter((id) => !(id in done));
  const gone = Object.keys(done).filter((id) => !ids.includes(id));
  console.log(`${lang}: ${ids.length - left.length} of ${ids.length} strings reviewed by a native speaker`);
  for (const id of left) console.log(`  needs review: ${id}`);
  for (const id of gone) console.log(`  reviewed id no longer exists (remove it): ${id}`);
}
