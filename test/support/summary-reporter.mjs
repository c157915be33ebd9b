// Prints "wtr: N passed, N failed, N skipped" as the very last line (WTR has no bare count line).
// A test file that fails to load counts as one failure. The exit code stays WTR's own.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) count(session.testResults);
        // A file that did not load, or an error outside any test, fails the session: count it once.
        if (!session.passed && failed === before) failed++;
      }
      process.once('exit', () => console.log(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}
