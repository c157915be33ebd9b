// The administrator's template (docs/snippets/template.html) against the built files: the pinned
// version is the package's, and every hash in it and in dist/cdn/integrity.json is the file's own
// (run after the build; `npm test` does). The browser tests check the same hash by loading the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

test('template.html loads the pinned version with the hash of the built trygg-cms.js', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const template = readFileSync(join(root, 'docs/snippets/template.html'), 'utf8');
  const scripts = [...template.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\bintegrity="([^"]+)"[^>]*>/g)];
  assert.equal(scripts.length, 1);
  const [, src, integrity] = scripts[0];
  assert.equal(src, `https://cdn.jsdelivr.net/npm/trygg-kit@${version}/dist/cdn/trygg-cms.js`);
  assert.equal(integrity, sri(join(root, 'dist/cdn/trygg-cms.js')));
  assert.match(template, /crossorigin="anonymous"/);
});

test('dist/cdn/integrity.json has the hash of every CDN file', () => {
  const { files } = JSON.parse(readFileSync(join(root, 'dist/cdn/integrity.json'), 'utf8'));
  assert.ok(Object.keys(files).length > 5);
  for (const [name, hash] of Object.entries(files)) assert.equal(hash, sri(join(root, 'dist/cdn', name)), name);
  for (const name of ['trygg.js', 'trygg-cms.js', 'quick-exit.js', 'exit-core.js']) assert.ok(files[name], name);
});
