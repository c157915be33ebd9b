/** Helpers shared by the browser tests. */
import { expect } from '@open-wc/testing';
import { localeReady } from '../../src/core/locale.js';

/** An element that says when it has rendered: every Lit element, and the quick exit. */
export interface Updating extends Element {
  readonly updateComplete: Promise<unknown>;
}

/** Sets `<html lang>` and waits until the strings are loaded and `elements` re-rendered. */
export async function setLang(lang: string, ...elements: Updating[]): Promise<void> {
  document.documentElement.lang = lang;
  // The MutationObserver runs as a microtask; give it one turn before asking for readiness.
  await Promise.resolve();
  await localeReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** Text of the element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects `console.error` calls while `run` runs. */
export async function captureErrors(run: () => unknown): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}

/** Waits for `event` on `target`, or rejects after `ms`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    target.addEventListener(
      event,
      (e) => {
        clearTimeout(timer);
        resolve(e as T);
      },
      { once: true }
    );
  });
}

/** axe in Swedish, English and Arabic (texts and direction differ), then back to Swedish. */
export async function accessibleInEveryLanguage(el: Updating): Promise<void> {
  for (const lang of ['sv', 'en', 'ar']) {
    await setLang(lang, el);
    await expect(el, lang).to.be.accessible();
  }
  await setLang('sv', el);
}

/** Resolves at the first change under `root` after which `node` is no longer in the document. */
export function whenRemoved(node: Node, root: Node): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (node.isConnected) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** A button put right after `el` and focused, as when a person moves focus elsewhere (remove it after). */
export function focusElsewhere(el: Element): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Någon annanstans';
  el.after(button);
  button.focus();
  return button;
}

/** Resolves in the animation callbacks of the next frame, before its style, layout and paint. */
export function inNextFrame<T>(look: () => T | Promise<T>): Promise<T> {
  return new Promise((resolve, reject) =>
    requestAnimationFrame(() => {
      void Promise.resolve().then(look).then(resolve, reject);
    })
  );
}

/**
 * Counts every Intl formatting method the kit calls (`calls` names each call) until `stop()`. A
 * formatter made earlier in the page is reused from the core's cache, so counting constructors
 * would not see it; a page's first call of a kind is what costs ICU its data.
 */
export function watchIntl(): { calls: string[]; stop: () => void } {
  const calls: string[] = [];
  const at = (proto: unknown, name: string): [object, string] => [proto as object, name];
  const watched = [
    at(Intl.DateTimeFormat.prototype, 'format'),
    at(Intl.DateTimeFormat.prototype, 'formatToParts'),
    at(Intl.NumberFormat.prototype, 'format'),
    at(Intl.ListFormat.prototype, 'format'),
    at(Intl.DisplayNames.prototype, 'of'),
    at(Intl.Collator.prototype, 'compare'),
  ];
  const real = watched.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name)!);
  watched.forEach(([proto, name], i) => {
    const descriptor = real[i];
    const wrap = (fn: (...args: unknown[]) => unknown) =>
      function (this: unknown, ...args: unknown[]) {
        calls.push(name);
        return fn.apply(this, args);
      };
    Object.defineProperty(
      proto,
      name,
      descriptor.get
        ? {
            ...descriptor,
            // A getter (NumberFormat's and DateTimeFormat's `format`) returns a function bound to the
            // formatter it is read from.
            get(this: unknown) {
              return wrap(descriptor.get!.call(this) as (...args: unknown[]) => unknown);
            },
          }
        : { ...descriptor, value: wrap(descriptor.value as (...args: unknown[]) => unknown) }
    );
  });
  return {
    calls,
    stop: () => {
      watched.forEach(([proto, name], i) => {
        Object.defineProperty(proto, name, real[i]);
      });
    },
  };
}

/**
 * Calls `record` each time the kit ends a task with `scheduler.yield()` (`nextTask()`, core/tasks.ts),
 * so a test can tell which work ran in which task, until `stop()`. Only this wrapper is removed: a
 * test that ran out of time must not remove the next test's.
 */
export function onYield(record: () => void): () => void {
  const scheduler = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield !== 'function') throw new Error('this browser has no scheduler.yield()');
  const own = scheduler.yield.bind(scheduler);
  const wrapper = () => {
    record();
    return own();
  };
  scheduler.yield = wrapper;
  return () => {
    if (Object.hasOwn(scheduler, 'yield') && scheduler.yield === wrapper) Reflect.deleteProperty(scheduler, 'yield');
  };
}

/**
 * Stands in for a screen reader's accessibility tree in Chromium: at most every `every` ms, in a
 * task right after a frame, the browser serializes what changed since the last time, all at once
 * (src/core/tasks.ts, Pace). Here that task is busy `perItem` ms for each of the `shown()` elements
 * that were not shown at the last one, and records how many that was (`batches`). A test asserts
 * the batches (how many items), not any time.
 */
export function treeSerializer(
  shown: () => Iterable<Element>,
  { every = 150, perItem = 1 } = {}
): { batches: number[]; stop: () => void } {
  const batches: number[] = [];
  let last = new Set(shown());
  let at = performance.now();
  let on = true;
  const frame = () => {
    if (!on) return;
    if (performance.now() - at >= every) {
      at = Infinity;
      setTimeout(() => {
        const now = new Set(shown());
        let added = 0;
        for (const element of now) if (!last.has(element)) added++;
        if (added > 0) {
          batches.push(added);
          const until = performance.now() + added * perItem;
          while (performance.now() < until);
        }
        last = now;
        at = performance.now();
      }, 0);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    batches,
    stop: () => {
      on = false;
    },
  };
}
