/** Helpers for the training badge tests: what a sighted user sees, and the errors it reports. */
import type { DataErrorDetail } from '../../src/core/data.js';
import type { TryggTrainingBadge } from '../../src/components/training-badge/index.js';

/** Text a user can see in the shadow root: not `visibility: hidden`, not in a closed `<details>`. */
export function seen(el: Element): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.checkVisibility({ visibilityProperty: true })) out += `${node.textContent} `;
  }
  return normal(out);
}

/** Collapses white space, including the no-break spaces Intl puts in "70 %" and "1 200". */
export function normal(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function bar(el: TryggTrainingBadge): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
}

export function part(el: TryggTrainingBadge, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The status word shown now ('' when there is none). */
export function status(el: TryggTrainingBadge): string {
  const words = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="status"] > *')].filter((w) =>
    w.checkVisibility({ visibilityProperty: true })
  );
  return normal(words.map((w) => w.textContent).join(' '));
}

/** Collects `trygg-data-error` events and silences (and keeps) `console.error` during a test. */
export class ErrorLog {
  events: DataErrorDetail[] = [];
  console: string[] = [];
  private original = console.error;
  private readonly onEvent = (event: Event) => {
    this.events.push((event as CustomEvent<DataErrorDetail>).detail);
  };

  start(): void {
    this.events = [];
    this.console = [];
    document.addEventListener('trygg-data-error', this.onEvent);
    this.original = console.error;
    console.error = (...args: unknown[]) => {
      this.console.push(args.map(String).join(' '));
    };
  }

  stop(): void {
    document.removeEventListener('trygg-data-error', this.onEvent);
    console.error = this.original;
  }

  /** Every problem line reported so far. */
  get problems(): string[] {
    return this.events.flatMap((e) => e.problems);
  }
}
