/**
 * SliceController and DeferredController (src/core/tasks.ts). SliceController: the one way a component renders a long list in slices. What
 * a person sees: the first items at once, then the rest, slice by slice, until every item is there;
 * a new list starts over; server-rendered HTML is never cut. No timing is asserted here (speed is
 * measured by `npm run bench`). The slices' pace is driven with a stand-in for a screen reader's
 * tree that works on the items in real frames: those tests assert how many items reach it at a
 * time, with room for a busy machine (about 40 a step is expected; at most 60 is asserted).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DeferredController, settle, SliceController } from '../../src/core/tasks.js';
import { treeSerializer } from '../support/helpers.js';

/** A list of `items`, rendered in slices; `updateComplete` waits for every slice (unless `oneUpdate`). */
class SlicedList extends LitElement {
  @property({ attribute: false }) items: string[] = [];
  /** `updateComplete` is Lit's own: one update, not the slices. */
  oneUpdate = false;
  readonly slices = new SliceController(this, { initial: 10, min: 20, max: 50 });
  private rendered: string[] | undefined;
  /** What each update rendered (number of items), in order. */
  readonly counts: number[] = [];

  protected override getUpdateComplete(): Promise<boolean> {
    return this.oneUpdate
      ? super.getUpdateComplete()
      : settle(
          () => super.getUpdateComplete(),
          () => this.slices.pending
        );
  }

