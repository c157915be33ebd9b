/**
 * Reading attributes the same way in every component. Editors write them by hand, and a removed
 * attribute gives `null` through Lit's converter: nothing here throws on either.
 */

/** The words of a space-separated value (`audience="victim child"`); none for `null`, `undefined` or a non-string. */
export function words(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter((word) => word !== '') : [];
}

/** The allowed words of a space-separated value, as a set (unknown words are left out). */
export function tokens(value: unknown, allowed: readonly string[]): Set<string> {
  return new Set(words(value).filter((word) => allowed.includes(word)));
}

/**
 * A `heading-level` as an `aria-level`: a whole number from 2 to 6 (the page keeps its one h1).
 * `fallback` for a missing or non-numeric value.
 */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Math.round(Number(value));
  return Number.isNaN(level) || level === 0 ? fallback : Math.min(6, Math.max(2, level));
}
