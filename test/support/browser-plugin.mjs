// Server-side commands for tests that need more than the page itself can do: emulating media
// features (forced colours, reduced motion) and end-to-end navigation checks in a second tab,
// where the quick exit really leaves (request interception answers the neutral https: site).

import { createRequire } from 'node:module';
import sanitizeHtml from 'sanitize-html';
import { PNG } from 'pngjs';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Each test page's finger on the screen (trygg-touch), until it is lifted. */
const fingers = new Map();

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
 * Collects a tab's console errors (and, with `pageErrors`, uncaught exceptions) into `errors`, except
 * the one the test server causes itself: every page it serves holds its WebSocket (`/wds`, injected by
 * the dev server for the runner's commands), and Chromium 156 puts a page left by a navigation into
 * the back/forward cache with that socket closed, logging "WebSocket connection to
 * 'ws://…/wds' failed: Page entered Back-Forward Cache." (with Chromium 150 these tests never saw
 * it). Only that exact message about that socket is left out.
 */
function collectErrors(tab, errors, { pageErrors = false } = {}) {
  const testServerSocket = /^WebSocket connection to 'ws:\/\/[^/']+\/wds' failed: Page entered Back-Forward Cache\.$/;
  tab.on('console', (m) => {
    if (m.type() === 'error' && !testServerSocket.test(m.text())) errors.push(m.text());
  });
  if (pageErrors) tab.on('pageerror', (e) => errors.push(String(e.message)));
}

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

/**
 * A page as a CMS would publish it: the administrator's template lines (docs/snippets/template.html,
 * its CDN address pointed at this server's dist/cdn/, its integrity hash kept, so the browser checks
 * it against the built file) and what the sanitizer left of the editor's snippets.
 */
