/**
 * Validation that keeps what is valid.
 *
 * Editors' documents are checked against a valibot schema. Instead of rejecting a whole document
 * for one bad field, {@link validate} repairs it, schema-driven, and lists every problem with the
 * path of the field ("contacts[2].channels[0].value: …"):
 *
 * 1. a field of the wrong type or value is removed (that is enough when the field is optional);
 * 2. if the schema still fails there (the field is required, or the item as a whole is wrong), the
 *    nearest array item that contains it is removed (one contact, one channel, one measure);
 * 3. what cannot be repaired that way (the document is not an object, its list is missing) is fatal:
 *    `value` is `undefined`.
 *
 * A link that fails {@link isSafeLink} is only reported: the value stays, and rendering through
 * `safeUrl()` turns it into plain text without an `href`.
 *
 * A document is checked in parts: its own fields first (its top-level lists taken out), then each
 * item of those lists with the list's item schema, then the lists' and the document's own checks
 * (`maxLength`, …) on the repaired items. An item's problems never depend on another item, so the
 * repair is the one a validation of the whole document makes, and the problems come in its order,
 * pass by pass (test/core/validate-tasks.test.ts compares them); {@link validateInTasks} lets the
 * browser handle input between the items.
 */
import * as v from 'valibot';
import { safeUrl } from './safe-url.js';
import { nextTask, TASK_BUDGET } from './tasks.js';

export interface ValidationResult<T> {
  /** The repaired document, or `undefined` when nothing usable is left. */
  value: T | undefined;
  /** One line per problem: `path: what is wrong`. Empty when the document was valid. */
  problems: string[];
}

type Path = (string | number)[];
type Issue = v.BaseIssue<unknown>;

/**
 * A field kept or dropped as a whole: its name (`'hours'`), or `{ items, keep }` for a list whose
 * items are each kept or dropped as a whole. A bad item of such a list is cut down to its `keep`
 * fields (what it was about, e.g. its days, so the component can say "not known" there); when even
 * that is invalid, the whole list goes (with `keep`) or the item alone (without `keep`).
 */
export type Atomic = string | { items: string; keep?: readonly string[] };

/** The requirement of the link check, recognised by {@link validate}: report, do not remove. */
export function isSafeLink(value: string): boolean {
  return safeUrl(value) !== undefined;
}

/** A link field: a string that must be `https:`, `tel:`, `sms:`, `mailto:` or a same-origin path. */
export const linkSchema = v.pipe(
  v.string(),
  v.check(isSafeLink, 'not an allowed link (only https:, tel:, sms:, mailto: or a same-origin path); shown as text')
);

function pathOf(issue: Issue): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/**
 * A union that failed reports one issue at its own path; when one option got further into the
 * value (an item of a list failed, not the list), its deeper issues say which part to repair.
 */
function expand(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    // A union's sub-issues carry paths relative to the union's value.
    const deeper =
      issue.type === 'union'
        ? (issue.issues ?? [])
            .filter((sub) => sub.path?.length)
            .map((sub) => ({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] }) as Issue)
        : [];
    return deeper.length ? expand(deeper) : [issue];
  });
}

/** `['contacts', 2, 'name']` → `contacts[2].name`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** Original indices of the items left in each array that lost some (see {@link remove}). */
type Origins = WeakMap<unknown[], number[]>;

/** The path as the editor wrote it: indices in arrays that lost items are mapped back. */
function originalPath(doc: unknown, path: Path, origins: Origins): Path {
  let node = doc;
  return path.map((key) => {
    const parent = node;
    node =
      parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    return typeof key === 'number' && Array.isArray(parent) ? (origins.get(parent)?.[key] ?? key) : key;
  });
}

function describe(issue: Issue, path: Path): string {
  const detail = issue.issues?.length
    ? ` (${issue.issues
        .map((sub) => sub.message)
        .filter((m, i, all) => all.indexOf(m) === i)
        .join('; ')})`
    : '';
  return `${formatPath(path)}: ${issue.message}${detail}`;
}

function isLinkIssue(issue: Issue): boolean {
  return issue.type === 'check' && (issue as v.CheckIssue<unknown>).requirement === isSafeLink;
}

