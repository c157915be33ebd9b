// A browser test whose failed check compares DOM nodes is reported at once, with the nodes named
// (test/support/failures.mjs, inlined into every test page by web-test-runner.config.mjs). Without
// it the test runner could not send that file's results and waited 15 minutes for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const wtr = join(root, 'node_modules/@web/test-runner/dist/bin.js');

test('a failed check that compares DOM nodes is reported at once, naming them', () => {
  const started = Date.now();
  // The project's config for the fixture alone, with 60 s for its results (fixtures/wtr.config.mjs):
  // without the fix the runner gives up on the file then and exits. The run takes about 5 s here.
  const run = spawnSync(process.execPath, [wtr, '--config', 'test/scripts/fixtures/wtr.config.mjs'], {
    cwd: root,
    encoding: 'utf8',
    // Only if the runner itself does not stop.
    timeout: 180_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const took = Date.now() - started;
  assert.equal(run.signal, null, `the run was stopped after ${took} ms:\n${output}`);
  assert.ok(took < 50_000, `the results took ${took} ms:\n${output}`);
  assert.equal(run.status, 1, output);
  assert.match(output, /1 passed, 1 failed/, output);
  assert.match(output, /the focus is on the button: expected <body>/, output);
  assert.match(output, /\+<button part="button" type="button"> \(in the shadow root of <probe-host>\)/, output);
});
