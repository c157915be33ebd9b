/**
 * Data loading: the one loader every data-driven component uses.
 *
 * Precedence: the `data` property (object) > an inline `<script type="application/json">` child >
 * the `src` attribute (fetched with `credentials: 'omit'`, no referrer, and a timeout). The
 * document is validated with {@link validate}; problems give one `trygg-data-error` event
 * (bubbles, composed; `detail.message` names the field), the same text in `console.error`, and a
 * short visible notice ({@link renderDataNotice}). Nothing throws into the host page.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { inBrowser } from './env.js';
import { registerTranslations } from './locale.js';
import { safeUrl } from './safe-url.js';
import { validate, type Atomic } from './validate.js';

registerTranslations({
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
});

export type DataStatus = 'empty' | 'loading' | 'ready' | 'error';

/** `detail` of the `trygg-data-error` event. */
export interface DataErrorDetail {
  /** One line naming the source and the first problem's field, e.g. `src: contacts[2].name: …`. */
  message: string;
  /** Every problem found, one line each. */
  problems: string[];
  /** Where the data came from: `data`, `inline JSON` or the `src` URL. */
  source: string;
}

/** What a data-driven element offers the controller. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null;
}

export interface DataOptions<TSchema extends GenericSchema> {
  schema: TSchema;
  /** Extra checks across items (duplicate ids, …); returns the value to use and more problems. */
  refine?: (value: InferOutput<TSchema>) => { value: InferOutput<TSchema>; problems: string[] };
  /** Fetch timeout in milliseconds (default 10 000). Read at each fetch, so it may be a getter. */
  timeout?: number;
  /** Field names kept or dropped as a whole when invalid (see `validate()`). */
  atomic?: readonly Atomic[];
  /**
   * The longest top-level lists read, by field name (`{ measures: 1000 }`): a longer list is cut to
   * its first items BEFORE validation, with a problem saying so, so a huge document costs what the
   * limit costs and gives a notice instead of a long task or a crash.
   */
  limits?: Readonly<Record<string, number>>;
}

/**
 * The largest document read, in characters of JSON (2 MB of ASCII): a bigger one is not parsed, and
 * gives the notice and the event instead. Documented in the README ("Limits").
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/** The problem for a document over {@link MAX_DOCUMENT_CHARS}. */
export const tooLarge = (chars: number): string =>
  `(document): ${(chars / 1_000_000).toFixed(1)} million characters; at most ${MAX_DOCUMENT_CHARS / 1_000_000} million are read (see "Limits" in the README)`;

/** Cuts the top-level lists of `raw` named in `limits` to their limit; returns the copy and what was cut. */
export function applyLimits(
  raw: unknown,
  limits: Readonly<Record<string, number>> = {}
): { raw: unknown; problems: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { raw, problems: [] };
  const problems: string[] = [];
  let copy: Record<string, unknown> | undefined;
  for (const [key, max] of Object.entries(limits)) {
    const list: unknown = (raw as Record<string, unknown>)[key];
    if (!Array.isArray(list) || list.length <= max) continue;
    copy ??= { ...(raw as Record<string, unknown>) };
    copy[key] = list.slice(0, max);
    problems.push(`${key}: ${list.length} items; only the first ${max} are shown (the limit)`);
  }
  return { raw: copy ?? raw, problems };
}

/** The default fetch timeout. */
export const FETCH_TIMEOUT = 10_000;

export class DataController<TSchema extends GenericSchema> implements ReactiveController {
  /** The validated (and repaired) document, or `undefined`. */
  value: InferOutput<TSchema> | undefined = undefined;
  status: DataStatus = 'empty';
  /** Problems of the last load, shown by {@link renderDataNotice}. */
  problems: string[] = [];

  private readonly host: DataHost;
  private readonly options: DataOptions<TSchema>;
  private lastData: unknown = undefined;
  private lastSrc: string | null | undefined = undefined;
  private started = false;
  private request = 0;
  private abort: AbortController | undefined;

  constructor(host: DataHost, options: DataOptions<TSchema>) {
    this.host = host;
    this.options = options;
    host.addController(this);
    if (!inBrowser()) {
      // Server rendering (@lit-labs/ssr) calls willUpdate() and render() but no controller hook:
      // load there, in the order a browser's first update has (willUpdate, then hostUpdate), so the
      // server HTML is what the browser's first render hydrates.
      const server = host as unknown as { willUpdate(changed: unknown): void };
      const willUpdate = server.willUpdate.bind(host);
      server.willUpdate = (changed) => {
        willUpdate(changed);
        this.hostUpdate();
      };
    }
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    if (this.started && data === this.lastData && src === this.lastSrc) return;
    this.started = true;
    this.lastData = data;
    this.lastSrc = src;
    this.load();
  }

  hostConnected(): void {
    // Back in the page after a load was cut short by a disconnect: load again.
    if (!this.started) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A finished load is kept (moving the element does not fetch again). A src still loading is
    // aborted silently: the answer belongs to an element that left, it is not an error to report.
    if (this.status !== 'loading') return;
    this.request++;
    this.abort?.abort();
    this.abort = undefined;
    this.started = false;
  }

