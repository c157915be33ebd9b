#!/usr/bin/env node
// npm run size: gzip -9 and brotli sizes of the CDN files against the budgets in size-budgets.json.
// Run `npm run build` first. Exits 1 when a file is missing or over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let failed = 0;

console.log(
  'file'.padEnd(26),
  'min'.padStart(10),
  'gzip -9'.padStart(10),
  'brotli'.padStart(10),
  'budget'.padStart(10),
  '  result'
);
for (const { file, gzip } of budgets) {
  const path = join(root, file);
  if (!existsSync(path)) {
    console.log(file.padEnd(26), 'missing: run npm run build');
    failed++;
    continue;
  }
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const ok = gz <= gzip;
  if (!ok) failed++;
  console.log(
    file.padEnd(26),
    kb(bytes.length).padStart(10),
    kb(gz).padStart(10),
    kb(br).padStart(10),
    kb(gzip).padStart(10),
    ok ? `  ok (${gzip - gz} B left)` : `  OVER by ${gz - gzip} B`
  );
}
if (failed) {
  console.error(`size: ${failed} file(s) missing or over budget`);
  process.exit(1);
}
console.log('size: every file within budget');
