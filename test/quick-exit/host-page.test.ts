/**
 * What a real host page does to the quick exit (issue 11): banners, popovers and modal dialogs
 * drawn over it, a sticky header, aggressive theme CSS, a same-origin frame holding focus, 400 %
 * zoom, and the README's placement (first in <body>) under axe's best-practice rules.
 * Real mouse clicks and keys (the test runner drives Chromium), no synthetic events.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { TryggQuickExit } from '../../src/components/quick-exit/index.js';
import { createFocusTrap } from 'focus-trap';
import { ariaHideOutside } from 'react-aria/private/overlays/ariaHideOutside';
import '@material/web/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import A11yDialog from 'a11y-dialog';
import { Modal } from 'bootstrap';
import { exitInternals } from '../../src/core/exit.js';
import { setLang } from '../support/helpers.js';

const navigations: string[] = [];
const realNavigate = exitInternals.navigate;
const cleanup: (() => void)[] = [];

function button(el: TryggQuickExit): HTMLButtonElement {
  return el.shadowRoot!.querySelector('button[part="button"]')!;
}
function toggle(el: TryggQuickExit): HTMLButtonElement {
  return el.shadowRoot!.querySelector('[part="help-toggle"]')!;
}
function panel(el: TryggQuickExit): HTMLElement {
  return el.shadowRoot!.querySelector('[part="help"]')!;
}
/** Whether `node` is inside `el` as the browser draws it (through slots and shadow roots). */
function drawnIn(el: Element, node: Node | null): boolean {
  for (let n = node; n; n = (n as Element).assignedSlot ?? n.parentNode ?? (n as ShadowRoot).host)
    if (n === el) return true;
  return false;
}

/** The element that has focus, through shadow roots. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}
/** The centre of `node` on screen, in whole CSS pixels. */
function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
/** A real mouse click at the centre of `node`. */
async function clickAt(node: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(node) });
  await resetMouse();
}
/** Counts the `trygg-exit` events from now to the end of the test: how many exits a gesture made. */
function countExits(): () => number {
  let exits = 0;
  const count = (): void => {
    exits++;
  };
  document.addEventListener('trygg-exit', count);
  cleanup.push(() => {
    document.removeEventListener('trygg-exit', count);
  });
  return () => exits;
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves once `frame` has its document: at once where `ready` finds what the test needs in it
 * already, else at the frame's `load` (listen before the frame is put in the page).
 */
async function frameReady(frame: HTMLIFrameElement, ready: () => unknown = () => false): Promise<void> {
  if (!ready())
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
}

/** A style sheet of the site's, taken away after the test. */
function siteStyle(css: string): void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  cleanup.push(() => {
    sheet.remove();
  });
}

/** Every exit element, in the page and in the open shadow roots of other components (a copy in a site's dialog). */
function exits(root: ParentNode = document): TryggQuickExit[] {
  return [...root.querySelectorAll('*')].flatMap((node) =>
    node instanceof TryggQuickExit ? [node] : node.shadowRoot ? exits(node.shadowRoot) : []
  );
}

/** The exit button a person sees (the element's own, or a stand-in's), if any. */
function shownButton(): HTMLButtonElement | undefined {
  return exits()
    .map((el) => button(el))
    .find((b) => b.checkVisibility());
}

/**
 * A finger on the centre of `node` (real touch events from the test runner), lifted there or after
 * sliding to `to`.
 */
async function tapAt(node: Element, to?: { x: number; y: number }): Promise<void> {
  const [x, y] = centre(node);
  await executeServerCommand('trygg-tap', { x, y, to });
  await frame();
}

/** Stand-ins in the page (copies of the element that take clicks for it). */
function standIns(): Element[] {
  return exits().filter((el) => el.hasAttribute('data-trygg-proxy'));
}

/** Whether Chromium's accessibility tree has an exit button (a screen reader can reach it). */
async function exitInTree(): Promise<boolean> {
  const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
  return tree.some((node) => node.role === 'button' && node.name === 'Lämna sidan snabbt');
}

/** From focus in a modal dialog, Tab or Shift+Tab (a few times at most) reaches the exit button. */
async function tabToExit(back = false): Promise<number> {
  let presses = 0;
  let reached = false;
  for (; presses < 4 && !reached; presses++) {
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    // Where a person would see it: a frame after the key (a trap may move the focus a task later).
    await frame();
    reached = deepFocus()?.getAttribute('part') === 'button';
  }
  expect(reached, `${back ? 'Shift+Tab' : 'Tab'} reaches the exit inside the modal`).to.equal(true);
  return presses;
}

/** From focus in a modal dialog, Tab (a few times at most) reaches the exit button; Enter there. */
async function tabToExitAndEnter(): Promise<void> {
  await tabToExit();
  await sendKeys({ press: 'Enter' });
}

/** A site's native `<dialog>` named `label` (not yet open), last in <body>, taken away after the test. */
function siteDialog(label: string, markup = '<p>Vi använder kakor.</p><button>Godkänn</button>'): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', label);
  dialog.innerHTML = markup;
  document.body.append(dialog);
  cleanup.push(() => {
    dialog.remove();
  });
  return dialog;
}

/** A site's modal dialog (a library's portal), last in <body>. */
function modalPortal(): HTMLDivElement {
  const portal = document.createElement('div');
  portal.innerHTML =
    '<div role="dialog" aria-modal="true" aria-labelledby="kakor" style="position: fixed; inset: 30% 10% auto; z-index: 50; background: #fff">' +
    '<h2 id="kakor">Kakor</h2><p>Vi använder kakor.</p><button>Godkänn</button></div>';
  document.body.append(portal);
  return portal;
}

/**
 * With a site's modal open over `el`: an exit button is in the accessibility tree, axe passes, a click
 * at the button on screen leaves, and Shift three times with focus in the modal leaves once.
 */
async function leavesPastModal(el: TryggQuickExit): Promise<void> {
  expect(await exitInTree(), 'in the accessibility tree').to.equal(true);
  await expect(document.body).to.be.accessible();
  await clickAt(shownButton()!);
  expect(navigations, 'a click at the button').to.deep.equal(['https://neutral.example/']);
  exitInternals.restore();
  document.querySelector<HTMLButtonElement>('[role="dialog"] button')!.focus();
  await pressedTwice(el);
  await sendKeys({ press: 'Shift' });
  expect(navigations, 'Shift three times, one exit').to.have.length(2);
  exitInternals.restore();
}

/**
 * What a site's modal library does to the rest of the page while its dialog is open (Headless UI's
 * `useInertOthers`: `inert` and `aria-hidden="true"` on every other child of <body> or on `only`;
 * Radix's `pointer-events: none` on <body>). Returns the undo, as the library restores on close.
 */
function siteModal(only?: Element): () => void {
  const others = only ? [only] : [...document.body.children];
  const portal = modalPortal();
  for (const node of others) {
    node.setAttribute('inert', '');
    node.setAttribute('aria-hidden', 'true');
  }
  document.body.style.pointerEvents = 'none';
  const undo = (): void => {
    for (const node of others) {
      node.removeAttribute('inert');
      node.removeAttribute('aria-hidden');
    }
    document.body.style.pointerEvents = '';
    portal.remove();
  };
  cleanup.push(undo);
  return undo;
}

/** The text of an element's live region. */
function spoken(el: Element): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent;
}

/**
 * Presses Shift twice while a stand-in shows for `el`: the dots on the bar on screen count them,
 * and one live region, the stand-in's, says so (the element's own is inert or hidden then).
 */
async function pressedTwice(el: TryggQuickExit): Promise<void> {
  for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
  const [standIn] = standIns();
  const shown = shownButton()!;
  expect(shown.getRootNode(), 'the stand-in’s bar is on screen').to.equal(standIn.shadowRoot);
  expect(shown.querySelectorAll('.dot.on'), 'its dots count the presses').to.have.length(2);
  expect(spoken(standIn)).to.equal('Tryck på Shift en gång till för att lämna sidan.');
  expect(spoken(el), 'the element’s own live region is silent').to.equal('');
}

/**
 * A copy stands in first in a site's `dialog`: its button on screen, an exit button in the
 * accessibility tree, and axe passes.
 */
async function copyFirstIn(dialog: Element): Promise<void> {
  expect(standIns(), 'one copy').to.have.length(1);
  expect(dialog.firstElementChild, 'the copy is first in the dialog that holds the focus').to.equal(standIns()[0]);
  expect(shownButton()?.getRootNode(), "the copy's button is on screen").to.equal(standIns()[0].shadowRoot);
  expect(await exitInTree(), 'in the accessibility tree').to.equal(true);
  await expect(document.body).to.be.accessible();
}

/**
 * After one exit by Enter: a click at the button on screen leaves, and so does Shift three times with
 * the focus on `control` (the copy's dots and announcement), once each; then the dialog closes
 * (`close`) and the copy goes with it.
 */
async function clickShiftAndClose(
  el: TryggQuickExit,
  control: HTMLElement,
  close: () => Promise<void>,
  dialog?: Element
): Promise<void> {
  await clickAt(shownButton()!);
  expect(navigations, 'a click at the button on screen').to.have.length(2);
  exitInternals.restore();
  control.focus();
  await pressedTwice(el);
  await sendKeys({ press: 'Shift' });
  expect(navigations, 'Shift three times, one exit').to.have.length(3);
  exitInternals.restore();
  await close();
  // A library that takes its dialog off the page (Magnific Popup's, the menu) takes the copy with it:
  // the element shows its own button at once, before any frame could show the page without an exit.
  if (dialog && !dialog.isConnected)
    expect(shownButton(), "the element's own button, as the page took the copy away").to.equal(button(el));
  await waitUntil(
    () => standIns().length === 0 && shownButton() === button(el),
    "the copy goes when the dialog closes, and the element's own button is back"
  );
}

/** The README's placement: first in <body>, the page's content in landmarks after it. */
function firstInBody(markup: { help?: string; content?: string } = {}): TryggQuickExit {
  const el = document.createElement('trygg-quick-exit');
  el.setAttribute('href', 'https://neutral.example/');
  if (markup.help) el.setAttribute('help-href', markup.help);
  const main = document.createElement('main');
  main.innerHTML =
    markup.content ??
    '<h1>Stöd vid våld i nära relationer</h1><p>Du kan få stöd.</p><p><a href="#mer">Läs mer om stöd</a></p>';
  document.body.prepend(el, main);
  cleanup.push(() => {
    el.remove();
    main.remove();
  });
  return el;
}

beforeEach(async () => {
  navigations.length = 0;
  exitInternals.navigate = (href: string) => {
    navigations.push(href);
  };
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
  await setLang('sv');
});

afterEach(async () => {
  exitInternals.navigate = realNavigate;
  exitInternals.restore();
  cleanup.splice(0).forEach((fn) => {
    fn();
  });
  await setViewport({ width: 800, height: 600 });
  window.scrollTo(0, 0);
});

