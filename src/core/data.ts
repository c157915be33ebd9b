/**
 * Data loading: the one loader every data-driven component uses.
 *
 * Precedence: the `data` property (object) > an inline `<script type="application/json">` child >
 * the `src` attribute (fetched with `credentials: 'omit'`, no referrer, and a timeout). The
 * document is cut to its limits ({@link applyLimits}) and validated in tasks ({@link validateInTasks}:
 * a long one shows the loading state until it is read, and a key press is handled meanwhile; data
 * that changes while it is read replaces it, the old result is dropped); problems give one `trygg-data-error` event
 * (bubbles, composed; `detail.message` names the field), the same text in `console.error`, and a
 * short visible notice ({@link renderDataNotice}). Nothing throws into the host page.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import type { DataErrorCause } from './events.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { prepareDates } from './dates.js';
import { inBrowser } from './env.js';
import { documentUrl, fetchDocument, inlineJson, jsonText, MAX_DOCUMENT_CHARS, takePrefetched } from './fetch.js';
import { nextTask, TASK_BUDGET } from './tasks.js';
import { parseJson, validate, validateInTasks, type Atomic, type ValidationResult } from './validate.js';

export type DataStatus = 'empty' | 'loading' | 'ready' | 'error';

/** `detail` of the `trygg-data-error` event. */
export interface DataErrorDetail {
  /** One line naming the source and the first problem's field, e.g. `src: contacts[2].name: …`. */
  message: string;
  /** Every problem found, one line each. */
  problems: string[];
  /** Where the data came from: `data`, `inline JSON` or the `src` URL. */
  source: string;
  /**
   * The likely cause, when it is one a publishing tool (CMS) or a framework is known to bring about:
   * the data is missing, was turned into text, was set as an attribute, or the file is not at its
   * address. Absent for other problems (a wrong field, bad JSON written by hand). See docs/cms.md.
   */
  cause?: DataErrorCause;
}

/** Where an editor reads what went wrong and how to fix it (named in messages and notices). */
export const CMS_GUIDE = 'docs/cms.md';

/** The explanation, in an editor's words, that starts the problem of each cause. */
const CAUSES: Record<DataErrorCause, string> = {
  empty: 'no data, inline JSON or src: a CMS may have removed the attributes or the JSON',
  'inline-json-text': 'a CMS turned the inline JSON into text (read anyway): paste the editor snippet instead',
  'data-attribute':
    'a data attribute is not read (set by a framework before the element was defined?): set the data property, or use src or inline JSON',
  'src-relative-not-found':
    'a relative address is read from the page\'s folder: a CMS may have rewritten "/file.json" to "file.json"; use the full address',
  'src-not-found': 'check the upload and the link',
  'src-not-json': 'a web page answered, not the JSON file (a "page not found"?)',
};

/** The problem line for a cause: its explanation, what was found, and where to read more. */
export function causeProblem(cause: DataErrorCause, field: string, found?: string): string {
  return `${field}: ${found ? `${found}: ` : ''}${CAUSES[cause]} (see ${CMS_GUIDE})`;
}

/** Is `src` relative to the page's folder (no scheme, not starting with "/")? */
const isFolderRelative = (src: string): boolean => !/^(?:[a-z][a-z\d+.-]*:|[/\\])/i.test(src.trim());

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
   * limit costs and gives a notice instead of a long task or a crash. A list inside the items
   * (`{ 'contacts[].hours': 500 }`) over its limit is dropped from its item (see {@link applyLimits}).
   */
  limits?: Readonly<Record<string, number>>;
  /**
   * Whether an element with no data at all (no `data`, no inline JSON, no `src`) is a problem: it
   * then shows nothing useful, which in a CMS means the data was removed. When this returns true
   * (read when the check runs), an element that was already in the document when the kit defined it
   * (the page's HTML with the CDN script, or made by the CMS template script) and is still empty
   * {@link EMPTY_CHECK_DELAY} ms after the page loaded is reported with the cause `empty`. An element
   * an app creates and fills later is never reported. Default: never.
   */
  required?: () => boolean;
  /**
   * Work the first render of a long document needs that costs most the first time on a page (an
   * `Intl` object of a kind the page has not made yet: the first one loads ICU's data, 10-20 ms
   * here). When a long document has been read (in tasks), it runs with that document in a task of
   * its own, after the page's date formatters and before the task that shows the document, so it
   * does not lengthen the task that renders it. A small document (read at once) is shown without it, as the dates are. An error it
   * throws is left to the render, which does the same work again.
   */
  prepare?: (value: InferOutput<TSchema>) => void;
}

