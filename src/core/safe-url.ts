/**
 * Safe links: the one place where any URL from data or attributes becomes an `href`.
 *
 * Editors' data is untrusted. A link is kept only when the WHATWG URL parser (not a regex:
 * it also defeats tab/newline/mixed-case tricks such as `java\tscript:`) gives one of the
 * allowed schemes, or when it is a relative reference that stays on the page's origin.
 * Everything else gives `undefined`, and the caller renders plain text without an `href`.
 * No Lit here (the CMS template script checks `src` URLs with it): links are rendered by
 * `renderLink` (./safe-link.ts).
 */
import { baseUrl, inBrowser } from './env.js';

/** Schemes a link from data may use. */
export const SAFE_SCHEMES: readonly string[] = ['https:', 'tel:', 'sms:', 'mailto:'];

// What the URL parser itself ignores: ASCII tab/newline anywhere, C0 controls and spaces at the ends.
const IGNORED = /[\t\n\r]/g;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
// Outside a page (the CLI checking a data file in Node, server rendering) a relative reference is
// judged against a placeholder origin (env.ts baseUrl()): it stays on whatever site publishes the data.

/**
 * Returns the URL to put in `href`, or `undefined` when the value must not become a link.
 *
 * @param value - the raw value from data or an attribute
 * @param schemes - allowed schemes (default {@link SAFE_SCHEMES})
 * @param allowRelative - whether a same-origin relative reference (`/help`, `../a`, `#x`) is allowed
 */
export function safeUrl(
  value: unknown,
  schemes: readonly string[] = SAFE_SCHEMES,
  allowRelative = true
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (raw === '' || raw.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(raw, baseUrl());
  } catch {
    return undefined;
  }
  // A relative reference (no scheme of its own) resolves against the page. `//host/x` and
  // `\\host\x` have no scheme either but leave the origin: the origin check catches them.
  let normalised = raw.replace(IGNORED, '');
  while (normalised !== '' && normalised.charCodeAt(0) <= 0x20) normalised = normalised.slice(1);
  if (!HAS_SCHEME.test(normalised)) {
    // On a server there is no page yet: a reference that keeps the placeholder origin is relative.
    const origin = inBrowser() ? location.origin : new URL(baseUrl()).origin;
    return allowRelative && url.origin === origin ? raw : undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  if (url.protocol === 'https:' && (url.username || url.password)) return undefined;
  return url.href;
}

/** `https:` URL only (no relative reference), e.g. the quick exit's destination or a `src` host. */
export function safeHttpsUrl(value: unknown): string | undefined {
  return safeUrl(value, ['https:'], false);
}
