// Compile-time checks only (svelte-check, not bundled): each marked line must be a type error.
import type { SvelteHTMLElements } from 'svelte/elements';

type Card = SvelteHTMLElements['trygg-support-card'];

export const checks: Card[] = [
  { layout: 'compact', 'hide-national': true, 'ontrygg-data-error': (event) => event.detail.message },
  // @ts-expect-error: a misspelt attribute on a trygg- element
  { layuot: 'compact' },
  // @ts-expect-error: a value the attribute does not take
  { layout: 'large' },
  // @ts-expect-error: the event detail is typed (no `url` in a data error)
  { 'ontrygg-data-error': (event) => event.detail.url },
];