describe('quick exit on a hostile host page', () => {
  it('stays above a max-z-index cookie banner, a popover banner and a sticky header: a click at it leaves', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <header style="position: sticky; top: 0; z-index: 9999; height: 120px; background: #eee">Kommunen</header>
      <div style="position: fixed; inset: 0 0 auto 0; height: 100px; z-index: 2147483647; background: #333; color: #fff">
        Vi använder kakor
      </div>
      <div popover="manual" style="position: fixed; inset: 0 0 auto 0; margin: 0; width: 100%; height: 90px">Banner</div>
      <div style="height: 3000px"></div>
    </div>`);
    const el = page.querySelector('trygg-quick-exit')!;
    page.querySelector<HTMLElement>('[popover]')!.showPopover(); // opened after the exit's bar
    await frame();
    window.scrollTo(0, 500);
    await frame();
    await clickAt(button(el));
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it('stays clickable, reachable by Tab and counting Shift while a modal <dialog> is open', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <dialog aria-label="Kakor"><p>Vi använder kakor.</p><button>Godkänn</button></dialog>
    </div>`);
    const dialog = page.querySelector('dialog')!;
    dialog.showModal();
    await frame();
    await frame();
    // What a person sees at the top: an exit button above the dialog's backdrop.
    const visible = [...document.querySelectorAll('trygg-quick-exit')]
      .map((el) => button(el))
      .find((b) => b.checkVisibility());
    expect(visible, 'an exit button is shown').to.not.equal(undefined);
    await expect(document.body).to.be.accessible();
    await clickAt(visible!);
    expect(navigations).to.have.length(1);
    exitInternals.restore();

    (dialog.querySelector('button') as HTMLButtonElement).focus();
    await pressedTwice(page.querySelector('trygg-quick-exit')!);
    await tabToExitAndEnter(); // (Tab, another key, starts the count again)
    expect(navigations).to.have.length(2);
    dialog.close();
    await frame();
    expect(dialog.querySelector('trygg-quick-exit'), 'nothing is left in the site’s dialog').to.equal(null);
  });

  /** The exit and a modal `<dialog>` not open yet, on the page; the exits counted from now. */
  async function exitAndDialog(): Promise<{ el: TryggQuickExit; dialog: HTMLDialogElement; exits: () => number }> {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <dialog aria-label="Kakor"><p>Vi använder kakor.</p><button>Godkänn</button></dialog>
    </div>`);
    const exits = countExits();
    await frame();
    await frame();
    return { el: page.querySelector('trygg-quick-exit')!, dialog: page.querySelector('dialog')!, exits };
  }

  // A copy comes between the press and the release: a cookie dialog that opens as a person presses
  // the exit, or a focus trap that takes the focus the press gave the button back into its dialog
  // (a11y-dialog's), and the copy with it. The element's own button is then hidden under the
  // pointer, the copy's takes its box, and the browser makes no click of a press and a release on
  // two elements.
  it('a mouse press on the exit that a copy replaces before the release (a modal opened) leaves at the release, once', async () => {
    const { el, dialog, exits } = await exitAndDialog();
    const before = button(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: centre(button(el)) });
    await sendMouse({ type: 'down' });
    dialog.showModal();
    await frame();
    expect(standIns(), 'a copy came between the press and the release').to.have.length(1);
    expect(button(el).checkVisibility(), "the element's own button is gone").to.equal(false);
    const after = shownButton()!.getBoundingClientRect();
    expect(
      [after.x, after.y, after.width, after.height].map(Math.round),
      "the copy's button is where the element's was"
    ).to.deep.equal([before.x, before.y, before.width, before.height].map(Math.round));
    await sendMouse({ type: 'up' });
    await resetMouse();
    expect(navigations, 'the release leaves').to.deep.equal(['https://neutral.example/']);
    await frame();
    expect(exits(), 'one trygg-exit').to.equal(1);
    exitInternals.restore();

    // Not every press and release: one that begins elsewhere and ends on the exit, and one that
    // begins on the exit (still shown) and slides off it, do not leave (as a click does not).
    const shown = shownButton()!;
    await sendMouse({ type: 'move', position: [400, 400] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: centre(shown) });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [400, 400] });
    await sendMouse({ type: 'up' });
    await resetMouse();
    expect(navigations, 'pressed elsewhere, or slid off').to.have.length(1);
  });

  // The same with a finger. There the browser makes the click of a tap where the finger lifts, on the
  // copy's button (this left before round 34 too), and the pointerup goes to the element's own button,
  // which the page no longer shows: the two must make one exit, not two.
  it('a finger on the exit that a copy replaces before it is lifted (a modal opened) leaves when it is lifted, once', async () => {
    const { el, dialog, exits } = await exitAndDialog();
    const [x, y] = centre(button(el));
    await executeServerCommand('trygg-touch', { x, y });
    dialog.showModal();
    await frame();
    expect(standIns(), 'a copy came while the finger was down').to.have.length(1);
    expect(button(el).checkVisibility(), "the element's own button is gone").to.equal(false);
    expect(navigations, 'nothing left before the finger was lifted').to.deep.equal([]);
    await executeServerCommand('trygg-touch', { lift: true });
    await frame();
    expect(navigations, 'the lift leaves').to.deep.equal(['https://neutral.example/']);
    expect(exits(), 'one trygg-exit').to.equal(1);
  });

  it("a copy takes no room in the site's dialog: its content does not move when the copy comes (flex with a gap, a grid)", async () => {
    const el = firstInBody();
    await frame();
    // A native modal <dialog>, laid out as a column with a gap.
    const native = siteDialog('Kakor', '<h2>Kakor</h2><p>Vi använder kakor.</p><button>Godkänn</button>');
    native.style.cssText = 'display: flex; flex-direction: column; gap: 24px; padding: 16px';
    native.showModal();
    const before = native.querySelector('h2')!.getBoundingClientRect().top;
    await frame();
    expect(native.firstElementChild, 'the copy is first in the dialog').to.equal(standIns()[0]);
    expect(native.querySelector('h2')!.getBoundingClientRect().top, 'the heading has not moved').to.equal(before);
    native.close();
    await frame();

    // A library's dialog (the page marked inert), laid out as a grid with a gap, the copy coming
    // with the focus.
    siteModal();
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    dialog.style.display = 'grid';
    dialog.style.gap = '24px';
    await frame();
    const top = dialog.querySelector('h2')!.getBoundingClientRect().top;
    dialog.querySelector('button')!.focus();
    await frame();
    expect(dialog.firstElementChild, 'the copy is first in the dialog').to.equal(standIns()[0]);
    expect(dialog.querySelector('h2')!.getBoundingClientRect().top, 'the heading has not moved').to.equal(top);
    await clickAt(shownButton()!);
    expect(navigations, 'a click at it leaves').to.deep.equal(['https://neutral.example/']);
    expect(el.inert).to.equal(true);
  });

  it('stays on top and takes clicks in a modal <dialog> opened from another, and after it closes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <dialog aria-label="Kakor"><p>Vi använder kakor.</p><button>Inställningar</button></dialog>
      <dialog aria-label="Inställningar"><p>Välj kakor.</p><button>Spara</button></dialog>
    </div>`);
    const [first, second] = page.querySelectorAll('dialog');
    first.showModal();
    await frame();
    second.showModal();
    await frame();
    await clickAt(shownButton()!);
    expect(navigations, 'with both open').to.have.length(1);
    exitInternals.restore();
    second.close();
    await frame();
    await clickAt(shownButton()!);
    expect(navigations, 'with the first still open').to.have.length(2);
    exitInternals.restore();
    first.close();
    await frame();
    expect(standIns(), 'no stand-in once both are closed').to.have.length(0);
  });

  // A web component's own modal <dialog> in its shadow root (Material's md-dialog, Web Awesome's
  // wa-dialog): its toggle event stays in the shadow root, and no query of the document finds it.
  class SiteDialog extends HTMLElement {
    readonly dialog: HTMLDialogElement;
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<dialog aria-label="Kakor"><slot></slot></dialog>';
      this.dialog = root.querySelector('dialog')!;
    }
  }
  customElements.define('site-shadow-dialog', SiteDialog);
  /** A site's web component with a modal dialog, in the page after the exit, with a button in it. */
  function shadowDialog(): SiteDialog {
    const site = new SiteDialog();
    site.innerHTML = '<p>Vi använder kakor.</p><button>Godkänn</button>';
    document.body.append(site);
    cleanup.push(() => {
      site.remove();
    });
    return site;
  }
  /** The exit button on screen, a stand-in's in `site`'s shadow root included. */
  function shownIn(site: Element): HTMLButtonElement | undefined {
    return [...document.querySelectorAll('trygg-quick-exit'), ...site.shadowRoot!.querySelectorAll('trygg-quick-exit')]
      .map((el) => button(el))
      .find((b) => b.checkVisibility());
  }

  it("a web component's modal <dialog> in its shadow root: the exit stands in there, takes a click and Tab, and goes when it closes", async () => {
    const el = firstInBody();
    const site = shadowDialog();
    await frame();
    await frame();
    site.dialog.showModal();
    await frame();
    const shown = shownIn(site);
    expect(shown?.getRootNode(), 'a stand-in in the dialog shows').to.not.equal(el.shadowRoot);
    expect(site.shadowRoot!.querySelectorAll('trygg-quick-exit[data-trygg-proxy]')).to.have.length(1);
    await expect(document.body).to.be.accessible();
    expect(await exitInTree(), 'in the accessibility tree').to.equal(true);
    await clickAt(shown!);
    expect(navigations, 'a click at the button').to.deep.equal(['https://neutral.example/']);
    exitInternals.restore();

    site.querySelector('button')!.focus();
    await tabToExitAndEnter();
    expect(navigations).to.have.length(2);
    exitInternals.restore();

    site.dialog.close();
    await frame();
    expect(site.shadowRoot!.querySelector('trygg-quick-exit'), 'nothing is left in the site’s dialog').to.equal(null);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  it("a web component's modal <dialog> open before the exit is on the page: a stand-in from the first frame", async () => {
    const site = shadowDialog();
    site.dialog.showModal();
    const el = firstInBody();
    await frame();
    await frame();
    const shown = shownIn(site);
    expect(shown?.getRootNode(), 'a stand-in in the dialog shows').to.not.equal(el.shadowRoot);
    await clickAt(shown!);
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it("Material Web's md-dialog (a modal <dialog> in its shadow root): a click and Shift leave, and the stand-in goes when it closes", async () => {
    const el = firstInBody();
    const md = document.createElement('md-dialog');
    md.innerHTML =
      '<div slot="headline">Kakor</div><div slot="content">Vi använder kakor.</div>' +
      '<div slot="actions"><button>Godkänn</button></div>';
    document.body.append(md);
    cleanup.push(() => {
      md.remove();
    });
    await frame();
    await md.show();
    await frame();
    const shown = shownIn(md);
    expect(shown?.getRootNode(), 'a stand-in in the dialog shows').to.not.equal(el.shadowRoot);
    await expect(document.body).to.be.accessible();
    await clickAt(shown!);
    expect(navigations, 'a click at the button').to.deep.equal(['https://neutral.example/']);
    exitInternals.restore();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(navigations, 'Shift three times').to.have.length(2);
    exitInternals.restore();

    await md.close();
    await frame();
    expect(md.shadowRoot!.querySelector('trygg-quick-exit'), 'nothing is left in the dialog').to.equal(null);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  // Modal libraries that trap the focus in their dialog without marking the rest of the page (no
  // inert, no aria-hidden): the real Bootstrap 5 modal (its CSS and backdrop too), a11y-dialog 8 and
  // Shoelace's sl-dialog (its dialog in its shadow root). Until round 34 Tab went round the dialog's
  // own controls only, and the exit, first in <body>, was never reached.
  const focusTraps: Record<
    string,
    () => Promise<{ modal: Element; controls: HTMLElement[]; close: () => Promise<void> }>
  > = {
    "Bootstrap 5's modal": async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
      document.head.append(link);
      await new Promise((resolve) => {
        link.onload = resolve;
      });
      const holder = document.createElement('div');
      holder.innerHTML =
        '<div class="modal" tabindex="-1" aria-labelledby="kakor"><div class="modal-dialog"><div class="modal-content">' +
        '<div class="modal-header"><h2 class="modal-title" id="kakor">Kakor</h2>' +
        '<button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Stäng"></button></div>' +
        '<div class="modal-body"><p>Vi använder kakor.</p></div>' +
        '<div class="modal-footer"><button type="button" class="btn btn-primary">Godkänn</button></div></div></div></div>';
      document.body.append(holder);
      const modal = new Modal(holder.firstElementChild!);
      cleanup.push(() => {
        modal.dispose();
        holder.remove();
        document.querySelector('.modal-backdrop')?.remove();
        document.body.removeAttribute('class');
        document.body.removeAttribute('style');
        link.remove();
      });
      const shown = new Promise((resolve) => {
        holder.firstElementChild!.addEventListener('shown.bs.modal', resolve);
      });
      modal.show();
      await shown;
      return {
        modal: holder.firstElementChild!,
        controls: [...holder.querySelectorAll('button')],
        close: async () => {
          const hidden = new Promise((resolve) => {
            holder.firstElementChild!.addEventListener('hidden.bs.modal', resolve);
          });
          modal.hide();
          await hidden;
        },
      };
    },
    'a11y-dialog 8': () => {
      const holder = document.createElement('div');
      holder.innerHTML =
        '<div aria-labelledby="kakor" aria-hidden="true"><div data-a11y-dialog-hide style="position: fixed; inset: 0; background: #0008"></div>' +
        '<div role="document" style="position: fixed; inset: 30% 10% auto; background: #fff">' +
        '<button type="button" data-a11y-dialog-hide aria-label="Stäng">×</button><h2 id="kakor">Kakor</h2>' +
        '<p>Vi använder kakor.</p><button type="button">Godkänn</button></div></div>';
      document.body.append(holder);
      const dialog = new A11yDialog(holder.firstElementChild as HTMLElement);
      cleanup.push(() => {
        dialog.destroy();
        holder.remove();
      });
      dialog.show();
      return Promise.resolve({
        modal: holder.firstElementChild!,
        controls: [...holder.querySelectorAll('button')],
        close: () => {
          dialog.hide();
          return Promise.resolve();
        },
      });
    },
    "Shoelace's sl-dialog": async () => {
      const sl = document.createElement('sl-dialog');
      sl.label = 'Kakor';
      sl.innerHTML = '<p>Vi använder kakor.</p><button type="button">Godkänn</button>';
      document.body.append(sl);
      cleanup.push(() => {
        sl.remove();
      });
      await sl.updateComplete;
      await sl.show();
      return {
        modal: sl.shadowRoot!.querySelector('[aria-modal="true"]')!,
        controls: [sl.shadowRoot!.querySelector<HTMLElement>('sl-icon-button')!, sl.querySelector('button')!],
        close: () => sl.hide(),
      };
    },
  };

  for (const [library, open] of Object.entries(focusTraps)) {
    it(`a focus trap that does not mark the page (${library}): the copy is in its dialog, Tab and Shift+Tab reach it, and a click, Enter and Shift leave`, async () => {
      const el = firstInBody();
      await frame();
      await frame();
      const { modal, controls, close } = await open();
      await frame();
      await frame();
      expect(el.matches('[inert], [aria-hidden="true"]'), 'the library did not mark the element').to.equal(false);
      await copyFirstIn(modal);

      // Shift+Tab from the dialog's first control reaches the exit. Not checked with Shoelace's: on a
      // loaded machine Chromium at times reports its dialog not :focus-within while the copy's button
      // has the focus (seen in round 34, cause not found), and its trap, a task after each Tab, sends
      // the focus on, backwards to its last control (forwards to its first, the copy: Tab below).
      if (!library.includes('sl-dialog')) {
        controls[0].focus();
        await frame();
        await tabToExit(true);
      }
      // From the dialog's last control, Tab goes round (the library's trap) to the exit; Enter leaves.
      controls.at(-1)!.focus();
      await frame();
      await tabToExitAndEnter();
      expect(navigations, 'Tab round the dialog, then Enter').to.deep.equal(['https://neutral.example/']);
      // The elements stand again while the page is hidden (a task queued before the key; in round 38
      // a CI run under load met it once): every dialog then measures nothing, and the copy stays.
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(standIns(), 'the copy stays while the page is being left').to.have.length(1);
      exitInternals.restore();
      await frame();
      await clickShiftAndClose(el, controls.at(-1)!, close, modal);
    });
  }

  /** Loads a script as a site does, a classic `<script src>` (jQuery and its plugins are not modules). */
  async function siteScript(src: string): Promise<void> {
    const script = document.createElement('script');
    script.src = src;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }

  /** jQuery as a site loads it, with the plugins it needs (once per test file): `$(node).plugin(…)`. */
  type JQuery = {
    magnificPopup: { open: (options: Record<string, unknown>) => void; close: () => void };
    modal: (action: 'show' | 'hide') => void;
    dialog: (options: Record<string, unknown> | 'close' | 'destroy' | 'widget') => JQuery & { 0: Element };
    one: (type: string, done: () => void) => void;
  };
  async function jQuery(): Promise<((node: Element) => JQuery) & Pick<JQuery, 'magnificPopup'>> {
    const site = window as unknown as { jQuery?: ((node: Element) => JQuery) & Pick<JQuery, 'magnificPopup'> };
    if (!site.jQuery) {
      await siteScript('/node_modules/jquery/dist/jquery.min.js');
      await siteScript('/node_modules/bootstrap3/dist/js/bootstrap.min.js');
      await siteScript('/node_modules/jquery-ui/dist/jquery-ui.min.js');
      await siteScript('/node_modules/magnific-popup/dist/jquery.magnific-popup.min.js');
    }
    return site.jQuery!;
  }
  /** A site's style sheet, taken away after the test. */
  async function siteSheet(href: string): Promise<void> {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const styled = new Promise((resolve) => {
      link.onload = resolve;
    });
    document.head.append(link);
    cleanup.push(() => {
      link.remove();
    });
    await styled;
  }

  /**
   * A site's menu: a `<nav>` with two links in a list and a close button (none with `linksOnly`), in
   * the page or in the shadow root of a site's component (`holder`, else the `<nav>` itself), last in
   * <body> or before the page's content (`beforeContent`). `slotted`: the `<nav>` lays out its list
   * and its button in named slots of a shadow root of its own (a design system's panel), so the
   * element around both controls as the browser draws them is in that shadow root.
   */
  function siteMenu({ inShadow = false, linksOnly = false, beforeContent = false, slotted = false }): {
    nav: HTMLElement;
    holder: HTMLElement;
  } {
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Meny');
    nav.innerHTML =
      '<ul slot="links"><li><a href="#a">Stöd</a></li><li><a href="#b">Kontakt</a></li></ul>' +
      (linksOnly ? '' : '<button type="button" slot="close">Stäng menyn</button>');
    if (slotted)
      nav.attachShadow({ mode: 'open' }).innerHTML =
        '<div style="padding: 0.5rem; border: 1px solid"><slot name="links"></slot><slot name="close"></slot></div>';
    const holder = inShadow ? document.createElement('div') : nav;
    if (inShadow) holder.attachShadow({ mode: 'open' }).append(nav);
    if (beforeContent) document.querySelector('main')!.before(holder);
    else document.body.append(holder);
    return { nav, holder };
  }

  /**
   * A script of the kind sites copy that keeps Tab inside `menu`: at Tab on its last focusable element
   * (found by `focusable`, at each Tab), its first; at Shift+Tab on its first, its last.
   */
  function keepTabIn(menu: HTMLElement, focusable: string): void {
    const root = menu.getRootNode() as Document | ShadowRoot;
    menu.addEventListener('keydown', (event) => {
      // The focusable elements as the snippets sites copy list them (some list only `a, button`).
      const items = [...menu.querySelectorAll<HTMLElement>(focusable)];
      if (event.key !== 'Tab') return;
      if (event.shiftKey && root.activeElement === items[0]) {
        event.preventDefault();
        items.at(-1)!.focus();
      } else if (!event.shiftKey && root.activeElement === items.at(-1)) {
        event.preventDefault();
        items[0].focus();
      }
    });
  }

  /**
   * A site's mobile menu that keeps Tab inside with a script of the kind sites copy (at Tab on its last
   * focusable element, its first; at Shift+Tab on its first, its last), in the page or in the shadow
   * root of a site's component. `focusable`: how the script finds those elements, at each Tab.
   * `linksOnly`: the menu is a list of links (no close button), so its first and last controls are
   * both in the list.
   */
  function menuTrap(
    inShadow: boolean,
    focusable = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])',
    linksOnly = false,
    slotted = false
  ): Promise<{ modal: Element; controls: HTMLElement[]; close: () => Promise<void> }> {
    const { nav, holder } = siteMenu({ inShadow, linksOnly, slotted });
    keepTabIn(nav, focusable);
    nav.querySelector('a')!.focus();
    cleanup.push(() => {
      holder.remove();
    });
    return Promise.resolve({
      modal: nav.shadowRoot?.firstElementChild ?? nav,
      controls: [...nav.querySelectorAll<HTMLElement>('a, button')],
      close: () => {
        holder.remove();
        return Promise.resolve();
      },
    });
  }

  /**
   * A site's mobile menu that keeps the focus in with a script of another kind sites copy: at every
   * focusin outside the menu it focuses the menu's first link (no dialog role, no tabindex="-1", no
   * key handling). `linksOnly`: the menu is a list of links (its last control a link in the list,
   * no close button); `beforeContent`: it stands before the page's content, not last in <body>.
   */
  function focusBackMenu({ inShadow = false, linksOnly = false, beforeContent = false } = {}): {
    modal: Element;
    controls: HTMLElement[];
    close: () => Promise<void>;
  } {
    const { nav, holder } = siteMenu({ inShadow, linksOnly, beforeContent });
    const keepIn = (event: FocusEvent) => {
      if (!event.composedPath().includes(nav)) nav.querySelector('a')!.focus();
    };
    document.addEventListener('focusin', keepIn);
    nav.querySelector('a')!.focus();
    const remove = () => {
      document.removeEventListener('focusin', keepIn);
      holder.remove();
    };
    cleanup.push(remove);
    return {
      modal: nav,
      controls: [...nav.querySelectorAll<HTMLElement>('a, button')],
      close: () => {
        remove();
        return Promise.resolve();
      },
    };
  }

  // Focus traps that neither mark the page nor say they are modal (role="dialog", no aria-modal),
  // each still on many older municipal sites. Bootstrap 3's modal focuses itself at every focusin
  // outside it: Tab from its last control goes out of the page, comes back at the exit, and is taken
  // back at once. jQuery UI's modal dialog before 1.14 (1.13 is the one WordPress ships) takes Tab at
  // its last control for itself and focuses its first, so the focus never goes out. Magnific Popup
  // (a jQuery lightbox) has no dialog role at all: its wrapper (tabindex="-1") focuses itself at every
  // focusin outside it, as Bootstrap 3's modal does. Until round 35 Tab never reached the exit while
  // one of them was open (a click and Shift three times did leave). Alpine's x-trap (focus-trap) and a
  // site's own menu script take Tab at their last control for themselves, on an element with no
  // dialog role at all (until round 36 the same).
  const silentTraps: Record<
    string,
    () => Promise<{ modal: Element; controls: HTMLElement[]; close: () => Promise<void> }>
  > = {
    "Bootstrap 3.4.1's modal": async () => {
      const $ = await jQuery();
      await siteSheet('/node_modules/bootstrap3/dist/css/bootstrap.min.css');
      const holder = document.createElement('div');
      holder.innerHTML =
        '<div class="modal" tabindex="-1" role="dialog" aria-labelledby="kakor3"><div class="modal-dialog" role="document"><div class="modal-content">' +
        '<div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Stäng"><span aria-hidden="true">×</span></button>' +
        '<h2 class="modal-title" id="kakor3">Kakor</h2></div>' +
        '<div class="modal-body"><p>Vi använder kakor.</p></div>' +
        '<div class="modal-footer"><button type="button" class="btn btn-primary">Godkänn</button></div></div></div></div>';
      document.body.append(holder);
      const modal = holder.firstElementChild!;
      cleanup.push(() => {
        $(modal).modal('hide');
        holder.remove();
        document.querySelector('.modal-backdrop')?.remove();
        document.body.removeAttribute('class');
        document.body.removeAttribute('style');
      });
      const shown = new Promise<void>((resolve) => {
        $(modal).one('shown.bs.modal', resolve);
      });
      $(modal).modal('show');
      await shown;
      return {
        modal,
        controls: [...holder.querySelectorAll('button')],
        close: async () => {
          const hidden = new Promise<void>((resolve) => {
            $(modal).one('hidden.bs.modal', resolve);
          });
          $(modal).modal('hide');
          await hidden;
        },
      };
    },
    "jQuery UI 1.13.3's modal dialog": async () => {
      const $ = await jQuery();
      await siteSheet('/node_modules/jquery-ui/dist/themes/base/jquery-ui.min.css');
      const content = document.createElement('div');
      content.title = 'Kakor';
      content.innerHTML = '<p>Vi använder kakor.</p><button type="button">Godkänn</button>';
      document.body.append(content);
      const modal = $(content).dialog({ modal: true, closeText: 'Stäng' }).dialog('widget')[0];
      cleanup.push(() => {
        $(content).dialog('destroy');
        content.remove();
      });
      await frame();
      return {
        modal,
        controls: [...modal.querySelectorAll('button')],
        close: () => {
          $(content).dialog('close');
          return Promise.resolve();
        },
      };
    },
    "Magnific Popup 1.2.0's lightbox": async () => {
      const $ = await jQuery();
      await siteSheet('/node_modules/magnific-popup/dist/magnific-popup.css');
      $.magnificPopup.open({
        items: {
          // The site's content says it is a dialog (as an accessible site's does); the lightbox's own
          // wrapper, which traps the focus, has no role.
          src: '<div role="dialog" aria-labelledby="kakor-mfp" style="background: #fff; max-width: 30rem; margin: auto; padding: 1rem; position: relative"><h2 id="kakor-mfp">Kakor</h2><p>Vi använder kakor.</p><button type="button">Godkänn</button></div>',
          type: 'inline',
        },
        tClose: 'Stäng',
      });
      const modal = document.querySelector('.mfp-wrap')!;
      cleanup.push(() => {
        $.magnificPopup.close();
      });
      await frame();
      return {
        modal,
        controls: [...modal.querySelectorAll('button')],
        close: () => {
          $.magnificPopup.close();
          return Promise.resolve();
        },
      };
    },
    "Alpine 3.17.5's x-trap (focus-trap 8) on an element with no role": async () => {
      const site = window as unknown as { Alpine?: { $data: (node: Element) => { open: boolean } } };
      if (!site.Alpine) {
        // As a site loads them: the plugin first, then Alpine, which starts in a microtask.
        await siteScript('/node_modules/@alpinejs/focus/dist/cdn.min.js');
        await siteScript('/node_modules/alpinejs/dist/cdn.min.js');
      }
      const holder = document.createElement('div');
      holder.setAttribute('x-data', '{ open: true }');
      holder.innerHTML =
        '<aside x-show="open" x-trap="open" aria-labelledby="kakor-alpine" style="position: fixed; inset: 30% 10% auto; background: #fff">' +
        '<h2 id="kakor-alpine">Kakor</h2><p>Vi använder kakor.</p>' +
        '<button type="button">Inställningar</button><button type="button" x-on:click="open = false">Godkänn</button></aside>';
      document.body.append(holder);
      cleanup.push(() => {
        holder.remove();
      });
      await waitUntil(
        () => holder.querySelector('aside')!.contains(document.activeElement),
        'x-trap never took the focus'
      );
      const modal = holder.firstElementChild!;
      return {
        modal,
        controls: [...modal.querySelectorAll('button')],
        close: async () => {
          site.Alpine!.$data(holder).open = false;
          await waitUntil(() => !modal.checkVisibility(), 'x-show never hid the banner');
        },
      };
    },
    'a hand-written Tab trap (a mobile menu)': () => menuTrap(false),
    "a hand-written Tab trap in a component's shadow root": () => menuTrap(true),
    'a hand-written Tab trap around a list and a button in named slots': () => menuTrap(false, undefined, false, true),
    "a design system's drawer whose Tab trap goes round its slotted links and its own close button": () => {
      // The links are the site's (slotted); the close button and the trap are the drawer's own, in its
      // shadow root. Of a slotted link and a control of the shadow root the DOM gives no order.
      const nav = document.createElement('nav');
      nav.setAttribute('aria-label', 'Meny');
      nav.innerHTML = '<ul><li><a href="#a">Stöd</a></li><li><a href="#b">Kontakt</a></li></ul>';
      const root = nav.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<div style="padding: 0.5rem; border: 1px solid"><slot></slot><button type="button">Stäng menyn</button></div>';
      const close = root.querySelector('button')!;
      nav.addEventListener('keydown', (event) => {
        if (event.key !== 'Tab') return;
        const items = [
          ...root
            .querySelector('slot')!
            .assignedElements()
            .flatMap((node) => [...node.querySelectorAll<HTMLElement>('a[href], button')]),
          close,
        ];
        const active = root.activeElement ?? document.activeElement;
        if (event.shiftKey && active === items[0]) {
          event.preventDefault();
          close.focus();
        } else if (!event.shiftKey && active === close) {
          event.preventDefault();
          items[0].focus();
        }
      });
      document.body.append(nav);
      nav.querySelector('a')!.focus();
      cleanup.push(() => {
        nav.remove();
      });
      return Promise.resolve({
        modal: root.firstElementChild!,
        controls: [...nav.querySelectorAll<HTMLElement>('a'), close],
        close: () => {
          nav.remove();
          return Promise.resolve();
        },
      });
    },
  };

  // Both orders of the listeners with Bootstrap 3's: the exit's before Bootstrap's (the modal opened
  // after the exit was on the page: the exit hears the focus go out first), and Bootstrap's before
  // the exit's (the focus is taken back before the exit hears that it went out).
  // The third column: how many Tabs from the trap's last control reach the exit the first time
  // (before the element has seen the trap). Bootstrap 3's modal: one out of the page (its last control
  // is the page's last), one back in at the exit, which the modal takes back and the copy, now in it,
  // takes over. The others: one. Magnific Popup takes the focus back from the exit as Bootstrap 3
  // does; jQuery UI (a task after the key), Alpine and the menu send Tab round to their first
  // control, which the copy now is. (On the round-35 element: 3, 3, 3, 2.)
  for (const [library, exitFirst, firstRound] of [
    ["Bootstrap 3.4.1's modal", true, 2],
    ["Bootstrap 3.4.1's modal", false, 2],
    ["jQuery UI 1.13.3's modal dialog", true, 1],
    ["Magnific Popup 1.2.0's lightbox", true, 1],
    ["Alpine 3.17.5's x-trap (focus-trap 8) on an element with no role", true, 1],
    ['a hand-written Tab trap (a mobile menu)', true, 1],
    ["a hand-written Tab trap in a component's shadow root", true, 1],
    ['a hand-written Tab trap around a list and a button in named slots', true, 1],
    ["a design system's drawer whose Tab trap goes round its slotted links and its own close button", true, 1],
  ] as const) {
    it(`a focus trap that neither marks the page nor says it is modal (${library}, ${exitFirst ? 'opened after the exit came' : 'open before the exit came'}): once it has kept the focus in, the copy is in its dialog, and Tab, Enter, a click and Shift leave`, async () => {
      let el = exitFirst ? firstInBody() : undefined;
      await frame();
      await frame();
      const { modal, controls, close } = await silentTraps[library]();
      el ??= firstInBody();
      await frame();
      await frame();
      expect(drawnIn(modal, deepFocus()), 'the library gave its dialog the focus').to.equal(true);
      expect(el.matches('[inert], [aria-hidden="true"]'), 'the library did not mark the element').to.equal(false);
      expect(modal.matches(':not([aria-modal])'), 'nor say its dialog is modal').to.equal(true);
      expect(standIns(), 'no copy before the dialog has kept the focus in').to.have.length(0);

      // Tab from the last control, the first round: the focus goes out and is taken back
      // (Bootstrap 3, Magnific Popup), or the library takes the Tab (jQuery UI, Alpine, the menu). The
      // copy is then first in the dialog, and the next Tabs reach it.
      controls.at(-1)!.focus();
      await frame();
      expect(await tabToExit(), 'Tabs to the exit, the first time').to.be.at.most(firstRound);
      await sendKeys({ press: 'Enter' });
      expect(navigations, 'Tab round the dialog, then Enter').to.deep.equal(['https://neutral.example/']);
      // The elements stand again while the page is hidden (a task queued before the key; in round 38
      // a CI run under load met it once): every dialog then measures nothing, and the copy stays.
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(standIns(), 'the copy stays while the page is being left').to.have.length(1);
      exitInternals.restore();
      await copyFirstIn(modal);

      // Every later round: Tab from the last control and Shift+Tab from the first reach the copy.
      controls.at(-1)!.focus();
      await frame();
      await tabToExit();
      controls[0].focus();
      await frame();
      await tabToExit(true);
      await clickShiftAndClose(el, controls.at(-1)!, close, modal);
    });
  }

  // Shift+Tab at a trap's first control, the first time: the trap sends the focus round to its last
  // control; the copy, now before the first, takes it (later rounds get there by themselves).
  for (const library of [
    "jQuery UI 1.13.3's modal dialog",
    "Alpine 3.17.5's x-trap (focus-trap 8) on an element with no role",
    'a hand-written Tab trap (a mobile menu)',
    "a hand-written Tab trap in a component's shadow root",
    "a design system's drawer whose Tab trap goes round its slotted links and its own close button",
  ] as const) {
    it(`a focus trap that takes Shift+Tab at its first control (${library}): the first Shift+Tab ends at the exit`, async () => {
      firstInBody();
      await frame();
      await frame();
      const { controls } = await silentTraps[library]();
      await frame();
      await frame();
      controls[0].focus();
      await frame();
      expect(await tabToExit(true), 'Shift+Tabs to the exit, the first time').to.equal(1);
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.deep.equal(['https://neutral.example/']);
    });
  }

  for (const [inShadow, linksOnly] of [
    [false, false],
    [true, false],
    [false, true],
  ])
    it(`a menu script that lists only a, button (the copy, a custom element, is not in its list)${inShadow ? ", in a component's shadow root" : ''}${linksOnly ? ', a list of links only' : ''}: every Tab round from its last control ends at the exit, and the next Tab goes on to the menu's first control; every Shift+Tab round from its first control too, and the next Shift+Tab goes on to its last`, async () => {
      const el = firstInBody();
      await frame();
      await frame();
      const { modal, controls, close } = await menuTrap(inShadow, 'a, button', linksOnly);
      await frame();
      // Three rounds: the first shows the element the trap; before round 37 the later ones sent the
      // focus to the menu's first link, past the copy, and Tab went round without the exit.
      for (const round of [1, 2, 3]) {
        controls.at(-1)!.focus();
        await frame();
        expect(await tabToExit(), `round ${round}: Tabs from the last control to the exit`).to.equal(1);
        expect(modal.firstElementChild, `round ${round}: the copy is first in the menu`).to.equal(standIns()[0]);
        // On from the exit: the menu's first link, inside the menu still.
        await sendKeys({ press: 'Tab' });
        await frame();
        expect(deepFocus(), `round ${round}: the Tab after the exit`).to.equal(controls[0]);
      }
      // Back: Shift+Tab from the menu's first link, which the script sends round to its last control,
      // ends at the copy before that link; Shift+Tab from the copy, which the script does not know, goes
      // on to the menu's last control, as the script would have sent it: the focus stays in the menu.
      for (const round of [1, 2, 3]) {
        controls[0].focus();
        await frame();
        expect(await tabToExit(true), `round ${round}: Shift+Tabs from the first link to the exit`).to.equal(1);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await frame();
        expect(deepFocus(), `round ${round}: the Shift+Tab after the exit`).to.equal(controls.at(-1));
      }
      controls.at(-1)!.focus();
      await frame();
      await tabToExitAndEnter();
      expect(navigations, 'Tab round the menu, then Enter').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      await expect(document.body).to.be.accessible();
      await clickShiftAndClose(el, controls.at(-1)!, close, modal);
    });

  it('Tabs faster than the page runs its timers (a Tab held down, a busy page) in a menu script that lists only a, button: the exit never takes the focus back from a later Tab', async () => {
    const el = firstInBody();
    await frame();
    await frame();
    const { controls, close } = await menuTrap(false, 'a, button');
    await frame();
    controls.at(-1)!.focus();
    await frame();
    expect(await tabToExit(), 'the first round shows the element the trap').to.equal(1);
    for (const round of [1, 2, 3]) {
      controls.at(-1)!.focus();
      await frame();
      // Two Tabs from the last control: the script sends the first round to its first link, past the
      // copy, and the second on. Until round 39 the first Tab's check, two tasks after it, could come
      // after the second Tab and give the exit the focus: a person then on the exit without knowing,
      // where the next Enter leaves the site.
      await executeServerCommand('trygg-keys', { keys: ['Tab', 'Tab'] });
      await frame();
      await frame();
      expect(deepFocus()?.getAttribute('part'), `round ${round}: not on the exit`).not.to.equal('button');
      expect(controls.slice(0, 2), `round ${round}: on in the menu`).to.include(deepFocus());
    }
    await close();
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  // A site with a desktop and a mobile header, an element in each, one hidden by the site's CSS (the
  // hidden one before or after the shown one). Until round 39 each element stood a copy of its own in
  // a trap or a modal dialog: two exit bars, one above the other, and two "Snabb utgång" landmarks
  // (axe: landmark-unique).
  for (const [hiddenFirst, kind] of [
    [false, 'a menu script that takes Tab'],
    [true, 'a menu script that takes Tab'],
    [true, 'a menu script that takes the focus back'],
  ] as const)
    it(`with a second element in a hidden header (${hiddenFirst ? 'before' : 'after'} the shown one), ${kind}: one copy in the menu and in a modal dialog, Tab reaches it, and Tabs faster than the page's timers never end at it`, async () => {
      const mobile = document.createElement('header');
      mobile.style.display = 'none';
      mobile.innerHTML = '<trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>';
      cleanup.push(() => {
        mobile.remove();
      });
      const el = firstInBody();
      // The hidden one first in the page, or after the shown one.
      if (hiddenFirst) document.body.prepend(mobile);
      else document.querySelector('main')!.after(mobile);
      await frame();
      await frame();
      const focusBack = kind.endsWith('back');
      const { modal, controls, close } = focusBack ? focusBackMenu() : await menuTrap(false, 'a, button');
      await frame();
      for (const round of [1, 2]) {
        controls.at(-1)!.focus();
        await frame();
        // (The focus-back menu is last in <body>: its first Tab leaves the page.)
        expect(await tabToExit(), `round ${round}: Tabs from the last control to the exit`).to.equal(focusBack ? 2 : 1);
        expect(standIns(), `round ${round}: one copy`).to.have.length(1);
        expect(modal.firstElementChild, `round ${round}: first in the menu`).to.equal(standIns()[0]);
        await expect(document.body).to.be.accessible();
        controls.at(-1)!.focus();
        await frame();
        // Past the exit at once: two Tabs (the menu script sends the first round past the copy), or
        // three (the focus-back menu's first leaves the page, the second comes back at the menu's first
        // link, which the copy would take).
        await executeServerCommand('trygg-keys', { keys: focusBack ? ['Tab', 'Tab', 'Tab'] : ['Tab', 'Tab'] });
        await frame();
        await frame();
        expect(deepFocus()?.getAttribute('part'), `round ${round}: quick Tabs past the exit`).not.to.equal('button');
      }
      await close();
      await waitUntil(() => standIns().length === 0, 'the copy goes with the menu');
      expect(shownButton(), "the shown element's own button is back").to.equal(button(el));

      const dialog = siteDialog('Kakor');
      dialog.showModal();
      await frame();
      await frame();
      expect(standIns(), 'one copy in the modal dialog').to.have.length(1);
      await copyFirstIn(dialog);
      await clickAt(shownButton()!);
      expect(navigations, 'a click at the copy leaves').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      dialog.close();
      await waitUntil(() => standIns().length === 0, 'the copy goes with the dialog');
      expect(shownButton(), "the shown element's own button is back").to.equal(button(el));
    });

  /**
   * A site's desktop and mobile headers, first in <body>, an element in each; the site's CSS shows
   * the desktop one over 600 px, the mobile one up to 600 px. `own`: each element with a destination
   * of its own (https://neutral.example/desktop, …/mobile).
   */
  function switchedHeaders(own = false): [TryggQuickExit, TryggQuickExit] {
    const style = document.createElement('style');
    style.textContent =
      '@media (max-width: 600px) { .desktop { display: none } } @media (min-width: 601px) { .mobile { display: none } }';
    const headers = ['desktop', 'mobile'].map((kind) => {
      const header = document.createElement('header');
      header.className = kind;
      header.innerHTML = `<trygg-quick-exit href="https://neutral.example/${own ? kind : ''}"></trygg-quick-exit>`;
      return header;
    });
    document.head.append(style);
    document.body.prepend(...headers);
    cleanup.push(() => {
      style.remove();
      for (const node of headers) node.remove();
    });
    return [headers[0].firstElementChild as TryggQuickExit, headers[1].firstElementChild as TryggQuickExit];
  }

  it("a site's desktop and mobile headers switched by the window's width while a modal dialog is open: the copy follows the header shown, one at a time", async () => {
    // Each with a destination of its own, so the copy shows whose it is.
    const [desktop, mobile] = switchedHeaders(true);
    const dialog = siteDialog('Kakor');
    await frame();
    await frame();
    dialog.showModal();
    for (const [width, shown] of [
      [800, desktop],
      [400, mobile],
      [800, desktop],
    ] as const) {
      await setViewport({ width, height: 600 });
      await waitUntil(
        () =>
          standIns().length === 1 &&
          standIns()[0].getAttribute('href') === shown.href &&
          dialog.firstElementChild === standIns()[0],
        `${width} px: one copy, first in the dialog`
      );
      await frame();
      expect(standIns(), `${width} px: one copy`).to.have.length(1);
      expect(
        [desktop, mobile].map((el) => button(el).checkVisibility()),
        `${width} px: neither element's own (inert) button shows`
      ).to.deep.equal([false, false]);
      await expect(document.body).to.be.accessible();
    }
    await clickAt(shownButton()!);
    expect(navigations, "a click at the copy leaves, to the desktop element's destination").to.deep.equal([
      'https://neutral.example/desktop',
    ]);
    exitInternals.restore();
    dialog.close();
    await waitUntil(() => standIns().length === 0, 'the copy goes with the dialog');
  });

  it("a site's desktop and mobile headers, the hidden one first: Shift's count is spoken by the live region of the element shown, and the third Shift leaves to that element's destination, at each width", async () => {
    // Each with a destination of its own, so the exit shows whose it is.
    const [desktop, mobile] = switchedHeaders(true);
    const main = document.createElement('main');
    main.innerHTML = '<h1>Stöd</h1><p><a href="#mer">Läs mer</a></p>';
    mobile.parentElement!.after(main);
    cleanup.push(() => {
      main.remove();
    });
    for (const [width, shown, other] of [
      [400, mobile, desktop],
      [800, desktop, mobile],
    ] as const) {
      await setViewport({ width, height: 600 });
      await frame();
      await frame();
      main.querySelector('a')!.focus();
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
      const status = shown.shadowRoot!.querySelector('[role="status"]')!;
      expect(spoken(shown), `${width} px: the shown element says what the next Shift does`).to.equal(
        'Tryck på Shift en gång till för att lämna sidan.'
      );
      expect(status.checkVisibility(), `${width} px: its live region is in the page a screen reader reads`).to.equal(
        true
      );
      expect(spoken(other), `${width} px: the hidden one's is silent`).to.equal('');
      expect(
        shown.shadowRoot!.querySelectorAll('.dot.on'),
        `${width} px: the dots on the bar shown count the presses`
      ).to.have.length(2);
      await expect(document.body).to.be.accessible();
      // Until round 41 the third Shift left to the first element's destination (the desktop header's,
      // hidden at 400 px), and its trygg-exit fired there.
      const sources: EventTarget[] = [];
      const source = (event: Event): void => {
        sources.push(event.target!);
      };
      document.addEventListener('trygg-exit', source);
      await sendKeys({ press: 'Shift' });
      document.removeEventListener('trygg-exit', source);
      expect(navigations, `${width} px: Shift×3 leaves to the destination of the element shown`).to.deep.equal([
        `https://neutral.example/${width === 400 ? 'mobile' : 'desktop'}`,
      ]);
      expect(sources, `${width} px: its trygg-exit fires on the element shown`).to.deep.equal([shown]);
      // The page shows again and the count starts again.
      navigations.length = 0;
      exitInternals.restore();
    }
  });

  /** How many exit buttons and "Snabb utgång" landmarks a screen reader finds in the page. */
  async function exitsInTree(): Promise<{ buttons: number; regions: number }> {
    const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
    return {
      buttons: tree.filter((node) => node.role === 'button' && node.name === 'Lämna sidan snabbt').length,
      regions: tree.filter((node) => node.role === 'region' && node.name === 'Snabb utgång').length,
    };
  }

  /** One exit on screen: `shown`'s bar and not `other`'s, one exit button and one landmark in the tree, and axe. */
  async function oneExitOn(shown: TryggQuickExit, other: TryggQuickExit, what: string): Promise<void> {
    expect(
      [shown, other].map((exit) => button(exit).checkVisibility()),
      what
    ).to.deep.equal([true, false]);
    expect(await exitsInTree(), 'one exit in the accessibility tree').to.deep.equal({ buttons: 1, regions: 1 });
    await expect(document.body).to.be.accessible();
  }

  // Two elements shown at once: the README's, first in <body>, and one an editor put in the page's
  // content (or a theme's header and a block's). Until round 40 each showed its bar, one over the
  // other at the top, and a screen reader found two "Snabb utgång" landmarks and two exit buttons
  // (axe: landmark-unique).
  it("two elements shown on one page (the README's and one in the content): one bar on screen, one landmark and one exit button; the other bar shows at once when the first is taken away or hidden", async () => {
    const el = firstInBody();
    const second = document.createElement('trygg-quick-exit');
    second.setAttribute('href', 'https://neutral.example/');
    document.querySelector('main')!.append(second);
    cleanup.push(() => {
      second.remove();
    });
    await frame();
    await frame();
    await oneExitOn(el, second, "the first element's bar, not the second's");
    // Tab from the top of the page: the one exit button, then the page's content.
    document.body.focus();
    const stops: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(deepFocus()?.getAttribute('part') ?? deepFocus()?.textContent ?? null);
    }
    expect(
      stops.filter((stop) => stop === 'button'),
      'one exit button among the tab stops'
    ).to.have.length(1);
    await clickAt(shownButton()!);
    expect(navigations, 'a click leaves').to.deep.equal(['https://neutral.example/']);
    exitInternals.restore();
    // The site hides the first one: the second's bar is on screen before the next frame.
    el.hidden = true;
    await Promise.resolve();
    expect(button(second).checkVisibility(), 'the second bar, as the first is hidden').to.equal(true);
    await frame();
    await expect(document.body).to.be.accessible();
    el.hidden = false;
    await frame();
    await frame();
    expect(shownButton(), 'the first bar again').to.equal(button(el));
    // The page takes the first away (a CMS re-renders its header): the second's bar, in the same task.
    el.remove();
    expect(button(second).checkVisibility(), 'the second bar, as the first is taken away').to.equal(true);
    expect(await exitsInTree(), 'one exit in the accessibility tree').to.deep.equal({ buttons: 1, regions: 1 });
    await clickAt(shownButton()!);
    expect(navigations, 'a click at the second bar leaves').to.have.length(2);
  });

  // "First" is first in the page, not first connected: a site whose header is rendered by a script
  // after the page's content (a framework's layout, a header component defined late) connects the
  // header's element after the one an editor put in the content. Until round 41 the content's bar was
  // the one on screen, its button reached by Tab only after the whole header, and its destination
  // the one a click took.
  for (const inShadow of [false, true])
    it(`an element in a site's header rendered after the page's content (connected after the content's element${inShadow ? ", in the header component's shadow root" : ''}): the header's bar is the one on screen, the first Tab stop, and where a click leaves to`, async () => {
      const main = document.createElement('main');
      main.innerHTML =
        '<h1>Stöd</h1><trygg-quick-exit href="https://neutral.example/content"></trygg-quick-exit><p><a href="#mer">Läs mer</a></p>';
      document.body.prepend(main);
      cleanup.push(() => {
        main.remove();
      });
      const inContent = main.querySelector('trygg-quick-exit')!;
      // Settled: its sizes first reported (a report still pending when the header came made the
      // elements stand again by chance, and hid in CI that the header's step did not).
      for (let i = 0; i < 3; i++) await frame();
      expect(shownButton(), "the content's element, alone on the page").to.equal(button(inContent));
      const header = document.createElement('header');
      const markup =
        '<trygg-quick-exit href="https://neutral.example/header"></trygg-quick-exit><nav aria-label="Meny"><a href="#start">Start</a> <a href="#om">Om oss</a></nav>';
      // A header component (a framework's layout, a design system's header) renders into its shadow root.
      const holder = inShadow ? header.attachShadow({ mode: 'open' }) : header;
      holder.innerHTML = markup;
      document.body.prepend(header);
      cleanup.push(() => {
        header.remove();
      });
      const inHeader = holder.querySelector('trygg-quick-exit')!;
      await frame();
      await frame();
      await oneExitOn(inHeader, inContent, "the header's bar, not the content's");
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepFocus(), 'the first Tab stop is the exit').to.equal(button(inHeader));
      await clickAt(shownButton()!);
      expect(navigations, "a click leaves to the header's destination").to.deep.equal([
        'https://neutral.example/header',
      ]);
      navigations.length = 0;
      exitInternals.restore();
      main.querySelector('a')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      // Also from a shadow root (until round 42 the shortcut saw the page's own tree only and left to
      // the content's destination).
      expect(navigations, "Shift×3 leaves to the header's destination").to.deep.equal([
        'https://neutral.example/header',
      ]);
    });

  // A design system's header component renders the element into its own shadow root, the page has no
  // other. Until round 42 the exit core looked for elements in the page's own tree only: no dots, no
  // announcement, and Shift three times did nothing.
  // (A closed shadow root too: the element itself tells the core it is there.)
  for (const mode of ['open', 'closed'] as const)
    it(`the only element, in a header component's ${mode} shadow root: Shift counts on its bar, is announced, and the third leaves once, with trygg-exit on it`, async () => {
      const header = document.createElement('header');
      const root = header.attachShadow({ mode });
      root.innerHTML =
        '<trygg-quick-exit href="https://neutral.example/header"></trygg-quick-exit><nav aria-label="Meny"><a href="#start">Start</a></nav>';
      const main = document.createElement('main');
      main.innerHTML = '<h1>Stöd</h1><p><a href="#mer">Läs mer</a></p>';
      document.body.prepend(header, main);
      cleanup.push(() => {
        header.remove();
        main.remove();
      });
      const el = root.querySelector('trygg-quick-exit')!;
      await frame();
      await frame();
      const exited = countExits();
      let source: EventTarget | null = null;
      el.addEventListener('trygg-exit', (event) => {
        source = event.target;
      });
      main.querySelector('a')!.focus();
      for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
      expect(button(el).querySelectorAll('.dot.on'), 'its dots count two presses').to.have.length(2);
      expect(spoken(el)).to.equal('Tryck på Shift en gång till för att lämna sidan.');
      await expect(document.body).to.be.accessible();
      await sendKeys({ press: 'Shift' });
      expect(navigations).to.deep.equal(['https://neutral.example/header']);
      expect(exited(), 'one trygg-exit').to.equal(1);
      expect(source, 'fired on the element').to.equal(el);
    });

  it('two elements shown, the first in an open accordion (<details>): the accordion closes, and the other bar is on screen in that task, with no frame between', async () => {
    const details = document.createElement('details');
    details.open = true;
    details.innerHTML =
      '<summary>Stöd</summary><trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit><p>Du kan få stöd.</p>';
    const el = firstInBody();
    // First in the page.
    document.body.prepend(details);
    cleanup.push(() => {
      details.remove();
    });
    const inner = details.querySelector('trygg-quick-exit')!;
    await frame();
    await frame();
    expect(shownButton(), "the accordion's element's bar (the first)").to.equal(button(inner));
    expect(await exitsInTree(), 'one exit in the accessibility tree').to.deep.equal({ buttons: 1, regions: 1 });
    details.open = false;
    await Promise.resolve();
    expect(shownButton(), "the page's element's bar, before the next frame").to.equal(button(el));
    await frame();
    await frame();
    expect(await exitsInTree(), 'one exit in the accessibility tree').to.deep.equal({ buttons: 1, regions: 1 });
    await expect(document.body).to.be.accessible();
    details.open = true;
    await frame();
    await frame();
    expect(shownButton(), 'the first one again').to.equal(button(inner));
  });

  // An element in a site's modal dialog (its menu) and one on the page. Until round 40 the page-level
  // element's copy stood in the dialog beside the inner element's bar: two landmarks.
  for (const innerFirst of [true, false])
    it(`with a second element inside a modal dialog, on the page ${innerFirst ? 'before' : 'after'} the other: one exit shown while the dialog is open (${innerFirst ? "the inner element's bar, over the dialog" : "the page-level element's copy, in the dialog"}), none left dead under it, one landmark, and a click leaves`, async () => {
      const el = firstInBody();
      const dialog = siteDialog(
        'Meny',
        '<trygg-quick-exit href="https://neutral.example/" shortcut="none"></trygg-quick-exit><p>Meny</p><button>Stäng</button>'
      );
      // The dialog first in the page (a theme's menu at the top of <body>), or last.
      if (innerFirst) document.body.prepend(dialog);
      const inner = dialog.querySelector('trygg-quick-exit')!;
      await frame();
      await frame();
      expect(shownButton(), "the page-level element's bar while the dialog is closed").to.equal(button(el));
      dialog.showModal();
      await frame();
      await frame();
      expect(standIns(), innerFirst ? 'no copy' : "the page-level element's copy").to.have.length(innerFirst ? 0 : 1);
      if (!innerFirst) expect(dialog.firstElementChild, 'first in the dialog').to.equal(standIns()[0]);
      expect(
        [el, inner].map((exit) => button(exit).checkVisibility()),
        "neither the page-level element's (inert) bar nor, beside a copy, the inner one's"
      ).to.deep.equal([false, innerFirst]);
      expect(await exitsInTree(), 'one exit in the accessibility tree').to.deep.equal({ buttons: 1, regions: 1 });
      await expect(document.body).to.be.accessible();
      await clickAt(shownButton()!);
      expect(navigations, 'a click at the exit shown leaves').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      dialog.close();
      // Before the next frame: no frame shows the page without an exit.
      await Promise.resolve();
      expect(shownButton(), "the page-level element's bar once the dialog closes").to.equal(button(el));
      await frame();
      await frame();
      expect(shownButton(), 'and later').to.equal(button(el));
      expect(standIns()).to.have.length(0);
    });

  it("a Tab an editor in a focus-back menu takes (the focus stays) is no Tab round: a script's move out and the menu's move back leave the focus where the menu puts it, not at the exit", async () => {
    const el = firstInBody();
    await frame();
    await frame();
    const { modal, controls, close } = focusBackMenu();
    // A note field in the menu whose Tab writes a tab; a page shortcut ("/") that focuses the search.
    const note = document.createElement('textarea');
    note.setAttribute('aria-label', 'Anteckning');
    note.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      event.preventDefault();
      note.value += '\t';
    });
    modal.querySelector('button')!.before(note);
    const search = document.createElement('input');
    search.type = 'search';
    search.setAttribute('aria-label', 'Sök');
    document.querySelector('main')!.append(search);
    const shortcut = (event: KeyboardEvent) => {
      if (event.key === '/') search.focus();
    };
    document.addEventListener('keydown', shortcut);
    cleanup.push(() => {
      document.removeEventListener('keydown', shortcut);
      search.remove();
    });
    await frame();
    // The menu is known: a Tab round from its last control reaches the exit.
    controls.at(-1)!.focus();
    await frame();
    expect(await tabToExit(), 'Tab round the menu to the exit').to.be.at.most(2);
    note.focus();
    await frame();
    await sendKeys({ press: 'Tab' });
    await frame();
    await frame();
    expect([note.value, deepFocus()], 'the editor took the Tab').to.deep.equal(['\t', note]);
    await sendKeys({ press: '/' });
    await frame();
    await frame();
    expect(deepFocus(), 'the menu took the focus back from the search: its first link, not the exit').to.equal(
      controls[0]
    );
    await close();
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  // A menu script that takes the focus back to the menu's first link at every focusin outside it: an
  // ordinary control, in an element with no role. Until round 38 the element never saw the trap:
  // Tab from the last control went round the menu's links, and the exit was never reached by Tab.
  for (const [where, options, firstRound] of [
    ['last in <body>', {}, 2],
    ['before the page content, a list of links only', { beforeContent: true, linksOnly: true }, 1],
    ["in a component's shadow root", { inShadow: true }, 2],
  ] as const) {
    it(`a menu script that takes the focus back to its first link at every focusin outside the menu (${where}): every Tab round from its last control reaches the exit, first in the menu, and Shift+Tab from the exit goes on`, async () => {
      const el = firstInBody();
      await frame();
      await frame();
      const { modal, controls, close } = focusBackMenu(options);
      await frame();
      // The first round: the Tab that goes out of the page (where the menu is last) and the one that
      // comes back at the exit, which the script takes back; or the one to the page's content, taken
      // back. Later rounds: the element's own button is hidden while the copy stands in.
      for (const round of [1, 2, 3]) {
        controls.at(-1)!.focus();
        await frame();
        expect(await tabToExit(), `round ${round}: Tabs from the last control to the exit`).to.be.at.most(
          round === 1 ? firstRound : 2
        );
        expect(modal.firstElementChild, `round ${round}: the copy is first in the menu`).to.equal(standIns()[0]);
        await sendKeys({ press: 'Tab' });
        await frame();
        expect(deepFocus(), `round ${round}: the Tab after the exit`).to.equal(controls[0]);
      }
      await expect(document.body).to.be.accessible();
      // Back from the copy: the focus goes out and the script takes it back to its first link; the
      // element does not take it again (that would hold Shift+Tab at the exit).
      await tabToExit(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await frame();
      // (Where the menu is the page's first control, Shift+Tab from the copy leaves the page for the
      // browser's own controls, where no script can take it back.)
      expect(deepFocus()?.getAttribute('part'), 'Shift+Tab from the exit leaves it').not.to.equal('button');
      if (!('beforeContent' in options))
        expect(deepFocus(), "Shift+Tab from the exit: the script's first link, in the menu").to.equal(controls[0]);
      // A click outside the menu is no Tab round: the focus stays where the script puts it, on its
      // first link, not at the exit (where an Enter meant for that link would leave the site). Where
      // the menu is last in <body>, right after a Tab from its last control that left the page (no
      // focus in the page followed it).
      controls.at(-1)!.focus();
      await frame();
      if (!('beforeContent' in options)) {
        await sendKeys({ press: 'Tab' });
        await frame();
        expect(deepFocus(), 'the Tab left the page').to.equal(document.body);
      }
      await clickAt(document.querySelector('main a')!);
      await frame();
      expect(deepFocus(), 'a click outside the menu: the focus the script took back').to.equal(controls[0]);
      controls.at(-1)!.focus();
      await frame();
      await tabToExitAndEnter();
      expect(navigations, 'Tab round the menu, then Enter').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      await clickShiftAndClose(el, controls.at(-1)!, close, modal);
    });
  }

  it('a Tab the page takes without sending the focus round (a text editor, a search field that skips to its results) brings no copy', async () => {
    const el = firstInBody({
      content:
        '<h1>Kontakt</h1><form aria-label="Meddelande"><label>Meddelande <textarea></textarea></label>' +
        '<label>Sök <input type="search"></label><button>Sök</button></form><h2 tabindex="-1">Träffar</h2>',
    });
    const main = el.nextElementSibling!;
    const [textarea, search] = [main.querySelector('textarea')!, main.querySelector('input')!];
    // An editor that writes a tab at Tab: the focus stays.
    textarea.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      event.preventDefault();
      textarea.value += '\t';
    });
    // A search field whose Tab skips its button to the results: the focus goes on, not round.
    search.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || event.shiftKey) return;
      event.preventDefault();
      main.querySelector('h2')!.focus();
    });
    await frame();
    for (const field of [textarea, search]) {
      field.focus();
      await sendKeys({ press: 'Tab' });
      await frame();
      await frame();
    }
    expect(textarea.value, 'the editor took the Tab').to.equal('\t');
    expect(deepFocus(), 'the search field sent the focus on').to.equal(main.querySelector('h2'));
    expect(standIns(), 'no copy').to.have.length(0);
    expect(shownButton(), "the element's own button shows").to.equal(button(el));
  });

  it('with the shortcut off, a stand-in still takes the click in a modal <dialog>', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/" shortcut="none"></trygg-quick-exit>
      <dialog aria-label="Kakor"><p>Vi använder kakor.</p><button>Godkänn</button></dialog>
    </div>`);
    page.querySelector('dialog')!.showModal();
    await frame();
    expect(standIns()).to.have.length(1);
    await clickAt(shownButton()!);
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it("a site's modal that makes the rest of the page inert and hidden (Headless UI, Radix): the exit still takes clicks, Shift and a screen reader", async () => {
    const el = firstInBody();
    await frame();
    await frame();
    const close = siteModal();
    await frame();
    expect(el.hasAttribute('inert'), 'the site made the element inert').to.equal(true);
    await leavesPastModal(el);

    close();
    await frame();
    expect(standIns(), 'the stand-in goes with the modal').to.have.length(0);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
    await clickAt(button(el));
    expect(navigations).to.have.length(3);
  });

  it("a modal library that also marks inert what is added later (React Aria's): the stand-in is taken back for a click, Shift and a screen reader", async () => {
    const el = firstInBody();
    await frame();
    await frame();
    const portal = modalPortal();
    // What React Aria's useModalOverlay does while its modal is open (the real function).
    const restore = ariaHideOutside([portal], { shouldUseInert: true });
    cleanup.push(() => {
      restore();
      portal.remove();
    });
    await frame();
    expect(el.inert, 'React Aria made the element inert').to.equal(true);
    expect(standIns()).to.have.length(1);
    expect(standIns()[0].matches('[inert],[aria-hidden]'), 'the stand-in carries no mark').to.equal(false);
    await leavesPastModal(el);

    // The dialog goes first (with the copy in it, and the focus): the page is still marked, so a copy
    // is back first in <body>; then the marks go, and the copy with them.
    portal.remove();
    await waitUntil(
      () => standIns()[0]?.parentNode === document.body,
      'a copy first in <body> while the page is marked'
    );
    restore();
    await frame();
    expect(standIns(), 'the stand-in goes with the modal').to.have.length(0);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  it("a modal library that traps focus in its dialog (focus-trap) while the page is marked: the copy is in the dialog, Tab reaches it, and it comes back when the dialog's content is rendered again", async () => {
    const el = firstInBody();
    await frame();
    await frame();
    const close = siteModal();
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    // focus-trap with its defaults: Tab goes round the dialog's tabbable elements, focus stays in it.
    const trap = createFocusTrap(dialog).activate();
    cleanup.push(() => {
      trap.deactivate();
    });
    // focus-trap gives the dialog the focus in a task of its own, and the copy follows in the next.
    await waitUntil(
      () => dialog.firstElementChild === standIns()[0],
      'the copy is first in the dialog that holds the focus'
    );
    expect(el.inert, 'the site made the element inert').to.equal(true);
    expect(standIns(), 'one copy').to.have.length(1);
    await expect(document.body).to.be.accessible();
    await tabToExitAndEnter();
    expect(navigations, 'Tab and Enter').to.deep.equal(['https://neutral.example/']);
    exitInternals.restore();
    navigations.length = 0;
    await leavesPastModal(el);
    navigations.length = 0;

    // A site that renders its dialog's content again (a next step) takes the copy away with it, here
    // with the focus on the copy (without the trap, which would put the focus back in the dialog, and
    // a copy with it): focus falls back to <body>, and no focus event says so.
    trap.deactivate({ returnFocus: false });
    dialog.querySelector('button')!.focus();
    await frame();
    expect(dialog.firstElementChild, 'the copy is in the dialog').to.equal(standIns()[0]);
    (standIns()[0] as HTMLElement).focus();
    await frame();
    expect(dialog.firstElementChild, 'still, with the focus on it').to.equal(standIns()[0]);
    dialog.replaceChildren(...[...dialog.querySelectorAll('h2, p, button')].map((node) => node.cloneNode(true)));
    await frame();
    expect(standIns(), 'a copy again').to.have.length(1);
    expect(shownButton()?.getRootNode(), 'its button is on screen').to.equal(standIns()[0].shadowRoot);
    await clickAt(shownButton()!);
    expect(navigations, 'a click at it').to.have.length(1);
    exitInternals.restore();

    close();
    await frame();
    expect(standIns(), 'the copy goes with the modal').to.have.length(0);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  it('a site that marks the stand-in again each time it is taken back: the page comes to rest', async () => {
    const el = firstInBody();
    await frame();
    let marks = 0;
    const marker = new MutationObserver(() => {
      for (const standIn of standIns()) {
        if (!standIn.hasAttribute('inert')) {
          marks++;
          standIn.setAttribute('inert', '');
        }
      }
    });
    marker.observe(document.body, { childList: true, subtree: true, attributeFilter: ['inert'] });
    cleanup.push(() => {
      marker.disconnect();
    });
    siteModal(el);
    // Without a limit the two observers would hand the mark back and forth in microtasks, and this
    // frame would never come.
    await frame();
    expect(standIns()).to.have.length(1);
    expect(marks, 'taken back a few times, then left').to.be.within(2, 6);
  });

  it("a site's layout component that marks its own shadow wrapper inert for its modal: a copy takes the click, Shift and a screen reader", async () => {
    if (!customElements.get('site-shell'))
      customElements.define(
        'site-shell',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<div class="wrap"><slot></slot></div>';
          }
        }
      );
    const shell = document.createElement('site-shell');
    const el = document.createElement('trygg-quick-exit');
    el.href = 'https://neutral.example/';
    const main = document.createElement('main');
    main.innerHTML = '<h1>Stöd</h1>';
    shell.append(el, main);
    document.body.prepend(shell);
    cleanup.push(() => {
      shell.remove();
    });
    await frame();
    await frame();
    expect(standIns(), 'no copy while nothing is marked').to.have.length(0);
    const wrap = shell.shadowRoot!.querySelector('.wrap')!;
    const portal = modalPortal();
    cleanup.push(() => {
      portal.remove();
    });
    wrap.setAttribute('inert', '');
    wrap.setAttribute('aria-hidden', 'true');
    await waitUntil(() => standIns().length === 1, 'no copy for the exit the layout made inert');
    await leavesPastModal(el);
    // The dialog goes first (as in React Aria's test above), then the marks.
    portal.remove();
    await waitUntil(
      () => standIns()[0]?.parentNode === document.body,
      'a copy first in <body> while the page is marked'
    );
    wrap.removeAttribute('inert');
    wrap.removeAttribute('aria-hidden');
    await waitUntil(() => standIns().length === 0, 'the copy stays when the marks go');
  });

  it('an ancestor made inert (the app root of a React page): a click at the exit leaves; aria-hidden elsewhere adds no stand-in', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="app"><trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit><main><h1>Stöd</h1></main></div>
      <div id="slide" aria-hidden="false"><p>Bild 1</p></div>
    </div>`);
    await frame();
    const slide = page.querySelector('#slide')!;
    slide.setAttribute('aria-hidden', 'true'); // a carousel's hidden slide, not around the element
    await frame();
    expect(standIns(), 'aria-hidden on another element').to.have.length(0);
    siteModal(page.querySelector('#app')!);
    await frame();
    expect(standIns()).to.have.length(1);
    await clickAt(shownButton()!);
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it("a finger's tap on the button leaves, once, also while a site's focus trap cancels touches outside its modal", async () => {
    const el = firstInBody();
    const exits = countExits();
    await frame();
    await tapAt(button(el));
    expect(navigations, 'a tap').to.deep.equal(['https://neutral.example/']);
    expect(exits(), 'one trygg-exit for one tap').to.equal(1);
    exitInternals.restore();

    // focus-trap with its defaults (what many modal libraries use): preventDefault() on every
    // touchstart outside the trap, so the browser makes no click of the tap.
    const modal = document.createElement('div');
    modal.innerHTML =
      '<div role="dialog" aria-modal="true" aria-label="Kakor"><p>Vi använder kakor.</p><button>Godkänn</button></div>';
    document.body.append(modal);
    const trap = createFocusTrap(modal).activate();
    cleanup.push(() => {
      trap.deactivate();
      modal.remove();
    });
    await frame();
    await tapAt(shownButton()!);
    expect(navigations, 'a tap while the trap is active').to.have.length(2);
    expect(exits()).to.equal(2);
  });

  it('a finger that scrolls the page, or slides off the button before lifting, does not leave', async () => {
    const el = firstInBody({ content: '<h1>Stöd</h1><div style="height: 3000px"></div>' });
    await frame();
    const box = button(el).getBoundingClientRect();
    await tapAt(button(el), { x: Math.round(box.x + box.width / 2), y: 400 });
    expect(navigations, 'a scroll that began on the button').to.deep.equal([]);
    window.scrollTo(0, 0);
    // A map or game page: no panning, so the browser does not cancel the touch when it moves.
    siteStyle('html, body { touch-action: none }');
    await frame();
    await tapAt(button(el), { x: 20, y: Math.round(box.y + box.height / 2) });
    expect(navigations, 'slid off the button').to.deep.equal([]);
    await tapAt(button(el), { x: Math.round(box.x + box.width / 2) + 6, y: Math.round(box.y + box.height / 2) + 3 });
    expect(navigations, 'a small slide on the button is a tap').to.have.length(1);
  });

  /** Makes `player` fullscreen as a person does: a click on its button `#full` (fullscreen needs one). */
  async function fullscreen(player: HTMLElement): Promise<void> {
    const full = player.querySelector<HTMLElement>('#full')!;
    full.onclick = () => {
      void player.requestFullscreen();
    };
    await frame();
    await clickAt(full);
    await waitUntil(() => document.fullscreenElement === player, 'the player never went fullscreen');
    await frame();
  }

  it("stays on top of a site's video player in fullscreen, takes a click there, and comes back after", async () => {
    const el = firstInBody({
      content:
        '<h1>Film om stöd</h1><div id="player" style="background: #000; color: #fff; height: 200px"><p>Film</p><button id="full">Helskärm</button></div>',
    });
    const player = document.getElementById('player')!;
    await fullscreen(player);
    try {
      expect(standIns(), 'a stand-in in the player').to.have.length(1);
      await expect(document.body).to.be.accessible();
      const shown = shownButton()!;
      const box = shown.getBoundingClientRect();
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2), 'on top').to.equal(
        standIns()[0]
      );
      await clickAt(shown);
      expect(navigations).to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
    } finally {
      // (Hiding the page for the exit may already have ended fullscreen.)
      if (document.fullscreenElement) await document.exitFullscreen();
    }
    await waitUntil(() => !document.fullscreenElement, 'fullscreen did not end');
    await frame();
    expect(standIns(), 'the stand-in goes with fullscreen').to.have.length(0);
    expect(shownButton(), "the element's own button is back").to.equal(button(el));
  });

  // A video player's own settings menu that keeps Tab inside it (a role-less trap, as menuTrap's),
  // open while the player is fullscreen. Until round 41 the copy stood first in the player, outside
  // the menu: drawn, but Tab went round the menu and never reached it.
  it("a site's video player in fullscreen with its settings menu keeping Tab inside: the first Tab round ends at the exit, in the menu, on top, and Enter leaves", async () => {
    firstInBody({
      content:
        '<h1>Film om stöd</h1><div id="player" style="background: #000; color: #fff; height: 200px"><p>Film</p><button id="full">Helskärm</button>' +
        '<nav aria-label="Inställningar" style="background: #fff; color: #000"><a href="#kvalitet">Kvalitet</a> <a href="#textning">Textning</a> <button type="button">Stäng</button></nav></div>',
    });
    const player = document.getElementById('player')!;
    const menu = player.querySelector('nav')!;
    const controls = [...menu.querySelectorAll<HTMLElement>('a, button')];
    keepTabIn(menu, 'a[href], button');
    await fullscreen(player);
    try {
      controls.at(-1)!.focus();
      await frame();
      expect(await tabToExit(), "Tabs from the menu's last control to the exit").to.equal(1);
      expect(standIns(), 'one copy').to.have.length(1);
      expect(menu.firstElementChild, 'first in the menu').to.equal(standIns()[0]);
      const box = shownButton()!.getBoundingClientRect();
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2), 'on top').to.equal(
        standIns()[0]
      );
      await expect(document.body).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
    } finally {
      if (document.fullscreenElement) await document.exitFullscreen();
    }
    await waitUntil(() => !document.fullscreenElement, 'fullscreen did not end');
  });

  // An editor's placement that the page hides: `#here` in `markup` holds the element; `shown(main,
  // on)` shows or hides it as the site does (opening the accordion, choosing the tab, the menu).
  const hiddenPlaces: [string, string, (main: HTMLElement, on: boolean) => void][] = [
    [
      'a closed accordion (<details>)',
      '<details><summary>Stöd</summary><div id="here"></div></details>',
      (main, on) => {
        main.querySelector('details')!.open = on;
      },
    ],
    [
      'a tab panel hidden with hidden="until-found"',
      '<div id="here" hidden="until-found"></div>',
      (main, on) => {
        main.querySelector('#here')!.setAttribute('hidden', on ? '' : 'until-found');
        main.querySelector('#here')!.toggleAttribute('hidden', !on);
      },
    ],
    [
      'a menu built as a popover (closed: display: none; open: in the top layer after the bar)',
      '<div popover="manual" aria-label="Meny"><div id="here"></div></div>',
      (main, on) => {
        const menu = main.querySelector<HTMLElement>('[popover]')!;
        if (on) menu.showPopover();
        else menu.hidePopover();
      },
    ],
    [
      "a menu the site's CSS hides (display: none)",
      '<nav class="meny" aria-label="Meny"><div id="here"></div></nav>',
      (main, on) => {
        main.querySelector('nav')!.classList.toggle('meny', !on);
      },
    ],
  ];
  for (const [where, markup, shown] of hiddenPlaces) {
    it(`an exit an editor put in ${where}: a copy at the top of the page takes a click and Shift, and goes while the page shows the exit`, async () => {
      siteStyle('.meny { display: none }');
      const el = firstInBody({ content: `<h1>Stöd</h1>${markup}<p>Du kan få stöd.</p>` });
      const main = document.querySelector('main')!;
      main.querySelector('#here')!.append(el);
      await waitUntil(() => standIns().length === 1, 'no copy stands in for the hidden exit');
      const [copy] = standIns();
      expect(document.body.firstElementChild, 'first in <body>').to.equal(copy);
      expect(shownButton()?.getRootNode(), 'the copy’s button is on screen').to.equal(copy.shadowRoot);
      expect(
        main.querySelector('h1')!.getBoundingClientRect().top,
        'it takes its own row: the page’s heading is below the bar'
      ).to.be.at.least(shownButton()!.getBoundingClientRect().bottom);
      expect(await exitInTree(), 'in the accessibility tree').to.equal(true);
      await expect(document.body).to.be.accessible();
      await clickAt(shownButton()!);
      expect(navigations, 'a click at the copy').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      await pressedTwice(el);
      await sendKeys({ press: 'Shift' });
      expect(navigations, 'Shift three times').to.have.length(2);
      exitInternals.restore();

      shown(main, true);
      await waitUntil(() => standIns().length === 0, 'the copy stays while the exit shows');
      expect(shownButton(), 'the element’s own button').to.equal(button(el));
      const box = button(el).getBoundingClientRect();
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName, 'on top').to.equal(
        'trygg-quick-exit'
      );
      shown(main, false);
      await waitUntil(() => standIns().length === 1, 'no copy when the page hides the exit again');
    });
  }

  it("an exit in a site's menu built as a <dialog>: a copy while the menu is closed; open, its own button is on top and takes a click and Tab", async () => {
    const el = firstInBody({
      content:
        '<h1>Stöd</h1><dialog aria-label="Meny" style="inset: 0; inline-size: 100vw; max-inline-size: none; block-size: 100vh; max-block-size: none; margin: 0">' +
        '<div id="here"></div><a href="#hem">Hem</a> <button>Stäng</button></dialog>',
    });
    const menu = document.querySelector('dialog')!;
    menu.querySelector('#here')!.append(el);
    cleanup.push(() => {
      menu.close();
    });
    await waitUntil(() => standIns().length === 1, 'no copy while the menu is closed');

    menu.showModal();
    await waitUntil(() => standIns().length === 0, 'the copy stays while the menu shows the exit');
    await frame();
    const shown = shownButton()!;
    expect(shown, 'the element’s own button').to.equal(button(el));
    const box = shown.getBoundingClientRect();
    expect(
      document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName,
      'on top of the menu'
    ).to.equal('trygg-quick-exit');
    expect(await exitInTree(), 'in the accessibility tree').to.equal(true);
    await expect(document.body).to.be.accessible();
    await clickAt(shown);
    expect(navigations, 'a click at it').to.deep.equal(['https://neutral.example/']);
    exitInternals.restore();
    menu.querySelector('a')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(
      deepFocus()?.getAttribute('part'),
      'Shift+Tab from the menu’s link: its help control, then the exit'
    ).to.equal('button');
    await sendKeys({ press: 'Enter' });
    expect(navigations, 'Enter').to.have.length(2);
    exitInternals.restore();

    menu.close();
    await waitUntil(() => standIns().length === 1, 'no copy when the menu closes');
  });

  // The bar leaves the top layer and enters it again in one task: the focus on its button is not lost.
  it("focus on the exit stays there when the bar is raised above a site's popover (a toast)", async () => {
    const el = firstInBody({ content: '<h1>Stöd</h1><div popover="manual">Sparat</div>' });
    await frame();
    await frame();
    button(el).focus();
    document.querySelector<HTMLElement>('[popover]')!.showPopover();
    await frame();
    expect(deepFocus()?.getAttribute('part'), 'focus on the exit button').to.equal('button');
    const box = button(el).getBoundingClientRect();
    expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.localName, 'on top').to.equal(
      'trygg-quick-exit'
    );
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it("a copy for a hidden exit keeps its row while a site's modal marks the page: nothing under the modal moves, and it leaves", async () => {
    siteStyle('.meny { display: none }');
    const el = firstInBody({ content: '<h1>Stöd</h1><nav class="meny" aria-label="Meny"><div id="here"></div></nav>' });
    document.querySelector('#here')!.append(el);
    await waitUntil(() => standIns().length === 1, 'no copy stands in for the hidden exit');
    const heading = document.querySelector('h1')!;
    const top = heading.getBoundingClientRect().top;
    siteModal();
    await waitUntil(() => !(standIns()[0] as HTMLElement).inert, 'the copy stays inert');
    await frame();
    expect(standIns(), 'the same one copy').to.have.length(1);
    expect(heading.getBoundingClientRect().top, 'the page under the modal has not moved').to.equal(top);
    await leavesPastModal(el);
  });

  it('no copy when another exit shows (a site with two headers, one hidden), or when the element itself is hidden', async () => {
    siteStyle('.meny { display: none }');
    const el = firstInBody({ content: '<h1>Stöd</h1><nav class="meny" aria-label="Meny"></nav>' });
    const hidden = document.createElement('trygg-quick-exit');
    document.querySelector('nav')!.append(hidden);
    await frame();
    await frame();
    expect(standIns(), 'the other exit shows').to.have.length(0);
    expect(shownButton(), "the element's own button shows").to.equal(button(el));
    el.hidden = true;
    await waitUntil(() => standIns().length === 1, 'with no exit on screen, the hidden one gets a copy');
    hidden.remove();
    await waitUntil(() => standIns().length === 0, 'the site hid the element itself: no copy');
    expect(shownButton(), 'none on screen').to.equal(undefined);
  });

  it('while the page is being left (hidden by the exit), no copy is added or taken away', async () => {
    const el = firstInBody({ content: '<h1>Stöd</h1><details><summary>Mer</summary></details>' });
    const other = document.createElement('trygg-quick-exit');
    document.querySelector('details')!.append(other);
    await frame();
    await frame();
    expect(standIns()).to.have.length(0);
    await clickAt(button(el));
    expect(navigations).to.have.length(1);
    for (let i = 0; i < 3; i++) await frame();
    expect(standIns(), 'every exit measures nothing now: none gets a copy').to.have.length(0);
    exitInternals.restore();
    el.hidden = true;
    await waitUntil(() => standIns().length === 1);
    const [copy] = standIns();
    await clickAt(shownButton()!);
    expect(navigations).to.have.length(2);
    for (let i = 0; i < 3; i++) await frame();
    expect(standIns().length === 1 && standIns()[0] === copy, 'the copy stays as it was').to.equal(true);
  });

  it("is drawn while a site's anti-flicker snippet hides the page (html { opacity: 0 }), and a click there leaves", async () => {
    siteStyle('html.async-hide { opacity: 0 !important }');
    document.documentElement.classList.add('async-hide');
    cleanup.push(() => {
      document.documentElement.classList.remove('async-hide');
    });
    const el = firstInBody();
    await frame();
    await frame();
    const box = button(el).getBoundingClientRect();
    // The button's own red, at its edge (not on a letter); the page there would be white.
    const seen = await executeServerCommand<number[], { x: number; y: number }>('trygg-pixel', {
      x: Math.round(box.x + 4),
      y: Math.round(box.y + box.height / 2),
    });
    expect(seen, 'the button’s red on screen').to.deep.equal([0xa4, 0x00, 0x1d]);
    const heading = document.querySelector('h1')!.getBoundingClientRect();
    const page = await executeServerCommand<number[], { x: number; y: number }>('trygg-pixel', {
      x: Math.round(heading.x + 1),
      y: Math.round(heading.y + heading.height / 2),
    });
    expect(page, 'the page itself is not drawn (white where its heading is)').to.deep.equal([255, 255, 255]);
    await clickAt(button(el));
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it('keeps a 44 px target and legible text under `* { all: unset }` and `html { font-size: 8px }`', async () => {
    siteStyle('* { all: unset } html { font-size: 8px }');
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    const box = button(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    expect(parseFloat(getComputedStyle(button(el)).fontSize)).to.be.at.least(16);
    expect(parseFloat(getComputedStyle(toggle(el)).fontSize)).to.be.at.least(14);
    expect(toggle(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it("writes in the site's font family (or --trygg-font-family), at its own size, weight and style", async () => {
    siteStyle('body { font: italic 700 10px/1 monospace; font-variant: small-caps }');
    cleanup.push(() => {
      document.documentElement.style.removeProperty('--trygg-font-family');
    });
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    const host = getComputedStyle(el);
    expect(host.fontFamily).to.equal('monospace');
    expect([host.fontStyle, host.fontVariant, host.fontWeight, host.fontSize]).to.deep.equal([
      'normal',
      'normal',
      '400',
      '16px',
    ]);
    expect(getComputedStyle(button(el)).fontFamily).to.equal('monospace');
    expect(getComputedStyle(button(el)).fontWeight).to.equal('700');
    document.documentElement.style.setProperty('--trygg-font-family', 'Georgia, serif');
    expect(getComputedStyle(button(el)).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(toggle(el)).fontFamily).to.equal('Georgia, serif');
  });

  it('counts Shift while focus is in a same-origin frame', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <iframe title="Kontaktformulär" .srcdoc=${'<label>Namn <input></label>'}></iframe>
    </div>`);
    const iframe = page.querySelector('iframe')!;
    await frameReady(iframe, () => iframe.contentDocument?.querySelector('input'));
    iframe.contentDocument!.querySelector('input')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  it('counts Shift while focus is in a frame inside a same-origin frame (loaded before the outer one)', async () => {
    // The outer frame's load comes after its own frame has loaded: the inner frame is found among
    // the frames already there when the outer one's document is watched.
    const inner = '&lt;label&gt;Namn &lt;input&gt;&lt;/label&gt;';
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <iframe title="Formulär" .srcdoc=${`<iframe title="Kontaktformulär" srcdoc="${inner}"></iframe>`}></iframe>
    </div>`);
    const iframe = page.querySelector('iframe')!;
    const input = (): HTMLInputElement | null | undefined =>
      iframe.contentDocument?.querySelector('iframe')?.contentDocument?.querySelector('input');
    await frameReady(iframe, input);
    input()!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  // A site's component (a chat or form widget) that holds a same-origin frame in its shadow root: the
  // frame's `load` never reaches the document and the window's frame list leaves it out. Until round
  // 42 Shift did nothing while the person typed in it.
  for (const how of ['clicked into', 'opened by a button that puts the focus in it'])
    it(`counts Shift while focus is in a same-origin frame inside a component's shadow root (${how})`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
        <button type="button">Chatta med oss</button>
        <div class="widget"></div>
      </div>`);
      const iframe = document.createElement('iframe');
      iframe.title = 'Chatt';
      iframe.srcdoc = '<label>Meddelande <input></label>';
      const loaded = frameReady(iframe);
      page.querySelector('.widget')!.attachShadow({ mode: 'open' }).append(iframe);
      await loaded;
      const input = iframe.contentDocument!.querySelector('input')!;
      const open = page.querySelector('button')!;
      open.addEventListener('click', () => {
        input.focus();
      });
      if (how === 'clicked into') {
        // Where the window itself has no focus when the person clicks (here: a consent frame that had
        // it was taken away), only the pointer over the frame tells the page.
        const consent = document.createElement('iframe');
        consent.title = 'Samtycke';
        consent.srcdoc = '<button>OK</button>';
        const shown = frameReady(consent);
        page.append(consent);
        await shown;
        consent.contentDocument!.querySelector('button')!.focus();
        consent.remove();
        expect(document.hasFocus(), 'set-up: the window has no focus').to.equal(false);
      }
      const target = how === 'clicked into' ? input : open;
      const [x, y] = centre(target);
      const offset = target === input ? iframe.getBoundingClientRect() : { x: 0, y: 0 };
      await sendMouse({ type: 'click', position: [Math.round(x + offset.x), Math.round(y + offset.y)] });
      await resetMouse();
      expect(iframe.contentDocument!.activeElement, 'set-up: the focus is in the frame').to.equal(input);
      await sendKeys({ type: 'Hej' });
      expect(navigations, 'typing a capital does not leave').to.deep.equal([]);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(navigations).to.deep.equal(['https://neutral.example/']);
    });

  // The same widget inside a same-origin frame (a form page embedded in the site): the focus goes from a
  // button in the page through the outer frame into the widget's frame, and no pointer comes over it.
  it("counts Shift while focus is in a frame in a component's shadow root inside a same-origin frame", async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <trygg-quick-exit href="https://neutral.example/"></trygg-quick-exit>
      <button type="button">Chatta med oss</button>
      <iframe title="Formulär" .srcdoc=${'<div class="widget"></div>'}></iframe>
    </div>`);
    const outer = page.querySelector('iframe')!;
    await frameReady(outer, () => outer.contentDocument?.querySelector('.widget'));
    const inner = outer.contentDocument!.createElement('iframe');
    inner.title = 'Chatt';
    inner.srcdoc = '<label>Meddelande <input></label>';
    const loaded = frameReady(inner);
    outer.contentDocument!.querySelector('.widget')!.attachShadow({ mode: 'open' }).append(inner);
    await loaded;
    const input = inner.contentDocument!.querySelector('input')!;
    const open = page.querySelector('button')!;
    open.addEventListener('click', () => {
      input.focus();
    });
    await clickAt(open);
    expect(inner.contentDocument!.activeElement, 'set-up: the focus is in the inner frame').to.equal(input);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(navigations).to.deep.equal(['https://neutral.example/']);
  });

  // axe's `region` rule (all content in landmarks) only means something for a whole page.
  it('has no axe violation (best practice included) first in <body>: closed, and with help-href', async () => {
    firstInBody();
    await expect(document.body, 'closed').to.be.accessible();
    cleanup.splice(0).forEach((fn) => {
      fn();
    });
    firstInBody({ help: '/sa-doljer-du-ditt-besok' });
    await expect(document.body, 'help-href').to.be.accessible();
  });

  it('has no axe violation first in <body> with the help open and Shift pressed, in Swedish and Arabic', async () => {
    const el = firstInBody();
    toggle(el).click();
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'Shift' });
    await expect(document.body, 'sv').to.be.accessible();
    await setLang('ar', el);
    await expect(document.body, 'ar').to.be.accessible();
  });

  for (const lang of ['sv', 'ar']) {
    it(`pinch-zoomed to read, and the zoomed view moved: the whole button stays in view, and a tap and a click there leave (${lang})`, async () => {
      await setViewport({ width: 390, height: 700 });
      const el = firstInBody({ content: '<h1>Stöd</h1>' + '<p>Du kan få stöd, dygnet runt.</p>'.repeat(150) });
      await setLang(lang, el);
      await frame();
      cleanup.push(() => {
        void executeServerCommand('trygg-pinch', { scale: 1 });
      });
      const unzoomed = button(el).getBoundingClientRect();
      const view = window.visualViewport!;
      /** The button's box in the zoomed view (what is on screen), in the page's CSS px. */
      const inZoomedView = (): DOMRect => {
        const box = button(el).getBoundingClientRect();
        return new DOMRect(box.x - view.offsetLeft, box.y - view.offsetTop, box.width, box.height);
      };

      for (const [scale, pan] of [
        [2.5, undefined],
        [2.5, { x: 120, y: 900 }],
        [4, { x: 30, y: 2000 }],
      ] as const) {
        await executeServerCommand('trygg-pinch', { scale, pan, source: 'mouse' });
        await frame();
        expect(view.scale, 'zoomed').to.equal(scale);
        if (pan) expect(view.offsetTop, 'the zoomed view moved down the page').to.be.above(0);
        const box = inZoomedView();
        expect(
          box.x >= 0 && box.y >= 0 && box.right <= view.width + 0.5 && box.bottom <= view.height + 0.5,
          `the whole button in view at ${scale}×: ${JSON.stringify(box)} in ${view.width}×${view.height}`
        ).to.equal(true);
        expect(box.y * scale, 'at the top of the screen').to.be.closeTo(unzoomed.y, 1);
        expect(box.width * scale, 'at the size it has unzoomed').to.be.closeTo(unzoomed.width, 1);
        expect(box.height * scale, 'a target of 44 px on screen').to.be.at.least(44);
      }
      await expect(document.body).to.be.accessible();
      // A control that changes size while zoomed (here its label) has the page's scroll padding
      // measured again: from the bar as it is unzoomed, not as it is moved down the page.
      el.label = 'Lämna sidan nu, snabbt';
      await frame();
      const padding = getComputedStyle(document.documentElement).scrollPaddingBlockStart;
      expect(parseFloat(padding), "the page's scroll padding clears the unzoomed bar").to.be.within(
        unzoomed.bottom,
        unzoomed.bottom + 20
      );
      el.label = '';
      await frame();
      // Input positions are CSS px in the zoomed view (as the browser's own input is hit-tested).
      const box = inZoomedView();
      const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      await executeServerCommand('trygg-tap', centre);
      expect(navigations, 'a tap where the button is seen').to.deep.equal(['https://neutral.example/']);
      exitInternals.restore();
      await sendMouse({ type: 'click', position: [centre.x, centre.y] });
      await resetMouse();
      expect(navigations, 'a click there').to.have.length(2);
      exitInternals.restore();

      await executeServerCommand('trygg-pinch', { scale: 1 });
      await frame();
      expect(button(el).getBoundingClientRect().toJSON(), 'unzoomed, the bar is back in place').to.deep.equal(
        unzoomed.toJSON()
      );
    });
  }

  it('on a phone, a page laid out wider than the screen (no meta viewport): shown zoomed out as before, and pinched, the whole button in view; a tap leaves', async () => {
    await executeServerCommand('trygg-phone', { width: 390, height: 700 });
    cleanup.push(() => {
      void executeServerCommand('trygg-pinch', { scale: 1 });
    });
    const el = firstInBody({ content: '<h1>Stöd</h1>' + '<p>Du kan få stöd, dygnet runt.</p>'.repeat(150) });
    await frame();
    await frame();
    const view = window.visualViewport!;
    expect(view.scale, 'the phone shows the whole page width, zoomed out').to.be.below(1);
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part~="bar"]')!;
    expect(bar.style.transform, 'nothing to follow before a pinch').to.equal('');
    const unzoomed = button(el).getBoundingClientRect();
    const shownAt = view.scale;
    expect(unzoomed.right, 'the button in view').to.be.at.most(view.width);

    await executeServerCommand('trygg-pinch', { scale: 1.2, pan: { x: 300, y: 600 }, source: 'mouse' });
    await frame();
    expect(view.offsetLeft, 'the zoomed view moved right').to.be.above(0);
    const box = button(el).getBoundingClientRect();
    const inView = new DOMRect(box.x - view.offsetLeft, box.y - view.offsetTop, box.width, box.height);
    expect(
      inView.x >= 0 && inView.y >= 0 && inView.right <= view.width + 0.5 && inView.bottom <= view.height + 0.5,
      `the whole button in view: ${JSON.stringify(inView)} in ${view.width}×${view.height}`
    ).to.equal(true);
    expect(inView.width * view.scale, 'at the size it had on screen before the pinch').to.be.closeTo(
      unzoomed.width * shownAt,
      1
    );
    await executeServerCommand('trygg-tap', {
      x: Math.round(inView.x + inView.width / 2),
      y: Math.round(inView.y + inView.height / 2),
    });
    expect(navigations, 'a tap where the button is seen').to.deep.equal(['https://neutral.example/']);
  });

  it('at 320×256 (400 % zoom) every word of the open help can be read and the next Tab stop is visible', async () => {
    await setViewport({ width: 320, height: 256 });
    const el = firstInBody({
      content: '<h1>Stöd</h1><p><a href="#next" id="next">Nästa länk</a></p><div style="height: 2000px"></div>',
    });
    await frame();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(panel(el).checkVisibility()).to.equal(true);
    const barBottom = () =>
      Math.max(button(el).getBoundingClientRect().bottom, toggle(el).getBoundingClientRect().bottom);
    const paragraphs = [...panel(el).querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent).join(' ')).to.contain('historik raderas inte');
    for (const p of paragraphs) {
      p.scrollIntoView({ block: 'end' });
      await frame();
      const box = p.getBoundingClientRect();
      const page = `scrollY ${scrollY} of ${document.documentElement.scrollHeight}, ${innerWidth}×${innerHeight}`;
      expect(box.bottom, `${p.textContent} (${page})`).to.be.at.most(256);
      expect(box.top, `${p.textContent}: not under the bar`).to.be.at.least(barBottom());
    }
    // The panel is in the page, not in the bar: the bar stays one row.
    expect(el.shadowRoot!.querySelector('[part="bar"]')!.getBoundingClientRect().height).to.be.below(64);
    toggle(el).focus();
    await sendKeys({ press: 'Tab' });
    const next = document.getElementById('next')!;
    expect(deepFocus()).to.equal(next);
    await frame();
    await frame();
    const box = next.getBoundingClientRect();
    expect(box.top, 'the next stop is below the bar').to.be.at.least(barBottom());
    expect(box.bottom, 'and in the window').to.be.at.most(256);
  });

  it('Escape closes the help and gives focus back to its button', async () => {
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(panel(el).checkVisibility()).to.equal(false);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(deepFocus()).to.equal(toggle(el));
  });

  it('the help control has a solid background (it sits on page text while scrolling)', async () => {
    const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit help-href="/hjalp"></trygg-quick-exit>`);
    const link = el.shadowRoot!.querySelector('[part="help-link"]')!;
    for (const control of [link, toggle(el)]) {
      const was = control.hasAttribute('hidden');
      control.removeAttribute('hidden');
      expect(getComputedStyle(control).backgroundColor, control.getAttribute('part')!).to.equal('rgb(255, 255, 255)');
      if (was) control.setAttribute('hidden', '');
    }
  });
});
