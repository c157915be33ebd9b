/**
 * The editor snippets (docs/snippets/<component>.cms.html): what survives a CMS's rich-text
 * sanitizer (paragraphs, text, links) and what it means. Pure functions on the DOM, no Lit.
 *
 * - A **marker paragraph**: a `<p>` whose text starts with `trygg-kit:`, then the component's name
 *   and its options as `name=value`, `name="two words"` or a bare `name` (a boolean), e.g.
 *   `trygg-kit: support-card audience="victim relative" heading-level=2`. Typographic quotes (what
 *   an editor's autoformat makes of `"`), non-breaking spaces and commas between words are fine.
 * - A **data link** alone in its paragraph, to a file whose name ends in `kontakter.json`,
 *   `utbildning.json` or `handlingsplan.json` (the names docs/cms.md asks editors to upload): it
 *   stands for the support card, the training badge or the plan, with its options in the address's
 *   fragment, e.g. `/kontakter.json#audience=victim+relative&heading-level=2` (the fragment is never
 *   sent to the server, and without JavaScript the link still opens the file). This is the form the
 *   builder (demo/builder.html) writes.
 * - A marker paragraph's data link: the first link to a `.json` file (`…/kontakter.json`, `…/utbildning.json`,
 *   `…/handlingsplan.json`) in the marker paragraph or in the paragraph right after it; its `href`
 *   is used as the CMS left it (relative or absolute) as the element's `src`.
 * - The **quick exit**: a link whose address ends in `#trygg-quick-exit` (the snippet), or the
 *   README's bare fallback link: to the default neutral site with the exit's text (what is left when
 *   a sanitizer removed `<trygg-quick-exit>` around it). Its options may stand in a marker paragraph
 *   right before it.
 */

/** The marker that starts a marker paragraph. */
export const MARKER = 'trygg-kit:';
/** The fragment that marks a snippet's exit link (removed before leaving). */
export const EXIT_FRAGMENT = '#trygg-quick-exit';

/** The components a snippet can stand for, and the options (attributes) each one takes from a marker. */
export const OPTIONS: Readonly<Partial<Record<string, readonly string[]>>> = {
  'quick-exit': ['href', 'shortcut'],
  'support-card': ['audience', 'hide-national', 'layout', 'heading-level'],
  'training-badge': ['label', 'value', 'max', 'target', 'deadline', 'unit', 'layout', 'heading-level'],
  'plan-timeline': ['status', 'responsible', 'level', 'prevention', 'view', 'heading-level'],
};

/** The component a data file's name stands for (the name ends with the key). */
export const FILES: Readonly<Record<string, string>> = {
  'kontakter.json': 'support-card',
  'utbildning.json': 'training-badge',
  'handlingsplan.json': 'plan-timeline',
};

/** The component a link's file stands for, or `undefined`. */
export function fileComponent(href: string): string | undefined {
  const path = pathOf(href).trim().toLowerCase();
  const name = Object.keys(FILES).find((file) => path.endsWith(file));
  return name ? FILES[name] : undefined;
}

/** Options in an address's fragment (`#audience=victim+relative&heading-level=2`), checked like a marker's. */
export function fragmentOptions(href: string, component: string): Pick<Marker, 'options' | 'problems'> {
  const hash = href.indexOf('#');
  const options: Partial<Record<string, string>> = {};
  const problems: string[] = [];
  if (hash < 0) return { options, problems };
  const allowed = OPTIONS[component] ?? [];
  for (const [key, value] of new URLSearchParams(href.slice(hash + 1))) {
    const name = key.trim().toLowerCase();
    if (!name) continue;
    if (allowed.includes(name)) options[name] = plain(value.replace(/,/g, ' '));
    else problems.push(`option "${name}" is not one of ${component}'s: ${allowed.join(', ')}`);
  }
  return { options, problems };
}

/** The address without its fragment (what the element fetches). */
export const withoutFragment = (href: string): string => href.trim().split('#', 1)[0] ?? '';

/** The exit's text in the kit's languages: a bare link with one of these to the default site is an exit. */
export const EXIT_TEXTS = ['lämna sidan snabbt', 'leave this page quickly', 'غادر هذه الصفحة بسرعة'];

/** What a marker paragraph says. */
export interface Marker {
  /** `support-card`, … (without `trygg-`). */
  component: string;
  /** Options by attribute name (`''` for a bare boolean). */
  options: Partial<Record<string, string>>;
  /** Problems to report: an unknown component or option. */
  problems: string[];
}

/** Text as a sanitizer may leave it: non-breaking and other spaces as plain spaces, quotes straight. */
export function plain(text: string): string {
  return text
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .trim();
}

/** Reads a marker paragraph's text (`trygg-kit: support-card audience="victim relative"`), or `undefined`. */
export function parseMarker(text: string): Marker | undefined {
  const line = plain(text);
  if (!line.toLowerCase().startsWith(MARKER)) return undefined;
  const rest = line.slice(MARKER.length);
  // Each token: [whole, name, "double-quoted", 'single-quoted', bare] (unmatched groups are undefined).
  const tokens: (string | undefined)[][] = [
    ...rest.matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']*)))?/g),
  ];
  const first = tokens.at(0);
  const others = tokens.slice(1);
  const component = (first?.[1] ?? '').toLowerCase().replace(/^trygg-/, '');
  const problems: string[] = [];
  const allowed = OPTIONS[component];
  if (!allowed) {
    problems.push(
      `"${first?.[1] ?? ''}" is not a component: write one of ${Object.keys(OPTIONS).join(', ')} after "${MARKER}"`
    );
    return { component, options: {}, problems };
  }
  const options: Partial<Record<string, string>> = {};
  for (const token of others) {
    const name = (token[1] ?? '').toLowerCase();
    const value = (token[2] ?? token[3] ?? token[4] ?? '').replace(/\s*,\s*/g, ' ').trim();
    if (allowed.includes(name)) options[name] = value;
    else problems.push(`option "${name}" is not one of ${component}'s: ${allowed.join(', ')}`);
  }
  return { component, options, problems };
}

/** The path of an address, without its query and fragment. */
const pathOf = (href: string): string => href.split(/[?#]/, 1)[0] ?? '';

/** The first link to a `.json` file in `scope`, or `undefined`. */
export function dataLink(scope: Element | null | undefined): HTMLAnchorElement | undefined {
  if (!scope) return undefined;
  const links = scope.localName === 'a' ? [scope] : [...scope.querySelectorAll('a[href]')];
  return links.find((a): a is HTMLAnchorElement => /\.json$/i.test(pathOf(a.getAttribute('href') ?? '').trim()));
}

/**
 * Is this link an exit: the snippet's (address ending in {@link EXIT_FRAGMENT}), or the README's
 * fallback link to `defaultHref` with the exit's text?
 */
export function isExitLink(link: Element, defaultHref: string): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  if (href.toLowerCase().endsWith(EXIT_FRAGMENT)) return true;
  return href === defaultHref && EXIT_TEXTS.includes(plain(link.textContent).toLowerCase());
}

/** The exit link's destination as written, without the snippet's marker fragment. */
export function exitHref(link: Element): string {
  const href = (link.getAttribute('href') ?? '').trim();
  return href.toLowerCase().endsWith(EXIT_FRAGMENT) ? href.slice(0, -EXIT_FRAGMENT.length) : href;
}