/** How long (ms) after the page's load an element may stay without data before it is reported as left empty. */
export const EMPTY_CHECK_DELAY = 1000;

/** See src/core/fetch.ts (a bigger document is not parsed: the notice and the event instead; README, "Limits"). */
export { MAX_DOCUMENT_CHARS };

/**
 * The problem for a document over {@link MAX_DOCUMENT_CHARS}: its length, or (`cut`: a `src` file
 * whose download stopped at the limit) "more than" the limit.
 */
export const tooLarge = (chars: number, cut = false): string =>
  `(document): ${cut ? 'more than ' : ''}${((cut ? MAX_DOCUMENT_CHARS : chars) / 1_000_000).toFixed(1)} million characters; at most ${MAX_DOCUMENT_CHARS / 1_000_000} million are read (see "Limits" in the README)`;

/** A document cut to its limits ({@link applyLimits}). */
export interface Limited {
  raw: unknown;
  problems: string[];
  cut: Record<string, number>;
}

/**
 * Cuts the top-level lists of `raw` named in `limits` to their limit (`{ contacts: 200 }`), and drops
 * a list inside their items that is over its limit (`{ 'contacts[].hours': 500 }`: that contact's
 * hours go, with no claim made, the contact stays). Returns the copy and what was cut. Loops only,
 * nothing recursive: a list of any length costs one pass over its first items.
 */
export function applyLimits(raw: unknown, limits: Readonly<Record<string, number>> = {}): Limited {
  const cut: Record<string, number> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { raw, problems: [], cut };
  const problems: string[] = [];
  let copy: Record<string, unknown> | undefined;
  for (const [key, max] of Object.entries(limits)) {
    if (key.includes('[].')) continue;
    const list: unknown = (raw as Record<string, unknown>)[key];
    if (!Array.isArray(list) || list.length <= max) continue;
    copy ??= { ...(raw as Record<string, unknown>) };
    copy[key] = list.slice(0, max);
    cut[key] = list.length;
    problems.push(`${key}: ${list.length} items; only the first ${max} are shown (the limit)`);
  }
  const doc = copy ?? (raw as Record<string, unknown>);
  for (const [path, max] of Object.entries(limits)) {
    const [key, field] = path.split('[].');
    if (!field) continue;
    const list: unknown = doc[key];
    if (!Array.isArray(list)) continue;
    let items: unknown[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (item === null || typeof item !== 'object') continue;
      const inner: unknown = (item as Record<string, unknown>)[field];
      if (!Array.isArray(inner) || inner.length <= max) continue;
      const rest = { ...(item as Record<string, unknown>) };
      Reflect.deleteProperty(rest, field);
      items ??= (list as unknown[]).slice();
      items[i] = rest;
      problems.push(
        `${key}[${i}].${field}: ${inner.length} entries; at most ${max} are read, so these are not shown (the limit)`
      );
    }
    if (items) {
      copy ??= { ...(raw as Record<string, unknown>) };
      copy[key] = items;
    }
  }
  return { raw: copy ?? raw, problems, cut };
}

/**
 * Milliseconds of reading in the task of the host's update (a quarter of `TASK_BUDGET`): the host
 * renders after it in the same task (its first render also makes the page's first Intl object, tens
 * of ms). A small document is read within it and shown in that update; a longer one goes on in tasks.
 */
const FIRST_READ = TASK_BUDGET / 4;

/**
 * A document this small (8 000 characters of keys and strings, 20 list items: a few contacts, a
 * short plan) is read whole in the task of the host's update, however long that takes, and shown
 * in the element's first render on any device. On a slow phone, reading even one contact for the
 * first time took more than `FIRST_READ`: the element showed its loading line for a frame, then the
 * contact appeared above the national lines and pushed them down (layout shift, bench/cls.mjs at 4×
 * CPU throttling). A larger document is read by time only, so its first task is no longer.
 */
