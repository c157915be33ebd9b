// The screenshot comparison of the visual regression tests (test/visual/), used by the
// @web/test-runner-visual-regression plugin (web-test-runner.config.mjs) and by the tolerance test.
//
// Baselines are stored in grey (the luma of each pixel, Rec. 601 weights, rounded): text, lines and
// contrast (which is a matter of luminance) are all there, at about a third of the bytes of colour
// PNGs, so ~430 screenshots stay near 15 MB. A change of hue at equal luminance is not seen. The
// screenshot of a failed comparison is kept in colour for review.
//
// Tolerance, chosen to catch a misplaced line and not anti-aliasing:
// - pixelmatch compares each pixel with a colour threshold of 0.1 (its default, in YIQ space) and
//   does not count pixels it detects as anti-aliasing (`includeAA: false`);
// - a screenshot fails when more than MAX_DIFF_PIXELS pixels differ, or when its size differs.
// A line of text moved by 2 px changes hundreds of pixels; a 1 px border moved by 2 px along a
// 100 px edge changes 200. Rendering the same story twice gives 0 differing pixels for pixelmatch
// (a few pixels may differ by one grey level)
// (test/visual/tolerance.test.ts proves both).
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_PIXELS = 24;

const root = resolve(import.meta.dirname, '../..');
/** Committed baselines (one PNG per story and state). */
export const BASELINE_DIR = resolve(root, 'test/visual/baseline');
/** Screenshots and diff images of failed comparisons (git-ignored). */
export const FAILED_DIR = resolve(root, 'test/visual/failed');

/** Compares two PNG buffers: { diffPixels, diffPercentage, diffImage, error }. */
export function compare(baseline, image) {
  const a = grey(PNG.sync.read(baseline));
  const b = grey(PNG.sync.read(image));
  if (a.width !== b.width || a.height !== b.height) {
    return {
      diffPixels: -1,
      diffPercentage: -1,
      diffImage: image,
      error: `Screenshot is ${b.width}×${b.height} px, the baseline ${a.width}×${a.height} px.`,
    };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
    includeAA: false,
  });
  return {
    diffPixels,
    diffPercentage: (100 * diffPixels) / (a.width * a.height),
    diffImage: PNG.sync.write(diff),
    error: '',
  };
}

/** Each pixel's luma (opaque), in place: r = g = b = round(0.299 r + 0.587 g + 0.114 b). */
function grey(png) {
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]);
    d[i] = d[i + 1] = d[i + 2] = y;
    d[i + 3] = 255;
  }
  return png;
}

/** A screenshot as an 8-bit grey PNG with the strongest zlib level (what a baseline holds). */
export function greyPng(image) {
  const png = grey(PNG.sync.read(image));
  const out = new PNG({ width: png.width, height: png.height });
  out.data = png.data;
  return PNG.sync.write(out, { colorType: 0, inputColorType: 6, deflateLevel: 9 });
}

/** Options for `visualRegressionPlugin()`. */
export function visualOptions({ update }) {
  return {
    update,
    baseDir: BASELINE_DIR,
    failureThresholdType: 'pixel',
    failureThreshold: MAX_DIFF_PIXELS,
    getBaselineName: ({ name }) => name,
    getFailedName: ({ name }) => resolve(FAILED_DIR, `${name}.png`),
    getDiffName: ({ name }) => resolve(FAILED_DIR, `${name}-diff.png`),
    getImageDiff: ({ baselineImage, image }) => compare(baselineImage, image),
    // An update keeps a baseline whose pixels pixelmatch finds equal (re-renders can differ by one
    // grey level on a few pixels), so that only real changes show up in git.
    saveBaseline: ({ filePath, content }) => {
      if (existsSync(filePath) && compare(readFileSync(filePath), content).diffPixels === 0) return;
      mkdirSync(dirname(filePath), { recursive: true });
      writeFileSync(filePath, greyPng(content));
    },
  };
}

/**
 * Commands for the tolerance test (test/visual/tolerance.test.ts): `trygg-shot` keeps a screenshot
 * of the element matching `selector` in memory under `key`; `trygg-shot-compare` compares two kept
 * screenshots with the same rule as the baselines.
 */
export function toleranceCommands() {
  const shots = new Map();
  return {
    name: 'trygg-visual-tolerance',
    async executeCommand({ command, payload, session }) {
      if (command === 'trygg-shot') {
        const page = session.browser.getPage(session.id);
        const element = await page.$(payload.selector);
        shots.set(payload.key, Buffer.from(await element.screenshot({ encoding: 'binary' })));
        return true;
      }
      if (command === 'trygg-shot-compare') {
        const { diffPixels, error } = compare(shots.get(payload.a), shots.get(payload.b));
        return { diffPixels, error, passed: !error && diffPixels <= MAX_DIFF_PIXELS };
      }
      return undefined;
    },
  };
}
