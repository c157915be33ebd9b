/**
 * End to end: the quick exit really leaves, in a second browser tab driven from the test runner
 * (test/support/browser-plugin.mjs). The neutral https: site is answered by request interception;
 * nothing leaves the machine.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Request {
  url: string;
  referer: string | null;
  type: string;
}
interface Result {
  before: { length: number; url: string; cookie: string; inert: boolean; hidden: boolean };
  finalUrl: string | null;
  after: { length: number; title: string };
  backUrl: string;
  cookies: unknown[];
  requests: Request[];
  /** In the first frame after the exit: `<html>`'s display, what a point hits. */
  shown: { display: string; hit: string | null } | null;
  /** 300 ms after the exit (its work after the hidden frame done): how many frames the page holds. */
  later: { frames: number } | null;
  /** The windows the page had opened when the person acted, and those still there once the neutral site has come. */
  windowsBefore: string[];
  windows: string[];
  /** With a `delay`: the tab's address 300 ms after the input, while the neutral site loads. */
  address: string | null;
  /** With a `delay`: the tab's title in the tab strip then. */
  tabTitle: string | null;
  dialogs: string[];
  exitEvents: number;
  documents: number;
  consoleErrors: string[];
  /** With the `tab` trigger: how many Tabs reached an exit button (null: none did). */
  tabs: number | null;
}

interface Options {
  /** ms before the neutral site answers */
  delay?: number;
  /** the page's parser is held by a slow script: do not wait for it to load */
  blocked?: boolean;
  /** a selector the page matches once it is ready to be left (default: `html[data-ready]`) */
  ready?: string;
}

interface TabsResult {
  hereUrl: string | null;
  otherUrl: string | null;
  shown: { trigger: string; href: string; display: string } | null;
  /** The second tab's history entry 300 ms after the first Shift: its address and tab-strip title. */
  otherEntry: { url: string; title: string };
  lengthBefore: number;
  lengthAfter: number;
  otherRequests: string[];
  otherBackUrl: string;
  plainUrl: string;
}

function run(page: string, trigger: string, options: Options = {}): Promise<Result> {
  return executeServerCommand<Result, Options & { page: string; trigger: string }>('exit-e2e', {
    page,
    trigger,
    ...options,
  });
}

/** The site's root: what the address bar shows while the neutral site loads (round 45). */
function siteRoot(r: Result): string {
  return new URL('/', r.before.url).href;
}

/** The first frame after the exit: nothing drawn, nothing to hit. */
const nothingShown = { display: 'none', hit: null };

