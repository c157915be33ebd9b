/**
 * Type-level test, checked by `tsc` (`npm run typecheck`), not run in the browser: the kit's events
 * are typed on HTMLElementEventMap, so listeners read `detail` without a cast. Each
 * `@ts-expect-error` fails the type check if `detail` were `any`. scripts/check-package.mjs checks
 * the same against the built `dist/*.d.ts`, as a page author's TypeScript sees them.
 */
import type { DataErrorDetail, ExitDetail, ExitProgressDetail, ExitTrigger } from '../../src/index.js';

export function listen(el: HTMLElement, seen: unknown[]): void {
  el.addEventListener('trygg-exit', (e) => {
    const href: string = e.detail.href;
    const trigger: ExitTrigger = e.detail.trigger;
    // @ts-expect-error href is a string
    const wrong: number = e.detail.href;
    seen.push(href, trigger, wrong);
  });
  el.addEventListener('trygg-exit-progress', (e) => {
    const detail: ExitProgressDetail = e.detail;
    // @ts-expect-error presses is a number
    const wrong: string = e.detail.presses;
    seen.push(detail.presses < detail.needed, wrong);
  });
  el.addEventListener('trygg-data-error', (e) => {
    const detail: DataErrorDetail = e.detail;
    const lines: string[] = [detail.message, detail.source, ...detail.problems];
    // @ts-expect-error problems is a list
    const wrong: string = e.detail.problems;
    seen.push(lines, wrong);
  });
  // The bubbling events are typed on the document and the window as well.
  document.addEventListener('trygg-exit', (e) => seen.push(e.detail satisfies ExitDetail));
  window.addEventListener('trygg-data-error', (e) => seen.push(e.detail satisfies DataErrorDetail));
}
