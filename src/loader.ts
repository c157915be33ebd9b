/**
 * The CDN loader (`dist/cdn/trygg.js`): a few hundred bytes that define each trygg-kit element the
 * first time one appears in the document, by importing that element's chunk. A page with only a
 * support card downloads the support card (and the shared Lit + core chunk), nothing else.
 *
 * - Elements already in the HTML are found at once; elements added later (a CMS widget, a
 *   single-page app, another component's shadow root) by one MutationObserver per root it can see:
 *   the document and every open shadow root present when the loader looks (attached before the host
 *   was inserted, as Lit does). A closed shadow root, or one attached after its host was inserted,
 *   is not seen: import the element's chunk (`./support-card.js`, …) yourself there.
 * - Every chunk is a plain ES module with relative imports, so any static host or CDN serves them.
 *   The quick exit's chunk IS `./quick-exit.js`: a page that also loads `quick-exit.js` on its own
 *   downloads it once (the browser keys modules by URL).
 * - When every element is defined, the observers stop (nothing runs per mutation any more).
 * - The first time it loads an element whose first frame needs an Intl object (the plan timeline;
 *   the support card and the training badge only on a page in another language than Swedish or
 *   English, or where there is no `Temporal`), it makes the page's
 *   first Intl object in a task of its own while the chunk downloads: a page's first Intl object
 *   loads ICU's data (tens of ms), which the element's first render then does not do. So it does
 *   with the first of each other kind of Intl object the data elements make (a few ms each).
 * - For data elements with a `src` it also imports `./prefetch.js` (1.2 KB gzip, only then), which
 *   starts each element's own request (src/core/fetch.ts) while the element's files download; the
 *   element takes the answer once defined, so a support card's own contacts are usually in its
 *   first frame instead of pushing the national lines down a moment later.
 */

type Loader = () => Promise<unknown>;

const chunks: Partial<Record<string, Loader>> = {
  'trygg-quick-exit': () => import('./components/quick-exit/index.js'),
  'trygg-support-card': () => import('./components/support-card/index.js'),
  'trygg-training-badge': () => import('./components/training-badge/index.js'),
  'trygg-plan-timeline': () => import('./components/plan-timeline/index.js'),
};

const waiting = new Set(Object.keys(chunks).filter((tag) => !customElements.get(tag)));
const observers: MutationObserver[] = [];
const watched = new WeakSet<Node>();

let warmed = false;

function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  // While the chunk downloads, each in a task of its own: the page's first Intl object (ICU's data,
  // ~30 ms here), then the first of each other kind the data elements make (the first of a kind
  // costs 1.5-2.5 ms here, the next 0.1 ms): the element's first render, which makes them (Arabic
  // numbers, lists and names of languages, sorting), must not. Only where a first frame needs one: a
  // plan timeline (it sorts names), or a page in another language than Swedish or English, or a
  // browser without Temporal (the Swedish clock). A support card's and a training badge's first
  // frames make none otherwise (whole numbers and dates are written without Intl in Swedish and
  // English: core/locale.ts, core/dates.ts), and a chunk that arrives fast (a cache) waited for these
  // tasks: its first frame came ~20 ms later here.
  if (!warmed && tag !== 'trygg-quick-exit') {
    const lang = document.documentElement.lang || 'sv';
    const primary = lang.toLowerCase().split('-')[0];
    if (tag === 'trygg-plan-timeline' || !('Temporal' in globalThis) || (primary !== 'sv' && primary !== 'en')) {
      warmed = true;
      for (const make of [
        () => new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Stockholm', dateStyle: 'long' }).format(0),
        () => new Intl.NumberFormat(lang).format(1),
        () => new Intl.ListFormat(lang).format(['a']),
        () => new Intl.DisplayNames(lang, { type: 'language' }).of('en'),
        () => new Intl.Collator(lang).compare('a', 'b'),
      ])
        setTimeout(() => {
          try {
            make();
          } catch {
            // An older browser without that kind, or a `lang` that is no language tag: nothing to prepare.
          }
        });
    }
  }
  chunks[tag]?.().catch((error: unknown) => {
    console.error(`trygg-kit: could not load <${tag}>; its fallback content stays.`, error);
  });
  if (!waiting.size) for (const observer of observers.splice(0)) observer.disconnect();
}

/**
 * Loads the chunk of every waiting element in (or at) `root`, starts fetching each one's `src`
 * document meanwhile, and watches the shadow roots under it.
 */
function scan(root: Element | DocumentFragment | Document): void {
  if (!waiting.size) return;
  const found = [...root.querySelectorAll([...waiting].join(','))];
  if (root instanceof Element && waiting.has(root.localName)) found.unshift(root);
  // Data elements with a file: its request starts while the element's files download (the CMS
  // template script has started it already for the elements it made).
  const files = found.filter((el) => el.hasAttribute('src') && !el.hasAttribute('data-trygg-snippet'));
  if (files.length) {
    import('./prefetch.js').then(
      ({ prefetchFor }) => {
        prefetchFor(files);
      },
      () => undefined // the element fetches its file itself
    );
  }
  for (const el of found) load(el.localName);
  if (!waiting.size) return;
  if (root instanceof Element && root.shadowRoot) watch(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && waiting.size) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
  scan(root);
}

if (waiting.size) watch(document);
