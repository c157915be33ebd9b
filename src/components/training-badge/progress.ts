/**
 * The arithmetic of `<trygg-training-badge>`, kept apart from rendering so it can be tested on its
 * own: reading editors' attributes (untrusted strings), merging them with a training document,
 * the percentage, the status word, "today" in Sweden, and what a credential says.
 * Nothing here returns NaN: a value that cannot be read is `undefined`, with a problem line.
 */
import * as v from 'valibot';
import { stockholmDate } from '../../core/dates.js';
import { sharedSchemas } from '../../core/schema.js';
import type { TrainingDocument, TrainingUnit } from './schema.js';
import type { LocalizedText } from '../../core/localized-text.js';

export type Status = 'not-started' | 'in-progress' | 'target-reached' | 'complete' | 'overdue';

/** The attributes and properties as an editor or a script gave them. */
export interface Inputs {
  label?: string | null;
  value?: unknown;
  max?: unknown;
  target?: unknown;
  deadline?: unknown;
  today?: unknown;
  unit?: string | null;
}

export interface Figures {
  /** What is trained: the `label`, else the document's course. */
  label: LocalizedText | undefined;
  /** Done so far, `0 ≤ value ≤ max`; with `max` both set or both `undefined` (figures unknown). */
  value?: number;
  max?: number;
  /** Whole percent, rounded down (so "100 %" only when complete and "90 %" only when 90 % is met). */
  percent?: number;
  target?: number;
  deadline?: string;
  updated?: string;
  status?: Status;
  /** The units to list (none when one unit is chosen with `unit`). */
  units: TrainingUnit[];
  /** Problems with the attributes, each starting with the attribute's name. */
  problems: string[];
}

export const isIsoDate = (value: unknown): value is string => v.is(sharedSchemas().isoDate, value);

/** A raw value as it appears in a problem line. */
const shown = (raw: unknown): string =>
  typeof raw === 'string' || typeof raw === 'number' ? `"${raw}"` : JSON.stringify(raw);

/**
 * An attribute or property as a number: a number, or a string of digits (spaces as thousands
 * separators allowed, "1 200"). `undefined` when absent or empty, `null` when it is not a number.
 */
export function toNumber(raw: unknown): number | null | undefined {
  if (raw == null) return undefined;
  if (typeof raw === 'number') return inRange(raw);
  if (typeof raw !== 'string') return null;
  const digits = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (digits === '') return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(digits) ? inRange(Number(digits)) : null;
}

/**
 * The largest count read (2^53 − 1): past it a number is not exact, and 400 digits are Infinity
 * (which would show "∞ av ∞ (NaN %)"). A larger number is not a number, like any other bad value.
 */
function inRange(n: number): number | null {
  return Number.isFinite(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : null;
}

/** Whole percent of `value` out of `max`, rounded down, 0–100. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0)) return 0;
  // The tiny epsilon keeps 58 of 100 at 58 (58 / 100 * 100 is 57.999… in floating point).
  return Math.min(100, Math.max(0, Math.floor((value * 100) / max + 1e-9)));
}

/**
 * complete (all done) > target reached > overdue (deadline passed, target not met) > not started
 * (nothing done) > in progress. Without a target, "overdue" means not complete after the deadline.
 */
export function statusOf(
  value: number,
  max: number,
  target: number | undefined,
  deadline: string | undefined,
  today: string
): Status {
  if (value >= max) return 'complete';
  if (target !== undefined && value * 100 >= target * max) return 'target-reached';
  if (deadline !== undefined && today > deadline) return 'overdue';
  return value > 0 ? 'in-progress' : 'not-started';
}

/** Duplicate unit names: the first stays, the others are dropped (a sum would count them twice). */
export function refineDocument(doc: TrainingDocument): { value: TrainingDocument; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const units = doc.units.filter((unit) => {
    if (!seen.has(unit.name)) {
      seen.add(unit.name);
      return true;
    }
    problems.push(`units: "${unit.name}" is listed twice; only the first is counted`);
    return false;
  });
  if (doc.units.length === 0) problems.push('units: the list is empty, so there are no figures to show');
  return { value: { ...doc, units }, problems };
}

/**
 * Merges the attributes (which win) with the training document (if any) and checks them.
 *
 * @param docState - `none`: there is no document source; `loading`; `ready` (with `doc`); `failed`.
 */
export function resolveFigures(
  inputs: Inputs,
  doc: TrainingDocument | undefined,
  docState: 'none' | 'loading' | 'ready' | 'failed'
): Figures {
  const problems: string[] = [];
  const count = (name: 'value' | 'max'): number | undefined => {
    const raw = inputs[name];
    const n = toNumber(raw);
    if (n === null) problems.push(`${name}: ${shown(raw)} is not a number`);
    else if (n !== undefined && n < 0) problems.push(`${name}: ${n} is negative`);
    else if (n === 0 && name === 'max') problems.push('max: 0; it must be more than 0 (how many in all)');
    else return n;
    return undefined;
  };
  const date = (name: 'deadline' | 'today'): string | undefined => {
    const raw = inputs[name];
    if (raw == null || raw === '') return undefined;
    if (isIsoDate(raw)) return raw;
    problems.push(`${name}: ${shown(raw)} is not a date as YYYY-MM-DD; ignored`);
    return undefined;
  };

  let value = count('value');
  let max = count('max');
  let target: number | undefined;
  const rawTarget = toNumber(inputs.target);
  if (rawTarget === null) problems.push(`target: ${shown(inputs.target)} is not a number; ignored`);
  else if (rawTarget !== undefined && (rawTarget < 0 || rawTarget > 100))
    problems.push(`target: ${rawTarget} is outside 0–100; ignored`);
  else target = rawTarget;
  let deadline = date('deadline');
  const today = date('today') ?? stockholmDate();

  let units: TrainingUnit[] = [];
  let label: LocalizedText | undefined = inputs.label || undefined;
  let updated: string | undefined;
  if (doc) {
    label ??= doc.course;
    target ??= doc.target;
    deadline ??= doc.deadline;
    updated = doc.updated;
    units = doc.units;
    let sum: { completed: number; total: number } | undefined;
    const unitName = inputs.unit?.trim();
    if (unitName) {
      sum = units.find((u) => u.name === unitName);
      units = [];
      if (!sum) problems.push(`unit: "${unitName}" is not one of the document's units`);
    } else if (units.length) {
      sum = units.reduce((all, u) => ({ completed: all.completed + u.completed, total: all.total + u.total }), {
        completed: 0,
        total: 0,
      });
    }
    value ??= sum?.completed;
    max ??= sum?.total;
  } else if (docState === 'none' && (inputs.value == null) !== (inputs.max == null)) {
    // One of the two without the other (with neither, the element is just not set up yet).
    problems.push(
      inputs.max == null ? 'max: missing (how many in all)' : 'value: missing (how many have completed the course)'
    );
  }

  if (value === undefined || max === undefined) {
    return { label, target, deadline, updated, units, problems };
  }
  if (value > max) {
    problems.push(`value: ${value} is more than max (${max}); shown as ${max}`);
    value = max;
  }
  return {
    label,
    value,
    max,
    percent: percentOf(value, max),
    target,
    deadline,
    updated,
    status: statusOf(value, max, target, deadline, today),
    units,
    problems,
  };
}