  override render() {
    if (this.items !== this.rendered) {
      this.rendered = this.items;
      this.slices.reset();
    }
    this.slices.total = this.items.length;
    const shown = this.items.slice(0, this.slices.limit);
    this.counts.push(shown.length);
    return html`<ul>
      ${shown.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }
}
customElements.define('test-sliced-list', SlicedList);

class OneUpdateList extends SlicedList {
  override oneUpdate = true;
}
customElements.define('test-one-update-list', OneUpdateList);

/** A list on a busy page: 40 ms of the page's own work right after each slice but the first. */
class BusyList extends OneUpdateList {
  busy = 0;
  protected override updated(): void {
    if (this.counts.length < 2) return;
    this.busy++;
    const until = performance.now() + 40;
    while (performance.now() < until);
  }
}
customElements.define('test-busy-list', BusyList);

/** Two lists on one host, each with its own slices (the timeline's list and its reveal share one pace so). */
class TwoLists extends OneUpdateList {
  @property({ attribute: false }) second: string[] = [];
  readonly secondSlices = new SliceController(this, { initial: 10, min: 20, max: 50 });
  private renderedSecond: string[] = [];

  override render() {
    if (this.second !== this.renderedSecond) {
      this.renderedSecond = this.second;
      this.secondSlices.reset();
    }
    this.secondSlices.total = this.second.length;
    return html`${super.render()}
      <ol>
        ${this.second.slice(0, this.secondSlices.limit).map((item) => html`<li>${item}</li>`)}
      </ol>`;
  }
}
customElements.define('test-two-lists', TwoLists);

const list = (n: number, prefix = 'Punkt') => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

/**
 * Puts `el` (200 items) on a page that says it is still loading, waits longer than the pace's own
 * wait (300 ms, after which a loaded page goes on), checks that the first items are there, then runs
 * `steps`. The page says it has loaded again afterwards.
 */
async function onLoadingPage<T extends OneUpdateList>(el: T, steps: (el: T) => Promise<void>): Promise<void> {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  try {
    el.items = list(200);
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(texts(el).length, 'the first items at once').to.be.at.least(10);
    await steps(el);
  } finally {
    Reflect.deleteProperty(document, 'readyState');
    el.remove();
  }
}

/** Fires the page's `load` event; `loaded`: the page says it has loaded first (else it still says it is loading). */
function loadEvent(loaded: boolean): void {
  if (loaded) Reflect.deleteProperty(document, 'readyState');
  window.dispatchEvent(new Event('load'));
}

describe('SliceController', () => {
  it('shows the first slice at once, then every item in order; updateComplete waits for the last slice', async () => {
    const el = await fixture<OneUpdateList>(html`<test-one-update-list .items=${list(300)}></test-one-update-list>`);
    expect(texts(el), 'the first slice').to.deep.equal(list(10));
    await el.slices.complete;
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(list(300));
    expect(el.counts[0]).to.equal(10);
    // Each later slice adds between min and max items, and the list only grows. The first later
    // slice may be smaller: before the pace has looked for the browser's own pause after the
    // slices (core/tasks.ts, Pace), it leaves room for few items; here no pause follows, and
    // from then on there is no cap.
    for (let i = 1; i < el.counts.length; i++) {
      const added = el.counts[i] - el.counts[i - 1];
      if (el.counts[i] === 300) break;
      expect(added, `slice ${i}`).to.be.within(i === 1 ? 1 : 20, 50);
    }
    expect(el.counts.length, 'more than one update').to.be.greaterThan(6);
    await expect(el).to.be.accessible();

    const sliced = await fixture<SlicedList>(html`<test-sliced-list .items=${list(300)}></test-sliced-list>`);
    expect(texts(sliced), 'after updateComplete').to.deep.equal(list(300));
  });

  it('renders each later slice in a task of its own, without waiting for a frame (also where none is drawn)', async () => {
    // A tab in the background draws no frames: requestAnimationFrame never calls back.
    const raf = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame');
    let frames = 0;
    window.requestAnimationFrame = () => ++frames;
    const el = new OneUpdateList();
    try {
      el.items = list(300);
      document.body.append(el);
      await el.updateComplete;
      expect(texts(el), 'the first slice').to.deep.equal(list(10));
      await el.slices.complete;
      expect(texts(el)).to.deep.equal(list(300));
      expect(el.counts.length, 'in slices').to.be.greaterThan(6);
      // The first slice is laid out in the next frame (here: after 100 ms without one); the later
      // ones in their own tasks, one after the other. Once, when the first slices fill the room
      // the pace allows before it has seen the browser's own pause, it looks for that pause in the
      // next frame; none comes, and it stops looking.
      expect(frames, 'frames waited for').to.equal(2);
    } finally {
      if (raf) Object.defineProperty(window, 'requestAnimationFrame', raf);
      el.remove();
    }
  });

  it("keeps to the pace of the browser's own work on what the slices add (a screen reader's tree)", async function () {
    this.timeout(60_000);
    const el = new OneUpdateList();
    const tree = treeSerializer(() => el.shadowRoot?.querySelectorAll('li') ?? []);
    try {
      el.items = list(1000);
      document.body.append(el);
      await el.updateComplete;
      await el.slices.complete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(texts(el), 'every item in the end').to.deep.equal(list(1000));
      // Without the pace, all 1 000 came in one of the browser's steps here. With it, a step gets
      // about 39. A step the machine delays (a missed frame, a stalled timer on a loaded 2-core run:
      // 84 and 138 were seen once each) takes what the controller added while it waited, and a wait
      // that sees no pause doubles the room: those few steps say nothing of the pace. So: most
      // steps (three in four) within 60 items, the list spread over many steps, and no step near a
      // run of misses (40 + 80 + 160 items). A pace twice as generous (80 a step) fails the first;
      // none at all fails all three.
      const batches = tree.batches;
      const steps = `items per step: ${batches.join(', ')}`;
      expect(batches.filter((n) => n <= 60).length, steps).to.be.at.least(batches.length * 0.75);
      expect(batches.length, steps).to.be.at.least(12);
      expect(Math.max(...batches), steps).to.be.below(280);
      expect(el.slices.paced, 'paced').to.equal(true);
    } finally {
      tree.stop();
      el.remove();
    }
  });

  it('on a page still loading, adds no more than the first cap until the load event, then the rest', async () => {
    // Chromium was seen doing no work for a screen reader's tree before the load event, then all of it
    // at once: items added meanwhile would all go in that one step (bench/tasks.mjs, "…, while the page loads, …").
    await onLoadingPage(new OneUpdateList(), async (el) => {
      expect(texts(el).length, 'the rest waits for the load event').to.be.below(60);
      loadEvent(true);
      await el.slices.complete;
      expect(texts(el), 'every item after it').to.deep.equal(list(200));
    });
  });

  it('on a page still loading and busy between the slices, still waits for the load event', async () => {
    // The page's own work between two slices (an input handler, a frame of its own) looks like the
    // browser's pause for the items. Charged to them, it left room for more items at every slice, and
    // the whole list went in before the load event (and so into the one step at it).
    await onLoadingPage(new BusyList(), async (el) => {
      expect(texts(el).length, 'the rest waits for the load event').to.be.below(60);
      expect(el.busy, 'the page was busy after a slice').to.be.at.least(1);
      loadEvent(true);
      await el.slices.complete;
      expect(texts(el), 'every item after it').to.deep.equal(list(200));
    });
  });

  it('on a page still loading, a second list of the host that starts while the first waits, waits too', async () => {
    // As the timeline's reveal of what a filter change shows, while its list waits: the second list's
    // items would go into the one step at the load event.
    await onLoadingPage(new TwoLists(), async (el) => {
      el.second = list(200, 'B');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 800));
      const second = el.shadowRoot!.querySelectorAll('ol li').length;
      expect(second, 'the second list: its first items').to.be.at.least(10);
      expect(second, 'its rest waits for the load event').to.be.below(60);
      loadEvent(true);
      await el.slices.complete;
      await el.secondSlices.complete;
      expect(el.shadowRoot!.querySelectorAll('ol li'), 'every item of it after the event').to.have.length(200);
    });
  });

  it('waits for the load event once: a page still loading when the wait ends gets the rest without more waits', async () => {
    // The wait ends at the load event or after 5 s; here a `load` event ends it while the page still
    // says it is loading (as after those 5 s). The page's work after each slice then set an estimate
    // again, which must not start another wait of up to 5 s.
    await onLoadingPage(new BusyList(), async (el) => {
      expect(texts(el).length, 'the rest waits for the wait to end').to.be.below(60);
      loadEvent(false);
      const all = await Promise.race([
        el.slices.complete.then(() => true),
        new Promise((resolve) => setTimeout(resolve, 4000, false)),
      ]);
      expect(all, 'every item within 4 s of the end of the wait').to.equal(true);
      expect(texts(el)).to.deep.equal(list(200));
    });
  });

  it('renders a short list in one update, and complete resolves at once', async () => {
    const el = await fixture<OneUpdateList>(html`<test-one-update-list .items=${list(5)}></test-one-update-list>`);
    expect(texts(el)).to.deep.equal(list(5));
    await el.slices.complete;
    expect(el.counts).to.deep.equal([5]);
  });

  it('starts over with the first slice for a new list, also while slicing the old one', async () => {
    const el = await fixture<SlicedList>(html`<test-sliced-list .items=${list(100)}></test-sliced-list>`);
    expect(texts(el)).to.have.length(100);
    el.counts.length = 0;
    el.items = list(200, 'Ny');
    await el.updateComplete;
    expect(el.counts[0], 'the new list starts with the first slice').to.equal(10);
    expect(texts(el)).to.deep.equal(list(200, 'Ny'));

    // A new list while the old one is still being sliced: the new one is complete at the end.
    el.items = list(300, 'A');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    el.items = list(150, 'B');
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(list(150, 'B'));
  });

  it('does not slice over server-rendered HTML: the first render is whole', async () => {
    // A host upgraded with a declarative shadow root (what server rendering sends).
    const holder = document.createElement('div');
    holder.setHTMLUnsafe('<test-ssr-list><template shadowrootmode="open"></template></test-ssr-list>');
    document.body.append(holder);
    try {
      expect(holder.firstElementChild!.shadowRoot, 'a declarative shadow root').to.not.equal(null);
      customElements.define('test-ssr-list', class extends OneUpdateList {});
      const el = holder.firstElementChild as OneUpdateList;
      expect(el.slices.enabled).to.equal(false);
      el.items = list(300);
      await el.updateComplete;
      expect(el.counts).to.deep.equal([300]);
      expect(texts(el)).to.have.length(300);
    } finally {
      holder.remove();
    }
  });
});

/** A disclosure whose body comes later (DeferredController), with a `prepare` step that records its calls. */
class LaterBody extends LitElement {
  /** What happened, in order: `prepare`, `ready` (the body's first render). */
  readonly log: string[] = [];
  /** What `ready` was at each of the microtask hops queued from `prepare`. */
  readonly readyAfterPrepare: boolean[] = [];
  failing = false;
  readonly later = new DeferredController(this, () => {
    this.log.push('prepare');
    // Every microtask the prepare task runs: the body must not come in any of them.
    let hop = Promise.resolve();
    for (let i = 0; i < 50; i++)
      hop = hop.then(() => {
        this.readyAfterPrepare.push(this.later.ready);
      });
    if (this.failing) throw new Error('no formatter here');
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.later.pending
    );
  }

  override render() {
    if (this.later.ready && !this.log.includes('ready')) this.log.push('ready');
    return html`<details @click=${this.later.now}>
      <summary>Mer information</summary>
      <p>${this.later.ready ? 'Språk: svenska och engelska' : ''}</p>
    </details>`;
  }
}
customElements.define('test-later-body', LaterBody);

describe('DeferredController', () => {
  const body = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

  it('renders the body after the first frame, in a task after its prepare step', async () => {
    const el = await fixture<LaterBody>(html`<test-later-body></test-later-body>`);
    expect(body(el), 'after updateComplete').to.equal('Språk: svenska och engelska');
    expect(el.log).to.deep.equal(['prepare', 'ready']);
    expect(el.readyAfterPrepare, 'not ready in any microtask of the prepare task').to.have.length(50);
    expect(el.readyAfterPrepare.every((ready) => !ready)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows nothing of the body in the first frame, and skips prepare when the body is asked for first', async () => {
    const el = new LaterBody();
    document.body.append(el);
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(body(el), 'in the first frame').to.equal('');
      // A person opens the disclosure before the task after that frame: the body comes at once.
      el.shadowRoot!.querySelector('summary')!.click();
      await el.updateComplete;
      expect(body(el)).to.equal('Språk: svenska och engelska');
      expect(el.log).to.deep.equal(['ready']);
    } finally {
      el.remove();
    }
  });

  it('still renders the body when prepare throws', async () => {
    const el = new LaterBody();
    el.failing = true;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.log).to.deep.equal(['prepare', 'ready']);
      expect(body(el)).to.equal('Språk: svenska och engelska');
    } finally {
      el.remove();
    }
  });
});
