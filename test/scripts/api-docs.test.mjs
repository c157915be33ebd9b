// `npm test` must fail when a component README's generated API tables no longer match the class
// JSDoc (custom-elements.json), and `npm run docs:api` must bring them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const script = join(repo, 'scripts/api-docs.mjs');
const run = (root, ...args) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, API_DOCS_ROOT: root }, encoding: 'utf8' });

function copy() {
  const root = mkdtempSync(join(tmpdir(), 'api-docs-'));
  cpSync(join(repo, 'custom-elements.json'), join(root, 'custom-elements.json'));
  cpSync(join(repo, 'src/components'), join(root, 'src/components'), {
    recursive: true,
    filter: (path) => !path.includes('/locales') && (path.endsWith('.md') || !path.includes('.')),
  });
  return root;
}

test('the committed README tables match custom-elements.json', () => {
  const result = run(repo, 'check');
  assert.equal(result.status, 0, result.stderr);
});

test('a changed JSDoc description makes the check fail and names the README and the fix', () => {
  const root = copy();
  const manifestPath = join(root, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trygg-support-card');
  card.members.find((m) => m.name === 'audience').description = 'A new description of the filter.';
  writeFileSync(manifestPath, JSON.stringify(manifest));

  const stale = run(root, 'check');
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /src\/components\/support-card\/README\.md: the API tables are stale.*npm run docs:api/);
  assert.doesNotMatch(stale.stderr, /quick-exit/);

  assert.equal(run(root).status, 0);
  const readme = readFileSync(join(root, 'src/components/support-card/README.md'), 'utf8');
  assert.match(readme, /\| `audience` \| `audience` \| .* \| A new description of the filter\. \|/);
  assert.equal(run(root, 'check').status, 0);
});

test('a new part and a removed event reach the tables', () => {
  const root = copy();
  const manifestPath = join(root, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const badge = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trygg-training-badge');
  badge.cssParts.push({ name: 'new-part', description: 'A part added in the JSDoc.' });
  badge.events = [];
  writeFileSync(manifestPath, JSON.stringify(manifest));

  assert.equal(run(root, 'check').status, 1);
  assert.equal(run(root).status, 0);
  const readme = readFileSync(join(root, 'src/components/training-badge/README.md'), 'utf8');
  assert.match(readme, /\| `new-part` \| A part added in the JSDoc\. \|/);
  assert.match(readme, /### Events\n\nNone\./);
});

test('a README without the generated block is reported', () => {
  const root = copy();
  const file = join(root, 'src/components/plan-timeline/README.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/<!-- api:start[^]*<!-- api:end -->/, ''));
  const result = run(root, 'check');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /plan-timeline\/README\.md: no generated API block/);
});