describe('quick exit in a real navigation', function () {
  this.timeout(30000);

  it('Shift ×3 replaces the page: Back skips it, no referrer, no cookie, one request', async () => {
    const r = await run('quick-exit/fixtures/exit-page.html', 'shift');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.title).to.equal('Neutral');
    expect(r.after.length, 'history length unchanged: the entry was replaced').to.equal(r.before.length);
    expect(r.backUrl, 'Back goes to the page before the sensitive one').to.match(/\/test\/fixtures\/start\.html$/);
    // After the input: the navigation (and the neutral site's own favicon), nothing else, no Referer.
    expect(r.requests[0].url).to.equal('https://neutral.example/');
    expect(r.requests.filter((q) => !q.url.startsWith('https://neutral.example/'))).to.deep.equal([]);
    const leaked = r.requests.filter((q) => q.referer && !q.referer.startsWith('https://neutral.example/'));
    expect(leaked, 'no Referer names the page that was left').to.deep.equal([]);
    expect(r.requests[0].referer).to.equal(null);
    expect(r.cookies).to.deep.equal([]);
  });

  it('a click on the button does the same', async () => {
    const r = await run('quick-exit/fixtures/exit-page.html', 'click');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length);
    expect(r.backUrl).to.match(/start\.html$/);
    expect(r.requests[0].referer).to.equal(null);
  });

  it('before the element is defined, the exit core alone makes the fallback link leave by replace', async () => {
    const r = await run('quick-exit/fixtures/exit-core-only.html', 'fallback-link');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length);
    expect(r.backUrl).to.match(/start\.html$/);
    expect(r.requests[0].referer).to.equal(null);
  });

  // Issue 16: before the element is defined, a mistyped fallback link used to reload or stay on the page.
  for (const bad of ['www.smhi.se', 'https//www.smhi.se', '/', '#', '?x=1']) {
    it(`before the element is defined, a fallback link "${bad}" leaves to the default and is reported`, async () => {
      const r = await run(`quick-exit/fixtures/exit-core-only.html?href=${encodeURIComponent(bad)}`, 'fallback-link');
      expect(r.finalUrl).to.equal('https://www.smhi.se/');
      expect(r.after.length, 'replaced').to.equal(r.before.length);
      expect(r.consoleErrors.join(), 'console names the field').to.contain(`href "${bad}"`);
    });
  }

  // A tap leaves at its pointerup (a site's focus trap may cancel the click, host-page.test.ts); the
  // click the browser still makes of it must not leave a second time or follow the fallback link.
  for (const [page, what] of [
    ['exit-page.html', 'the button'],
    ['exit-core-only.html', 'the fallback link, before the element is defined'],
  ]) {
    it(`a finger's tap on ${what} replaces the page once`, async () => {
      const r = await run(`quick-exit/fixtures/${page}`, 'tap', { delay: 1500 });
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.exitEvents, 'one trygg-exit').to.equal(1);
      expect(r.documents, 'one navigation').to.equal(1);
      expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
      expect(r.backUrl).to.match(/start\.html$/);
    });
  }

  // A browser shows a page's own navigation in the address bar only once the destination has come:
  // until round 45 the address bar named the page being left, its path and query, while it loaded.
  for (const trigger of ['click', 'shift'])
    it(`while the destination loads, the address bar shows the site's root, not the page's path and query (${trigger})`, async () => {
      const r = await run('quick-exit/fixtures/exit-page.html?q=skyddat+boende#hjalp', trigger, { delay: 1500 });
      expect(r.before.url).to.match(/\/exit-page\.html\?q=skyddat\+boende#hjalp$/);
      expect(r.address, 'the tab’s address while the neutral site loads').to.equal(siteRoot(r));
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.documents, 'one navigation').to.equal(1);
      expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
      expect(r.backUrl, 'Back goes to the page before the sensitive one').to.match(/start\.html$/);
      expect(r.requests.filter((q) => !q.url.startsWith('https://neutral.example/'))).to.deep.equal([]);
    });

  // Until round 45 a support page the person had opened in a second tab stayed open after the exit,
  // its title in the tab strip.
  it("the site's other tabs with the kit leave too (replaced, blank meanwhile); a page of the site without it stays", async () => {
    const r = await executeServerCommand<TabsResult, undefined>('exit-tabs');
    expect(r.hereUrl, 'the tab the person left').to.equal('https://neutral.example/');
    expect(r.otherUrl, 'the second tab left').to.equal('https://neutral.example/');
    const root = new URL('/', r.plainUrl).href;
    expect(r.shown, 'the second tab, once its exit had run').to.deep.equal({
      trigger: 'tab',
      href: 'https://neutral.example/',
      display: 'none',
    });
    expect(r.otherEntry, 'the second tab while the neutral site loads').to.deep.equal({ url: root, title: '\u200b' });
    expect(r.lengthAfter, 'replaced, not pushed').to.equal(r.lengthBefore);
    expect(r.otherBackUrl, 'Back in the second tab skips the page').to.match(/\/test\/fixtures\/start\.html$/);
    expect(r.otherRequests.filter((url) => !url.startsWith('https://neutral.example/'))).to.deep.equal([]);
    expect(r.plainUrl, 'a page of the site without the kit').to.match(/\/plain-link\.html$/);
  });

  // Until round 46 a kit in a frame told no tab: where the page around it has no kit, nobody did.
  it("an exit in a same-origin frame of a page without the kit: the site's other tabs with the kit leave too", async () => {
    const r = await executeServerCommand<TabsResult, { frame: boolean }>('exit-tabs', { frame: true });
    expect(r.hereUrl, 'the tab the person left').to.equal('https://neutral.example/');
    expect(r.otherUrl, 'the second tab left').to.equal('https://neutral.example/');
    expect(r.shown, 'the second tab, once its exit had run').to.deep.equal({
      trigger: 'tab',
      href: 'https://neutral.example/',
      display: 'none',
    });
    expect(r.lengthAfter, 'replaced, not pushed').to.equal(r.lengthBefore);
    expect(r.plainUrl, 'a page of the site without the kit').to.match(/\/plain-link\.html$/);
  });

  it('control: a plain link (no script) pushes an entry, so Back returns to the sensitive page', async () => {
    const r = await run('quick-exit/fixtures/plain-link.html', 'fallback-link');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length + 1);
    expect(r.backUrl).to.match(/plain-link\.html$/);
  });

  it('in a cross-origin frame, a click leaves through the top window (whose address the frame cannot change)', async () => {
    const r = await run('quick-exit/fixtures/frame-host.html', 'frame-click', { delay: 1500 });
    expect(r.finalUrl, 'the whole tab left, not only the frame').to.equal('https://neutral.example/');
    expect(r.after.title).to.equal('Neutral');
    expect(r.address, 'a limit (README): the top window’s address, as it was').to.equal(r.before.url);
    expect(r.tabTitle, 'and its title').to.equal('Host page');
  });

  // Until round 45 a frame's kit hid only the frame: the page that embeds it stayed on screen.
  it('in a same-origin frame of a page with the kit, a click hides the page itself and leaves once', async () => {
    const r = await run('quick-exit/fixtures/frame-host.html?same&kit', 'frame-click', { delay: 1500 });
    expect(r.shown, 'the page, in the first frame after the click').to.deep.equal(nothingShown);
    expect(r.address, "the site's root in the address bar meanwhile").to.equal(siteRoot(r));
    expect(r.tabTitle, 'the tab strip meanwhile').to.equal('\u200b');
    expect(r.exitEvents, "the page's own trygg-exit").to.equal(1);
    expect(r.documents, 'one navigation').to.equal(1);
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
  });

  // Until round 46 only the frame was hidden there: the page around it stayed on screen, its title in
  // the tab, a video player on it playing on, until the destination had come.
  it("in a same-origin frame of a page without the kit, a click hides the page too, blanks the tab, takes its frames off and leaves through it, the site's root in the address bar meanwhile", async () => {
    const r = await run('quick-exit/fixtures/frame-host.html?same&player', 'frame-click', { delay: 1500 });
    expect(r.before.url).to.match(/frame-host\.html\?same&player$/);
    expect(r.shown, 'the page, in the first frame after the click').to.deep.equal(nothingShown);
    expect(r.later, 'the player from another site and the frame itself off the page').to.deep.equal({ frames: 0 });
    expect(r.address).to.equal(siteRoot(r));
    expect(r.tabTitle, 'the tab strip while the neutral site loads').to.equal('\u200b');
    expect(r.documents, 'one navigation').to.equal(1);
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
  });

  // Until round 47 the frame's kit noted only what the frame and its frames started: a chat the page
  // itself had opened in a window of its own stayed open, on screen, after the exit.
  it('in a same-origin frame of a page without the kit, a click closes the window the page opened (a chat)', async () => {
    const r = await run('quick-exit/fixtures/frame-host.html?same&chat', 'frame-click', { delay: 1500 });
    expect(r.shown, 'the page, in the first frame after the click').to.deep.equal(nothingShown);
    expect(r.windowsBefore, 'the chat window the page opened').to.have.length(1);
    expect(r.windowsBefore[0]).to.match(/^http:\/\/127\.0\.0\.1:\d+\/test\/fixtures\/start\.html$/);
    expect(r.windows, 'closed by the exit').to.deep.equal([]);
    expect(r.documents, 'one navigation').to.equal(1);
    expect(r.finalUrl).to.equal('https://neutral.example/');
  });

  // Issue 11 and 16, as a person meets them on a real site (dist files, real keys and navigations).
  describe('on real sites', () => {
    before(async () => {
      const response = await fetch('/dist/cdn/exit-core.inline.html', { method: 'HEAD' });
      if (!response.ok) throw new Error('dist/cdn is missing: run `npm run build` before the browser tests');
    });

    it('the README setup (core inlined + quick-exit.js): Shift, Shift, click, Shift leaves once', async () => {
      const r = await run('quick-exit/fixtures/readme-setup.html', 'panic', { delay: 1500 });
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.address, "the site's root in the address bar meanwhile").to.equal(siteRoot(r));
      expect(r.exitEvents, 'one trygg-exit').to.equal(1);
      expect(r.documents, 'one navigation').to.equal(1);
      expect(r.after.length).to.equal(r.before.length);
    });

    // A design system's header component renders the element into its shadow root: until round 42
    // the core saw only the page's own tree, and Shift three times did nothing there.
    for (const trigger of ['shift', 'panic'])
      it(`the README setup with the element in a header component's shadow root: ${trigger === 'shift' ? 'Shift ×3' : 'Shift, Shift, click, Shift'} leaves once`, async () => {
        const r = await run('quick-exit/fixtures/header-component.html', trigger, { delay: 1500 });
        expect(r.finalUrl).to.equal('https://neutral.example/header');
        expect(r.exitEvents, 'one trygg-exit').to.equal(1);
        expect(r.documents, 'one navigation').to.equal(1);
        expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
        expect(r.consoleErrors).to.deep.equal([]);
      });

    it("the exit core inlined and the element's file not loaded yet, the element in a header component's open shadow root: Shift ×3 leaves to its destination", async () => {
      const r = await run('quick-exit/fixtures/header-component-core-only.html', 'shift');
      expect(r.finalUrl).to.equal('https://neutral.example/header');
      expect(r.exitEvents, 'one trygg-exit').to.equal(1);
      expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
      expect(r.consoleErrors).to.deep.equal([]);
    });

    it('inlined, the core leaves by Shift ×3 while a slow script holds the parser', async () => {
      const r = await run('quick-exit/fixtures/parser-blocked.html', 'shift', { blocked: true });
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
      expect(r.backUrl).to.match(/start\.html$/);
    });

    it('inlined, the core makes the fallback link leave by replace while the parser is held', async () => {
      const r = await run('quick-exit/fixtures/parser-blocked.html', 'fallback-link', { blocked: true });
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.after.length).to.equal(r.before.length);
      expect(r.requests[0].referer).to.equal(null);
    });

    for (const trigger of ['type-then-click', 'type-then-shift']) {
      it(`a site's unsaved-changes guard neither blocks nor holds the exit (${trigger})`, async () => {
        const r = await run('quick-exit/fixtures/guard.html', trigger);
        expect(r.dialogs, 'no "Leave site?"').to.deep.equal([]);
        expect(r.finalUrl).to.equal('https://neutral.example/');
      });
    }

    it('under script-src with the published hash: the inline core runs, and leaving sends nothing but the navigation', async () => {
      const r = await run('quick-exit/fixtures/csp-inline.html?csp', 'fallback-link');
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(r.after.length, 'the inline core ran: replace').to.equal(r.before.length);
      expect(
        r.consoleErrors.filter((e) => e.startsWith('CSP')),
        'no CSP violation'
      ).to.deep.equal([]);
      expect(
        r.requests.filter((q) => !q.url.startsWith('https://neutral.example/')),
        'no icon, no report, nothing else'
      ).to.deep.equal([]);
    });

    it('under report-to (Reporting API): leaving raises no CSP violation, so there is nothing to report', async () => {
      const r = await run('quick-exit/fixtures/csp-inline.html?csp=report-to', 'fallback-link');
      expect(r.finalUrl).to.equal('https://neutral.example/');
      expect(
        r.consoleErrors.filter((e) => e.startsWith('CSP')),
        'no CSP violation'
      ).to.deep.equal([]);
      expect(r.requests.filter((q) => !q.url.startsWith('https://neutral.example/'))).to.deep.equal([]);
    });

    it('in an older browser (no CSSStyleSheet, no checkVisibility), the inlined core installs and the exit hides the page, by the fallback link and by Shift×3', async () => {
      for (const trigger of ['fallback-link', 'shift']) {
        const r = await run('quick-exit/fixtures/no-sheets.html', trigger, { delay: 1500 });
        expect(r.consoleErrors, trigger).to.deep.equal([]);
        expect(r.shown, trigger).to.deep.equal(nothingShown);
        expect(r.address, `${trigger}: the site's root in the address bar meanwhile`).to.equal(siteRoot(r));
        expect(r.finalUrl, trigger).to.equal('https://neutral.example/');
        expect(r.after.length, `${trigger}: replace, not push`).to.equal(r.before.length);
      }
    });

    // The apps of test/integration/ (built by scripts/integration.mjs) with a cookie-consent modal
    // open. In the React app: Headless UI's Dialog makes #root (and the exit in it) inert and
    // aria-hidden; React Aria's modal makes it inert (not aria-hidden), and goes on marking inert
    // whatever is added to <body> while it is open (the stand-in included); Radix's hides #root with
    // aria-hidden and sets pointer-events: none on <body>. In the Vue app, Headless UI's Dialog for Vue
    // marks #app inert and aria-hidden. In the Svelte app, bits-ui's Dialog marks nothing: its dialog
    // says it is modal (aria-modal), and its trap keeps the focus in it. Each traps focus in its dialog
    // and closes it on a press outside.
    for (const [app, query, library, mark] of [
      ['react', 'consent', 'Headless UI', 'inert'],
      ['react', 'aria-consent', 'React Aria', 'inert'],
      ['react', 'radix-consent', 'Radix', 'aria-hidden'],
      ['vue', 'consent', 'Headless UI for Vue', 'inert'],
      ['svelte', 'consent', 'bits-ui', 'nothing'],
    ] as const) {
      for (const trigger of ['seen-click', 'shift', 'tab']) {
        it(`behind a ${app} site's ${library} modal, which ${mark === 'nothing' ? 'marks nothing' : `marks the page ${mark}`}: it leaves (${trigger})`, async () => {
          const page = `/test/integration/${app}/dist/index.html`;
          if (!(await fetch(page, { method: 'HEAD' })).ok) throw new Error(`${page} is missing: run \`npm test\``);
          const root = app === 'react' ? '#root' : '#app';
          const r = await run(`integration/${app}/dist/index.html?${query}`, trigger, {
            ready:
              mark === 'nothing'
                ? '[role="dialog"][aria-modal="true"]'
                : `body:has(${root}[${mark === 'inert' ? 'inert' : 'aria-hidden="true"'}]) [role="dialog"]`,
            delay: 1500,
          });
          const marked = {
            inert: r.before.inert,
            'aria-hidden': r.before.hidden,
            nothing: !r.before.inert && !r.before.hidden,
          };
          expect(marked[mark], `${library} marked the exit: ${mark}`).to.equal(true);
          expect(r.finalUrl).to.equal('https://www.smhi.se/');
          expect(r.exitEvents, 'one trygg-exit').to.equal(1);
          expect(r.shown, 'nothing on screen in the first frame').to.deep.equal(nothingShown);
          expect(r.address, "the site's root in the address bar meanwhile").to.equal(siteRoot(r));
          expect(r.address, "the site's root in the address bar meanwhile").to.equal(siteRoot(r));
          expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
        });
      }
    }

    // A role-less menu in React Aria's FocusScope (`contain`): nothing marked, nothing says modal.
    // React Aria takes Tab at the menu's last control and sends it round to its first, so Tab reaches
    // the exit only where the element has seen that round and stands a copy first in the menu.
    for (const trigger of ['tab', 'shift', 'seen-click']) {
      it(`in a react site's menu that React Aria's FocusScope keeps the focus in (no role, nothing marked): it leaves (${trigger})`, async () => {
        const page = '/test/integration/react/dist/index.html';
        if (!(await fetch(page, { method: 'HEAD' })).ok) throw new Error(`${page} is missing: run \`npm test\``);
        const r = await run('integration/react/dist/index.html?aria-menu', trigger, {
          ready: 'nav[aria-label="Meny"]:focus-within',
          delay: 1500,
        });
        expect(r.before.inert || r.before.hidden, 'React Aria marked nothing').to.equal(false);
        // From the menu's first link (React Aria focuses it): its second, its close button, and the
        // Tab React Aria sends round ends at the copy, now first in the menu.
        if (trigger === 'tab') expect(r.tabs, 'Tabs to the exit').to.equal(3);
        expect(r.finalUrl).to.equal('https://www.smhi.se/');
        expect(r.exitEvents, 'one trygg-exit').to.equal(1);
        expect(r.shown, 'nothing on screen in the first frame').to.deep.equal(nothingShown);
        expect(r.after.length, 'replaced, not pushed').to.equal(r.before.length);
      });
    }

    it('hides the page even when the site made style.setProperty and history.replaceState (before) and constructed sheets (after) no-ops, and locked window.open, play(), connect() and Notification (before)', async () => {
      const r = await run('quick-exit/fixtures/tampered.html', 'shift', { delay: 1500 });
      expect(r.shown).to.deep.equal(nothingShown);
      expect(r.address, "the site's root in the address bar while the neutral site loads").to.equal(siteRoot(r));
      expect(r.finalUrl).to.equal('https://neutral.example/');
    });
  });
});
