/**
 * Long work split into short tasks, so a person's key press or click is never kept waiting: a
 * component renders a long list in slices and validates a long document in chunks, and lets the
 * browser handle input (and paint) between them. Nothing here runs at module evaluation.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inBrowser } from './env.js';

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, after pending input has been handled: `scheduler.yield()` where the
 * browser has it, else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in the first task after the next frame has been rendered (so work done then is laid
 * out in the frame after), with the milliseconds the frame took from its animation callbacks to
 * that task (style, layout, paint); after 100 ms with 0 when no frame comes (a hidden tab renders none).
 */
export function afterFrame(): Promise<number> {
  return frameTimes().then(([all]) => all);
}

/**
 * {@link afterFrame}, with two more figures: the milliseconds from the end of the frame's layout
 * (its resize observations) to the task after it, which is the frame's paint and commit, and what
 * the browser does in the commit (an accessibility tree's serialization); and whether a frame came.
 */
function frameTimes(): Promise<[all: number, afterLayout: number, drawn: boolean]> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve([0, 0, false]);
    }, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      const start = performance.now();
      let laidOut = NaN;
      const observer =
        typeof ResizeObserver === 'function' ? new ResizeObserver(() => (laidOut = performance.now())) : undefined;
      observer?.observe(document.documentElement);
      setTimeout(() => {
        observer?.disconnect();
        const end = performance.now();
        resolve([end - start, Number.isNaN(laidOut) ? 0 : end - laidOut, true]);
      }, 0);
    });
  });
}

/**
 * The next slice size: the last one scaled so that its work (`ms`: script and frame) fits in
 * {@link TASK_BUDGET}, between `min` and `max`.
 */
export function nextSlice(size: number, ms: number, min = 10, max = 200): number {
  if (!(ms > 0)) return size;
  return Math.max(min, Math.min(max, Math.round((size * TASK_BUDGET) / ms)));
}

/** Milliseconds of work one task may do before it yields (a long task is over 50 ms). */
export const TASK_BUDGET = 16;

/** How a {@link SliceController} sizes its slices (numbers of items). */
export interface SliceOptions {
  /** Items in the first render. */
  initial: number;
  /** Fewest and most items a later slice adds. */
  min: number;
  max: number;
}

/**
 * The one way an element's `updateComplete` includes work that goes on in later tasks (a document
 * read in tasks, a list rendered in slices, a credential checked): `update()` (Lit's own
 * `super.getUpdateComplete()`), then, while one of `pending` returns a promise, that promise and
 * `update()` again. It resolves to what the last `update()` resolved to.
 *
 * ```ts
 * protected override getUpdateComplete() {
 *   return settle(() => super.getUpdateComplete(), () => this.loader.pending, () => this.slices.pending);
 * }
 * ```
 */
export async function settle(
  update: () => Promise<boolean>,
  ...pending: (() => Promise<unknown> | undefined)[]
): Promise<boolean> {
  let done = await update();
  for (let wait = first(pending); wait; wait = first(pending)) {
    await wait;
    done = await update();
  }
  return done;
}

