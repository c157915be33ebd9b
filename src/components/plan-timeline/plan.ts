/**
 * Pure logic of `<trygg-plan-timeline>`: cross-item checks, chronological order, year groups,
 * filters and the overview's lane layout. No DOM, no Lit: unit-tested on its own.
 */
import { checkPhoneLabel, isPhoneUrl, phoneOfUrl, stripBidiText } from '../../core/phone.js';
import { formatPath } from '../../core/validate.js';
import type { PlanDocument, PlanLink, PlanMeasure } from './schema.js';

/** More measures than this are not shown (the first ones in the document are). */
export const MAX_MEASURES = 1000;
/** More visible items than this are shown as the list only: a chart of more bars is neither readable nor fast. */
export const OVERVIEW_MAX = 300;
/** The overview spans at most this many years (dates further out are clamped to its edges). */
const MAX_YEARS = 30;

/** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as its earliest and latest possible day. */
export function earliest(date: string): string {
  return (date + '-01-01').slice(0, 10);
}
export function latest(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The date an item is ordered by: `date`, else `start`, else `end`; `undefined` when undated. */
export function sortKey(m: Pick<PlanMeasure, 'date' | 'start' | 'end'>): string | undefined {
  return m.date ?? m.start ?? m.end;
}

/** Cross-item checks for the DataController's `refine`: duplicate ids, end before start, too many items. */
export function refinePlan(doc: PlanDocument): { value: PlanDocument; problems: string[] } {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const measures: PlanMeasure[] = [];
  doc.measures.forEach((item, i) => {
    let m = item;
    const path = (field: string) => formatPath(['measures', i, field]);
    const first = seen.get(m.id);
    if (first !== undefined) {
      problems.push(`${path('id')}: "${m.id}" is already used by measures[${first}]; this item is not shown`);
      return;
    }
    seen.set(m.id, i);
    m = { ...m, title: stripBidiText(m.title) };
    if (m.links)
      m.links = m.links.map((link, j) => refineLink(link, formatPath(['measures', i, 'links', j]), problems));
    if (m.start && m.end && latest(m.end) < earliest(m.start)) {
      problems.push(`${path('end')}: ${m.end} is before start ${m.start}; the end is not shown`);
      const copy = { ...m };
      delete copy.end;
      measures.push(copy);
      return;
    }
    measures.push(m);
  });
  if (measures.length > MAX_MEASURES) {
    problems.push(`measures: ${measures.length} items; only the first ${MAX_MEASURES} are shown`);
    measures.length = MAX_MEASURES;
  }
  return { value: { ...doc, measures }, problems };
}

/**
 * A link of a measure, what is dialled against what is shown: a title without bidi controls; for a
 * `tel:`/`sms:` link, a title that names another number is dropped (the number alone is shown), and
 * a phone URL that is not a plain number gives a problem (the title is shown without a link).
 */
export function refineLink(link: PlanLink, path: string, problems: string[]): PlanLink {
  const title = stripBidiText(link.title);
  if (!isPhoneUrl(link.url)) return { ...link, title };
  const phone = phoneOfUrl(link.url);
  if (!phone) {
    problems.push(
      `${path}.url: "${link.url}" is not a phone number (digits, spaces, dashes, an optional leading +); no link`
    );
    return { ...link, title };
  }
  const checked = checkPhoneLabel(title, phone.phone.dial, `${path}.title`);
  for (const problem of checked.problems) problems.push(problem);
  return { ...link, title: checked.label ?? '' };
}

/** The measures in chronological order (stable; undated last). */
export function chronological(measures: readonly PlanMeasure[]): PlanMeasure[] {
  const keyed = measures.map((m, i) => ({ m, i, k: sortKey(m) }));
  keyed.sort((a, b) => (a.k === b.k ? a.i - b.i : a.k === undefined ? 1 : b.k === undefined ? -1 : a.k < b.k ? -1 : 1));
  return keyed.map((x) => x.m);
}

/** Who carries an item: its `responsible`, else the deciding `body`. */
export function owners(m: PlanMeasure): string[] {
  return m.responsible?.length ? m.responsible : m.body ? [m.body] : [];
}

/** `level`/`prevention` as a list. */
export function listOf<T extends string>(value: T | readonly T[] | undefined): readonly T[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

export interface Filters {
  status: ReadonlySet<string>;
  level: ReadonlySet<string>;
  prevention: ReadonlySet<string>;
  responsible: string;
}

export { tokens } from '../../core/attributes.js';

export function matches(m: PlanMeasure, f: Filters): boolean {
  const any = (set: ReadonlySet<string>, values: readonly string[]) => set.size === 0 || values.some((x) => set.has(x));
  return (
    any(f.status, m.status ? [m.status] : []) &&
    any(f.level, listOf(m.level)) &&
    any(f.prevention, listOf(m.prevention)) &&
    (!f.responsible || owners(m).includes(f.responsible))
  );
}

/** Month number (year × 12 + month − 1) of a partial date's earliest or latest day. */
function month(date: string, end: boolean): number {
  const day = end ? latest(date) : earliest(date);
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

export interface Placement {
  /** Grid row (1-based; row 1 holds the "today" label, row 2 the time axis). */
  row: number;
  /** First column (0-based from the range start) and number of columns the item occupies. */
  col: number;
  span: number;
  /** Where the bar starts inside the item and how wide it is, as fractions of the item's width. */
  barStart: number;
  barSize: number;
}

export interface Lane {
  name: string;
  row: number;
  rows: number;
}

export interface Layout {
  /** First month of the range (year × 12 + month − 1) and its number of months. */
  from: number;
  months: number;
  /** Months per column: 1, or 3 (quarters) when the range is longer than three years. */
  unit: number;
  columns: number;
  lanes: Lane[];
  /** Placement of every dated item, by id. */
  places: Map<string, Placement>;
  /** Rows used (the axis included). */
  rows: number;
}

/**
 * The overview layout: one lane per responsible body (its first), bars over the plan period in
 * months (quarters when it is longer than three years)
 * (extended to the items' dates, at most {@link MAX_YEARS} years), each lane packed into as few
 * rows as possible. An item occupies at least a quarter of the range so its text has room, and
 * its text then runs on over the free columns after it in its row (up to half the range), so a
 * title wraps less; the bar inside shows its real span. Undated items get no place (they stay in
 * the list below). The component lays out every item once per document, not per filter: filtered
 * items are hidden in place, so nothing moves when a filter changes (rows left empty collapse).
 */
export function layout(items: readonly PlanMeasure[], period?: { start?: string; end?: string }): Layout {
  const dated = items.filter((m) => sortKey(m) !== undefined);
  const starts = dated.map((m) => month(sortKey(m) ?? '', false));
  const ends = dated.map((m) => month(m.end ?? m.date ?? m.start ?? '', true));
  if (period?.start) starts.push(month(period.start, false));
  if (period?.end) ends.push(month(period.end, true));
  // reduce, not Math.min(...list): a spread of a very long list overflows the call stack.
  let from = Math.floor(starts.reduce((a, b) => Math.min(a, b), Infinity) / 12) * 12;
  let to = Math.ceil((ends.reduce((a, b) => Math.max(a, b), -Infinity) + 1) / 12) * 12 - 1;
  if (!Number.isFinite(from) || !Number.isFinite(to)) from = to = 0;
  if (to - from + 1 > MAX_YEARS * 12) {
    // Keep the plan period (or the first dates) in view.
    const anchor = period?.start ? month(period.start, false) : from;
    from = Math.floor(anchor / 12) * 12;
    to = from + MAX_YEARS * 12 - 1;
  }
  const months = Math.max(12, to - from + 1);
  const unit = months > 36 ? 3 : 1;
  const columns = months / unit;
  const min = Math.max(1, Math.ceil(columns / 4));
  const wide = Math.max(min, Math.ceil(columns / 2));
  const byLane = new Map<string, PlanMeasure[]>();
  for (const m of dated) {
    const lane = owners(m)[0] ?? '';
    const list = byLane.get(lane);
    if (list) list.push(m);
    else byLane.set(lane, [m]);
  }
  const collator = new Intl.Collator('sv');
  const names = [...byLane.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
  const places = new Map<string, Placement>();
  const lanes: Lane[] = [];
  let row = 3;
  const clamp = (n: number) => Math.min(columns - 1, Math.max(0, Math.floor((n - from) / unit)));
  for (const name of names) {
    const rowEnds: number[] = [];
    /** Per row, its items in column order (the lane's items come in chronological order). */
    const rowItems: { id: string; col: number; span: number; c0: number; c1: number }[][] = [];
    for (const m of byLane.get(name) ?? []) {
      const c0 = clamp(month(sortKey(m) ?? '', false));
      const c1 = Math.max(c0, clamp(month(m.end ?? m.date ?? m.start ?? '', true)));
      const col = Math.min(c0, columns - min);
      const span = Math.max(min, c1 - col + 1);
      let r = rowEnds.findIndex((e) => e < col);
      if (r < 0) {
        r = rowEnds.push(0) - 1;
        rowItems.push([]);
      }
      rowEnds[r] = col + span - 1;
      rowItems[r].push({ id: m.id, col, span, c0, c1 });
    }
    rowItems.forEach((items, r) => {
      items.forEach((p, i) => {
        // The text runs on over the free columns up to the next item in the row (at most half the range).
        const free = (items.at(i + 1)?.col ?? columns) - p.col;
        const span = Math.max(p.span, Math.min(free, wide));
        places.set(p.id, {
          row: row + r,
          col: p.col,
          span,
          barStart: (p.c0 - p.col) / span,
          barSize: (p.c1 - p.c0 + 1) / span,
        });
      });
    });
    lanes.push({ name, row, rows: rowEnds.length });
    row += rowEnds.length;
  }
  return { from, months, unit, columns, lanes, places, rows: row - 1 };
}

/** Column of a date in a layout (0-based), or `undefined` outside the range. */
export function columnOf(l: Pick<Layout, 'from' | 'months' | 'unit'>, date: string): number | undefined {
  const c = month(date, false) - l.from;
  return c >= 0 && c < l.months ? Math.floor(c / l.unit) : undefined;
}
