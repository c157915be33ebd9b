// @web/test-runner: every test runs in Debian's headless Chromium (nothing downloads a browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { browserPlugin } from './test/support/browser-plugin.mjs';
import { storiesPlugin } from './test/support/stories-plugin.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { toleranceCommands, visualOptions } from './test/visual/compare.mjs';
import { chromeArgs, chromePath } from './scripts/chromium.mjs';
import { readFileSync } from 'node:fs';

// Inlined after the test framework on every test page: a failed check that compares DOM nodes is
// reported at once instead of stalling its file (test/support/failures.mjs says why).
const failures = readFileSync(new URL('./test/support/failures.mjs', import.meta.url), 'utf8');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Two test files at a time, each in its own browser context (its own window): in one window only
  // the front tab is visible, and a hidden page gets no animation frames (fixtures rely on them).
  concurrency: 2,
  // The tsconfig passed to esbuild must itself hold the decorator flags: esbuild does not follow "extends".
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // Papa Parse (the builder's CSV parser) is CommonJS only.
    fromRollup(rollupCommonjs)({
      include: ['**/node_modules/papaparse/**'],
      ignore: (id) => id === 'stream',
      strictRequires: false,
      transformMixedEsModules: true,
    }),
    browserPlugin(),
    // The stories' `?raw` and JSON imports (test/stories/ renders every story).
    storiesPlugin(),
    // Screenshots compared with test/visual/baseline/ (`npm run visual:update` rewrites them).
    visualRegressionPlugin(visualOptions({ update: process.env.VISUAL_UPDATE === '1' })),
    toleranceCommands(),
  ],
  browsers: [
    chromeLauncher({
      // One browser context (its own window) per test file: with `concurrency: 2`, two tabs of one
      // window leave the background tab `hidden`, where requestAnimationFrame never fires, so any
      // test waiting for a frame (open-wc's fixture() of a plain element) stalls until the other
      // file ends and times out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          ...chromeArgs,
          // The navigation tests open a second tab; the test pages must not be throttled meanwhile.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // A camera and a microphone that exist (a test pattern and a tone) and are allowed without
          // a prompt: the quick exit's test of a video call.
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--auto-accept-this-tab-capture',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // The story matrices (test/stories/, test/visual/) check dozens of states per file.
  testsFinishTimeout: 900000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8"><title>trygg-kit test</title></head>
  <body><script type="module" src="${testFramework}"></script><script type="module">${failures}</script></body>
</html>`,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