function first(pending: (() => Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  for (const get of pending) {
    const wait = get();
    if (wait) return wait;
  }
  return undefined;
}

/**
 * The one way a component renders a long list in slices (a Lit reactive controller). The first
 * render shows `initial` items; after the next frame the limit grows by a slice sized from what the
 * last update and its frame cost (see {@link nextSlice}), and the host updates again, until every
 * item is rendered. A later slice runs in a task of its own: its style and layout are done in that
 * task (the controller reads the host's box once the update is in), and the next slice follows in
 * the next task ({@link nextTask}), sized from that task's script, style and layout. The browser
 * paints when a frame is due, not after every slice: waiting for a frame per slice made each slice
 * pay a whole frame (pre-paint, paint, commit) and sized the slices by it. The first slice is laid
 * out in the frame after it: its update runs in the task that started it (the page's script, a
 * click), which must stay short. Where the browser does work of its own between the slices in
 * proportion to what they add (an accessibility tree's serialization), the slices are paced by it:
 * see {@link Pace}, which a host's controllers share. Only in a browser, and not over
 * server-rendered HTML (hydration expects the whole list in the first render): there `limit` is
 * always `Infinity`.
 *
 * ```ts
 * private readonly slices = new SliceController(this, { initial: 40, min: 50, max: 400 });
 * // on a new document: this.slices.reset();  in render(): this.slices.total = items.length;
 * // render items.slice(0, this.slices.limit)
 * protected override getUpdateComplete() {
 *   return settle(() => super.getUpdateComplete(), () => this.slices.pending);
 * }
 * ```
 */
export class SliceController implements ReactiveController {
  /** How many items are rendered now; the rest follow in slices. */
  limit = Infinity;
  /** How many items there are: the host sets it in `render()`. */
  total = 0;
  /** False on a server and over server-rendered HTML: everything renders at once. */
  readonly enabled: boolean;
  private size: number;
  private next: Promise<void> | undefined;
  private started = 0;
  /** The browser's work outside the slices, shared by the host's controllers (see {@link Pace}). */
  private readonly pace: Pace;
  /** Whether the update under way is a later slice's, requested by this controller in its own task. */
  private later = false;
  private finished: (() => void) | undefined;
  private whenComplete: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: SliceOptions
  ) {
    this.size = options.initial;
    this.enabled = inBrowser() && !host.shadowRoot;
    this.pace = paces.get(host) ?? new Pace();
    paces.set(host, this.pace);
    host.addController(this);
  }

  /**
   * Whether the browser has been found doing work of its own on what this host's slices added (a
   * screen reader's tree; see {@link Pace}): then even content that was laid out before is best
   * shown again in slices.
   */
  get paced(): boolean {
    return this.pace.found;
  }

  /** Starts over with the first slice (a new document): call it before rendering the new items. */
  reset(): void {
    this.later = false;
    this.limit = this.enabled ? this.options.initial : Infinity;
    this.size = this.options.initial;
    this.pace.restart(this.options.initial);
    if (!this.finished && this.enabled)
      this.whenComplete = new Promise((resolve) => {
        this.finished = resolve;
      });
  }

  /** Resolves when every slice has been rendered (at once when nothing is left to render). */
  get complete(): Promise<void> {
    return this.whenComplete;
  }

  /** Whether items are still to be rendered by a later slice. */
  get more(): boolean {
    return this.limit < this.total;
  }

  /** The next slice, while one is on its way (for {@link settle}). */
  get pending(): Promise<void> | undefined {
    return this.next;
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  hostUpdated(): void {
    const later = this.later;
    this.later = false;
    if (this.limit >= this.total) {
      this.finished?.();
      this.finished = undefined;
      return;
    }
    if (this.next) return;
    if (later) {
      // Style and layout of this slice, now, in its own task: they count in the next slice's size.
      this.host.getBoundingClientRect();
      const ended = performance.now();
      const work = ended - this.started;
      this.next = nextTask()
        .then(() => this.pace.between(performance.now() - ended))
        .then(() => {
          this.grow(work);
        });
    } else {
      // The first slice's frame lays it out and paints it: nothing to tell from it (see Pace).
      const script = performance.now() - this.started;
      this.next = afterFrame().then((frame) => {
        this.grow(script + frame);
      });
    }
  }

  /** Adds a slice sized from `ms`, what the last one cost, and updates the host. */
  private grow(ms: number): void {
    this.next = undefined;
    this.size = nextSlice(this.size, ms, this.options.min, this.options.max);
    // Paced, a slice may be smaller than `min`: what the browser's next pause has room for.
    const room = this.pace.room();
    this.limit += this.pace.added(room < this.size ? Math.max(1, room) : this.size);
    this.later = true;
    this.host.requestUpdate();
  }
}

/**
 * Work the browser does between a host's slices, outside them, in proportion to what they added.
 * Above all: with an accessibility tree on (a screen reader running), Chromium serializes the
 * changes of the tree for the platform's tree in a frame's commit, at most every 150 ms once the
 * page has loaded, all changes since the last time at once: about 1 ms for a timeline item here.
 * Slices that do not wait for it pile 500 items or more into one frame of 0.5-0.8 s, and a key
 * press waits that long (bench/tasks.mjs, "accessibility tree on"). Nothing tells a page whether a
 * tree is on, and the kit does not try to know: it watches how long the browser takes between its
 * slices, and keeps what it learns to itself (in memory, per element).
 *
 * A pause longer than {@link PAUSE} (and than three quarters of what the items since the last one
 * are expected to cost) is charged to the items added since the last pause: `perItem`. While an
 * estimate stands, the items added until the next pause are capped so that it stays within
 * {@link OUTSIDE_BUDGET}; at the cap the next slice waits for that pause, watching the frames, at most
 * {@link PACE_WAIT} ms. Before any pause is seen the estimate is {@link PACE_PRIOR}, so the first
 * pause finds few items; when the first wait sees none, there is no cap any more (a page without a
 * tree pays this one wait, once per element). The browser counts as `found` working on the items
 * once a wait has seen its pause; from then on a wait that sees none halves the estimate (the room
 * doubles), each new list (a document, a reveal) starts from the estimate found, and the host may
 * reveal content in slices that it would show at once (`SliceController.paced`). Items a filter
 * hides are counted but never reach the tree, and they make the estimates between too low. A pause
 * that was not this work (a garbage collection in a quiet frame) costs a few waits per list, fewer
 * each time. The first slice's own frame is not watched: it lays out and paints that slice, which
 * may take as long. On a page still loading, Chromium was seen doing that work for nothing until the
 * load event, then for everything at once: until a wait has found a pause (or found none), a list
 * waits for that event after its first later slice, whatever the gaps before it ({@link LOAD_WAIT} at
 * most, once), and only then for the pause.
 */
class Pace {
  /**
   * Estimated milliseconds of the browser's own work per item added: at first {@link PACE_PRIOR}
   * (so that the first pause finds few items: on a page still loading, the one at its load event),
   * then what the pauses show; 0 when the first wait finds none.
   */
  perItem = PACE_PRIOR;
  /**
   * Whether the browser has been found working on what the host adds: a wait found its pause, in
   * frames where nothing of the host's ran. It stays so (a page's tree stays on).
   */
  found = false;
  /** `perItem` when a wait last found its pause. */
  private known = 0;
  /** Items added since the last pause. */
  private since = 0;
  /**
   * Whether a wait for the page's load event ended (after {@link LOAD_WAIT}) with the page still
   * loading: then no list of this host waits for it again (see {@link Pace.between}).
   */
  private loadWaitOver = false;

  /**
   * A list starts (a new document, a reveal) with `n` items: counts from them, and goes back to the
   * estimate of when the browser was last found working on the items (`known`), if that was higher.
   * Items counted before may never have reached the tree (a filter hid them), and they make a later
   * estimate too low.
   */
  restart(n: number): void {
    this.since = n;
    this.perItem = Math.max(this.perItem, this.known);
  }

  /** Counts `n` items added; returns `n`. */
  added(n: number): number {
    this.since += n;
    return n;
  }

  /** How many more items may be added before the browser's next pause (Infinity while none is expected). */
  room(): number {
    return this.perItem > 0 ? Math.floor(OUTSIDE_BUDGET / this.perItem) - this.since : Infinity;
  }

  /**
   * Takes the time between the end of a slice's task and the start of the next one's; when the
   * items added since the last pause fill the room, waits for the pause they cause.
   */
  async between(ms: number): Promise<void> {
    // A page still loading: Chromium was seen doing no work for a screen reader's tree until its load
    // event, then all of it at once (a 1 000-item list rendered before it: one step of 0.7-0.9 s). Before
    // any wait has found a pause (and unless one found none: perItem 0), the items of the first slices
    // wait for that event (at most LOAD_WAIT), then for the pause that follows it. `ms` is not charged
    // first: before the load event a gap is not the tree's work (there is none yet) but the page's (an
    // input handler, a frame), and charged to the items it left room for more at every slice, so a
    // page busy between them got the whole list in before the event (test/core/tasks.test.ts).
    // A list that starts while another waits (a new document, a reveal) waits too. A page still
    // loading when a wait ends (LOAD_WAIT passed) is not waited for again: every later gap would.
    const loading = !this.loadWaitOver && !this.found && this.perItem > 0 && document.readyState !== 'complete';
    if (loading) {
      await loaded();
      this.loadWaitOver = document.readyState !== 'complete';
    } else {
      this.note(ms);
      if (this.room() > 0) return;
    }
    const until = performance.now() + PACE_WAIT;
    // Frames while nothing of ours runs: a long one is the browser's own work. A tab in the
    // background draws none: nothing can be seen there, so no wait.
    while (performance.now() < until) {
      const [, afterLayout, drawn] = await frameTimes();
      if (!drawn) break;
      if (this.note(afterLayout, PAUSE)) {
        this.found = true;
        this.known = this.perItem;
        return;
      }
    }
    // None came. Once a wait has found its pause, this one may have been late or short: go on with
    // twice the room. Before that (only the prior to go on): no cap.
    this.perItem = this.found ? this.perItem / 2 : 0;
    this.since = 0;
  }

  /**
   * Takes a pause: whether it was longer than `least`, after items were added (then it is charged
   * to the items since the last one).
   */
  private note(ms: number, least = Math.max(PAUSE, this.since * this.perItem * 0.75)): boolean {
    if (!(ms > least) || this.since === 0) return false;
    this.perItem = ms / this.since;
    this.since = 0;
    return true;
  }
}

/** Milliseconds the browser's own work on a host's items may take between two slices. */
const OUTSIDE_BUDGET = 40;

/**
 * A pause longer than this can be the browser's work on what was added. Shorter ones are a frame's
 * ordinary paint, or the tree's other updates (its boxes' places, every 500 ms in Chromium, 16-17 ms
 * here), which do not grow with the items.
 */
const PAUSE = 24;

/** What {@link Pace} assumes before it has seen a pause (ms per item): a little over a timeline item's cost with a tree on. */
const PACE_PRIOR = 1.5;

/** How long a slice waits, at most, for the browser's work on the items before it. */
const PACE_WAIT = 300;

/** How long a list waits, at most, for the load event of a page still loading (see {@link Pace.between}). */
const LOAD_WAIT = 5000;

/** Resolves at the page's load event, or after {@link LOAD_WAIT} ms. */
function loaded(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      removeEventListener('load', done);
      resolve();
    };
    const timer = setTimeout(done, LOAD_WAIT);
    addEventListener('load', done);
  });
}

