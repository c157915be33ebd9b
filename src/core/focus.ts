/**
 * Focus that survives a re-render, one way for every component that renders a keyed list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What can have focus inside an item: links, disclosures, buttons, form fields. */
const FOCUSABLE = 'a[href], summary, button, input, select, textarea, [tabindex]';

interface Kept {
  name: string;
  index: number;
  node: Element;
}

/**
 * Keeps focus on the same control of the same item when an update re-creates the item. A list
 * rendered with Lit's `keyed` draws an item anew when its place changes (the clock reordered the
 * contacts, the today marker moved past a measure, a new document arrived): the element that had
 * focus is removed and focus would fall to `<body>`, so a keyboard or screen-reader user is thrown
 * back to the top of the page. Before each update the controller notes the item (by its `data-*`
 * key) and the control in it (by place among its focusable elements); after the update, when that
 * element is gone, it focuses the same control of the item with the same key.
 *
 * A long list renders in slices (a new document starts again from its first items): when the item,
 * or its content, is not rendered yet, the controller waits for the slice that brings it, as long as
 * `more()` says one is coming and focus has not gone anywhere else meanwhile (the person tabbed or
 * clicked on: that is not taken back).
 *
 * ```ts
 * constructor() {
 *   super();
 *   keepFocus(this, '[part~="contact"]', 'contactId', () => this.slices.more);
 * }
 * // render: <li part="contact" data-contact-id=${c.id}>…</li>, each keyed by its contact;
 * // this.slices: a SliceController (core/tasks.ts)
 * ```
 *
 * @param host - The element; its render root is searched.
 * @param item - A selector for one item (`[part~="contact"]`).
 * @param key - The item's dataset key that names it (`contactId` for `data-contact-id`).
 * @param more - Whether more items are still to be rendered (a later slice); asked after an update.
 */
export function keepFocus(
  host: ReactiveControllerHost & { renderRoot?: HTMLElement | DocumentFragment },
  item: string,
  key: string,
  more: () => boolean = () => false
): void {
  let kept: Kept | undefined;
  /** Focus lost with an item that a later slice will render again. */
  let waiting: Kept | undefined;
  host.addController({
    hostUpdate() {
      // (No render root on a server.)
      const node = (host.renderRoot as Partial<ShadowRoot> | undefined)?.activeElement;
      const owner = node?.closest<HTMLElement>(item);
      const name = owner?.dataset[key];
      const index = node && owner ? [...owner.querySelectorAll(FOCUSABLE)].indexOf(node) : -1;
      kept = node && name !== undefined && index >= 0 ? { name, index, node } : undefined;
      // Focus is somewhere again (in the element or on the page): it is the person's now.
      if (node || (document.activeElement && document.activeElement !== document.body)) waiting = undefined;
    },
    hostUpdated() {
      const was = kept ?? waiting;
      kept = waiting = undefined;
      if (!was || was.node.isConnected) return;
      const owner = [...(host.renderRoot?.querySelectorAll<HTMLElement>(item) ?? [])].find(
        (element) => element.dataset[key] === was.name
      );
      // (An item a slice has not reached may be there without its content, so without the control.)
      const control = owner?.querySelectorAll<HTMLElement>(FOCUSABLE)[was.index];
      if (control) control.focus();
      else if (more()) waiting = was;
    },
  } satisfies ReactiveController);
}
