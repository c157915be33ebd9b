/**
 * Data loading, its network part: how a `src` document is fetched and read, in one place for the
 * elements (src/core/data.ts) and for the CMS template script and the CDN loader, which start the
 * fetch early ({@link prefetchDocument}; each carries its own copy, one store per page). No Lit and
 * no other module of the kit beyond the URL check and `nextTask`, so those scripts stay small.
 */
import { baseUrl } from './env.js';
import { safeUrl } from './safe-url.js';
import { nextTask } from './tasks.js';

/**
 * The largest document read, in characters of JSON (2 MB of ASCII): a bigger one is not parsed, and
 * gives the notice and the event instead. Documented in the README ("Limits").
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/** Most milliseconds of reading a body in one task (see {@link bodyText}). */
const READ_SLICE = 10;

/**
 * Most bytes decoded at once (256 KiB, a few ms): a network may hand over megabytes in one chunk
 * (2 MiB from a local server here), and decoding such a chunk in one call took 24-40 ms.
 */
const DECODE_PART = 1 << 18;

/** What a `src` request gave: the text (`cut` when over the limit), or a 404 with its status text. */
export type DocumentAnswer = { text: string; cut: boolean } | { missing: string };

/**
 * The text of a `src` answer, read as it arrives: a file over {@link MAX_DOCUMENT_CHARS} is not read
 * to its end (`cut`: the download stops there), so a huge file costs the page what the limit costs,
 * not one long task of decoding megabytes it will not use. Decoded as `response.text()` does (UTF-8,
 * a byte-order mark dropped), each chunk in parts of at most {@link DECODE_PART} bytes. A body that
 * has already arrived is read through promise jobs, all in one task: after each {@link READ_SLICE}
 * ms of reading it goes on in a new task, so a key press (the quick exit's Shift) gets through.
 */
async function bodyText(response: Response): Promise<{ text: string; cut: boolean }> {
  if (!response.body) return { text: await response.text(), cut: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let chars = 0;
  let since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    // Each chunk in parts of at most DECODE_PART bytes; when done, one part: the decoder's last characters.
    for (let at = 0; done ? at === 0 : at < value.length; at += DECODE_PART) {
      if (performance.now() - since > READ_SLICE) {
        await nextTask();
        since = performance.now();
      }
      const part = done ? decoder.decode() : decoder.decode(value.subarray(at, at + DECODE_PART), { stream: true });
      parts.push(part);
      chars += part.length;
      if (chars > MAX_DOCUMENT_CHARS) {
        void reader.cancel().catch(() => undefined);
        return { text: parts.join(''), cut: true };
      }
    }
    if (done) return { text: parts.join(''), cut: false };
  }
}

/**
 * Fetches a document the kit's way: no cookies (`credentials: 'omit'`), no Referer (the data host
 * does not learn which page asked), JSON asked for. Rejects on a network error or an HTTP error
 * other than 404.
 */
export async function fetchDocument(url: string, signal: AbortSignal): Promise<DocumentAnswer> {
  const response = await fetch(url, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: { accept: 'application/json' },
    signal,
  });
  if (response.status === 404) return { missing: response.statusText };
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return await bodyText(response);
}

/** A fetch started before its element: the answer, and how to stop it. */
interface Prefetched {
  answer: Promise<DocumentAnswer>;
  abort: AbortController;
}

/** One store per page, whichever copy of the kit (the template script, the elements) made it. */
const STORE: unique symbol = Symbol.for('trygg-kit.prefetch') as never;

function store(): Map<string, Prefetched> {
  const page = window as unknown as { [STORE]?: Map<string, Prefetched> };
  return (page[STORE] ??= new Map<string, Prefetched>());
}

/** The URL a `src` is fetched from, or `undefined` when it is not fetched (see `safeUrl`). */
export function documentUrl(src: string): string | undefined {
  const url = safeUrl(src, ['https:']);
  return url === undefined ? undefined : new URL(url, baseUrl()).href;
}

/**
 * The `src` a data element not yet defined will fetch once it is: its `src` attribute, unless it
 * has what the element reads first (src/core/data.ts, `load()`): a `data` property or attribute, an
 * inline `<script type="application/json">`, or JSON as its text.
 */
export function srcToFetch(element: Element): string | undefined {
  const src = element.getAttribute('src');
  if (src === null || (element as { data?: unknown }).data != null || element.hasAttribute('data')) return;
  return inlineJson(element) ? undefined : src;
}

/**
 * The inline document an element reads before its `src`: the text of its `<script
 * type="application/json">` child, else its own text when that reads as JSON (starts with `{` or
 * `[`: what is left when a publishing tool turned that script into text; `asText`). `undefined`
 * when there is neither.
 */
export function inlineJson(element: Partial<Element>): { text: string; asText?: true } | undefined {
  const children = [...(element.children ?? [])];
  const script = children.find(
    (child) => child.localName === 'script' && child.getAttribute('type') === 'application/json'
  );
  if (script) return { text: script.textContent };
  const text = jsonText(element);
  return text === undefined ? undefined : { text, asText: true };
}

/** An element's own text when it reads as JSON (starts with `{` or `[`), else `undefined`. */
export function jsonText(element: Partial<Element>): string | undefined {
  const text = (element.textContent ?? '').trim();
  return /^[{[]/.test(text) ? text : undefined;
}

/**
 * Starts fetching the document an element will load from `src` while the element's code
 * downloads (the CMS template script and the CDN loader do), so the element finds it read, often
 * before its first render: its own contacts then come in that render instead of pushing the
 * national lines down a moment later. Only what the element itself would fetch, the same way; once
 * per URL.
 */
export function prefetchDocument(src: string): void {
  const url = documentUrl(src);
  const prefetched = store();
  if (!url || prefetched.has(url)) return;
  const abort = new AbortController();
  const answer = fetchDocument(url, abort.signal);
  // Nobody may take it (the element got other data): an unhandled rejection would be noise.
  answer.catch(() => undefined);
  prefetched.set(url, { answer, abort });
}

/**
 * The answer of a fetch started for `url` by {@link prefetchDocument}, taken (a later load of the
 * same URL fetches afresh); aborting `signal` aborts it. `undefined` when none was started.
 */
export function takePrefetched(url: string, signal: AbortSignal): Promise<DocumentAnswer> | undefined {
  const prefetched = store();
  const entry = prefetched.get(url);
  if (!entry) return undefined;
  prefetched.delete(url);
  signal.addEventListener('abort', () => {
    entry.abort.abort(signal.reason);
  });
  return entry.answer;
}