/** Each host's {@link Pace}, shared by its controllers. */
const paces = new WeakMap<object, Pace>();

/**
 * The one way an element shows content that is not on screen at first after its first frame: the
 * bodies of closed disclosures (`<details>`), which nobody sees until they open one. `ready` is
 * false until the first task after the frame that follows the host's first update (with a
 * `prepare` step, the task after that one); the host renders that content only when `ready` is
 * true, and updates again then. On a server and over
 * server-rendered HTML `ready` is true from the start (hydration expects the whole content in the
 * first render). A person who opens a disclosure sooner calls {@link DeferredController.now} from
 * its click, so the content is rendered in the same task, before the disclosure is painted open.
 *
 * `prepare`, when given, runs first, in a task of its own after that frame: work the content needs
 * that costs most the first time on a page (the page's first Intl object loads ICU's data, 20-70 ms
 * in one call here: the support card makes those that name other languages than Swedish and
 * English there), so that it does not lengthen the task that renders the content. It is skipped
 * when the content is made sooner ({@link DeferredController.now}), and an error it throws is left
 * to the content's own render, which does the same work again.
 *
 * ```ts
 * private readonly later = new DeferredController(this, () => makeFormatters());
 * // in render(): <details @click=${this.later.now}> … ${this.later.ready ? body : nothing}
 * protected override getUpdateComplete() {
 *   return settle(() => super.getUpdateComplete(), () => this.later.pending);
 * }
 * ```
 */
export class DeferredController implements ReactiveController {
  /** Whether the deferred content may be rendered. */
  ready: boolean;
  private waiting: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly prepare?: () => void
  ) {
    this.ready = !inBrowser() || Boolean(host.shadowRoot);
    host.addController(this);
  }

  /** The task that makes the content ready, while it is on its way (for {@link settle}). */
  get pending(): Promise<void> | undefined {
    return this.ready ? undefined : this.waiting;
  }

  hostUpdated(): void {
    if (this.ready || this.waiting) return;
    this.waiting = afterFrame().then(async () => {
      if (this.prepare && !this.ready) {
        try {
          this.prepare();
        } catch {
          // The content's render does the same work and handles its errors there.
        }
        await nextTask();
      }
      this.now();
    });
  }

  /** Makes the content ready now and updates the host (a bound function: usable as a listener). */
  readonly now = (): void => {
    if (this.ready) return;
    this.ready = true;
    this.host.requestUpdate();
  };
}
