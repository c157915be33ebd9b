/**
 * Defining custom elements so that a second definition (two script tags, or the CDN file and the
 * npm package on one page) never throws: the first definition wins, the second is skipped.
 */

/**
 * Class decorator: `customElements.define(tag, class)` unless `tag` is already defined.
 * Write it ABOVE `@localized()` (decorators run bottom-up; see TOOLCHAIN P5).
 */
export function defineElement(tag: string) {
  return (cls: CustomElementConstructor): void => {
    if (!customElements.get(tag)) customElements.define(tag, cls);
  };
}