function cmsPage(body) {
  const template = readFileSync(resolve(root, 'docs/snippets/template.html'), 'utf8').replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/trygg-kit@[^/]+\/dist\/cdn\//g,
    '/dist/cdn/'
  );
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Stöd och hjälp</title>
${template}<script type="module" src="/test/cms/fixtures/cms-ready.js"></script></head>
<body><header><p>Kommunen</p></header><main><h1>Stöd och hjälp</h1>
${body}
</main></body></html>`;
}

/** The data files an editor uploads, at the site's root (test data of the demo). */
const CMS_DATA = {
  '/kontakter.json': 'demo/data/contacts.example.json',
  '/utbildning.json': 'demo/data/training.example.json',
  '/handlingsplan.json': 'demo/data/alingsas-plan.json',
};

async function intercept(tab, neutralHosts, delay = 0, serve = {}) {
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
    } else if (local && serve[url.pathname]) {
      void request.respond(serve[url.pathname]);
    } else if (local && serve.cdn && url.pathname.startsWith('/dist/cdn/') && url.pathname.endsWith('.js')) {
      // The CDN files byte for byte, as a CDN serves them (the dev server would rewrite their
      // imports, and the integrity check would then rightly refuse them).
      const file = resolve(root, `.${url.pathname}`);
      const body = file.startsWith(resolve(root, 'dist/cdn')) ? readFileSync(file) : '';
      void request.respond({ status: 200, contentType: 'text/javascript', body });
    } else if (local && CMS_DATA[url.pathname]) {
      const body = readFileSync(resolve(root, CMS_DATA[url.pathname]), 'utf8');
      void request.respond({ status: 200, contentType: 'application/json', body });
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

/**
 * The windows `tab` opened that are still there, as the browser has them now (asked of the browser,
 * not puppeteer's list, which learns of a new window a moment later): their addresses. With `close`,
 * they are closed too (a window that closes by itself meanwhile is not an error).
 */
async function openedWindows(tab, close = false) {
  // (Through the tab's own DevTools session, which also answers for the browser's targets.)
  const cdp = tab._client();
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  const { targetInfos } = await cdp.send('Target.getTargets');
  const opened = targetInfos.filter((t) => t.type === 'page' && t.openerId === targetInfo.targetId);
  if (close)
    for (const t of opened) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  return opened.map((t) => t.url);
}

/**
 * A tab's current history entry once its address is no longer `from` (the page's, before the person
 * acted), or `ms` from now if it stays, as the browser holds it: its `url` is what the address bar
 * shows (a page's own navigation is shown there only once the destination has come), its `title`
 * what the tab strip shows. (Read when it changes, not at a fixed time after the input began: under
 * load, Shift, Shift and a click took longer than the 300 ms a fixed read waited, and CI failed.)
 */
async function entryAfter(tab, ms, from) {
  const cdp = await tab.createCDPSession();
  const read = async () => {
    const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
    const { url, title } = entries[currentIndex];
    return { url, title };
  };
  const end = Date.now() + ms;
  let entry = await read();
  while (entry.url === from && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 20));
    entry = await read();
  }
  await cdp.detach();
  return entry;
}

/**
 * The site open in three tabs of one window: the kit's page the person leaves (`here`), another page
 * with the kit (`other`, a support page opened in a second tab) and a page of the same site without
 * the kit (`plain`). Shift three times in `here`; what becomes of the other two. The neutral site
 * answers after 1.5 s, so that what `other` shows meanwhile can be seen. With `frame`, `here` is a
 * page of the site without the kit that embeds one of its pages with the kit in a frame, and the
 * person clicks the exit button in the frame.
 */
async function tabsScenario(context, origin, { frame = false } = {}) {
  const tabs = [];
  try {
    const open = async (path) => {
      const tab = await context.newPage();
      tabs.push(tab);
      const requests = await intercept(tab, ['neutral.example'], 1500);
      await tab.goto(`${origin}/test/fixtures/start.html`);
      await tab.goto(`${origin}${path}`);
      await tab.waitForSelector('html[data-ready]', { timeout: 10000 });
      return { tab, requests };
    };
    const other = await open('/test/quick-exit/fixtures/exit-page.html?second-tab');
    const plain = await open('/test/quick-exit/fixtures/plain-link.html');
    const here = await open(
      frame ? '/test/quick-exit/fixtures/frame-host.html?same' : '/test/quick-exit/fixtures/exit-page.html'
    );
    // The other tab's trygg-exit, and whether its page is hidden right after its exit's task.
    let shown = null;
    await other.tab.exposeFunction('__tryggOtherShown', (value) => {
      shown ??= value;
    });
    await other.tab.evaluate(() => {
      document.addEventListener('trygg-exit', (event) => {
        const { trigger, href } = event.detail;
        setTimeout(() => {
          window.__tryggOtherShown({ trigger, href, display: getComputedStyle(document.documentElement).display });
        });
      });
    });
    const lengthBefore = await other.tab.evaluate(() => history.length);
    const leaves = (tab) =>
      Promise.race([
        new Promise((resolve) => {
          tab.on('framenavigated', (frame) => {
            if (frame === tab.mainFrame() && frame.url().startsWith('https:')) resolve(frame.url());
          });
        }),
        new Promise((r) => setTimeout(() => r(null), 8000)),
      ]);
    const hereLeaves = leaves(here.tab);
    const otherLeaves = leaves(other.tab);
    const started = other.requests.length;
    await here.tab.bringToFront();
    // (The neutral site answers after 1.5 s.)
    const otherEntry = entryAfter(other.tab, 1000, other.tab.url());
    if (frame) {
      const inner = here.tab.frames().find((f) => f !== here.tab.mainFrame());
      await inner.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
      await inner.click('pierce/button.button');
    } else for (let i = 0; i < 3; i++) await here.tab.keyboard.press('Shift');
    const [hereUrl, otherUrl] = await Promise.all([hereLeaves, otherLeaves]);
    await other.tab.waitForFunction(() => document.readyState === 'complete');
    const lengthAfter = await other.tab.evaluate(() => history.length);
    const otherRequests = other.requests.slice(started).map((q) => q.url);
    await other.tab.goBack({ waitUntil: 'load' }).catch(() => undefined);
    return {
      hereUrl,
      otherUrl,
      shown,
      otherEntry: await otherEntry,
      lengthBefore,
      lengthAfter,
      otherRequests,
      otherBackUrl: other.tab.url(),
      plainUrl: plain.tab.url(),
    };
  } finally {
    for (const tab of tabs) await tab.close();
  }
}

async function exitScenario(
  tab,
  origin,
  {
    page,
    trigger,
    hosts = ['www.smhi.se', 'neutral.example'],
    delay = 0,
    blocked = false,
    cms,
    ready = 'html[data-ready]',
  }
) {
  // `ready`: what the page shows once it is ready to be left (a fixture sets data-ready on <html>).
  // `cms`: { name, body } serves a CMS page (cmsPage) at /cms-<name>.html, in the site's root folder.
  const path = cms ? `/cms-${cms.name}.html` : `/test/${page}`;
  const serve = cms ? { cdn: true, [path]: { status: 200, contentType: 'text/html', body: cmsPage(cms.body) } } : {};
  const requests = await intercept(tab, hosts, delay, serve);
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
  // What the tab's page holds once the exit's work after that frame is done.
  let later = null;
  await tab.exposeFunction('__tryggLater', (value) => {
    later ??= value;
  });
  const consoleErrors = [];
  collectErrors(tab, consoleErrors);
  await tab.evaluateOnNewDocument(() => {
    // The tab's page's trygg-exit (not a frame's), and what the tab's page shows after it (also
    // after a frame's, where the page, of the same site, has no kit and so no event of its own).
    document.addEventListener('trygg-exit', () => {
      const top = window.top;
      if (window === top) window.__tryggExitEvent();
      else
        try {
          // (A frame of another site cannot reach its page.)
          if (Symbol.for('trygg-kit.exit') in top) return;
        } catch {
          return;
        }
      top.requestAnimationFrame(() => {
        const display = top.getComputedStyle(top.document.documentElement).display;
        top.__tryggShown({ display, hit: top.document.elementFromPoint(20, 100)?.localName ?? null });
      });
      top.__tryggAfterExit();
    });
    // (The page's own timer and function: a frame's stop once the frame is taken off the page.)
    window.__tryggAfterExit = () => {
      setTimeout(() => {
        window.__tryggLater({ frames: document.querySelectorAll('iframe, frame, object, embed').length });
      }, 300);
    };
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  await tab.goto(`${origin}/test/fixtures/start.html`);
  // A page whose parser is held by a slow script never finishes loading while the test runs.
  const loading = tab.goto(`${origin}${path}`).catch(() => undefined);
  if (!blocked) await loading;
  await tab.waitForSelector(ready, { timeout: 10000 });
  const before = await tab.evaluate(() => ({
    length: history.length,
    url: location.href,
    cookie: document.cookie,
    // Whether the site made the element (or an ancestor) inert, or hid it from assistive technology:
    // a modal library's ways.
    inert: !!document.querySelector('trygg-quick-exit:not([data-trygg-proxy])')?.closest('[inert]'),
    hidden: !!document.querySelector('trygg-quick-exit:not([data-trygg-proxy])')?.closest('[aria-hidden="true"]'),
  }));
  // What the page recorded while it got ready (a CMS page: what each element shows, axe).
  const shownBefore = await tab.evaluate(() => window.__result ?? null);
  const destination = new Promise((resolve) => {
    tab.on('framenavigated', (frame) => {
      if (frame === tab.mainFrame() && frame.url().startsWith('https:')) resolve(frame.url());
    });
  });
  const started = requests.length;
  // The windows the page had opened when the person acted (their addresses).
  const windowsBefore = await openedWindows(tab);
  // With `tab`: how many Tabs it took to reach an exit button (null: none reached it).
  let tabs = null;
  // The tab's address while a slow neutral site loads: its first change after the input began, or
  // none in the first `delay - 500` ms (read from now: a click's dispatch returns only once the tab
  // has moved on).
  const entry = delay ? entryAfter(tab, delay - 500, before.url) : null;
  if (trigger === 'shift') {
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
  } else if (trigger === 'click') {
    await tab.click('pierce/button.button');
  } else if (trigger === 'seen-click') {
    // A real mouse click at the centre of the exit button a person sees (the element's own or a
    // stand-in), whatever the page has put over it or made of it.
    const point = await tab.waitForFunction(() => {
      for (const el of document.querySelectorAll('trygg-quick-exit')) {
        const button = el.shadowRoot?.querySelector('button.button');
        if (!button?.checkVisibility()) continue;
        const box = button.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2];
      }
      return null;
    });
    const [x, y] = await point.jsonValue();
    await tab.mouse.click(x, y);
  } else if (trigger === 'tap') {
    // A finger's tap (touch events) on the exit button, or on the fallback link before the upgrade.
    const point = await tab.evaluate(() => {
      const el = document.querySelector('trygg-quick-exit');
      const control = el?.shadowRoot?.querySelector('button.button') ?? el?.querySelector('a');
      const box = control?.getBoundingClientRect();
      return box && [box.x + box.width / 2, box.y + box.height / 2];
    });
    if (point) await tab.touchscreen.tap(point[0], point[1]);
  } else if (trigger === 'tab') {
    // A keyboard user: Tab, at most twelve times, until an exit button (the element's own or a
    // stand-in) has focus, then Enter. Inside a site's modal that traps focus, Tab goes round it.
    for (let i = 0; i < 12; i++) {
      await tab.keyboard.press('Tab');
      // A person's next key comes after the work the page queued at this one (a task, or more).
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
      const onExit = await tab.evaluate(() => {
        let node = document.activeElement;
        while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
        return !!node?.matches('button.button') && node.getRootNode().host?.localName === 'trygg-quick-exit';
      });
      if (onExit) {
        tabs = i + 1;
        await tab.keyboard.press('Enter');
        break;
      }
    }
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
  // The windows the page opened that are still there (their addresses), as the browser has them.
  const windows = await openedWindows(tab, true);
  await tab.goBack({ waitUntil: 'load' }).catch(() => undefined);
  const backUrl = tab.url();
  return {
    before,
    page: shownBefore,
    finalUrl,
    after,
    backUrl,
    cookies,
    requests: during,
    allRequests: requests,
    shown,
    later,
    windowsBefore,
    windows,
    address: entry && (await entry).url,
    // And the tab's title in the tab strip then.
    tabTitle: entry && (await entry).title,
    dialogs,
    exitEvents,
    documents,
    consoleErrors,
    tabs,
  };
}

/**
 * Loads a demo page (demo/<page>) in a second tab as a visitor would, at `width` CSS px and in `lang`,
 * and reports: axe over the whole page (WCAG 2.2 A/AA and best practice), horizontal overflow,
 * console errors, requests to other hosts, the heading outline, what each component shows and the
 * space between the components.
 */
async function demoCheck(tab, origin, { page, lang = 'sv', width = 1280, spacing = false }) {
  const consoleErrors = [];
  const foreignRequests = [];
  collectErrors(tab, consoleErrors, { pageErrors: true });
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
      // The space between each kit element in the page's text and the next one (px).
      const parts = [
        ...document.querySelectorAll('main :is(trygg-support-card, trygg-training-badge, trygg-plan-timeline)'),
      ];
      const gaps = parts.slice(1).map((el, i) => ({
        between: `${parts[i].localName} → ${el.localName}`,
        gap: el.getBoundingClientRect().top - parts[i].getBoundingClientRect().bottom,
      }));
      // The first block of the page's main text: its words and links, as a reader meets them.
      const first = document.querySelector('main > *');
      const intro = {
        tag: first?.localName ?? '',
        text: first?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        links: [...(first?.querySelectorAll('a[href]') ?? [])].map((a) => ({
          name: a.textContent.trim(),
          href: a.href,
          visible: a.checkVisibility(),
        })),
      };
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
        gaps,
        intro,
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
        // payload.media: 'print' or 'screen' ('' or none: the page's own).
        await page
          ._client()
          .send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
        return true;
      }
      if (command === 'trygg-timezone') {
        // Emulates the visitor's time zone (payload.timezoneId, '' to reset) for this page.
        const page = session.browser.getPage(session.id);
        await page._client().send('Emulation.setTimezoneOverride', { timezoneId: payload.timezoneId });
        return true;
      }
      if (command === 'trygg-tap') {
        // A finger on the screen at (payload.x, payload.y), CSS px in the page, lifted there or after
        // sliding to payload.to ({ x, y }): touch events, as a phone sends them.
        const page = session.browser.getPage(session.id);
        if (!payload.to) {
          await page.touchscreen.tap(payload.x, payload.y);
          return true;
        }
        const touch = await page.touchscreen.touchStart(payload.x, payload.y);
        await touch.move(payload.to.x, payload.to.y);
        await touch.end();
        return true;
      }
      if (command === 'trygg-keys') {
        // Keys pressed faster than the page's timers run (payload.keys: names such as 'Tab'): every
        // down and up sent at once, so the renderer takes them one after the other, as it does a key
        // held down (auto-repeat) or a burst on a busy page.
        const client = session.browser.getPage(session.id)._client();
        const codes = { Tab: 9 };
        await Promise.all(
          payload.keys.flatMap((key) =>
            ['rawKeyDown', 'keyUp'].map((type) =>
              client.send('Input.dispatchKeyEvent', {
                type,
                key,
                code: key,
                windowsVirtualKeyCode: codes[key],
                nativeVirtualKeyCode: codes[key],
              })
            )
          )
        );
        return true;
      }
      if (command === 'trygg-touch') {
        // A finger put on the screen at (payload.x, payload.y) and kept there, or (payload.lift) the
        // finger lifted: between the two the page can change under it (a dialog that opens).
        const page = session.browser.getPage(session.id);
        if (payload.lift) {
          await fingers.get(session.id)?.end();
          fingers.delete(session.id);
        } else fingers.set(session.id, await page.touchscreen.touchStart(payload.x, payload.y));
        return true;
      }
      if (command === 'trygg-phone') {
        // A phone's screen, payload.width × payload.height CSS px, showing a page the way a phone
        // does: one without <meta name="viewport"> is laid out 980 px wide and shown zoomed out.
        // The test's setViewport() ends it.
        const page = session.browser.getPage(session.id);
        await page._client().send('Emulation.setDeviceMetricsOverride', {
          width: payload.width,
          height: payload.height,
          deviceScaleFactor: 0,
          mobile: true,
        });
        return true;
      }
      if (command === 'trygg-pinch') {
        // A person's pinch-zoom to payload.scale (1: none), then a finger that pans the zoomed view by
        // payload.pan ({ x, y }, CSS px, as a touch scroll gesture does).
        const page = session.browser.getPage(session.id);
        const cdp = page._client();
        await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: payload.scale });
        if (payload.pan) {
          await cdp.send('Input.synthesizeScrollGesture', {
            // Near the top left: inside the view at any zoom, below the bar.
            x: 20,
            y: 80,
            xDistance: -payload.pan.x,
            yDistance: -payload.pan.y,
            gestureSourceType: payload.source ?? 'touch',
            speed: 2000,
          });
        }
        return true;
      }
      if (command === 'trygg-pixel') {
        // The colour the screen shows at (payload.x, payload.y), CSS px in the page, as [r, g, b]:
        // what a person sees there, composited (the top layer, the page's opacity and filters).
        const page = session.browser.getPage(session.id);
        const { data } = await page._client().send('Page.captureScreenshot', {
          format: 'png',
          clip: { x: payload.x, y: payload.y, width: 1, height: 1, scale: 1 },
        });
        return [...PNG.sync.read(Buffer.from(data, 'base64')).data.subarray(0, 3)];
      }
      if (command === 'trygg-allow-notifications') {
        // The page's origin may show notifications (a person said yes to the browser's question).
        const page = session.browser.getPage(session.id);
        await page.browserContext().overridePermissions(new URL(page.url()).origin, ['notifications']);
        return true;
      }
      if (command === 'trygg-opened-windows') {
        // The windows this page opened that are still there, as the browser has them (their
        // addresses): a window's `closed` says what its opener asked for, not what the person sees.
        // With payload.close, they are closed too (the test's own clean-up).
        return openedWindows(session.browser.getPage(session.id), payload?.close);
      }
      if (command === 'trygg-pip-keys') {
        // Real key presses (payload.keys, each pressed and released) in the page's Document
        // Picture-in-Picture window, a window of its own that the runner's keys never reach.
        const page = session.browser.getPage(session.id);
        const target = await page.browser().waitForTarget((t) => t.opener() === page.target(), { timeout: 5000 });
        const pip = await target.asPage();
        for (const key of payload.keys) await pip.keyboard.press(key);
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
          collectErrors(tab, consoleErrors, { pageErrors: true });
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
      if (command === 'sanitize-html') {
        // What a CMS running sanitize-html with its default options stores (test/cms/).
        return sanitizeHtml(payload.html);
      }
      if (command === 'demo-check') {
        return withPage(session, (tab, origin) => demoCheck(tab, origin, payload));
      }
      if (command === 'exit-tabs') {
        const page = session.browser.getPage(session.id);
        return tabsScenario(page.browserContext(), new URL(page.url()).origin, payload);
      }
      if (command === 'exit-e2e') {
        return withPage(session, (tab, origin) => exitScenario(tab, origin, payload));
      }
      return undefined;
    },
  };
}
