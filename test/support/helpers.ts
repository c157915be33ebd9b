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
