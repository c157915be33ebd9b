/**
 * The CMS template script: turns the editor snippets (see ./snippets.ts and docs/cms.md) into the
 * kit's elements, and a bare exit link into a real quick exit.
 *
 * - Installs the exit core at once (src/core/exit.ts, the same one `<trygg-quick-exit>` uses), so
 *   the exit it makes leaves the way the element does: the page hidden first, `location.replace`,
 *   no Referer, Shift pressed three times.
 * - Once the document is parsed (DOMContentLoaded), and for content added later (a MutationObserver:
 *   CMS widgets, "load more"), it replaces each marker paragraph and its data link by the element,
 *   with the options as attributes and the link's address as `src`; the link stays inside as the
 *   fallback until the element is defined.
 * - It then loads the kit's loader, which defines each element the first time it appears.
 * - It starts fetching each data file an element will load (src/core/fetch.ts: the same URL check,
 *   request and limits as the element's own), so the file downloads while the kit's code does.
 * It writes no cookie or storage and requests nothing but the kit's own files and the data files the
 * editor linked (each once).
 */
import { checkExitUrl, EXIT_TAG, installExit, reportExitUrl } from '../core/exit.js';
import { prefetchDocument } from '../core/fetch.js';
import {
  dataLink,
  exitHref,
  fileComponent,
  fragmentOptions,
  isExitLink,
  OPTIONS,
  parseMarker,
  plain,
  withoutFragment,
} from './snippets.js';

/** Set on each element made from a snippet (for styling and tests). */
export const FROM_SNIPPET = 'data-trygg-snippet';

/** Reports a snippet problem the way every component reports bad data (console + trygg-data-error). */
function report(element: Element, problems: string[]): void {
  if (!problems.length) return;
  const message = `snippet: ${problems[0] ?? ''}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`;
  console.error(
    `${element.localName}: problems in the editor snippet (see docs/cms.md):\n${problems.map((p) => `  - ${p}`).join('\n')}`
  );
  element.dispatchEvent(
    new CustomEvent('trygg-data-error', {
      bubbles: true,
      composed: true,
      detail: { message, problems, source: 'snippet' },
    })
  );
}

/** Does `block` hold nothing but `link` (and white space)? Then it goes with the link. */
const onlyLink = (block: Element | null, link: Element): block is Element =>
  !!block && block !== link && block.contains(link) && plain(block.textContent) === plain(link.textContent);

/** The paragraph after `block`, when it is one (CKEditor and TinyMCE keep `<p>`; some CMSs use `<div>`). */
const nextBlock = (block: Element): Element | null => {
  const next = block.nextElementSibling;
  return next && /^(p|div)$/.test(next.localName) ? next : null;
};

/** Makes the quick exit from an exit link; it goes first in the page (before everything it protects). */
function makeExit(link: Element, options: Partial<Record<string, string>> = {}, problems: string[] = []): Element {
  const { href, problem } = checkExitUrl(options.href ?? exitHref(link));
  const exit = document.createElement(EXIT_TAG);
  exit.setAttribute(FROM_SNIPPET, '');
  exit.setAttribute('href', href);
  if (options.shortcut !== undefined) exit.setAttribute('shortcut', options.shortcut);
  // The fallback link: the element's own light-DOM link, which the exit core makes leave by replace.
  const fallback = document.createElement('a');
  fallback.href = href;
  fallback.rel = 'noreferrer';
  fallback.textContent = plain(link.textContent) || href;
  exit.append(fallback);
  const block = link.parentElement;
  if (onlyLink(block, link)) block.remove();
  else link.remove();
  const body = document.body as HTMLElement | null;
  (body ?? document.documentElement).prepend(exit);
  if (problem) reportExitUrl(exit, problem);
  report(exit, problems);
  return exit;
}

