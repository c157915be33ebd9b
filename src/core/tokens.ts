/**
 * Space-separated attribute values (`audience="victim child"`, `status="ongoing delayed"`).
 * A removed attribute gives `null` through Lit's converter; these never throw on it.
 */

/** The words of a space-separated value; none for `null`, `undefined` or anything not a string. */
export function words(value: unknown): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter((word) => word !== '') : [];
}

/** The allowed words of a space-separated value, as a set (unknown words are left out). */
export function tokens(value: unknown, allowed: readonly string[]): Set<string> {
  return new Set(words(value).filter((word) => allowed.includes(word)));
}
