/**
 * The CDN loader's early fetch (`dist/cdn/prefetch.js`): imported by the loader only when the page
 * has a data element with a `src`, so a page with only a quick exit never downloads it. For each
 * such element not yet defined it starts the element's own request (src/core/fetch.ts) while the
 * element's files download; the element takes the answer once defined.
 */
import { prefetchDocument, srcToFetch } from './core/fetch.js';

/** Starts fetching the `src` of each element that is not defined yet (a defined one has asked already). */
export function prefetchFor(elements: readonly Element[]): void {
  for (const element of elements) {
    if (customElements.get(element.localName)) continue;
    const src = srcToFetch(element);
    if (src) prefetchDocument(src);
  }
}