/** Turns one marker paragraph (and its data link) into its element. */
function convertMarker(block: Element): void {
  const marker = parseMarker(block.textContent);
  if (!marker) return;
  const { component, options, problems } = marker;
  const next = nextBlock(block);
  if (component === 'quick-exit') {
    const link = block.querySelector('a[href]') ?? next?.querySelector('a[href]');
    block.remove();
    if (link) makeExit(link, options, problems);
    else {
      // No link left at all: the exit still goes to the checked destination (the element has its own text).
      makeExit(document.createElement('a'), options, [...problems, 'the exit link is missing']);
    }
    return;
  }
  if (!OPTIONS[component]) {
    // Not a component: the paragraph stays as it is (an editor sees it) and the console says why.
    report(block, problems);
    return;
  }
  const link = dataLink(block) ?? dataLink(next);
  const fromLink = link ? fragmentOptions(link.getAttribute('href') ?? '', component) : undefined;
  // The marker's options win over the link's.
  const element = makeElement(component, { ...fromLink?.options, ...options });
  if (link) {
    // The link is the fallback while the element loads (and for anyone without its script).
    const holder = link.parentElement;
    if (holder !== block && onlyLink(holder, link)) {
      element.append(holder);
    } else {
      element.append(link.cloneNode(true));
      if (holder !== block) link.remove();
    }
    setSource(element, withoutFragment(link.getAttribute('href') ?? ''));
  }
  block.replaceWith(element);
  report(element, [...problems, ...(fromLink?.problems ?? [])]);
}

/**
 * Gives an element its `src`, and starts fetching it now: the document downloads while the
 * element's code does, and the element usually has it read for its first render (its own contacts
 * do not push the national lines down a moment after the page shows them).
 */
function setSource(element: Element, src: string): void {
  element.setAttribute('src', src);
  prefetchDocument(src);
}

function makeElement(component: string, options: Partial<Record<string, string>>): Element {
  const element = document.createElement(`trygg-${component}`);
  element.setAttribute(FROM_SNIPPET, '');
  for (const [name, value] of Object.entries(options)) element.setAttribute(name, value ?? '');
  return element;
}

/** Turns a data link alone in its paragraph (`…/kontakter.json#audience=child`) into its element. */
function convertDataLink(link: Element, component: string): void {
  const block = link.parentElement;
  if (!onlyLink(block, link) || !/^(p|div|li)$/.test(block.localName)) return;
  const href = link.getAttribute('href') ?? '';
  const { options, problems } = fragmentOptions(href, component);
  const element = makeElement(component, options);
  setSource(element, withoutFragment(href));
  block.replaceWith(element);
  element.append(block);
  report(element, problems);
}

/** Converts every snippet in (or at) `root`. */
export function convert(root: Element | Document): void {
  const scope = root instanceof Document ? root.documentElement : root;
  const blocks = [...(scope.matches('p,div') ? [scope] : []), ...scope.querySelectorAll('p,div')];
  for (const block of blocks) {
    // Only the innermost block with the marker text (a <div> around a marker <p> is not one).
    if (!block.isConnected || block.querySelector('p,div') || block.closest('[data-trygg-snippet]')) continue;
    if (parseMarker(block.textContent)) convertMarker(block);
  }
  const links = [...(scope.matches('a[href]') ? [scope] : []), ...scope.querySelectorAll('a[href]')];
  const fallback = checkExitUrl(undefined).href;
  for (const link of links) {
    if (!link.isConnected || link.closest(`${EXIT_TAG},[data-trygg-snippet]`)) continue;
    const component = fileComponent(link.getAttribute('href') ?? '');
    if (component) convertDataLink(link, component);
    else if (isExitLink(link, fallback)) makeExit(link);
  }
}

/**
 * Starts the template script: the exit core now; the snippets once the document is parsed and
 * whenever content is added; then `loadKit` (the loader, which defines the elements).
 */
export function startCms(loadKit: () => Promise<unknown>): void {
  installExit();
  const start = (): void => {
    convert(document);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof Element && node.isConnected) convert(node);
    }).observe(document.documentElement, { childList: true, subtree: true });
    loadKit().catch((error: unknown) => {
      console.error("trygg-kit: could not load the components; the snippets' links stay.", error);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
