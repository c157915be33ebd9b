// Server-side commands for tests that need more than the page itself can do: emulating media
// features (forced colours, reduced motion) and end-to-end navigation checks in a second tab,
// where the quick exit really leaves (request interception answers the neutral https: site).

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

const root = resolve(import.meta.dirname, '../..');

/**
 * A fixture page with `<!-- exit-core -->` gets the built dist/cdn/exit-core.inline.html there (the
 * exact <script> the README tells a site to paste), and with `?csp` the policy the README shows,
 * with the published hash (dist/cdn/exit-core.csp.txt) and a report-uri.
 */
function inlinePage(url) {
  const file = resolve(root, `.${url.pathname}`);
  if (!file.startsWith(root) || !url.pathname.endsWith('.html')) return undefined;
  const body = readFileSync(file, 'utf8');
  if (!body.includes('<!-- exit-core -->')) return undefined;
  const inline = readFileSync(resolve(root, 'dist/cdn/exit-core.inline.html'), 'utf8').trim();
  const hash = readFileSync(resolve(root, 'dist/cdn/exit-core.csp.txt'), 'utf8').trim();
  // `?csp=report-to`: the same policy reporting through the Reporting API instead of report-uri.
  const reportTo = url.searchParams.get('csp') === 'report-to';
  const headers = url.searchParams.has('csp')
    ? reportTo
      ? {
          'content-security-policy': `default-src 'self'; script-src 'self' ${hash}; report-to csp`,
          'reporting-endpoints': 'csp="/csp-report"',
        }
      : { 'content-security-policy': `default-src 'self'; script-src 'self' ${hash}; report-uri /csp-report` }
    : {};
  return { status: 200, contentType: 'text/html', headers, body: body.replace('<!-- exit-core -->', inline) };
}

async function intercept(tab, neutralHosts, delay = 0) {
  const requests = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = new URL(request.url());
    requests.push({
      url: request.url(),
      method: request.method(),
      referer: request.headers().referer ?? null,
      type: request.resourceType(),
    });
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol === 'https:' && neutralHosts.some((h) => url.hostname === h)) {
      // `delay`: a slow neutral site, so that the page being left is still there meanwhile.
      setTimeout(() => void request.respond({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }), delay);
    } else if (local && url.pathname === '/test/slow.js') {
      // A CMS script that holds the parser.
      setTimeout(
        () => void request.respond({ status: 200, contentType: 'text/javascript', body: '' }),
        Number(url.searchParams.get('ms'))
      );
    } else if (local && inlinePage(url)) {
      void request.respond(inlinePage(url));
    } else if (url.protocol === 'https:' || (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1')) {
      // Nothing may leave the machine: any other host is answered locally with an error.
      void request.respond({ status: 599, contentType: 'text/plain', body: 'blocked by test' });
    } else {
      void request.continue();
    }
  });
  return requests;
}

