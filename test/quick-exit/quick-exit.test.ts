import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/quick-exit/index.js';
import type { TryggQuickExit } from '../../src/components/quick-exit/index.js';
import {
  DEFAULT_EXIT_URL,
  EXIT_CHANNEL,
  EXIT_KEY,
  exitInternals,
  SHORTCUT_GAP,
  SHORTCUT_HOLD,
} from '../../src/core/exit.js';
import type { ExitCore } from '../../src/core/exit.js';
import { captureErrors, setLang, shadowText } from '../support/helpers.js';
import type { Howl as HowlType, HowlerGlobal } from 'howler';
import type { TemplateResult } from 'lit';

const navigations: string[] = [];
const realNavigate = exitInternals.navigate;
const realNow = exitInternals.now;
let clock = 0;
const originalTitle = document.title;

/** What the page looked like at the moment of navigation (recorded inside the same task). */
interface Snapshot {
  display: string;
  title: string;
  referrerMeta: string | null;
  icons: string[];
  exitEvents: number;
}
const snapshots: Snapshot[] = [];
let exitEvents = 0;
const countExit = () => {
  exitEvents++;
};

function restorePage(): void {
  exitInternals.restore();
  document.title = originalTitle;
  document.head.querySelectorAll('meta[name="referrer"], link[rel~="icon"]').forEach((n) => {
    n.remove();
  });
}

/**
 * Runs `step` with this page's exit held: the core's `exit` notes where it would go (a frame's kit
 * leaves through it, a message from another tab reaches it) and this page, and its frames, stay.
 */
async function withPageExitHeld(step: (held: string[]) => unknown): Promise<string[]> {
  const pageCore = (window as unknown as { [EXIT_KEY]: ExitCore })[EXIT_KEY];
  const pageExit = pageCore.exit.bind(pageCore);
  const held: string[] = [];
  pageCore.exit = (href = '') => {
    held.push(href);
  };
  try {
    await step(held);
  } finally {
    pageCore.exit = pageExit;
  }
  return held;
}

function button(el: TryggQuickExit): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button')!;
}

function toggle(el: TryggQuickExit): HTMLButtonElement {
  return el.shadowRoot!.querySelector('[part="help-toggle"]')!;
}

function panel(el: TryggQuickExit): HTMLElement {
  return el.shadowRoot!.querySelector('[part="help"]')!;
}

/** A real mouse click at the centre of `node` (trusted, hit-tested like a person's click). */
async function clickAt(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await resetMouse();
}

function status(el: TryggQuickExit): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
}

/** The frame that shows the hidden page, and the task after it (where the core pauses media). */
function afterHiddenFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
  });
}

/**
 * Waits (5 s at most) until the browser has no window this page opened: its own list of windows,
 * not a window's `closed` (which says what the page asked for, also of a window left on screen).
 */
async function waitForNoOpenedWindow(what: string): Promise<void> {
  let open = await executeServerCommand<string[], undefined>('trygg-opened-windows');
  for (let tries = 0; open.length && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    open = await executeServerCommand<string[], undefined>('trygg-opened-windows');
  }
  expect(open, what).to.deep.equal([]);
}

/** Half a second of a 440 Hz tone, as a WAV file in a `data:` URL (no request). */
function toneWav(): string {
  const rate = 8000;
  const samples = rate / 2;
  const wav = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (at: number, value: string): void => {
    for (let i = 0; i < value.length; i++) wav.setUint8(at + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  wav.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  wav.setUint32(16, 16, true);
  wav.setUint16(20, 1, true); // PCM
  wav.setUint16(22, 1, true); // mono
  wav.setUint32(24, rate, true);
  wav.setUint32(28, rate * 2, true);
  wav.setUint16(32, 2, true);
  wav.setUint16(34, 16, true);
  text(36, 'data');
  wav.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++)
    wav.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), true);
  return `data:audio/wav;base64,${btoa(String.fromCharCode(...new Uint8Array(wav.buffer)))}`;
}

/**
 * Another site's video player in the page, in the element `embed` makes from its URL (served from
 * 127.0.0.1 to the localhost test page): a real click plays a tone in it, and it posts its state
 * every 20 ms. After a real click at the exit, once the page is hidden and while the destination
 * still loads (the navigation is held here), its page must no longer run and its element be off the
 * page: no script here can pause it.
 */