function parentOf(doc: unknown, path: Path): unknown {
  let node: unknown = doc;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The path to remove for an issue at `path`, or `undefined` when it cannot be repaired. */
function removalFor(doc: unknown, path: Path, firstPass: boolean, atomic: readonly Atomic[]): Path | undefined {
  if (path.length === 0) return undefined;
  // An item kept or dropped as a whole (cut down first, see `Atomic`).
  const item = path.findIndex(
    (key, i) => typeof path[i + 1] === 'number' && atomic.some((a) => typeof a === 'object' && a.items === key)
  );
  if (item >= 0) return path.slice(0, item + 2);
  // A field kept or dropped as a whole: a problem anywhere inside it removes the field.
  const whole = path.findIndex((key) => typeof key === 'string' && atomic.includes(key));
  if (whole >= 0) path = path.slice(0, whole + 1);
  const leaf = path[path.length - 1];
  const parent = parentOf(doc, path);
  const exists = parent !== null && typeof parent === 'object' && Object.hasOwn(parent, leaf);
  if (typeof leaf === 'number' && Array.isArray(parent)) return path;
  if ((firstPass || whole >= 0) && exists) return path;
  for (let i = path.length - 2; i >= 0; i--) {
    if (typeof path[i] === 'number') return path.slice(0, i + 1);
  }
  return undefined;
}

/** What a bad item of an atomic list is cut down to, `'list'` (remove the list) or `undefined` (remove the item). */
function reduced(
  item: unknown,
  path: Path,
  atomic: readonly Atomic[],
  cut: WeakSet<object>
): object | 'list' | undefined {
  const list = path[path.length - 2];
  const rule = atomic.find((a) => typeof a === 'object' && a.items === list);
  if (typeof rule !== 'object' || !rule.keep?.length) return undefined;
  if (item === null || typeof item !== 'object' || cut.has(item)) return 'list';
  const kept = Object.fromEntries(
    rule.keep.filter((key) => Object.hasOwn(item, key)).map((key) => [key, (item as Record<string, unknown>)[key]])
  );
  if (!Object.keys(kept).length) return 'list';
  cut.add(kept);
  return kept;
}

function remove(
  doc: unknown,
  paths: Path[],
  origins: Origins,
  atomic: readonly Atomic[] = [],
  cut = new WeakSet()
): void {
  const unique = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()];
  // Deepest first, then higher indices first, so earlier removals do not shift later paths.
  unique.sort((a, b) => {
    if (a.length !== b.length) return b.length - a.length;
    const last = a.length - 1;
    return typeof a[last] === 'number' && typeof b[last] === 'number' ? b[last] - a[last] : 0;
  });
  for (const path of unique) {
    const parent = parentOf(doc, path);
    const leaf = path[path.length - 1];
    if (Array.isArray(parent) && typeof leaf === 'number') {
      const kept = reduced(parent[leaf], path, atomic, cut);
      if (kept === 'list') {
        const owner = parentOf(doc, path.slice(0, -1));
        if (owner !== null && typeof owner === 'object') Reflect.deleteProperty(owner, path[path.length - 2]);
        continue;
      }
      if (kept) {
        parent[leaf] = kept;
        continue;
      }
      const map = origins.get(parent) ?? parent.map((_, i) => i);
      map.splice(leaf, 1);
      origins.set(parent, map);
      parent.splice(leaf, 1);
    } else if (parent !== null && typeof parent === 'object') Reflect.deleteProperty(parent, leaf);
  }
}

/**
 * Parses JSON text; never throws. A leading byte-order mark (as some editors save files) is ignored;
 * a syntax error comes back as `error`, in the parser's words, for the caller's message.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The largest document validated, in characters of JSON (the same limit as the data loader's). */
const MAX_CHARS = 2_000_000;
class TooLarge extends Error {}

/**
 * A plain copy of `input` in JSON's terms: functions, DOM nodes and cycles are not data. The
 * replacer counts into `size` (shared by the parts of one document) and stops a huge object early
 * (its whole text is never built).
 */
function plainCopy(input: unknown, size: { chars: number }, item = false, max = MAX_CHARS): unknown {
  const json = JSON.stringify(input, (key, value: unknown) => {
    size.chars += key.length + (typeof value === 'string' ? value.length : 0) + 4;
    if (size.chars > max) throw new TooLarge(`more than ${max / 1_000_000} million characters`);
    return value;
  }) as string | undefined;
  // An item that is not JSON (a function, a symbol) becomes `null`, as JSON.stringify makes it in a
  // list; a document that is not JSON at all is reported (JSON.parse throws).
  return item && json === undefined ? null : (JSON.parse(json as string) as unknown);
}

