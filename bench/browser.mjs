// What every bench shares (one way of doing it): Debian's Chromium, never a downloaded browser
// (CHROME_PATH overrides /usr/bin/chromium); a static server on 127.0.0.1 for the built pages; medians.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromeArgs, chromePath } from '../scripts/chromium.mjs';

/** The repository's root. */
export const root = resolve(import.meta.dirname, '..');

/** A bench's build folder (ignored by git): node_modules/.cache/<name>. */
export const cacheDir = (name) => join(root, 'node_modules/.cache', name);

/** Builds bench/<page> (production Lit, the kit's sources) into `outDir`, emptied first. */
export async function buildPage(page, outDir) {
  await build({
    root: join(root, 'bench'),
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(root, 'bench', page) },
    },
  });
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Serves files on 127.0.0.1 (a free port), nothing is cached (`no-store`).
 * @param {string | [string, string][]} mounts one folder, or [URL prefix, folder] pairs
 * @param {{ delay?: number, handle?: (url: URL, res: import('node:http').ServerResponse) => boolean }} [options]
 *   `delay`: milliseconds before each `.js` answer (a slow network); `handle`: answers a request
 *   itself when it returns true.
 * @returns {Promise<{ origin: string, port: number, close: () => void }>}
 */
export async function serve(mounts, { delay = 0, handle } = {}) {
  const list = typeof mounts === 'string' ? [['/', mounts]] : mounts;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      if (handle?.(url, res)) return;
      const pathname = decodeURIComponent(url.pathname);
      const [prefix, dir] = list.find(([p]) => pathname.startsWith(p)) ?? [];
      if (!dir) throw new Error('not served');
      const path = join(dir, pathname.slice(prefix.length));
      if (!path.startsWith(dir)) throw new Error('outside');
      const body = await readFile(path);
      if (delay && extname(path) === '.js') await new Promise((r) => setTimeout(r, delay));
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => {
      server.close();
    },
  };
}

/** The Chromium every bench runs (scripts/chromium.mjs: the one the tests run). */
export const chrome = chromePath;

/**
 * Headless Chromium with the flags the tests use too, and `extraArgs` (BENCH_DEBUG=1 shows its
 * output).
 */
export function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: chrome,
    dumpio: Boolean(process.env.BENCH_DEBUG),
    headless: true,
    args: [...chromeArgs, ...extraArgs],
  });
}

/** The median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The `q` quantile (0–1) of numbers: the sorted sample nearest to q of the way along. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
}
