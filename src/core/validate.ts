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
 */
import * as v from 'valibot';
import { safeUrl } from './safe-url.js';

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

/** The largest document validated, in characters of JSON (the same limit as the data loader's). */
const MAX_CHARS = 2_000_000;
class TooLarge extends Error {}

function plainCopy(input: unknown): unknown {
  // JSON semantics on purpose: documents are JSON; functions, DOM nodes and cycles are not data.
  // The replacer counts as it goes and stops a huge object early (its whole text is never built).
  let size = 0;
  const json = JSON.stringify(input, (key, value: unknown) => {
    size += key.length + (typeof value === 'string' ? value.length : 0) + 4;
    if (size > MAX_CHARS) throw new TooLarge(`more than ${MAX_CHARS / 1_000_000} million characters`);
    return value;
  });
  return JSON.parse(json) as unknown;
}

/**
 * Validates `input` against `schema`, repairing it as described above. Never throws.
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
  const problems: string[] = [];
  const seen = new Set<string>();
  const origins: Origins = new WeakMap();
  const cut = new WeakSet();
  let doc: unknown;
  try {
    doc = plainCopy(input);
  } catch (error) {
    return {
      value: undefined,
      problems: [
        error instanceof TooLarge
          ? `(document): ${error.message} (see "Limits" in the README)`
          : `(document): not plain JSON data (${String(error)})`,
      ],
    };
  }
  for (let pass = 0; pass < 4; pass++) {
    const result = v.safeParse(schema, doc);
    const issues = expand(result.issues ?? []);
    for (const issue of issues) {
      // One line per field: a later pass only restates why a removed field or item is gone.
      const path = originalPath(doc, pathOf(issue), origins);
      const key = formatPath(path);
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(describe(issue, path));
      }
    }
    const blocking = issues.filter((issue) => !isLinkIssue(issue));
    if (result.typed && blocking.length === 0) {
      return { value: result.output, problems: cap(problems, limit) };
    }
    const removals = blocking.map((issue) => removalFor(doc, pathOf(issue), pass === 0, atomic));
    if (removals.some((path) => path === undefined)) break;
    remove(doc, removals as Path[], origins, atomic, cut);
  }
  return { value: undefined, problems: cap(problems, limit) };
}

function cap(problems: string[], limit: number): string[] {
  return problems.length <= limit
    ? problems
    : [...problems.slice(0, limit), `… and ${problems.length - limit} more problems`];
}
