/**
 * Dates, one way for every component: dates from data and attributes as people read them (in the
 * page's locale), `<time datetime>` for machines, and the calendar and clock of Sweden, whatever
 * the visitor's time zone ("today", "overdue", "open now" are Swedish facts).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { inBrowser } from './env.js';
import { formatNumber, getLocale, stringsGeneration } from './locale.js';
import { afterFrame } from './tasks.js';

/** The time zone of every "today" and "now" in the kit. */
export const TIME_ZONE = 'Europe/Stockholm';

const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
// Month and weekday names in the page's locale, the words `Intl.DateTimeFormat` writes (a test
// compares them): each list is one string of names separated by single spaces (docs/translations.md),
// 0.2 KB less in every page than a string per name. A page's first Intl object costs ICU its locale
// data (25-45 ms here): the first frames of the support card ("Stängt – öppnar måndag 08:00"), the
// training badge and the plan timeline need none for them.

/** A month's name, 1 = January: "december", as in "31 december 2026". */
function monthName(month: number): string {
  return msg('januari februari mars april maj juni juli augusti september oktober november december', {
    id: 'core.months',
  }).split(' ')[month - 1];
}

/** A weekday's name, 0 = Monday … 6 = Sunday: "måndag", as in "Stängt – öppnar måndag 08:00". */
export function weekdayName(weekday: number): string {
  return msg('måndag tisdag onsdag torsdag fredag lördag söndag', { id: 'core.weekdays' }).split(' ')[weekday];
}

/**
 * Dates already written, by locale, strings generation and value: a plan writes the same months
 * again and again (a start and an end for each of up to 1 000 measures, the year's ticks). Emptied
 * when it grows past {@link WRITTEN_MAX}.
 */
const written = new Map<string, string>();
const WRITTEN_MAX = 2000;

/**
 * A date in words in the page's locale: `2026` → "2026", `2026-11` → "november 2026",
 * `2026-11-01` → "1 november 2026", a date-time (`2026-10-14T23:30:00Z`) → its date in Sweden
 * ("15 oktober 2026"). A value that is no date is returned as written (never "Invalid Date").
 *
 * The month names are the kit's own strings, the order of day, month and year is CLDR's for each
 * locale and the numbers are {@link formatNumber}'s: the same as `Intl.DateTimeFormat` writes
 * (`dateStyle: 'long'`, `{ year, month: 'long' }`; a test compares every month in sv, en and ar).
 * A page's first Intl object costs ICU's data, tens of ms, and the first frames of the training
 * badge and the plan timeline show dates.
 */
export function formatDate(value: string): string {
  const key = `${getLocale()} ${stringsGeneration()} ${value}`;
  let text = written.get(key);
  if (text !== undefined) return text;
  const partial = PARTIAL.test(value);
  // A calendar date has no time zone: read at noon UTC, it is the same day everywhere.
  const at = new Date(partial ? `${`${value}-01-01`.slice(0, 10)}T12:00:00Z` : value);
  if (Number.isNaN(at.getTime())) return value;
  const shape = !partial || value.length === 10 ? 'ymd' : value.length === 7 ? 'ym' : 'y';
  const { year, month, day } = partial
    ? { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() }
    : stockholmClock(at);
  const y = formatNumber(year, { grouping: false });
  const m = monthName(month);
  const d = formatNumber(day, { grouping: false });
  // CLDR's order (a msg() pattern cannot carry it: lit-localize joins placeholders that only
  // spaces separate into one, which a translation cannot reorder).
  text = shape === 'y' ? y : shape === 'ym' ? `${m} ${y}` : getLocale() === 'en' ? `${m} ${d}, ${y}` : `${d} ${m} ${y}`;
  if (written.size >= WRITTEN_MAX) written.clear();
  written.set(key, text);
  return text;
}

/** {@link formatDate} in a `<time datetime>`. */
export function renderDate(value: string): TemplateResult {
  return html`<time datetime=${value}>${formatDate(value)}</time>`;
}

/** What the kit uses of `Temporal`: the wall clock in a time zone at an instant. */
interface TemporalClock {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(zone: string): { year: number; month: number; day: number; hour: number; minute: number };
    };
  };
}

// Made on first use, not at import: a page's first Intl object loads ICU's data (tens of ms here).
let clock: Intl.DateTimeFormat | undefined;

/**
 * The wall clock in Sweden at `instant` (summer time included), from the time zone database: with
 * `Temporal` where the browser has it (Chromium 144+, Firefox 139+), else a Swedish
 * `Intl.DateTimeFormat`. Both read the same rules; `Temporal` needs no locale data, so the clock
 * costs ~2 ms on a page that has made no Intl object yet instead of ~30 ms for ICU's data (this
 * machine; the support card's "Öppet nu" is in its first frame).
 */
export function stockholmClock(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const temporal = (globalThis as { Temporal?: TemporalClock }).Temporal;
  if (temporal && !Number.isNaN(instant.getTime())) {
    // Something else a page named `Temporal` (an old polyfill, a library's global) must not take the
    // open state away: the formatter below answers then.
    try {
      const at = temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(TIME_ZONE);
      const clockAt = { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute };
      if (Object.values(clockAt).every(Number.isInteger)) return clockAt;
    } catch {
      // the formatter below
    }
  }
  const part: Record<string, number> = {};
  // Swedish: the locale whose data the page's date formatters have loaded already (a locale's first
  // Intl object costs ICU its data); its parts are Latin digits, the hour 0-23 with h23.
  clock ??= new Intl.DateTimeFormat('sv', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  for (const { type, value } of clock.formatToParts(instant)) part[type] = Number(value);
  return { year: part.year, month: part.month, day: part.day, hour: part.hour % 24, minute: part.minute };
}

/** The calendar date (`YYYY-MM-DD`) in Sweden at `at`. */
export function stockholmDate(at: Date = new Date()): string {
  const { year, month, day } = stockholmClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}

/**
 * Makes now the Intl objects the page's dates need (each is made once): none in Swedish and
 * English where the browser has `Temporal`; the Swedish clock where it has not, the digits'
 * formatter in Arabic. A page's first Intl object loads ICU's data, tens of ms. After a long
 * document has been read in tasks, the loader does it in a task of its own, not in the task that
 * first renders the document. A small document is shown in the update that connects its element,
 * as it must be: an element that waited for a task here before its first render lost the box the
 * page reserves with `:not(:defined)` for a frame, and the page below it jumped twice (layout shift
 * 0.2-0.3 on the demo pages at 1 280 px, `bench/cls.mjs`).
 */
export function prepareDates(): void {
  stockholmClock(new Date());
  formatDate('2000-01-01');
}

// Soon after the kit loads, in the first task after the next frame: where a page's dates need an
// Intl object, the first one loads ICU's data (25-45 ms here), and an element made later (a route
// of an app, a scenario of the tasks bench) must not pay for it in the task of its first render,
// where a key press would wait for it. Not before that frame: an element upgraded in the task that
// loads its module renders first, and a timer queued at import ran before that frame and held it
// back by the whole load. The CDN loader also does this while an element's file downloads (see
// src/loader.ts for when).
if (inBrowser()) void afterFrame().then(prepareDates);