async function checkPlayerFromAnotherSite(embed: (src: string) => TemplateResult): Promise<void> {
  const heard: string[] = [];
  const listen = (event: MessageEvent<{ player?: unknown } | null>) => {
    const state = event.data?.player;
    if (typeof state === 'string') heard.push(state);
  };
  window.addEventListener('message', listen);
  try {
    const line = location.origin.replace('localhost', '127.0.0.1');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      ${embed(`${line}/test/quick-exit/fixtures/player-frame.html`)}
    </div>`);
    const player = wrapper.lastElementChild as HTMLElement & { contentDocument?: Document | null };
    await waitUntil(() => heard.length > 0, 'the player runs', { timeout: 5000 });
    expect(player.contentDocument ?? null, 'another site’s page: no script here can reach its media').to.equal(null);
    // In one run of seven (the first after a build) a click into the player just loaded did not
    // start it within 5 s: click again then (why is not known).
    for (let tries = 0; heard.at(-1) !== 'running' && tries < 5; tries++) {
      await clickAt(player);
      await waitUntil(() => heard.at(-1) === 'running', 'the player plays sound', { timeout: 1000 }).catch(
        () => undefined
      );
    }
    expect(heard.at(-1), 'the player plays sound').to.equal('running');
    await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
    expect(navigations).to.deep.equal(['https://neutral.example/']);
    await afterHiddenFrame();
    // (A message it sent just before may still be on its way.)
    await new Promise((resolve) => setTimeout(resolve, 100));
    const count = heard.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.length, 'the player’s page no longer runs (nothing plays)').to.equal(count);
    expect(player.isConnected, 'the player is off the page').to.equal(false);
  } finally {
    window.removeEventListener('message', listen);
  }
}

async function pressShift(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Shift' });
}

beforeEach(async () => {
  navigations.length = 0;
  snapshots.length = 0;
  exitEvents = 0;
  clock = 0;
  exitInternals.navigate = (href: string) => {
    navigations.push(href);
    snapshots.push({
      display: getComputedStyle(document.documentElement).display,
      title: document.title,
      referrerMeta: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
      icons: [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.getAttribute('href') ?? ''),
      exitEvents,
    });
  };
  exitInternals.now = () => clock;
  // A fresh page view: the shortcut count starts at zero (as after a real page load).
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
  document.addEventListener('trygg-exit', countExit);
  await setLang('sv');
});

afterEach(() => {
  exitInternals.navigate = realNavigate;
  exitInternals.now = realNow;
  document.removeEventListener('trygg-exit', countExit);
  restorePage();
});

describe('<trygg-quick-exit>', () => {
  describe('rendering', () => {
    it('renders a localized button in Swedish, English and Arabic', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      expect(button(el).textContent.trim()).to.equal('Lämna sidan snabbt');
      await expect(el).to.be.accessible();

      await setLang('en-GB', el);
      expect(button(el).textContent.trim()).to.equal('Exit this page quickly');
      await expect(el).to.be.accessible();

      await setLang('ar', el);
      expect(button(el).textContent.trim()).to.equal('غادر هذه الصفحة بسرعة');
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('falls back to Swedish for an unsupported page language', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await setLang('de', el);
      expect(button(el).textContent.trim()).to.equal('Lämna sidan snabbt');
    });

    it('lets the site replace the label', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit label="Stäng sidan"></trygg-quick-exit>`);
      expect(button(el).textContent.trim()).to.equal('Stäng sidan');
      expect(button(el)).to.have.property('type', 'button');
    });

    it('does not show the light-DOM fallback link after upgrade', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit><a href="https://neutral.example/">Lämna</a></trygg-quick-exit>`
      );
      const link = el.querySelector('a')!;
      expect(link.getClientRects().length, 'fallback link is not rendered').to.equal(0);
      expect(button(el).getBoundingClientRect().height).to.be.greaterThan(40);
    });

    it('keeps its bar at the top of the window, does not cover the content below it and fits 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <trygg-quick-exit></trygg-quick-exit>
          <h1 id="content">Stöd vid våld i nära relationer och hedersrelaterat våld</h1>
        </div>`);
        const el = wrapper.querySelector('trygg-quick-exit')!;
        await el.updateComplete;
        // The bar is in the top layer, fixed at the top; the element reserves its height in the page.
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="bar"]')!).position).to.equal('fixed');
        expect(el.shadowRoot!.querySelector('[part="bar"]')!.matches(':popover-open')).to.equal(true);
        const bar = button(el).getBoundingClientRect();
        const content = wrapper.querySelector('#content')!.getBoundingClientRect();
        expect(bar.bottom, 'button ends above the content').to.be.at.most(content.top);
        expect(bar.right).to.be.at.most(320);
        expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(320);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows its bar fixed at the top in its first frame, and puts it in the top layer in the task after', async () => {
      const el = document.createElement('trygg-quick-exit');
      el.href = 'https://neutral.example/';
      document.body.prepend(el);
      try {
        const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!;
        // Connected, before the first frame: laid out at the top of the window and listening, but
        // no top-layer work yet (it would be in the define's task: README, "Placement").
        expect(getComputedStyle(bar).position).to.equal('fixed');
        expect(button(el).getBoundingClientRect().top).to.be.below(60);
        expect(bar.matches(':popover-open'), 'not in the top layer before the first frame').to.equal(false);
        let inFrame: boolean | undefined;
        requestAnimationFrame(() => {
          inFrame = bar.matches(':popover-open');
        });
        await el.updateComplete;
        expect(inFrame, 'not in the top layer while the first frame is drawn').to.equal(false);
        expect(bar.matches(':popover-open'), 'in the top layer after the first frame').to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('is one row of 3.25rem at every width from 320 px, in every language: no layout shift on upgrade', async () => {
      // Pages reserve 3.25rem before upgrade (README): at 320–360 px the bar used to wrap to 5.8rem.
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit></trygg-quick-exit>
        <p id="after">Innehåll</p>
      </div>`);
      const el = wrapper.querySelector('trygg-quick-exit')!;
      const reserved = 3.25 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      try {
        for (const width of [320, 360, 412, 800]) {
          await setViewport({ width, height: 640 });
          for (const lang of ['sv', 'en', 'ar']) {
            await setLang(lang, el);
            const what = `${width} px, ${lang}`;
            const help = toggle(el).getBoundingClientRect();
            const exit = button(el).getBoundingClientRect();
            expect(el.getBoundingClientRect().height, what).to.be.closeTo(reserved, 0.5);
            expect(help.top, `${what}: help beside the button`).to.be.below(exit.bottom);
            expect(help.height, `${what}: help target at least 24 px`).to.be.at.least(24);
            expect(document.documentElement.scrollWidth, what).to.be.at.most(width);
          }
        }
        // Open, the help panel is in the page below the bar, nearly the full width.
        await setViewport({ width: 320, height: 640 });
        await setLang('sv', el);
        toggle(el).click();
        const box = panel(el).getBoundingClientRect();
        expect(box.top).to.be.at.least(button(el).getBoundingClientRect().bottom);
        expect(box.width).to.be.above(280);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
        await setLang('sv');
      }
    });

    it('opens its help panel under the button and the help link, in Arabic too (on their side, not the other)', async () => {
      // The panel's margin was physical (`auto` on the left): in Arabic the controls are at the left
      // and the panel opened at the right, 300 px away from the link that opened it.
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await setViewport({ width: 1280, height: 640 });
      try {
        for (const lang of ['sv', 'ar']) {
          await setLang(lang, el);
          toggle(el).click();
          await el.updateComplete;
          const box = panel(el).getBoundingClientRect();
          for (const control of [button(el), toggle(el)]) {
            const r = control.getBoundingClientRect();
            expect(r.left, `${lang}: ${control.textContent.trim()} above the panel`).to.be.at.least(box.left);
            expect(r.right, `${lang}: ${control.textContent.trim()} above the panel`).to.be.at.most(box.right);
          }
          await expect(el).to.be.accessible();
          toggle(el).click();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
        await setLang('sv');
      }
    });

    it('at 320 px in a wide font the help link stays two lines inside the bar, and larger text never pushes it above the window', async () => {
      // Noto Sans (the visual tests' font) is wider than this machine's default: "Så döljer du ditt
      // besök" took three lines in a 52 px bar, centred, its top border and first line above the
      // window (every demo page at 320 px). The button's padding now gives way on a phone, and a
      // control taller than the bar hangs down from its top instead of reaching above the window.
      const fonts = ['/node_modules/@fontsource/noto-sans/400.css', '/node_modules/@fontsource/noto-sans/700.css'];
      const links = fonts.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
      document.head.append(...links);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: 'Noto Sans', sans-serif">
        <trygg-quick-exit></trygg-quick-exit>
        <p>Innehåll</p>
      </div>`);
      const el = wrapper.querySelector('trygg-quick-exit')!;
      await document.fonts.load("700 16px 'Noto Sans'");
      await document.fonts.load("400 14px 'Noto Sans'");
      await setViewport({ width: 320, height: 640 });
      try {
        for (const lang of ['sv', 'en', 'ar']) {
          await setLang(lang, el);
          const help = toggle(el).getBoundingClientRect();
          const bar = el.shadowRoot!.querySelector('[part="bar"]')!.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(toggle(el)).lineHeight);
          expect(help.top, `${lang}: the help link's top inside the bar`).to.be.at.least(bar.top);
          expect(help.bottom, `${lang}: the help link's bottom inside the bar`).to.be.at.most(bar.bottom);
          expect(toggle(el).getClientRects().length, lang).to.equal(1);
          expect(
            Math.round((help.height - 10) / lineHeight),
            `${lang}: lines of "Så döljer du ditt besök"`
          ).to.be.at.most(2);
        }
        await setLang('sv', el);
        document.documentElement.style.fontSize = '24px';
        await el.updateComplete;
        const help = toggle(el).getBoundingClientRect();
        expect(help.height, 'set-up: the help link is taller than the bar').to.be.above(
          el.shadowRoot!.querySelector('[part="bar"]')!.getBoundingClientRect().height
        );
        expect(help.top, 'its top border on screen').to.be.at.least(0);
        await expect(el).to.be.accessible();
      } finally {
        document.documentElement.style.fontSize = '';
        for (const l of links) l.remove();
        await setViewport({ width: 800, height: 600 });
        await setLang('sv');
      }
    });

    for (const where of ['in the page', 'inside another component’s shadow root'] as const) {
      it(`never hides a keyboard-focused element under the sticky bar, ${where} (WCAG 2.4.11)`, async () => {
        await setViewport({ width: 320, height: 480 });
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div>
            <trygg-quick-exit></trygg-quick-exit>
            <div id="content">
              <p><a href="#one" id="one">Första länken</a></p>
              <div style="block-size: 300px"></div>
              <p style="text-align: end"><a href="#two" id="two">Andra</a></p>
              <div style="block-size: 2000px"></div>
            </div>
          </div>`);
          const el = wrapper.querySelector('trygg-quick-exit')!;
          await el.updateComplete;
          let scope: ParentNode = wrapper;
          if (where !== 'in the page') {
            // Focus moving inside one shadow root never reaches a document focusin listener.
            const content = wrapper.querySelector('#content')!;
            const root = content.attachShadow({ mode: 'open' });
            root.append(...content.childNodes);
            scope = root;
          }
          const link = scope.querySelector<HTMLElement>('#two')!;
          // Scroll the page so that the link sits right under the stuck button, still in the viewport.
          const controls = () =>
            [...el.shadowRoot!.querySelectorAll('.button, .toggle')].map((c) => c.getBoundingClientRect());
          window.scrollBy(0, link.getBoundingClientRect().top - controls()[0].top);
          const covered = () => {
            const box = link.getBoundingClientRect();
            return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el;
            // (a point on the bar's controls hits the element: they are in its shadow root)
          };
          expect(covered(), 'set-up: the link is under the bar').to.equal(true);
          scope.querySelector<HTMLElement>('#one')!.focus({ preventScroll: true });
          expect(covered(), 'still under the bar before Tab').to.equal(true);
          await sendKeys({ press: 'Tab' });
          expect(link.matches(':focus')).to.equal(true);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(covered(), 'the focused link is not under the bar').to.equal(false);
          const bottom = Math.max(...controls().map((c) => c.bottom));
          expect(link.getBoundingClientRect().top, 'below the bar, focus ring included').to.be.at.least(bottom);
        } finally {
          window.scrollTo(0, 0);
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it('brings the target of an in-page link into view below the bar, not under it', async () => {
      await setViewport({ width: 320, height: 480 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <trygg-quick-exit></trygg-quick-exit>
          <p><a href="#qx-target">Till avsnittet</a></p>
          <div style="block-size: 1500px"></div>
          <h2 id="qx-target">Avsnittet</h2>
          <div style="block-size: 1500px"></div>
        </div>`);
        const el = wrapper.querySelector('trygg-quick-exit')!;
        await el.updateComplete;
        // The bar is measured in its first frame (a ResizeObserver): a person clicks after that.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        wrapper.querySelector('a')!.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const barBottom = Math.max(
          ...[...el.shadowRoot!.querySelectorAll('.button, .toggle')].map((c) => c.getBoundingClientRect().bottom)
        );
        const heading = wrapper.querySelector('h2')!.getBoundingClientRect();
        expect(scrollY, 'the page scrolled to the target').to.be.above(1000);
        expect(heading.top, 'the heading is below the bar').to.be.at.least(barBottom);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
        window.scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it("pads the page's scrolling by the bar, leaves a page's own scroll-padding alone, and takes its own away with the last element", async () => {
      const padding = () => getComputedStyle(document.documentElement).scrollPaddingBlockStart;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(padding(), 'no element: the page as it was').to.equal('auto');
      const first = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      const second = await fixture<TryggQuickExit>(html`<trygg-quick-exit shortcut="none"></trygg-quick-exit>`);
      await frame();
      const bottom = () =>
        Math.max(...[button(first), toggle(first)].map((control) => control.getBoundingClientRect().bottom));
      // The bottom of the lowest control, and 12 px for the focus ring.
      expect(padding()).to.equal(`${Math.ceil(bottom()) + 12}px`);
      const own = document.createElement('style');
      own.textContent = 'html { scroll-padding-top: 100px }';
      document.head.append(own);
      try {
        expect(padding(), "the page's own value wins").to.equal('100px');
      } finally {
        own.remove();
      }
      // A longer label wraps at 320 px: the bar's controls grow, and the padding with them.
      const before = bottom();
      await setViewport({ width: 320, height: 480 });
      try {
        first.label = 'Lämna den här sidan snabbt och gå till en annan webbplats';
        await frame();
        expect(bottom(), 'set-up: the button is taller').to.be.above(before);
        expect(padding()).to.equal(`${Math.ceil(bottom()) + 12}px`);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
      first.remove();
      expect(padding(), 'one element left').not.to.equal('auto');
      second.remove();
      expect(padding(), 'none left').to.equal('auto');
      expect(document.adoptedStyleSheets, 'nothing of ours left on the page').to.have.length(0);
    });

    it('shows a visible focus indicator for keyboard users', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      const before = getComputedStyle(button(el)).outlineStyle;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab focuses the button').to.equal(button(el));
      const focused = getComputedStyle(button(el));
      expect(before).to.equal('none');
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    });

    it('stays visible and bordered in forced-colours mode', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const style = getComputedStyle(button(el));
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });
  });

  describe('help', () => {
    it('explains in a disclosure that the browser history is not erased', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      // "Så döljer du ditt besök" (how to), not "Dölj ditt besök" (an action a person in a hurry presses).
      expect(toggle(el).textContent.trim()).to.equal('Så döljer du ditt besök');
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el).checkVisibility()).to.equal(false);
      toggle(el).click();
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el).checkVisibility()).to.equal(true);
      expect(shadowText(el)).to.contain('Webbläsarens historik raderas inte');
      expect(shadowText(el)).to.contain('Shift tre gånger');
      await expect(el).to.be.accessible();

      await setLang('en', el);
      expect(shadowText(el)).to.contain('Your browser history is not erased');
      expect(toggle(el).textContent.trim()).to.equal('How to hide your visit');
      await setLang('ar', el);
      expect(shadowText(el)).to.contain('لا يُمسح سجل المتصفح');
      await expect(el).to.be.accessible();
    });

    it('does not mention the shortcut when it is off', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit shortcut="none"></trygg-quick-exit>`);
      toggle(el).click();
      const shown = (): string => panel(el).innerText;
      expect(shown()).to.contain('Webbläsarens historik raderas inte');
      expect(shown()).not.to.contain('Shift');
      el.shortcut = 'shift';
      await el.updateComplete;
      expect(shown()).to.contain('Du kan också trycka på Shift tre gånger.');
      el.shortcut = 'none';
      await el.updateComplete;
      expect(shown()).not.to.contain('Shift');
      await expect(el).to.be.accessible();
    });

    it('shows the panel in the page language when it is first opened there', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await setLang('en', el);
      toggle(el).click();
      expect(panel(el).innerText).to.contain('Your browser history is not erased');
      expect(panel(el).innerText).not.to.contain('Webbläsarens');
      await setLang('sv', el);
      expect(panel(el).innerText).to.contain('Webbläsarens historik raderas inte');
    });

    it('links to the site’s own help page when help-href is set, and only to a safe URL', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit help-href="/dolj-besok"></trygg-quick-exit>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="help-link"]')!;
      expect(link.textContent.trim()).to.equal('Så döljer du ditt besök');
      expect(link.getAttribute('href')).to.equal('/dolj-besok');
      expect(toggle(el).checkVisibility(), 'no built-in panel').to.equal(false);
      toggle(el).click(); // a script's click on the hidden control
      expect(panel(el).checkVisibility(), 'the panel stays closed beside the link').to.equal(false);
      await expect(el).to.be.accessible();

      el.helpHref = 'javascript:alert(1)';
      await el.updateComplete;
      expect(link.checkVisibility()).to.equal(false);
      expect(toggle(el).checkVisibility()).to.equal(true);
    });

    it('takes the site’s own help text in the help slot', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit><p slot="help">Läs mer på kommunens sida om säkerhet på nätet.</p></trygg-quick-exit>`
      );
      const own = el.querySelector('p')!;
      expect(own.checkVisibility(), 'not shown while the panel is closed').to.equal(false);
      toggle(el).click();
      const slot = panel(el).querySelector<HTMLSlotElement>('slot[name="help"]')!;
      expect(slot.assignedElements()).to.deep.equal([own]);
      expect(own.checkVisibility(), 'shown in the open panel').to.equal(true);
      const builtIn = [...panel(el).querySelectorAll('p')];
      expect(builtIn, 'the built-in text is there to fall back on').to.have.length(3);
      expect(
        builtIn.some((p) => p.checkVisibility()),
        'the built-in text is not shown beside it'
      ).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('activation', () => {
    it('leaves on click: hides the page and withholds the referrer in the same task, then blanks the tab', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      const icon = Object.assign(document.createElement('link'), { rel: 'icon', href: 'data:,' });
      document.head.append(icon);
      button(el).click();
      expect(navigations).to.deep.equal(['https://neutral.example/']);
      const [snap] = snapshots;
      expect(snap.display).to.equal('none');
      expect(snap.referrerMeta).to.equal('no-referrer');
      expect(snap.exitEvents, 'trygg-exit fired before leaving').to.equal(1);
      expect(document.elementFromPoint(10, 10), 'no pixel of the page is left').to.equal(null);
      // The tab, once the hidden page is on screen (the destination is still loading then).
      await afterHiddenFrame();
      expect(document.title).to.equal('\u200b');
      expect(
        [...document.querySelectorAll('link[rel~="icon"]')],
        'the page icon is gone and no data: icon replaces it (a request under CSP)'
      ).to.deep.equal([]);
    });

    it('keeps the tab’s title and icon blank while the destination loads, when a chat widget sets them again', async () => {
      // A chat widget that flags a new message in the tab (in its title, and with an icon with a
      // badge, added where the page has no icon link): until round 44 it could put the page's name
      // and its message back in the tab after the exit had blanked it, while the destination loaded.
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      const blinker = setInterval(() => {
        document.title = document.title === 'Stöd' ? '(1) Nytt meddelande' : 'Stöd';
      }, 5);
      try {
        await clickAt(button(el));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        const shown = new Set<string>();
        // Half a second: about a hundred changes, each in a task of its own (the hold gives way only
        // to 50 changes in one task, the next test's case).
        for (let frame = 0; frame < 30; frame++) {
          await new Promise(requestAnimationFrame);
          shown.add(document.title);
        }
        expect([...shown], 'the title in every frame while the destination loads').to.deep.equal(['\u200b']);
        // Its text changed in place, and a new icon with the widget's badge.
        document.querySelector('title')!.firstChild!.nodeValue = '(2) Nya meddelanden';
        const badge = Object.assign(document.createElement('link'), { rel: 'icon', href: 'data:,badge' });
        document.head.append(badge);
        await new Promise(requestAnimationFrame);
        expect(document.title).to.equal('\u200b');
        expect(badge.isConnected, 'the badge icon is taken off before the next frame').to.equal(false);
      } finally {
        clearInterval(blinker);
      }
      // Once the page is shown again (a test's restore, a fresh page view), the page's own title is its own.
      restorePage();
      document.title = 'Stöd';
      await new Promise(requestAnimationFrame);
      expect(document.title).to.equal('Stöd');
    });

    it('does not hang the page it leaves when a site script sets its title again at every change of it', async () => {
      // A script that keeps the page's own title (it sets it again whenever it changes) and the
      // exit's hold on the blank title would answer each other for ever in one task, the hidden
      // page hung while the destination loads: the hold gives way after 50 changes in one task.
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      document.title = 'Stöd';
      let kept = 0;
      const keeper = new MutationObserver(() => {
        if (document.title !== 'Stöd') {
          kept++;
          document.title = 'Stöd';
        }
      });
      keeper.observe(document.head, { subtree: true, childList: true, characterData: true });
      try {
        await clickAt(button(el));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        // This runs: the page's tasks go on.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(kept, 'the two answered each other a bounded number of times').to.be.within(1, 60);
        expect(document.title, 'the site’s script has the last word').to.equal('Stöd');
        expect(getComputedStyle(document.documentElement).display, 'the page stays hidden').to.equal('none');
      } finally {
        keeper.disconnect();
      }
    });

    it('keeps the page hidden when a site script clears <html>’s style after the hidden frame', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      button(el).click();
      await afterHiddenFrame();
      document.documentElement.removeAttribute('style');
      expect(getComputedStyle(document.documentElement).display, 'the constructed sheet holds').to.equal('none');
      expect(document.elementFromPoint(10, 10)).to.equal(null);
    });

    it('does not measure or restyle the page it is leaving: the hidden frame keeps the scroll padding as it was', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      // The bar's first frame: its controls are measured and the page's scroll padding is set.
      await afterHiddenFrame();
      const padding = document.adoptedStyleSheets.find((s) =>
        [...s.cssRules].some((rule) => rule.cssText.includes('scroll-padding'))
      );
      expect(padding, 'set-up: the page is padded by the bar').not.to.equal(undefined);
      button(el).click();
      await afterHiddenFrame();
      await afterHiddenFrame();
      // Hidden, the controls measure 0: taking that for a change would rewrite the page's sheets in
      // the frame the person waits for (0.1-0.3 ms of the exit's first frame here).
      // (Booleans: chai would print the sheets' whole DOM graph on a failure.)
      const sheets = document.adoptedStyleSheets;
      expect(sheets.includes(padding!), 'the padding stays until the page is shown again').to.equal(true);
      expect(getComputedStyle(document.documentElement).display).to.equal('none');
      expect(sheets.at(-1)?.cssRules[0]?.cssText, 'the hiding sheet stays last').to.include('display: none');
      // Shown again (a restore): the controls are measured again.
      restorePage();
      el.label = 'Lämna den här sidan snabbt och gå till en annan webbplats nu';
      await setViewport({ width: 320, height: 480 });
      try {
        await afterHiddenFrame();
        await afterHiddenFrame();
        const bottom = Math.max(
          ...[...el.shadowRoot!.querySelectorAll('.button, .toggle')].map((c) => c.getBoundingClientRect().bottom)
        );
        expect(getComputedStyle(document.documentElement).scrollPaddingBlockStart).to.equal(
          `${Math.ceil(bottom) + 12}px`
        );
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves on Enter and on Space', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.have.length(1);
      restorePage();
      button(el).focus();
      await sendKeys({ press: 'Space' });
      expect(navigations).to.have.length(2);
    });

    it('fires trygg-exit (bubbles, composed) with the destination and trigger', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit href="https://neutral.example/a"></trygg-quick-exit></div>`
      );
      const el = wrapper.querySelector('trygg-quick-exit')!;
      let detail: unknown;
      let event: Event | undefined;
      wrapper.addEventListener('trygg-exit', (e) => {
        event = e;
        detail = (e as CustomEvent).detail;
      });
      button(el).click();
      expect(event?.bubbles).to.equal(true);
      expect(event?.composed).to.equal(true);
      expect(detail).to.deep.equal({ href: 'https://neutral.example/a', trigger: 'click' });
    });

    it('stops media and speech once the hidden page is on screen, while the destination loads', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      const video = document.createElement('video');
      document.body.append(video);
      let paused = false;
      let cancelled = false;
      video.pause = () => {
        paused = true;
      };
      const cancel = speechSynthesis.cancel.bind(speechSynthesis);
      speechSynthesis.cancel = () => {
        cancelled = true;
      };
      try {
        el.exit();
        expect(getComputedStyle(document.documentElement).display, 'hidden in the same task').to.equal('none');
        await afterHiddenFrame();
        expect(paused).to.equal(true);
        expect(video.muted).to.equal(true);
        expect(cancelled).to.equal(true);
      } finally {
        speechSynthesis.cancel = cancel;
        video.remove();
      }
    });

    it('uses the light-DOM link as destination when there is no href, and the default when there is neither', async () => {
      const withLink = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit><a href="https://neutral.example/fallback">Lämna</a></trygg-quick-exit>`
      );
      button(withLink).click();
      restorePage();
      const bare = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      button(bare).click();
      expect(navigations).to.deep.equal(['https://neutral.example/fallback', DEFAULT_EXIT_URL]);
      expect(DEFAULT_EXIT_URL).to.equal('https://www.smhi.se/');
    });

    it('takes an https: URL however its scheme and host are capitalised', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="HTTPS://Neutral.Example/a"></trygg-quick-exit>`
      );
      const errors = await captureErrors(() => {
        button(el).click();
      });
      expect(errors).to.deep.equal([]);
      expect(navigations).to.deep.equal(['https://neutral.example/a']);
    });

    it('uses an href set as a property right away', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/a"></trygg-quick-exit>`
      );
      el.href = 'https://neutral.example/b';
      el.exit();
      expect(navigations).to.deep.equal(['https://neutral.example/b']);
    });

    // Issue 16: mistyped destinations used to resolve against the page (and reload it, or stay on it).
    const badDestinations = [
      'http://neutral.example/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative',
      'https://user:pw@neutral.example/',
      'www.smhi.se',
      'smhi.se',
      'https//www.smhi.se',
      'https:/www.smhi.se',
      // A URL parser would read these as https://www.smhi.se/: the editor's text has no host after `https://`.
      'https:///www.smhi.se',
      'https://\\www.smhi.se',
      'https://',
      '/',
      '#',
      '.',
      '?x=1',
      ' ',
      `${location.origin}/stod`,
    ];

    it('leaves only to an absolute https: URL on another site; anything else goes to the default and is reported', async () => {
      for (const bad of badDestinations) {
        const reported: string[] = [];
        const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit href=${bad}></trygg-quick-exit>`);
        const errors = await captureErrors(() => {
          el.addEventListener('trygg-data-error', (e) =>
            reported.push((e as CustomEvent<{ message: string }>).detail.message)
          );
          button(el).click();
        });
        expect(errors.join(), bad).to.contain(`href "${bad.trim()}"`);
        expect(reported.join(), `${bad}: trygg-data-error names the field`).to.contain('href');
        restorePage();
      }
      expect(navigations).to.deep.equal(Array(badDestinations.length).fill(DEFAULT_EXIT_URL));
    });

    it('reports a bad destination as soon as the element is on the page, not only when it is used', async () => {
      const errors = await captureErrors(() => fixture(html`<trygg-quick-exit href="www.smhi.se"></trygg-quick-exit>`));
      expect(errors.join()).to.contain('href "www.smhi.se" is not an absolute https:// URL');
    });

    // The check of a new connection waits for the first frame (the button comes first; README, "Destination").
    it("checks a new connection's destination once the first frame is drawn, once, and only if still needed", async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const frame = () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => setTimeout(resolve));
        });
      const place = (href: string) => {
        const el = document.createElement('trygg-quick-exit');
        el.setAttribute('href', href);
        holder.append(el);
        return el;
      };
      // Every report, by the href of the element it came from (the event bubbles).
      const reported: string[] = [];
      holder.addEventListener('trygg-data-error', (e) => {
        reported.push((e.target as Element).getAttribute('href') ?? '');
      });
      // A bad one: reported once, after the frame.
      let errors = await captureErrors(async () => {
        const el = place('www.smhi.se');
        expect(reported, 'not in the connecting task').to.deep.equal([]);
        await el.updateComplete;
        await frame();
      });
      expect(reported).to.deep.equal(['www.smhi.se']);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('href "www.smhi.se" is not an absolute https:// URL');
      // Mended before the frame: nothing to report. Removed before the frame: nothing either.
      errors = await captureErrors(async () => {
        const mended = place('smhi.se');
        mended.href = 'https://www.smhi.se/';
        place('smhi.se').remove();
        await mended.updateComplete;
        await frame();
      });
      expect(reported).to.deep.equal(['www.smhi.se']);
      expect(errors).to.deep.equal([]);
      // Clicked before the frame: checked at the click, and it leaves to the default.
      errors = await captureErrors(() => {
        button(place('http://neutral.example/')).click();
      });
      expect(errors.join()).to.contain('href "http://neutral.example/" is not an absolute https:// URL');
      expect(navigations).to.deep.equal([DEFAULT_EXIT_URL]);
    });

    it('resolves nothing against a <base>: a relative fallback link does not go to the base site', async () => {
      const base = document.createElement('base');
      base.href = 'https://other.example/';
      document.head.append(base);
      try {
        const el = await fixture<TryggQuickExit>(
          html`<trygg-quick-exit><a href="/neutral">Lämna</a></trygg-quick-exit>`
        );
        await captureErrors(() => {
          button(el).click();
        });
        expect(navigations).to.deep.equal([DEFAULT_EXIT_URL]);
      } finally {
        base.remove();
      }
    });

    it('leaves once, however many times it is activated', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      button(el).click();
      button(el).click();
      el.exit();
      await pressShift(3);
      expect(navigations).to.have.length(1);
      expect(exitEvents).to.equal(1);
    });

    it('acts on a real click and a real Enter even when a site listener stops the event first', async () => {
      const swallow = (event: Event) => {
        event.stopPropagation();
      };
      window.addEventListener('click', swallow, true);
      document.addEventListener('click', swallow, true);
      try {
        const el = await fixture<TryggQuickExit>(
          html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
        );
        await clickAt(button(el));
        expect(navigations).to.have.length(1);
        restorePage();
        button(el).focus();
        await sendKeys({ press: 'Enter' });
        expect(navigations).to.have.length(2);
      } finally {
        window.removeEventListener('click', swallow, true);
        document.removeEventListener('click', swallow, true);
      }
    });

    it('pauses media inside open shadow roots and same-origin frames, and takes the frames off the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit></trygg-quick-exit>
        <div id="player"></div>
        <iframe title="Film" .srcdoc=${'<video></video>'}></iframe>
      </div>`);
      const frame = wrapper.querySelector('iframe')!;
      if (!frame.contentDocument?.querySelector('video'))
        await new Promise((resolve) => {
          frame.addEventListener('load', resolve, { once: true });
        });
      const shadowAudio = document.createElement('audio');
      wrapper.querySelector('#player')!.attachShadow({ mode: 'open' }).append(shadowAudio);
      const frameVideo = frame.contentDocument!.querySelector('video')!;
      const paused: string[] = [];
      shadowAudio.pause = () => {
        paused.push('shadow');
      };
      frameVideo.pause = () => {
        paused.push('frame');
      };
      wrapper.querySelector('trygg-quick-exit')!.exit();
      await afterHiddenFrame();
      expect(paused).to.have.members(['shadow', 'frame']);
      expect(shadowAudio.muted && frameVideo.muted).to.equal(true);
      expect(frame.isConnected, 'the frame is off the page too (its sound outside elements stops)').to.equal(false);
    });

    it('silences a video player from another site: its frame is taken off the page once the page is hidden', async () => {
      // Before round 43 it played on, heard, for as long as the destination took to load.
      await checkPlayerFromAnotherSite(
        (src) => html`<iframe title="Film" width="300" height="150" src=${src}></iframe>`
      );
    });

    it('silences a player from another site in an <embed>: it is taken off the page too', async () => {
      // The same player embedded the older way: an <embed> has no contentDocument, and until round 44
      // it stayed in the hidden page and played on.
      await checkPlayerFromAnotherSite(
        (src) => html`<embed type="text/html" title="Film" width="300" height="150" src=${src} />`
      );
    });

    it('stops the sound a page plays outside its elements: howler.js through an Audio object and through Web Audio', async () => {
      // A read-aloud or podcast player as sites build them: the real howler.js, loaded as a site loads
      // it (a classic script), plays through an Audio object it never puts in the page (html5: true)
      // and through Web Audio (its default). No walk of the page finds either: before round 43 both
      // played on, heard, until the destination had loaded.
      const script = document.createElement('script');
      script.src = '/node_modules/howler/dist/howler.min.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
      const { Howl, Howler } = window as unknown as { Howl: typeof HowlType; Howler: HowlerGlobal };
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <button type="button">Lyssna</button>
      </div>`);
      const reader = new Howl({ src: [toneWav()], format: ['wav'], loop: true, html5: true });
      const music = new Howl({ src: [toneWav()], format: ['wav'], loop: true });
      wrapper.querySelector('button')!.addEventListener('click', () => {
        reader.play();
        music.play();
      });
      try {
        await clickAt(wrapper.querySelector('button')!);
        // howler.js's own Audio object (its sound's node): never in the page.
        const audio = (reader as unknown as { _sounds: { _node: HTMLAudioElement }[] })._sounds[0]._node;
        await waitUntil(() => !audio.paused && Howler.ctx.state === 'running', 'both play', { timeout: 5000 });
        expect(audio.isConnected, 'the Audio object is not in the page').to.equal(false);
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        expect(audio.paused, 'the Audio object is paused').to.equal(true);
        expect(audio.muted).to.equal(true);
        await waitUntil(() => Howler.ctx.state === 'suspended', 'Web Audio is suspended', { timeout: 2000 });
      } finally {
        reader.unload();
        music.unload();
        script.remove();
      }
    });

    it('notes a call a page starts right after the core inlined in <head>, while the page still loads', async () => {
      // The README's setup for a page that plays sound or makes calls: the core inlined in <head>
      // notes what the page's next script starts (here a video counselling page that asks for the
      // camera and microphone as it loads). Installed later, as on this test page, the core wraps
      // the built-ins once its first frame is drawn, so that the exit listens sooner (round 44); the
      // tests above start their sound, windows and calls after that.
      const core = await (await fetch('/dist/cdn/exit-core.js')).text();
      const frame = document.createElement('iframe');
      frame.title = 'Videosamtal';
      frame.srcdoc =
        `<!doctype html><html lang="sv"><head><title>Videosamtal</title><script>${core}</script>` +
        `<script>window.call = navigator.mediaDevices.getUserMedia({ audio: true, video: true });</script>` +
        `</head><body><p>Samtal med stödlinjen</p></body></html>`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentWindow && 'call' in frame.contentWindow, 'the page loads', {
          timeout: 5000,
        });
        const view = frame.contentWindow as Window & { call: Promise<MediaStream>; [EXIT_KEY]: ExitCore };
        const tracks = (await view.call).getTracks();
        expect(tracks.map((t) => t.readyState)).to.deep.equal(['live', 'live']);
        const frameCore = view[EXIT_KEY];
        // The frame leaves through this page's kit (round 45), held here: this page stays, and the
        // frame with it, so that what ends the call is the frame's own core.
        const left = await withPageExitHeld(() => {
          frameCore.exit('https://neutral.example/');
        });
        expect(left).to.deep.equal(['https://neutral.example/']);
        await waitUntil(
          () => tracks.every((t) => t.readyState === 'ended'),
          'the call started right after the core ends',
          {
            timeout: 2000,
          }
        );
      } finally {
        frame.remove();
      }
    });

    it('closes the windows the page opened (a chat in a window of its own)', async () => {
      // A site's "Chatta med oss" that opens a support line's chat, on the line's own site, with
      // window.open: before round 43 the chat stayed open on screen after the exit.
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <button type="button">Chatta med oss</button>
      </div>`);
      let chat: Window | null = null;
      wrapper.querySelector('button')!.addEventListener('click', () => {
        const line = location.origin.replace('localhost', '127.0.0.1');
        chat = window.open(`${line}/test/fixtures/start.html`, 'chatt', 'popup,width=400,height=500');
      });
      try {
        await clickAt(wrapper.querySelector('button')!);
        expect(chat, 'the chat window opened').to.not.equal(null);
        expect(chat!.closed).to.equal(false);
        // The chat's page is in it (its address can no longer be read from here): the window is
        // closed at once. (An exit while that page is still on its way: the next test.)
        await waitUntil(
          () => {
            try {
              return !chat!.location.href;
            } catch {
              return true;
            }
          },
          'the chat page loads',
          { timeout: 5000 }
        );
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        // (A window on another site closes a moment later: the browser is asked to close it.)
        await waitForNoOpenedWindow('the chat window is closed');
      } finally {
        // Gone before the next test: the runner's command for the picture-in-picture window looks
        // for a window this page opened.
        await executeServerCommand('trygg-opened-windows', { close: true });
      }
    });

    it('never leaves a chat window that is still opening on screen, whenever the exit comes', async function () {
      // A person who opens the support line's chat and presses the exit at once, while the chat's
      // page (on the line's own site, in a process of its own) is still on its way. A close asked
      // for while that page is on its way is lost in Chromium, and so is all asked of the window
      // after it: until round 47 about one such exit in 25 left the chat on screen, in round 47 one
      // or two in 80 on a loaded machine (CI failed on it). The exit comes here at 80 moments across
      // the opening, 1.5 ms apart, and the browser's own list of windows is read (a window's
      // `closed` says what was asked for, not what is on screen).
      this.timeout(120000);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      </div>`);
      const line = location.origin.replace('localhost', '127.0.0.1');
      // The destination, where a window still empty after 300 ms is sent: a page of this machine's
      // (the element's own neutral site is not reachable from a test).
      const neutral = `${line}/test/fixtures/start.html?neutral`;
      const chats: string[] = [];
      const left: string[] = [];
      try {
        for (let tries = 0; tries < 80; tries++) {
          const moment = Math.round(tries * 1.5);
          const chat = `${line}/test/fixtures/start.html?chat-${tries}`;
          expect(window.open(chat, `chatt-${tries}`, 'popup'), 'the chat window opened').to.not.equal(null);
          await new Promise((resolve) => setTimeout(resolve, moment));
          (window as unknown as { [EXIT_KEY]: ExitCore })[EXIT_KEY].exit(neutral);
          expect(navigations, 'the page leaves, once').to.have.length(tries + 1);
          const start = performance.now();
          let open = await executeServerCommand<string[], undefined>('trygg-opened-windows');
          // (5 s: on a loaded machine a page may take its time to arrive, and the window to close.)
          while (open.length && performance.now() - start < 5000) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            open = await executeServerCommand<string[], undefined>('trygg-opened-windows');
          }
          for (const url of open) (url === chat ? chats : left).push(`${moment} ms: ${url}`);
          if (open.length) await executeServerCommand('trygg-opened-windows', { close: true });
          restorePage();
        }
        // What matters to the person: the chat is never left on screen.
        expect(chats, 'chat windows left on screen (ms after the window opened)').to.deep.equal([]);
        // A window whose close was lost shows the destination (or is still empty): when the chat's
        // page was still on its way 300 ms after the exit, the destination follows it into the
        // window, and the close asked for once the chat's page has come is lost to that. Over 1 120
        // exits (the quick exit's suite and this test alone, idle and loaded) 10 windows were left
        // so, at most 5 in a run of 80; the others were closed.
        expect(left.length, `windows left open, the chat not in them: ${left.join(', ')}`).to.be.at.most(16);
        for (const entry of left)
          expect(entry).to.match(/: (http:\/\/127\.0\.0\.1:\d+\/test\/fixtures\/start\.html\?neutral|about:blank|)$/);
        expect(navigations).to.have.length(80);
      } finally {
        await executeServerCommand('trygg-opened-windows', { close: true });
        wrapper.remove();
      }
    });

    /** A receipt window the page opened empty: written before the exit or just after its hidden frame. */
    async function exitWithReceipt(name: string, written: 'before' | 'after'): Promise<Window> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit></div>`
      );
      const receipt = window.open('', name, 'popup');
      expect(receipt, 'the receipt window opened').to.not.equal(null);
      const write = (): void => {
        receipt!.document.title = 'Kvitto';
        receipt!.document.body.append('Ansökan om skyddat boende skickad');
      };
      if (written === 'before') write();
      await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
      expect(navigations).to.deep.equal(['https://neutral.example/']);
      await afterHiddenFrame();
      if (written === 'after') write();
      return receipt!;
    }

    it('closes at once a window the page wrote into (a receipt to print)', async () => {
      // A window opened empty and written into by the page loads nothing: it is closed in the exit's
      // step after the hidden frame, not kept the 300 ms a window still on its way may take.
      try {
        const receipt = await exitWithReceipt('kvitto', 'before');
        expect(receipt.closed, 'closed in the step after the hidden frame').to.equal(true);
        await waitForNoOpenedWindow('the receipt window is gone');
      } finally {
        await executeServerCommand('trygg-opened-windows', { close: true });
      }
    });

    it('closes a window the page writes into after the exit (a receipt written once its answer came)', async () => {
      // The page opened an empty window for a receipt and writes into it when the server answers,
      // which may be just after the exit: such a window loads nothing and is closed by the 300 ms
      // step (an empty one is sent to the destination instead: the chat-window scan above). It must
      // not stay on screen with what the page wrote.
      try {
        await exitWithReceipt('kvitto-sent', 'after');
        await waitForNoOpenedWindow('the receipt window is gone');
      } finally {
        await executeServerCommand('trygg-opened-windows', { close: true });
      }
    });

    it('closes the notifications the page showed, and its service worker’s (a chat’s new message)', async () => {
      // A notification stays on the screen, then in the system's list of notifications, after the
      // page has gone: until round 44 "Ny chatt från stödlinjen" stayed there after the exit.
      await executeServerCommand('trygg-allow-notifications');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit></div>`
      );
      const registration = await navigator.serviceWorker.register('/test/quick-exit/fixtures/notify-worker.js', {
        scope: '/test/quick-exit/fixtures/',
      });
      const shownByWorker = async (): Promise<string[]> =>
        (await registration.getNotifications()).map((shown) => shown.title);
      let message: Notification | undefined;
      try {
        await waitUntil(() => registration.active, 'the site’s service worker runs', { timeout: 5000 });
        // The page's own use of Notification works as before (the core put a Proxy in its place).
        expect(Notification.permission).to.equal('granted');
        expect(await Notification.requestPermission()).to.equal('granted');
        message = new Notification('Ny chatt från stödlinjen', { body: 'Hej! Vi finns här när du vill prata.' });
        expect(message).to.be.instanceOf(Notification);
        expect(Object.getPrototypeOf(message)).to.equal(Notification.prototype);
        expect(message.title).to.equal('Ny chatt från stödlinjen');
        await new Promise((resolve, reject) => {
          message!.addEventListener('show', resolve, { once: true });
          message!.addEventListener('error', reject, { once: true });
        });
        let closed = false;
        message.addEventListener('close', () => {
          closed = true;
        });
        await registration.showNotification('Nytt svar i chatten', { body: 'Du har ett nytt meddelande.' });
        expect(await shownByWorker()).to.deep.equal(['Nytt svar i chatten']);
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        await waitUntil(() => closed, 'the page’s notification is closed', { timeout: 2000 });
        let left = await shownByWorker();
        for (let tries = 0; left.length && tries < 20; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          left = await shownByWorker();
        }
        expect(left, 'the service worker’s notifications are closed').to.deep.equal([]);
      } finally {
        message?.close();
        (await registration.getNotifications()).forEach((shown) => {
          shown.close();
        });
        await registration.unregister();
      }
    });

    // A chat page of the site's own in a frame (an e-service, a support line's chat behind the
    // site's proxy) that pops its chat out into a window and shows a notification of a new message:
    // until round 46 the core noted only what the page's own window started, and both stayed (the
    // window on screen, the notification in the system's list) after the exit.
    it('closes the windows and notifications a same-origin frame of the page opened', async () => {
      await executeServerCommand('trygg-allow-notifications');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <iframe title="Chatt" src="/test/fixtures/start.html"></iframe>
      </div>`);
      const frame = wrapper.querySelector('iframe')!;
      await waitUntil(
        () => frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.location.pathname !== 'blank',
        'the chat page loads',
        { timeout: 5000 }
      );
      // The chat pops out and a message comes a moment later (the core wraps a frame's built-ins in
      // the task after the next frame once it has loaded, as it does the page's own).
      await new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
      });
      const view = frame.contentWindow as Window & typeof globalThis;
      let chat: Window | null = null;
      let message: Notification | undefined;
      try {
        // (On the site itself: this page can close it whatever happens to the frame that opened it.)
        chat = view.open('/test/fixtures/start.html', 'chatt-ram', 'popup,width=400,height=500');
        expect(chat, 'the chat window opened').to.not.equal(null);
        message = new view.Notification('Nytt meddelande i chatten', { body: 'Hej!' });
        await new Promise((resolve, reject) => {
          message!.addEventListener('show', resolve, { once: true });
          message!.addEventListener('error', reject, { once: true });
        });
        // Its `close` event cannot be seen here: the exit takes the frame off the page right after
        // it has asked the browser to close the notification, and a document that is gone gets no
        // events (nor can anything list a page's notifications but a service worker's). What is
        // checked is that the notification is closed while its frame is still in the page.
        const closedInPage: boolean[] = [];
        const close = message.close.bind(message);
        message.close = () => {
          closedInPage.push(frame.isConnected);
          close();
        };
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        await waitForNoOpenedWindow('the window the frame opened is closed');
        expect(closedInPage, 'the frame’s notification closed, the frame still in the page').to.deep.equal([true]);
        expect(frame.isConnected, 'the frame taken off the page after that').to.equal(false);
      } finally {
        message?.close();
        await executeServerCommand('trygg-opened-windows', { close: true });
      }
    });

    it('ends a video call’s camera and microphone (and a shared screen)', async () => {
      // A call with a support line in the page itself (WebRTC): before round 43 the camera and the
      // microphone went on sending, their light on, until the destination had loaded.
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <button type="button">Starta videosamtal</button>
      </div>`);
      let call: MediaStream | undefined;
      let screen: MediaStream | undefined;
      wrapper.querySelector('button')!.addEventListener('click', () => {
        void navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then((stream) => {
          call = stream;
        });
        void navigator.mediaDevices
          .getDisplayMedia({ video: true, preferCurrentTab: true } as DisplayMediaStreamOptions)
          .then((stream) => {
            screen = stream;
          });
      });
      try {
        await clickAt(wrapper.querySelector('button')!);
        await waitUntil(() => call && screen, 'the call starts, the screen is shared', { timeout: 5000 });
        const tracks = [...call!.getTracks(), ...screen!.getTracks()];
        expect(tracks.map((t) => `${t.kind} ${t.readyState}`).sort()).to.deep.equal([
          'audio live',
          'video live',
          'video live',
        ]);
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        expect(tracks.map((t) => `${t.kind} ${t.readyState}`).sort()).to.deep.equal([
          'audio ended',
          'video ended',
          'video ended',
        ]);
      } finally {
        for (const stream of [call, screen])
          stream?.getTracks().forEach((track) => {
            track.stop();
          });
      }
    });

    it('closes picture-in-picture: a video in its floating window and a window of the page’s own content, where Shift three times is heard', async () => {
      // Both are drawn over the person's other windows, outside the hidden page: before round 43 they
      // stayed on screen until the destination had loaded.
      type DocumentPip = { requestWindow(options: object): Promise<Window>; window: Window | null };
      const { documentPictureInPicture: pip } = window as unknown as { documentPictureInPicture: DocumentPip };
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <video muted width="160" height="90"></video>
        <button type="button" id="film">Se filmen i eget fönster</button>
        <button type="button" id="chat">Öppna chatten i eget fönster</button>
      </div>`);
      const video = wrapper.querySelector('video')!;
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
      video.srcObject = canvas.captureStream(10);
      await video.play();
      // The site's own buttons, each a real click (the browser asks for a person's gesture).
      wrapper.querySelector('#film')!.addEventListener('click', () => void video.requestPictureInPicture());
      wrapper.querySelector('#chat')!.addEventListener('click', () => {
        void pip.requestWindow({ width: 320, height: 240 }).then((chat) => {
          const field = chat.document.createElement('textarea');
          field.setAttribute('aria-label', 'Chatt med stödlinjen');
          chat.document.body.append(field);
          field.focus();
        });
      });
      try {
        // One at a time (the browser shows one picture-in-picture window): the film, then the chat.
        await clickAt(wrapper.querySelector('#film')!);
        await waitUntil(() => document.pictureInPictureElement === video, 'the film floats', { timeout: 5000 });
        await clickAt(button(wrapper.querySelector('trygg-quick-exit')!));
        expect(navigations).to.deep.equal(['https://neutral.example/']);
        await afterHiddenFrame();
        await waitUntil(() => !document.pictureInPictureElement, 'the floating film closes', { timeout: 2000 });
        expect(video.paused).to.equal(true);
        restorePage();
        await clickAt(wrapper.querySelector('#chat')!);
        await waitUntil(() => pip.window?.document.activeElement?.localName === 'textarea', 'the chat window', {
          timeout: 5000,
        });
        // Shift three times while typing in the chat window: heard there too (not before round 43).
        await executeServerCommand('trygg-pip-keys', { keys: ['Shift', 'Shift', 'Shift'] });
        expect(navigations).to.have.length(2);
        await afterHiddenFrame();
        await waitUntil(() => !pip.window, 'the chat window closes', { timeout: 2000 });
      } finally {
        if (document.pictureInPictureElement) await document.exitPictureInPicture();
        pip.window?.close();
      }
    });

    it('is not disabled by a stale data-trygg-exit on <html> (a prerendered snapshot)', async () => {
      document.documentElement.setAttribute('data-trygg-exit', '');
      document.documentElement.setAttribute('data-trygg-exited', 'https://stale.example/');
      try {
        await fixture<TryggQuickExit>(html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`);
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        expect(navigations, 'a stale attribute is not an exit that happened').to.deep.equal([]);
        await pressShift(3);
        expect(navigations).to.deep.equal(['https://neutral.example/']);
      } finally {
        document.documentElement.removeAttribute('data-trygg-exit');
        document.documentElement.removeAttribute('data-trygg-exited');
      }
    });
  });

  describe('keyboard shortcut', () => {
    it('leaves after Shift pressed three times, announcing progress politely', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      await pressShift(1);
      await el.updateComplete;
      expect(status(el)).to.equal('Tryck på Shift två gånger till för att lämna sidan.');
      expect(el.shadowRoot!.querySelector('[part="indicator"]')!.hasAttribute('hidden')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('.dot.on')).to.have.length(1);
      await pressShift(1);
      await el.updateComplete;
      expect(status(el)).to.equal('Tryck på Shift en gång till för att lämna sidan.');
      expect(navigations).to.have.length(0);
      await pressShift(1);
      expect(navigations).to.deep.equal(['https://neutral.example/']);
      expect(snapshots[0].display).to.equal('none');
      // The count is cleared with the rest of the clean-up, once the hidden page is on screen.
      await afterHiddenFrame();
      expect(status(el), 'no announcement left after leaving').to.equal('');
    });

    it('shows progress accessibly', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await pressShift(1);
      expect(el.shadowRoot!.querySelectorAll('.dot.on')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('at 320 px the count hangs below the button: the help link beside it keeps its width and whole words (sv, ar)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const lang of ['sv', 'ar']) {
          window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
          const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
          await setLang(lang, el);
          const link = toggle(el).getBoundingClientRect();
          const exit = button(el).getBoundingClientRect();
          await pressShift(2);
          expect(el.shadowRoot!.querySelectorAll('.dot.on'), `${lang}: the count`).to.have.length(2);
          // Until round 49 the dots widened the button and the help link got ~50 px: a word broken
          // over four lines, its first line above the screen.
          const now = toggle(el).getBoundingClientRect();
          expect([now.width, now.height, now.top], `${lang}: the help link`).to.deep.equal([
            link.width,
            link.height,
            link.top,
          ]);
          expect(button(el).getBoundingClientRect().width, `${lang}: the button`).to.equal(exit.width);
          // The dots: on screen, centred under the button, below its text.
          const dots = el.shadowRoot!.querySelector('[part="indicator"]')!.getBoundingClientRect();
          expect(dots.left, `${lang}: dots on screen`).to.be.at.least(0);
          expect(dots.right).to.be.at.most(320);
          expect((dots.left + dots.right) / 2, `${lang}: centred`).to.be.closeTo((exit.left + exit.right) / 2, 1);
          expect(dots.top, `${lang}: under the text`).to.be.at.least(exit.bottom - 8);
          await expect(el).to.be.accessible();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('announces progress in English and Arabic', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await setLang('en', el);
      await pressShift(1);
      await el.updateComplete;
      expect(status(el)).to.equal('Press Shift two more times to leave the page.');
      await setLang('ar', el);
      await pressShift(1);
      await el.updateComplete;
      expect(status(el)).to.equal('اضغط على Shift مرة أخرى لمغادرة الصفحة.');
      await expect(el).to.be.accessible();
    });

    it('works while typing in a text field', async () => {
      await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit></trygg-quick-exit><input aria-label="Meddelande" /></div>`
      );
      document.querySelector('input')!.focus();
      await pressShift(3);
      expect(navigations).to.have.length(1);
    });

    it('does not count a Shift used with another key (capital letters)', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit></trygg-quick-exit><input aria-label="Namn" /></div>`
      );
      el.querySelector('input')!.focus();
      for (const letter of ['A', 'B', 'C', 'D']) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: letter });
        await sendKeys({ up: 'Shift' });
      }
      expect(el.querySelector('input')!.value).to.equal('ABCD');
      expect(navigations).to.have.length(0);
      await pressShift(2);
      await sendKeys({ press: 'a' });
      await pressShift(1);
      expect(navigations, 'another key in between starts the count again').to.have.length(0);
    });

    it('does not leave when a person taps Shift twice and then types a name (issue 11)', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit></trygg-quick-exit><input aria-label="Namn" /></div>`
      );
      const input = el.querySelector('input')!;
      input.focus();
      await pressShift(2);
      await sendKeys({ type: 'Anna' });
      expect(input.value).to.equal('Anna');
      expect(navigations).to.have.length(0);
    });

    it('does not count a Shift that is held (auto-repeat) or held longer than a second', async () => {
      await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ down: 'Shift' }); // the key repeats while held
        await sendKeys({ up: 'Shift' });
      }
      expect(navigations, 'auto-repeat').to.have.length(0);
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        clock += SHORTCUT_HOLD + 1;
        await sendKeys({ up: 'Shift' });
      }
      expect(navigations, 'held').to.have.length(0);
    });

    it('does not announce a first lone Shift in a text field (it may still be a capital), but shows it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><trygg-quick-exit></trygg-quick-exit><textarea aria-label="Meddelande"></textarea></div>`
      );
      const el = wrapper.querySelector('trygg-quick-exit')!;
      wrapper.querySelector('textarea')!.focus();
      await pressShift(1);
      expect(status(el)).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('.dot.on')).to.have.length(1);
      await pressShift(1);
      expect(status(el), 'two lone presses cannot be one capital').to.equal(
        'Tryck på Shift en gång till för att lämna sidan.'
      );
    });

    it('starts again after a pause of more than a few seconds, without an "expired" message', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await pressShift(2);
      clock += SHORTCUT_GAP + 1;
      await pressShift(1);
      await el.updateComplete;
      expect(navigations).to.have.length(0);
      expect(status(el)).to.equal('Tryck på Shift två gånger till för att lämna sidan.');
      clock += 100;
      await pressShift(2);
      expect(navigations).to.have.length(1);
    });

    it('clears the announcement after the pause, silently', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await pressShift(1);
      await el.updateComplete;
      expect(status(el)).not.to.equal('');
      await new Promise((resolve) => setTimeout(resolve, SHORTCUT_GAP + 100));
      await el.updateComplete;
      expect(status(el)).to.equal('');
    });

    it('is off with shortcut="none"', async () => {
      await fixture<TryggQuickExit>(html`<trygg-quick-exit shortcut="none"></trygg-quick-exit>`);
      await pressShift(3);
      expect(navigations).to.have.length(0);
    });

    it('serves several elements with one listener, announces each press once, and leaves once', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/first"></trygg-quick-exit>
        <trygg-quick-exit href="https://neutral.example/second"></trygg-quick-exit>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('trygg-quick-exit')];
      await pressShift(1);
      await first.updateComplete;
      await second.updateComplete;
      expect(status(first)).to.equal('Tryck på Shift två gånger till för att lämna sidan.');
      expect(status(second), 'one announcement per press, not one per element').to.equal('');
      expect(second.shadowRoot!.querySelectorAll('.dot.on'), 'every element shows the count').to.have.length(1);
      await pressShift(2);
      expect(navigations).to.deep.equal(['https://neutral.example/first']);
      expect(EXIT_KEY in window, 'one shared core, on a symbol-keyed property of window').to.equal(true);
      expect(document.documentElement.hasAttribute('data-trygg-exit'), 'no attribute on <html>').to.equal(false);
    });

    it('counts nothing after the page comes back from the back/forward cache', async () => {
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      await pressShift(2);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(status(el), 'no stale or "expired" message').to.equal('');
      await pressShift(1);
      expect(navigations).to.have.length(0);
    });
  });

  describe('back/forward cache', () => {
    it('stays hidden and leaves again when the page is restored after an exit', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      button(el).click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(navigations).to.deep.equal(['https://neutral.example/', 'https://neutral.example/']);
      expect(snapshots[1].display).to.equal('none');
      expect(getComputedStyle(document.documentElement).display).to.equal('none');
    });

    it('does nothing on a restore when there was no exit', async () => {
      await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(navigations).to.have.length(0);
      expect(getComputedStyle(document.documentElement).display).to.equal('block');
    });
  });

  // Until round 45 a support page the person had opened in a second tab stayed open after the exit
  // (navigation.test.ts has the real tabs). Here the page's core and a channel of the test's own.
  describe("the site's other tabs", () => {
    let channel: BroadcastChannel;
    const heard: unknown[] = [];
    const aWhile = () => new Promise((resolve) => setTimeout(resolve, 100));

    beforeEach(() => {
      heard.length = 0;
      channel = new BroadcastChannel(EXIT_CHANNEL);
      channel.onmessage = (event) => {
        heard.push(event.data);
      };
    });

    afterEach(() => {
      channel.close();
    });

    it('are told once when a person leaves here: not again at a press while the destination loads', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/a"></trygg-quick-exit>`
      );
      button(el).click();
      await waitUntil(() => heard.length > 0, 'the other tabs are told', { timeout: 2000 });
      button(el).click();
      await pressShift(3);
      await aWhile();
      expect(heard).to.deep.equal(['https://neutral.example/a']);
      expect(navigations).to.deep.equal(['https://neutral.example/a']);
    });

    it('when another tab of the site leaves, this one leaves too, to the destination it names, hidden and blank, and tells no one again', async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/own"></trygg-quick-exit>`
      );
      let detail: unknown;
      el.addEventListener('trygg-exit', (event) => {
        detail = event.detail;
      });
      channel.postMessage('https://neutral.example/other');
      await waitUntil(() => navigations.length > 0, 'this tab leaves', { timeout: 2000 });
      expect(navigations).to.deep.equal(['https://neutral.example/other']);
      expect(detail).to.deep.equal({ href: 'https://neutral.example/other', trigger: 'tab' });
      expect(snapshots[0].display).to.equal('none');
      await afterHiddenFrame();
      expect(document.title, 'the tab blank once the hidden page is on screen').to.equal('\u200b');
      await aWhile();
      expect(heard, 'not told again').to.deep.equal([]);
    });

    for (const bad of ['javascript:alert(1)', 'http://neutral.example/', '/stod', { href: 'https://neutral.example/' }])
      it(`a message with ${JSON.stringify(bad)} leaves to the default destination`, async () => {
        await fixture<TryggQuickExit>(html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`);
        channel.postMessage(bad);
        await waitUntil(() => navigations.length > 0, 'this tab leaves', { timeout: 2000 });
        expect(navigations).to.deep.equal([DEFAULT_EXIT_URL]);
      });

    it("a frame of this page with a kit of its own does not answer, and leaves through this page's kit (hidden, the tabs told once)", async () => {
      const el = await fixture<TryggQuickExit>(
        html`<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>`
      );
      let detail: unknown;
      el.addEventListener('trygg-exit', (event) => {
        detail = event.detail;
      });
      const core = await (await fetch('/dist/cdn/exit-core.js')).text();
      const frame = document.createElement('iframe');
      frame.title = 'Formulär';
      frame.srcdoc = `<!doctype html><html lang="sv"><head><title>Formulär</title><script>${core}</script></head><body></body></html>`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentWindow && EXIT_KEY in frame.contentWindow, 'the frame has its kit', {
          timeout: 5000,
        });
        const frameCore = (frame.contentWindow as Window & { [EXIT_KEY]: ExitCore })[EXIT_KEY];
        const frameLeft: string[] = [];
        frameCore.internals.navigate = (href) => {
          frameLeft.push(href);
        };
        // A message from another tab: this page answers (held here, so that the frame stays), the
        // frame does not.
        const answered = await withPageExitHeld(async (held) => {
          channel.postMessage('https://neutral.example/other');
          await waitUntil(() => held.length > 0, 'this page answers', { timeout: 2000 });
          await aWhile();
        });
        expect(answered).to.deep.equal(['https://neutral.example/other']);
        expect(frameCore.leaving, 'the frame did not answer').to.equal(false);
        // Then an exit in the frame.
        frameCore.exit('https://neutral.example/frame');
        // Until round 45 the frame hid itself and sent the tab away, this page on screen meanwhile.
        expect(navigations, 'this page leaves').to.deep.equal(['https://neutral.example/frame']);
        expect(snapshots[0].display, 'hidden before it leaves').to.equal('none');
        expect(detail, "this page's trygg-exit").to.deep.equal({
          href: 'https://neutral.example/frame',
          trigger: 'api',
        });
        expect(frameLeft, 'the frame does not send the tab away a second time').to.deep.equal([]);
        await waitUntil(() => heard.length > 0, 'the other tabs are told', { timeout: 2000 });
        await aWhile();
        expect(document.title, 'the tab blank once the hidden page is on screen').to.equal('\u200b');
        expect(heard, 'once, by this page').to.deep.equal(['https://neutral.example/frame']);
        expect(frame.isConnected, "this page's exit took the frame off the page").to.equal(false);
      } finally {
        frame.remove();
      }
    });
  });

  describe('privacy', () => {
    it('writes no cookie or storage and makes no request before leaving', async () => {
      const writes: string[] = [];
      const restore: (() => void)[] = [];
      const spy = <T extends object>(target: T, key: keyof T & string) => {
        const original = target[key];
        (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
          writes.push(key);
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        };
        restore.push(() => {
          (target as Record<string, unknown>)[key] = original;
        });
      };
      spy(Storage.prototype, 'setItem');
      spy(window, 'fetch');
      spy(XMLHttpRequest.prototype, 'open');
      spy(navigator, 'sendBeacon');
      spy(indexedDB, 'open');
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => cookie.get!.call(document) as string,
        set: (value: string) => {
          writes.push(`cookie ${value}`);
        },
      });
      restore.push(() => delete (document as { cookie?: string }).cookie);
      // Requests started from here on (a slower earlier one, e.g. a strings chunk of a previous test
      // finishing under load, is not this test's).
      const started = performance.now();
      try {
        const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
        await pressShift(2);
        button(el).click();
        await pressShift(3);
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        restore.forEach((fn) => {
          fn();
        });
      }
      expect(writes).to.deep.equal([]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      const requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= started)
        .map((entry) => entry.name);
      expect(requests, 'no request').to.deep.equal([]);
    });
  });
});