const SMALL_DOCUMENT = { chars: 8_000, items: 20 };

/** The default fetch timeout. */
export const FETCH_TIMEOUT = 10_000;

export class DataController<TSchema extends GenericSchema> implements ReactiveController {
  /** The validated (and repaired) document, or `undefined`. */
  value: InferOutput<TSchema> | undefined = undefined;
  status: DataStatus = 'empty';
  /** Problems of the last load, shown by {@link renderDataNotice}. */
  problems: string[] = [];
  /**
   * The top-level lists the last load cut to their limit, with how many items they had
   * (`{ measures: 10000 }`), so a component can say so where a person meets it.
   */
  cut: Readonly<Record<string, number>> = {};
  /** The likely cause of the last load's problems, when known (see {@link DataErrorDetail.cause}). */
  cause: DataErrorCause | undefined = undefined;

  private readonly host: DataHost;
  private readonly options: DataOptions<TSchema>;
  private lastData: unknown = undefined;
  private lastSrc: string | null | undefined = undefined;
  private started = false;
  private request = 0;
  private abort: AbortController | undefined;
  /** A validation that takes more than one task, while it runs (see {@link pending}). */
  private reading: Promise<void> | undefined;
  private emptyTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedAttribute: string | null = null;
  private readonly inPage: boolean;

