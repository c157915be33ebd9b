// A browser test whose failed check compares DOM nodes is reported at once, with the nodes named
// (test/support/failures.mjs, inlined into every test page by web-test-runner.config.mjs). Without
// it the test runner could not send that file's results and waited 15 minutes for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
// The runner itself (not through npx), so that the time limit below stops it and not only npx.
const wtr = join(root, 'node_modules/@web/test-runner/dist/bin.js');

test('a failed check that compares DOM nodes is reported at once, naming them', () => {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [wtr, '--config', 'web-test-runner.config.mjs', '--files', 'test/scripts/fixtures/node-check.fails.ts'],
    // Far below the runner's 15 minutes; the run itself takes about 5 s here.
    { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }
  );
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.signal, null, `the run was stopped after ${Date.now() - started} ms:\n${output}`);
  assert.equal(run.status, 1, output);
  assert.match(output, /1 passed, 1 failed/, output);
  assert.match(output, /the focus is on the button: expected <body>/, output);
  assert.match(output, /\+<button part="button" type="button"> \(in the shadow root of <probe-host>\)/, output);
});
