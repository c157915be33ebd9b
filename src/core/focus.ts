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
 * ```ts
 * constructor() {
 *   super();
 *   keepFocus(this, '[part~="contact"]', 'contactId');
 * }
 * // render: <li part="contact" data-contact-id=${c.id}>…</li>, each keyed by its contact
 * ```
 *
 * @param host - The element; its render root is searched.
 * @param item - A selector for one item (`[part~="contact"]`).
 * @param key - The item's dataset key that names it (`contactId` for `data-contact-id`).
 */
export function keepFocus(
  host: ReactiveControllerHost & { renderRoot?: HTMLElement | DocumentFragment },
  item: string,
  key: string
): void {
  let kept: Kept | undefined;
  host.addController({
    hostUpdate() {
      // (No render root on a server.)
      const node = (host.renderRoot as Partial<ShadowRoot> | undefined)?.activeElement;
      const owner = node?.closest<HTMLElement>(item);
      const name = owner?.dataset[key];
      const index = node && owner ? [...owner.querySelectorAll(FOCUSABLE)].indexOf(node) : -1;
      kept = node && name !== undefined && index >= 0 ? { name, index, node } : undefined;
    },
    hostUpdated() {
      const was = kept;
      kept = undefined;
      if (!was || was.node.isConnected) return;
      const owner = [...(host.renderRoot?.querySelectorAll<HTMLElement>(item) ?? [])].find(
        (element) => element.dataset[key] === was.name
      );
      owner?.querySelectorAll<HTMLElement>(FOCUSABLE)[was.index]?.focus();
    },
  } satisfies ReactiveController);
}
