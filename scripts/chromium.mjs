// The one Chromium every test and bench runs: Debian's (nothing here downloads a browser), with the
// flags they share. web-test-runner.config.mjs and bench/browser.mjs import both.

/** Debian's `chromium` (`apt-get install -y chromium`); CHROME_PATH names another one. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless in a container as root, no GPU, no network of its own, no first-run or extension work. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-extensions',
];