/**
 * How a document schema is validated in parts: each top-level list (`contacts`, `measures`,
 * `units`) item by item with its item schema, then the document as a whole with those lists'
 * items taken as they are (`whole`: the same object, its own checks and the lists' checks such as
 * `maxLength` kept). A `v.lazy()` view is split as the schema it shows; any other schema that is
 * not a plain object schema is validated whole, in one part.
 */
interface Parts {
  whole: v.GenericSchema;
  lists: { key: string; item: v.GenericSchema }[];
}

/** What this file reads of a valibot schema (public properties of valibot's schema objects). */
interface SchemaShape {
  kind?: string;
  type?: string;
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
  pipe?: readonly unknown[];
  message?: v.ErrorMessage<v.ObjectIssue> & v.ErrorMessage<v.ArrayIssue>;
}

/**
 * The schema a `v.lazy()` view shows for `input` (every component's exported `documentSchema` is
 * one, src/core/schema.ts), so that its top-level lists are found and checked item by item.
 */
function shownBy(schema: v.GenericSchema, input: unknown): v.GenericSchema {
  let shown = schema;
  while (shown.type === 'lazy') shown = (shown as v.LazySchema<v.GenericSchema>).getter(input);
  return shown;
}

const pipeOf = v.pipe as unknown as (...items: unknown[]) => v.GenericSchema;
const partsOfSchema = new WeakMap<object, Parts>();

function partsOf(schema: v.GenericSchema): Parts {
  const known = partsOfSchema.get(schema);
  if (known) return known;
  const shape = schema as SchemaShape;
  const lists: Parts['lists'] = [];
  let whole = schema;
  if (shape.kind === 'schema' && shape.type === 'object' && shape.entries) {
    const entries = { ...shape.entries };
    for (const [key, entry] of Object.entries(shape.entries)) {
      const list = entry as SchemaShape;
      if (list.type !== 'array' || !list.item) continue;
      lists.push({ key, item: list.item });
      const shell = v.array(v.unknown(), list.message);
      entries[key] = list.pipe ? pipeOf(shell, ...list.pipe.slice(1)) : shell;
    }
    if (lists.length) {
      const object = v.object(entries, shape.message);
      whole = shape.pipe ? pipeOf(object, ...shape.pipe.slice(1)) : object;
    }
  }
  const parts = { whole, lists };
  partsOfSchema.set(schema, parts);
  return parts;
}

/** The state of one validation: the working copy, what was found, what was removed. */
interface Run {
  doc: unknown;
  atomic: readonly Atomic[];
  /**
   * The problems by pass, the document's own (`order` 0) before its items' (1) in each: listed in the
   * order one validation of the whole document finds them (`found[pass * 2 + order]`).
   */
  found: string[][];
  seen: Set<string>;
  origins: Origins;
  cut: WeakSet<object>;
}

