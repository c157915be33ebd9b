/**
 * Defining custom elements so that a second definition (two script tags, or the CDN file and the
 * npm package on one page) never throws: the first definition wins, the second is skipped.
 */
import { stringsPending } from './locale.js';

/**
 * Class decorator: `customElements.define(tag, class)` unless `tag` is already defined.
 * Write it ABOVE `@localized()` (decorators run bottom-up; see TOOLCHAIN P5).
 *
 * On a page in another language than Swedish whose strings are still loading, the element is
 * defined when they are there (or failed to load), so it upgrades once, in the page's language:
 * no Swedish flash and no layout shift from a second render. Until then its light-DOM fallback
 * shows (the quick exit's link works). On a Swedish page the definition is immediate.
 */
export function defineElement(tag: string) {
  return (cls: CustomElementConstructor): void => {
    const define = () => {
      if (!customElements.get(tag)) customElements.define(tag, cls);
    };
    const pending = stringsPending();
    if (pending) void pending.then(define);
    else define();
  };
}
