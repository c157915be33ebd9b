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
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(0);
    }, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      const start = performance.now();
      setTimeout(() => {
        resolve(performance.now() - start);
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
 * click), which must stay short. Only in a browser, and not over server-rendered HTML (hydration
 * expects the whole list in the first render): there `limit` is always `Infinity`.
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
    host.addController(this);
  }

  /** Starts over with the first slice (a new document): call it before rendering the new items. */
  reset(): void {
    this.later = false;
    this.limit = this.enabled ? this.options.initial : Infinity;
    this.size = this.options.initial;
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
      const work = performance.now() - this.started;
      this.next = nextTask().then(() => {
        this.grow(work);
      });
    } else {
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
    this.limit += this.size;
    this.later = true;
    this.host.requestUpdate();
  }
}

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