/** The value at `path` of the working copy. */
function at(doc: unknown, path: Path): unknown {
  let node = doc;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

type Repaired = { ok: true; output: unknown } | { ok: false; gone?: boolean };

/**
 * Validates and repairs the part of the working copy at `base` (`[]`: the document; `['contacts',
 * 3]`: one item) with `schema`, in up to 4 passes: problems are recorded with their paths in the
 * document, removals are made in the working copy. `gone`: the part itself was removed (an item
 * that could not be repaired), or the list it belongs to.
 *
 * A `large` part yields after each check and before the next pass: one check of a contact with 500
 * bad opening-hours entries, read for the first time, takes about 13 ms here, and listing and
 * removing its problems about 9 ms more; in one task, with a garbage collection, that was 59 ms.
 * The steps are the same and in the same order; only the caller's tasks end between them.
 */
function* repair(
  run: Run,
  schema: v.GenericSchema,
  base: Path,
  order: number,
  large = false
): Generator<undefined, Repaired> {
  const { doc, atomic, origins, cut } = run;
  const list = base.length ? parentOf(doc, base) : undefined;
  const owner = base.length ? parentOf(doc, base.slice(0, -1)) : undefined;
  for (let pass = 0; pass < 4; pass++) {
    if (large && pass) yield;
    const result = v.safeParse(schema, at(doc, base));
    if (large) yield;
    const issues = expand(result.issues ?? []);
    const paths = issues.map((issue) => [...base, ...pathOf(issue)]);
    issues.forEach((issue, i) => {
      // One line per field: a later pass only restates why a removed field or item is gone.
      const path = originalPath(doc, paths[i], origins);
      const key = formatPath(path);
      if (!run.seen.has(key)) {
        run.seen.add(key);
        (run.found[pass * 2 + order] ??= []).push(describe(issue, path));
      }
    });
    const blocking = paths.filter((_, i) => !isLinkIssue(issues[i]));
    if (result.typed && blocking.length === 0) return { ok: true, output: result.output };
    const removals = blocking.map((path) => removalFor(doc, path, pass === 0, atomic));
    if (removals.some((path) => path === undefined)) return { ok: false };
    const length = Array.isArray(list) ? list.length : 0;
    remove(doc, removals as Path[], origins, atomic, cut);
    // An item removed (its list is shorter) or its whole list removed: nothing left of this part.
    if (base.length && (!Array.isArray(list) || list.length < length || at(owner, base.slice(-2, -1)) !== list)) {
      return { ok: false, gone: true };
    }
  }
  return { ok: false };
}

/**
 * The validation, step by step: it yields after each step (the document's envelope, each item of
 * a long list), so a caller can let the browser handle input between steps ({@link validateInTasks})
 * or run it to the end at once ({@link validate}). The same repair either way.
 */
function* validation<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  limit: number,
  atomic: readonly Atomic[]
): Generator<boolean | undefined, ValidationResult<v.InferOutput<TSchema>>> {
  const run: Run = {
    doc: undefined,
    atomic,
    found: [],
    seen: new Set(),
    origins: new WeakMap(),
    cut: new WeakSet(),
  };
  const { whole, lists } = partsOf(shownBy(schema, input));
  const size = { chars: 0 };
  // The long lists are copied and checked item by item; the rest of the document first, without them.
  const plain =
    input !== null && typeof input === 'object' && !Array.isArray(input) && !('toJSON' in input) ? input : undefined;
  const split = plain ? lists.filter(({ key }) => Array.isArray((plain as Record<string, unknown>)[key])) : [];
  try {
    run.doc = plainCopy(
      split.length ? { ...plain, ...Object.fromEntries(split.map(({ key }) => [key, []])) } : input,
      size
    );
  } catch (error) {
    return { value: undefined, problems: [notPlain(error)] };
  }
  for (const { key, item } of split) {
    const items = (plain as Record<string, unknown[]>)[key];
    const copy: unknown[] = [];
    (run.doc as Record<string, unknown>)[key] = copy;
    for (let i = 0, index = 0; i < items.length; i++) {
      yield;
      const before = size.chars;
      try {
        copy.push(plainCopy(items[i], size, true));
      } catch (error) {
        return { value: undefined, problems: [notPlain(error)] };
      }
      // A large item, copied and not yet checked: a short first task stops here (`true`, see validateInTasks).
      const large = size.chars - before > LARGE_ITEM;
      if (large) yield true;
      const origins = run.origins.get(copy);
      if (origins && origins.length < copy.length) origins.push(i);
      const repaired = yield* repair(run, item, [key, index], 1, large);
      if (repaired.ok) copy[index++] = repaired.output;
      else if (!repaired.gone) return { value: undefined, problems: listed(run, limit) };
      else if ((run.doc as Record<string, unknown>)[key] !== copy) break;
    }
  }
  yield;
  const repaired = yield* repair(run, whole, [], 0);
  return {
    value: repaired.ok ? repaired.output : undefined,
    problems: listed(run, limit),
  };
}

/**
 * An item of more characters than this (keys and strings, as {@link plainCopy} counts them) is
 * large: a short first task leaves it to the next (see {@link validateInTasks}). A contact with a
 * week of opening hours is 1 000–2 000.
 */
const LARGE_ITEM = 10_000;

function notPlain(error: unknown): string {
  return error instanceof TooLarge
    ? `(document): ${error.message} (see "Limits" in the README)`
    : `(document): not plain JSON data (${String(error)})`;
}