  constructor(host: DataHost, options: DataOptions<TSchema>) {
    this.host = host;
    this.options = options;
    // Already in the document when the kit defined it: the page's own HTML (a CMS page, a CDN
    // script), not an element an app creates and fills later. Only such an element can be "left empty".
    this.inPage = inBrowser() && host.isConnected;
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

  /**
   * A long document being read in tasks, while it is: the host's `updateComplete` waits for it
   * (`settle(() => super.getUpdateComplete(), () => this.loader.pending)`, src/core/tasks.ts).
   */
  get pending(): Promise<void> | undefined {
    return this.reading;
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
    clearTimeout(this.emptyTimer);
    this.emptyTimer = undefined;
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
    this.cut = {};
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.emptyTimer);
    this.emptyTimer = undefined;
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.reportedAttribute = null;
      if (data === '[object Object]') {
        this.fail('data', [causeProblem('data-attribute', 'data', '"[object Object]"')], 'data-attribute');
        return;
      }
      this.accept(data, 'data');
      return;
    }
    if (this.checkDataAttribute()) return;
    const inline = inlineJson(this.host);
    if (inline) {
      this.acceptJson(inline.text, 'inline JSON', inline.asText && 'inline-json-text');
      return;
    }
    if (src) {
      void this.fetch(src, request);
      return;
    }
    this.set(undefined, [], 'empty');
    this.watchEmpty(request);
  }

  /** A `data` attribute is never read: say so once per value (a framework set it too early). */
  private checkDataAttribute(): boolean {
    const value = (this.host as Partial<HTMLElement>).getAttribute?.('data') ?? null;
    if (value === null) return false;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const problem = causeProblem('data-attribute', 'data', `"${shown}"`);
    if (!this.hasSource()) {
      // Nothing else to show: the notice says why.
      this.reportedAttribute = value;
      this.fail('data attribute', [problem], 'data-attribute');
      return true;
    }
    // Other data shows: say it once per value in the console and the event.
    if (value !== this.reportedAttribute) this.report('data attribute', [problem], 'data-attribute');
    this.reportedAttribute = value;
    return false;
  }

  /** Is there any data to read (the property, inline JSON or JSON left as text, `src`)? */
  private hasSource(): boolean {
    const { data, src } = this.host;
    return (data !== undefined && data !== null) || !!src || jsonText(this.host) !== undefined;
  }

  /**
   * An element left with no data at all: once the page has loaded and {@link EMPTY_CHECK_DELAY}
   * more ms have passed, look again (the parser or a framework may have added it meanwhile) and,
   * when it is still empty and data is required, report it.
   */
  private watchEmpty(request: number): void {
    if (!this.inPage || !this.options.required) return;
    const check = (): void => {
      this.emptyTimer = undefined;
      if (request !== this.request || this.status !== 'empty' || !this.host.isConnected) return;
      if (this.hasSource()) {
        this.load();
        return;
      }
      if (!(this.options.required?.() ?? false)) return;
      this.fail(this.host.localName, [causeProblem('empty', '(element)')], 'empty');
    };
    const start = (): void => {
      if (request === this.request) this.emptyTimer = setTimeout(check, EMPTY_CHECK_DELAY);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }

  private async fetch(src: string, request: number): Promise<void> {
    const url = documentUrl(src);
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
      // Started early by the CMS template script (src/core/fetch.ts), or now.
      const answer = await Promise.race([
        takePrefetched(url, abort.signal) ?? fetchDocument(url, abort.signal),
        deadline,
      ]);
      if (request !== this.request) return;
      if ('missing' in answer) {
        const cause = isFolderRelative(src) ? 'src-relative-not-found' : 'src-not-found';
        this.fail(
          src,
          [causeProblem(cause, 'src', `could not load "${src}" (HTTP 404 ${answer.missing})`.trim())],
          cause
        );
        return;
      }
      if (/^\s*</.test(answer.text)) {
        this.fail(src, [causeProblem('src-not-json', 'src', `"${src}"`)], 'src-not-json');
        return;
      }
      if (answer.cut) {
        this.fail(src, [tooLarge(answer.text.length, true)]);
        return;
      }
      this.acceptJson(answer.text, src);
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

  private acceptJson(text: string, source: string, cause?: DataErrorCause): void {
    const first = cause ? [causeProblem(cause, source)] : [];
    if (text.length > MAX_DOCUMENT_CHARS) {
      this.fail(source, [...first, tooLarge(text.length)], cause);
      return;
    }
    const parsed = parseJson(text);
    if (parsed.ok) this.accept(parsed.value, source, cause);
    else this.fail(source, [...first, `(document): not valid JSON (${parsed.error})`], cause);
  }

  private accept(input: unknown, source: string, cause?: DataErrorCause): void {
    const request = this.request;
    try {
      const limited = applyLimits(input, this.options.limits);
      const { schema, atomic } = this.options;
      // In a browser in tasks (a long document is read while a key press gets through); on a server
      // at once, so the server HTML shows the document as a browser's first render does.
      const result = inBrowser()
        ? validateInTasks(schema, limited.raw, {
            atomic,
            stale: () => request !== this.request,
            first: FIRST_READ,
            small: SMALL_DOCUMENT,
          })
        : validate(schema, limited.raw, undefined, atomic);
      if (!(result instanceof Promise)) {
        this.apply(limited, result, source, cause);
        return;
      }
      // A long document: the element says it is loading (and keeps what it showed) until it is read;
      // a reading made stale by newer data is dropped. Once it is read, the page's date formatters
      // are made (the first Intl object of a page loads ICU's data), then what the component's
      // `prepare` makes, and then the document is shown, each in a task of its own, not in the task
      // that read the last items.
      this.set(this.value, this.problems, 'loading');
      const reading: Promise<void> = result
        .then(async (done) => {
          if (!done || request !== this.request) return;
          await nextTask();
          if (request !== this.request) return;
          prepareDates();
          await nextTask();
          if (request !== this.request) return;
          if (this.options.prepare && done.value !== undefined) {
            try {
              this.options.prepare(done.value);
            } catch {
              // The render does the same work and handles its errors there.
            }
            await nextTask();
          }
          if (request === this.request) this.apply(limited, done, source, cause);
        })
        .then(
          () => {
            if (this.reading === reading) this.reading = undefined;
          },
          (error: unknown) => {
            if (this.reading === reading) this.reading = undefined;
            if (request === this.request) this.fail(source, [`(document): could not be read (${String(error)})`]);
          }
        );
      this.reading = reading;
    } catch (error) {
      // A bug of ours must not reach the host page either.
      this.fail(source, [`(document): could not be read (${String(error)})`]);
    }
  }

  /** Shows a validated document: the cross-item checks (`refine`), then the value, the notice and the report. */
  private apply(
    limited: Limited,
    result: ValidationResult<InferOutput<TSchema>>,
    source: string,
    cause?: DataErrorCause
  ): void {
    try {
      this.cut = limited.cut;
      let { value } = result;
      const problems = [...(cause ? [causeProblem(cause, source)] : []), ...limited.problems, ...result.problems];
      if (value !== undefined && this.options.refine) {
        const refined = this.options.refine(value);
        value = refined.value;
        for (const problem of refined.problems) problems.push(problem);
      }
      this.set(value, problems, value === undefined ? 'error' : 'ready', cause);
      if (problems.length) this.report(source, problems, cause);
    } catch (error) {
      // A bug of ours must not reach the host page either.
      this.fail(source, [`(document): could not be read (${String(error)})`]);
    }
  }

  private fail(source: string, problems: string[], cause?: DataErrorCause): void {
    this.set(undefined, problems, 'error', cause);
    this.report(source, problems, cause);
  }

  private set(
    value: InferOutput<TSchema> | undefined,
    problems: string[],
    status: DataStatus,
    cause?: DataErrorCause
  ): void {
    this.value = value;
    this.problems = problems;
    this.status = status;
    this.cause = cause;
    this.host.requestUpdate();
  }

  private report(source: string, problems: string[], cause?: DataErrorCause): void {
    reportDataError(this.host, source, problems, cause);
  }
}

/**
 * Reports problems the way every component does: one `trygg-data-error` event (bubbles, composed;
 * `detail.message` names the source and the first field) and the full list in `console.error`.
 * {@link DataController} uses it for documents; components use it for bad attributes (source
 * `attributes`, each problem starting with the attribute's name) or other inputs.
 */
export function reportDataError(host: HTMLElement, source: string, problems: string[], cause?: DataErrorCause): void {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const message = `${source}: ${problems[0] ?? ''}${more}`;
  console.error(`${host.localName}: problems in ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const detail: DataErrorDetail = cause ? { message, problems, source, cause } : { message, problems, source };
  host.dispatchEvent(new CustomEvent('trygg-data-error', { bubbles: true, composed: true, detail }));
}

/**
 * Reports each new set of problems of a source once ({@link reportDataError}): a re-render with the
 * same problems stays quiet, a change (or the first problem) is reported. Components use it for
 * their attributes and other inputs that are not a document.
 */
export class ProblemReporter {
  private readonly last = new Map<string, string>();

  constructor(private readonly host: HTMLElement) {}

  report(source: string, problems: readonly string[]): void {
    const key = problems.join('\n');
    if ((this.last.get(source) ?? '') === key) return;
    this.last.set(source, key);
    if (problems.length) reportDataError(this.host, source, [...problems]);
  }
}

/**
 * The short visible notice for an editor when data had problems (nothing when there were none).
 * Residents still see every valid item; the details are in the console and the event.
 */
export function renderDataNotice(
  controller: {
    problems: readonly string[];
    status: DataStatus;
    cause?: DataErrorCause | undefined;
  },
  /** What the visitor misses when the data could not be loaded (default: "Uppgifterna kunde inte läsas in."). */
  failed?: string
): TemplateResult | typeof nothing {
  if (controller.problems.length === 0) return nothing;
  const text =
    controller.cause && controller.cause !== 'src-not-found'
      ? causeNotice()
      : controller.status === 'error' || controller.cause
        ? (failed ?? msg('Uppgifterna kunde inte läsas in.', { id: 'core.data-error' }))
        : msg('En del uppgifter kunde inte visas.', { id: 'core.data-partial' });
  return html`<p part="notice" class="notice">${text}</p>`;
}

/**
 * The notice for a cause a CMS is known to produce, in words an editor understands, naming the
 * guide. (A wrong address, `src-not-found`, is not one: it gets the usual notice, and the console
 * says more.)
 */
function causeNotice(): string {
  return msg('Publiceringsverktyget kan ha tagit bort eller ändrat uppgifterna. Läs mer i docs/cms.md i trygg-kit.', {
    id: 'core.data-cms',
  });
}
