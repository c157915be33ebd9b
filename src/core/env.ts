/**
 * Where the code runs. trygg-kit must import and render on a server (Node, a Next.js or Astro
 * server step, `@lit-labs/ssr` with or without its DOM shim) without touching `document` or
 * `window`: those exist only in a browser page. Everything that needs the page asks
 * {@link inBrowser} first, at run time, never at module evaluation.
 */

/**
 * True in a browser page: a real `document` with a root element. False in Node, also under
 * `@lit-labs/ssr`'s global DOM shim (its `document` has no `documentElement`).
 */
export function inBrowser(): boolean {
  return (
    typeof document !== 'undefined' &&
    typeof window !== 'undefined' &&
    (document as Partial<Document>).documentElement != null
  );
}

/** The base URL links resolve against: the page's, or a placeholder origin on a server. */
export function baseUrl(): string {
  return inBrowser() ? document.baseURI : 'https://server.invalid/';
}