/** The problems pass by pass, the document's own fields before the items' in each pass; at most `limit`. */
function listed(run: Run, limit: number): string[] {
  const problems = run.found.flat();
  return problems.length <= limit
    ? problems
    : [...problems.slice(0, limit), `… and ${problems.length - limit} more problems`];
}

/**
 * Validates `input` against `schema`, repairing it as described above, in one go. Never throws.
 * In a browser, components use {@link validateInTasks} (the same validation, in short tasks); this is
 * for the server (SSR renders what a browser's first render shows) and for tests.
 *
 * @param limit - at most this many problems are listed (the rest is counted in one line)
 * @param atomic - fields that are kept or dropped as a whole: a problem anywhere inside such a
 *   field removes the field itself, never a part of it; or lists whose items are kept or dropped
 *   as a whole (see {@link Atomic}; e.g. one opening-hours entry, cut down to its days so that
 *   no claim is made on them)
 */
export function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  limit = 200,
  atomic: readonly Atomic[] = []
): ValidationResult<v.InferOutput<TSchema>> {
  const steps = validation(schema, input, limit, atomic);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface InTasksOptions {
  /** See {@link validate}. */
  limit?: number;
  /** See {@link validate}. */
  atomic?: readonly Atomic[];
  /** Read between tasks: when it returns true (the element got other data), the run stops and resolves to `undefined`. */
  stale?: () => boolean;
  /**
   * Milliseconds of work in the first task (default {@link TASK_BUDGET}): less when the caller's own
   * work follows in that task (the loader's host renders after it, its first time with the page's
   * first Intl object), so that task stays short too.
   */
  first?: number;
  /**
   * A document with at most `chars` characters (keys and strings, counted as the validation counts
   * them) and at most `items` items in its top-level lists is read whole in the first task, whatever
   * the time (default: none is). A small document is then shown in the caller's first update on any
   * device, even where reading it takes longer than `first` (a slow phone, a cold start). A larger
   * one is read as before, so its first task stays short: many small items can be slow to read
   * (each bad one is repaired), hence the second bound.
   */
  small?: { chars: number; items: number };
}

/** Whether `input` is within `small` (see {@link InTasksOptions.small}); stops counting past it. */
function isSmall(input: unknown, { chars, items }: { chars: number; items: number }): boolean {
  if (input === null || typeof input !== 'object') return true;
  const lists = Object.values(input).filter((value) => Array.isArray(value));
  if (lists.reduce((n, list: unknown[]) => n + list.length, 0) > items) return false;
  try {
    plainCopy(input, { chars: 0 }, false, chars);
    return true;
  } catch {
    return false;
  }
}

/**
 * {@link validate} in tasks of about {@link TASK_BUDGET} ms: the document without its long lists,
 * then their items, as many per task as fit, with {@link nextTask} between, so a key press or click
 * is handled while a long document is read. The same repair and the same problems as `validate()`.
 *
 * Returns the result itself when the whole validation fit in the first task (a small document is
 * shown in the same update, as before), else a promise of it; the promise resolves to `undefined`
 * when `stale()` turned true between tasks (the result would be out of date: drop it).
 */
export function validateInTasks<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  { limit = 200, atomic = [], stale, first = TASK_BUDGET, small }: InTasksOptions = {}
): ValidationResult<v.InferOutput<TSchema>> | Promise<ValidationResult<v.InferOutput<TSchema>> | undefined> {
  const steps = validation(schema, input, limit, atomic);
  /**
   * One task's work: the result, or `undefined` when the budget is spent first. A task with less
   * than the whole budget (the first, when the caller's own work follows) does not check a large
   * item: that alone can take longer than a task should (a contact with 500 bad opening-hours
   * entries, read for the first time: ~40 ms here), and the caller's first render comes after it.
   */
  const task = (budget = TASK_BUDGET) => {
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - start >= budget || (step.value === true && budget < TASK_BUDGET)) return undefined;
    }
  };
  return (
    task(small && isSmall(input, small) ? Infinity : first) ??
    (async () => {
      for (;;) {
        await nextTask();
        if (stale?.()) return undefined;
        const result = task();
        if (result) return result;
      }
    })()
  );
}
