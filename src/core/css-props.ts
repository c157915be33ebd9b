/**
 * `cssProps()`: CSS custom properties on an element, set through the CSSOM (`style.setProperty`),
 * never through a `style` attribute, so a strict Content-Security-Policy (`style-src` without
 * `'unsafe-inline'`) allows them. Lit's `styleMap` writes a `style` attribute on first render, which
 * such a policy blocks.
 *
 * ```ts
 * html`<li ${cssProps({ '--r': row, '--c': column })}>…</li>`
 * ```
 *
 * A property whose value is `undefined`, or that a later render no longer names, is removed. Values
 * that did not change are not written again (a plan of 1 000 measures re-renders on every filter).
 * On a server (SSR) nothing is written: the properties arrive when the element hydrates.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<`--${string}`, string | number | undefined>>;

class CssPropsDirective extends Directive {
  private written = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <div ${cssProps({…})}>');
  }

  /** Nothing to render: the properties are written in `update` (and not at all on a server). */
  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) if (value !== undefined) next.set(name, String(value));
    for (const name of this.written.keys()) if (!next.has(name)) style.removeProperty(name);
    for (const [name, value] of next) if (this.written.get(name) !== value) style.setProperty(name, value);
    this.written = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