async function exitScenario(
  tab,
  origin,
  { page, trigger, hosts = ['www.smhi.se', 'neutral.example'], delay = 0, blocked = false }
) {
  const requests = await intercept(tab, hosts, delay);
  // What the person would have met: "Leave site?" dialogs, trygg-exit events (counted across the
  // navigation), CSP violations and console errors.
  const dialogs = [];
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  let exitEvents = 0;
  let shown = null;
  await tab.exposeFunction('__tryggExitEvent', () => {
    exitEvents++;
  });
  // What is on screen in the first frame after the exit (the neutral site is still loading).
  await tab.exposeFunction('__tryggShown', (value) => {
    shown ??= value;
  });
  const consoleErrors = [];
  tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('trygg-exit', () => {
      window.__tryggExitEvent();
      window.requestAnimationFrame(() => {
        const display = window.getComputedStyle(document.documentElement).display;
        window.__tryggShown({ display, hit: document.elementFromPoint(20, 100)?.localName ?? null });
      });
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  await tab.goto(`${origin}/test/fixtures/start.html`);
  // A page whose parser is held by a slow script never finishes loading while the test runs.
  const loading = tab.goto(`${origin}/test/${page}`).catch(() => undefined);
  if (!blocked) await loading;
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
  } else if (trigger === 'type-then-shift' || trigger === 'type-then-click') {
    // A form with unsaved changes: the person has typed (the page has had user activation).
    await tab.click('#field');
    await tab.keyboard.type('hej');
    if (trigger === 'type-then-click') await tab.click('pierce/button.button');
    else for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
  } else if (trigger === 'panic') {
    // Issue 11: Shift, Shift, a click, and Shift again while the neutral site loads.
    await tab.keyboard.press('Shift');
    await tab.keyboard.press('Shift');
    await tab.click('pierce/button.button');
    await tab.keyboard.press('Shift');
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
  // After leaving: a slow neutral site has come, and any second navigation would have started.
  await new Promise((r) => setTimeout(r, delay));
  const documents = requests.filter((q) => q.type === 'document' && q.url.startsWith('https:')).length;
  await tab.goBack({ waitUntil: 'load' }).catch(() => undefined);
  const backUrl = tab.url();
  return {
    before,
    finalUrl,
    after,
    backUrl,
    cookies,
    requests: during,
    allRequests: requests,
    shown,
    dialogs,
    exitEvents,
    documents,
    consoleErrors,
  };
}

/**
 * Loads a demo page (demo/<page>) in a second tab as a visitor would, at `width` CSS px and in `lang`,
 * and reports: axe over the whole page (WCAG 2.2 A/AA and best practice), horizontal overflow,
 * console errors, requests to other hosts, the heading outline and what each component shows.
 */
async function demoCheck(tab, origin, { page, lang = 'sv', width = 1280, spacing = false }) {
  const consoleErrors = [];
  const foreignRequests = [];
  tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  tab.on('pageerror', (e) => consoleErrors.push(String(e.message)));
  tab.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
      foreignRequests.push(request.url());
  });
  await tab.setViewport({ width, height: 800 });
  await tab.goto(`${origin}/demo/${page}`, { waitUntil: 'networkidle0', timeout: 20000 });
  const settle = () =>
    tab.evaluate(async () => {
      const tags = ['trygg-quick-exit', 'trygg-support-card', 'trygg-training-badge', 'trygg-plan-timeline'];
      await Promise.all(tags.map((t) => (document.querySelector(t) ? customElements.whenDefined(t) : undefined)));
      const elements = [...document.querySelectorAll(tags.join(','))];
      for (let i = 0; i < 3; i++) {
        await Promise.all(elements.map((el) => el.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  await settle();
  if (lang !== 'sv') {
    await tab.evaluate((l) => {
      document.documentElement.lang = l;
    }, lang);
    await tab.waitForNetworkIdle({ idleTime: 200 }).catch(() => undefined);
    await settle();
  }
  if (spacing) {
    // WCAG 1.4.12 as the usual bookmarklet sets it; inherited into the components' shadow roots.
    await tab.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    await settle();
  }
  await tab.addScriptTag({ path: axePath });
  return tab.evaluate(
    async ({ consoleErrors, foreignRequests }) => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      // The outline as a screen reader lists it, shadow roots included.
      const headings = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const level = /^h[1-6]$/.test(el.localName)
            ? Number(el.localName[1])
            : el.getAttribute('role') === 'heading'
              ? Number(el.getAttribute('aria-level'))
              : 0;
          if (level && el.checkVisibility())
            headings.push(`${level} ${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const shows = (tag) =>
        [...document.querySelectorAll(tag)].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
      const contacts = [...document.querySelectorAll('trygg-support-card')].map((el) =>
        [...el.shadowRoot.querySelectorAll('[part="contact"]')].map((c) => c.dataset.contactId)
      );
      const measures = [...document.querySelectorAll('trygg-plan-timeline')].map(
        (el) => el.shadowRoot.querySelectorAll('[part~="measure"]').length
      );
      const storage = {
        cookie: document.cookie,
        local: window.localStorage.length,
        session: window.sessionStorage.length,
        indexedDB: (await window.indexedDB.databases()).length,
      };
      return {
        violations,
        storage,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        headings,
        contacts,
        measures,
        badges: shows('trygg-training-badge'),
        notices: [...document.querySelectorAll('*')]
          .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[part~="notice"]')] : []))
          .map((n) => n.textContent.trim()),
        consoleErrors,
        foreignRequests,
      };
    },
    { consoleErrors, foreignRequests }
  );
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
          // Every script the page fetched (path only), to check what a page downloads.
          const scripts = [];
          tab.on('request', (r) => {
            if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
          });
          await tab.goto(`${origin}/test/${payload.page}`);
          await tab
            .waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 10000 })
            .catch(() => undefined);
          const recorded = await tab.evaluate(() => ({
            result: window.__result ?? null,
            violations: window.__violations ?? [],
            errors: window.__errors ?? [],
          }));
          return { ...recorded, consoleErrors, scripts };
        });
      }
      if (command === 'demo-check') {
        return withPage(session, (tab, origin) => demoCheck(tab, origin, payload));
      }
      if (command === 'exit-e2e') {
        return withPage(session, (tab, origin) => exitScenario(tab, origin, payload));
      }
      return undefined;
    },
  };
}