  private load(): void {
    const request = ++this.request;
    this.abort?.abort();
    this.abort = undefined;
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.accept(data, 'data');
      return;
    }
    const inline = [...((this.host as Partial<HTMLElement>).children ?? [])].find(
      (child) => child.localName === 'script' && child.getAttribute('type') === 'application/json'
    );
    if (inline) {
      this.acceptJson(inline.textContent, 'inline JSON');
      return;
    }
    if (src) {
      void this.fetch(src, request);
      return;
    }
    this.set(undefined, [], 'empty');
  }

  private async fetch(src: string, request: number): Promise<void> {
    const url = safeUrl(src, ['https:']);
    if (!url) {
      this.fail(`src`, [`src: "${src}" is not fetched: only https: or same-origin URLs are allowed`]);
      return;
    }
    if (!inBrowser()) {
      // On a server nothing is fetched: the HTML shows what a browser shows while it loads.
      this.set(this.value, this.problems, 'loading');
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const timeout = this.options.timeout ?? FETCH_TIMEOUT;
    const timedOut = new DOMException('timeout', 'TimeoutError');
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The timeout does not rely on the page's fetch: a replaced fetch whose promise never settles
    // (or ignores the signal, or a body that never ends) still ends in the notice and the event.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort(timedOut);
        reject(timedOut);
      }, timeout);
    });
    this.set(this.value, this.problems, 'loading');
    try {
      const text = await Promise.race([
        (async () => {
          const response = await fetch(url, {
            credentials: 'omit',
            referrerPolicy: 'no-referrer',
            headers: { accept: 'application/json' },
            signal: abort.signal,
          });
          if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
          return response.text();
        })(),
        deadline,
      ]);
      if (request === this.request) this.acceptJson(text, src);
    } catch (error) {
      if (request !== this.request) return;
      const reason =
        error === timedOut || abort.signal.reason === timedOut
          ? `no answer within ${timeout} ms`
          : error instanceof Error
            ? error.message
            : String(error);
      this.fail(src, [`src: could not load "${src}" (${reason})`]);
    } finally {
      clearTimeout(timer);
    }
  }

  private acceptJson(text: string, source: string): void {
    if (text.length > MAX_DOCUMENT_CHARS) {
      this.fail(source, [tooLarge(text.length)]);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.fail(source, [`(document): not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
      return;
    }
    this.accept(parsed, source);
  }

  private accept(input: unknown, source: string): void {
    try {
      const limited = applyLimits(input, this.options.limits);
      const result = validate(this.options.schema, limited.raw, undefined, this.options.atomic);
      let { value } = result;
      const problems = [...limited.problems, ...result.problems];
      if (value !== undefined && this.options.refine) {
        const refined = this.options.refine(value);
        value = refined.value;
        for (const problem of refined.problems) problems.push(problem);
      }
      this.set(value, problems, value === undefined ? 'error' : 'ready');
      if (problems.length) this.report(source, problems);
    } catch (error) {
      // A bug of ours must not reach the host page either.
      this.fail(source, [`(document): could not be read (${String(error)})`]);
    }
  }

  private fail(source: string, problems: string[]): void {
    this.set(undefined, problems, 'error');
    this.report(source, problems);
  }

  private set(value: InferOutput<TSchema> | undefined, problems: string[], status: DataStatus): void {
    this.value = value;
    this.problems = problems;
    this.status = status;
    this.host.requestUpdate();
  }

  private report(source: string, problems: string[]): void {
    reportDataError(this.host, source, problems);
  }
}

/**
 * Reports problems the way every component does: one `trygg-data-error` event (bubbles, composed;
 * `detail.message` names the source and the first field) and the full list in `console.error`.
 * {@link DataController} uses it for documents; components use it for bad attributes (source
 * `attributes`, each problem starting with the attribute's name) or other inputs.
 */
export function reportDataError(host: HTMLElement, source: string, problems: string[]): void {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const message = `${source}: ${problems[0] ?? ''}${more}`;
  console.error(`${host.localName}: problems in ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const detail: DataErrorDetail = { message, problems, source };
  host.dispatchEvent(new CustomEvent('trygg-data-error', { bubbles: true, composed: true, detail }));
}

/**
 * The short visible notice for an editor when data had problems (nothing when there were none).
 * Residents still see every valid item; the details are in the console and the event.
 */
export function renderDataNotice(controller: {
  problems: readonly string[];
  status: DataStatus;
}): TemplateResult | typeof nothing {
  if (controller.problems.length === 0) return nothing;
  const text =
    controller.status === 'error'
      ? msg('Uppgifterna kunde inte läsas in.', { id: 'core.data-error' })
      : msg('En del uppgifter kunde inte visas eftersom de är felaktiga.', { id: 'core.data-partial' });
  return html`<p part="notice" class="notice">${text}</p>`;
}
