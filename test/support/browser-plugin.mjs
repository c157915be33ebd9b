// Server-side commands for tests that need more than the page itself can do: emulating media
// features (forced colours, reduced motion) and end-to-end navigation checks in a second tab,
// where the quick exit really leaves (request interception answers the neutral https: site).

const NEUTRAL_BODY = '<!doctype html><html lang="sv"><title>Neutral</title><p>Neutral page</p></html>';

async function withPage(session, run) {
  const page = session.browser.getPage(session.id);
  const tab = await page.browserContext().newPage();
  try {
    return await run(tab, new URL(page.url()).origin);
  } finally {
    await tab.close();
  }
}

async function intercept(tab, neutralHosts) {
  const requests = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = new URL(request.url());
    requests.push({ url: request.url(), method: request.method(), referer: request.headers().referer ?? null, type: request.resourceType() });
    if (url.protocol === 'https:' && neutralHosts.some((h) => url.hostname === h)) {
      void request.respond({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY });
    } else if (url.protocol === 'https:' || (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1')) {
      // Nothing may leave the machine: any other host is answered locally with an error.
      void request.respond({ status: 599, contentType: 'text/plain', body: 'blocked by test' });
    } else {
      void request.continue();
    }
  });
  return requests;
}

async function exitScenario(tab, origin, { page, trigger, hosts = ['www.smhi.se', 'neutral.example'] }) {
  const requests = await intercept(tab, hosts);
  await tab.goto(`${origin}/test/fixtures/start.html`);
  await tab.goto(`${origin}/test/fixtures/${page}`);
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 10000 });
  const before = await tab.evaluate(() => ({ length: history.length, url: location.href, cookie: document.cookie }));
  const destination = new Promise((resolve) => {
    tab.on('framenavigated', (frame) => {
      if (frame === tab.mainFrame() && frame.url().startsWith('https:')) resolve(frame.url());
    });
  });
  const started = requests.length;
  if (trigger === 'shift') {
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
  } else if (trigger === 'click') {
    await tab.click('pierce/button.button');
  } else if (trigger === 'fallback-link') {
    await tab.click('trygg-quick-exit a');
  } else if (trigger === 'frame-click') {
    const frame = tab.frames().find((f) => f !== tab.mainFrame());
    await frame.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    await frame.click('pierce/button.button');
  }
  const finalUrl = await Promise.race([destination, new Promise((r) => setTimeout(() => r(null), 8000))]);
  await tab.waitForFunction(() => document.readyState === 'complete');
  const after = await tab.evaluate(() => ({ length: history.length, title: document.title }));
  const cookies = await tab.cookies();
  const during = requests.slice(started);
  await tab.goBack({ waitUntil: 'load' }).catch(() => undefined);
  const backUrl = tab.url();
  return { before, finalUrl, after, backUrl, cookies, requests: during, allRequests: requests };
}

export function browserPlugin() {
  return {
    name: 'trygg-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'trygg-media') {
        // Puppeteer's emulateMediaFeatures() refuses forced-colors; the CDP call accepts it.
        // The override lives as long as its CDP session: use the page's own session.
        const page = session.browser.getPage(session.id);
        await page._client().send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command === 'trygg-timezone') {
        // Emulates the visitor's time zone (payload.timezoneId, '' to reset) for this page.
        const page = session.browser.getPage(session.id);
        await page._client().send('Emulation.setTimezoneOverride', { timezoneId: payload.timezoneId });
        return true;
      }
      if (command === 'trygg-ax-tree') {
        // The page's accessibility tree as the browser builds it for screen readers: role and name
        // of every node that is not ignored.
        const page = session.browser.getPage(session.id);
        const { nodes } = await page._client().send('Accessibility.getFullAXTree');
        return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
      }
      if (command === 'page-check') {
        // Loads a fixture page in a second tab and returns what it recorded (page-check.js / page-ready.js).
        return withPage(session, async (tab, origin) => {
          const consoleErrors = [];
          tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
          tab.on('pageerror', (e) => consoleErrors.push(String(e.message)));
          await tab.goto(`${origin}/test/fixtures/${payload.page}`);
          await tab.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 10000 }).catch(() => undefined);
          const recorded = await tab.evaluate(() => ({
            result: window.__result ?? null,
            violations: window.__violations ?? [],
            errors: window.__errors ?? [],
          }));
          return { ...recorded, consoleErrors };
        });
      }
      if (command === 'exit-e2e') {
        return withPage(session, (tab, origin) => exitScenario(tab, origin, payload));
      }
      return undefined;
    },
  };
}
