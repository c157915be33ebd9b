/**
 * "Open now" for Swedish support lines: Europe/Stockholm wall-clock time (whatever the visitor's
 * time zone), the public holidays of Lag (1989:253) om allmänna helgdagar, and the three de facto
 * closed eves (midsommar-, jul- and nyårsafton) when the data names them (`HolidayEves`).
 *
 * Days are "day numbers": days since 1970-01-01 of a calendar date, with no time zone attached.
 */
import { stockholmClock } from '../../core/dates.js';
import type { Day, Hours, HoursSpec } from './schema.js';

const DAY_MS = 86_400_000;
const WEEK: readonly Day[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A calendar date, as days since 1970-01-01. */
export type DayNumber = number;
/** A wall-clock moment in Stockholm: a day and minutes since its midnight (1440 = the day's end). */
export interface Moment {
  day: DayNumber;
  minute: number;
}

export type OpenState =
  | { state: 'always' }
  /** `holiday`: today is a public holiday and the data gives no hours for it (no claim is made). */
  | { state: 'unknown'; holiday?: boolean }
  | { state: 'open'; until?: Moment }
  | { state: 'closed'; next?: Moment };

export const dayOf = (year: number, month: number, date: number): DayNumber => Date.UTC(year, month - 1, date) / DAY_MS;

/** `YYYY-MM-DD` of a day number. */
export const isoDay = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

/** Påskdagen: the Gregorian computus (Meeus/Jones/Butcher), as the Church of Sweden's calendar uses. */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayOf(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The Saturday within `from` … `from + 6` days. */
const saturdayFrom = (from: DayNumber): DayNumber => from + ((5 - weekdayOf(from) + 7) % 7);

/**
 * The public holidays of Lag (1989:253) §§ 1–2 in `year` (ordinary Sundays not listed), by name.
 * Nationaldagen from 2005; annandag pingst until 2004 (SFS 2004:1320).
 */
export function publicHolidays(year: number): Map<DayNumber, string> {
  const easter = easterSunday(year);
  const days: [string, DayNumber][] = [
    ['nyårsdagen', dayOf(year, 1, 1)],
    ['trettondedag jul', dayOf(year, 1, 6)],
    ['långfredagen', easter - 2],
    ['påskdagen', easter],
    ['annandag påsk', easter + 1],
    ['första maj', dayOf(year, 5, 1)],
    ['Kristi himmelsfärdsdag', easter + 39],
    ['pingstdagen', easter + 49],
    ['midsommardagen', saturdayFrom(dayOf(year, 6, 20))],
    ['alla helgons dag', saturdayFrom(dayOf(year, 10, 31))],
    ['juldagen', dayOf(year, 12, 25)],
    ['annandag jul', dayOf(year, 12, 26)],
  ];
  if (year >= 2005) days.push(['nationaldagen', dayOf(year, 6, 6)]);
  else days.push(['annandag pingst', easter + 50]);
  return new Map(days.map(([name, day]) => [day, name]));
}

/** Midsommarafton, julafton and nyårsafton: not public holidays by law, closed days in practice. */
export function holidayEves(year: number): Map<DayNumber, string> {
  return new Map([
    [saturdayFrom(dayOf(year, 6, 20)) - 1, 'midsommarafton'],
    [dayOf(year, 12, 24), 'julafton'],
    [dayOf(year, 12, 31), 'nyårsafton'],
  ]);
}

const yearCache = new Map<number, { holidays: Map<DayNumber, string>; eves: Map<DayNumber, string> }>();
function calendar(day: DayNumber) {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  let entry = yearCache.get(year);
  if (!entry) {
    entry = { holidays: publicHolidays(year), eves: holidayEves(year) };
    yearCache.set(year, entry);
  }
  return entry;
}

export const isPublicHoliday = (day: DayNumber): boolean => calendar(day).holidays.has(day);
export const isHolidayEve = (day: DayNumber): boolean => calendar(day).eves.has(day);

/** The Stockholm wall clock at `instant` (daylight saving time included), as a day and a minute. */
export function stockholmTime(instant: Date): Moment {
  const { year, month, day, hour, minute } = stockholmClock(instant);
  return { day: dayOf(year, month, day), minute: hour * 60 + minute };
}

/** The days of a spec, without a schema.org or GoodRelations URL prefix. */
export function daysOf(spec: HoursSpec): Day[] {
  const list = spec.dayOfWeek === undefined ? [] : Array.isArray(spec.dayOfWeek) ? spec.dayOfWeek : [spec.dayOfWeek];
  return list.map((d) => d.replace(/^.*[/#]/, '') as Day);
}

const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))?$/;

/**
 * Minutes since midnight of a schema.org Time on `day` in Swedish time. `"08:30"` → 510; seconds
 * are dropped; `"23:59"` and `"24:00"` as a closing time → 1440 (the end of the day). A time with
 * an offset (`"09:00:00+02:00"`, `"07:00Z"`) is converted to Swedish time on that day (summer time
 * included), so it may fall before 0 or after 1440.
 */
export function minutesOf(time: string, closing = false, day?: DayNumber): number {
  const m = TIME.exec(time) as (string | undefined)[] | null;
  if (!m) return Number.NaN;
  let minutes = Number(m[1]) * 60 + Number(m[2]);
  if (closing && minutes >= 1439) minutes = 1440;
  if (m[3] === undefined || day === undefined) return minutes;
  const offset = m[3] === 'Z' ? 0 : (m[4] === '-' ? -1 : 1) * (Number(m[5]) * 60 + Number(m[6]));
  const local = stockholmTime(new Date((day * 1440 + minutes - offset) * 60_000));
  return (local.day - day) * 1440 + local.minute;
}

const validDays = new Map<string, DayNumber>();
/** The Swedish calendar day of a `validFrom`/`validThrough` (a Date, or a DateTime: with an offset, its day in Sweden). */
export function validDay(value: string): DayNumber {
  let day = validDays.get(value);
  if (day === undefined) {
    const date = dayOf(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
    day = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? stockholmTime(new Date(value)).day : date;
    if (validDays.size > 10_000) validDays.clear();
    validDays.set(value, day);
  }
  return day;
}

const covers = (s: HoursSpec, day: DayNumber) =>
  (!s.validFrom || validDay(s.validFrom) <= day) && (!s.validThrough || validDay(s.validThrough) >= day);
const dated = (s: HoursSpec) => s.validFrom !== undefined || s.validThrough !== undefined;

/**
 * The entries that decide `day`, with schema.org's precedence:
 * 1. special days: `special` entries (`specialOpeningHoursSpecification`) whose dates cover the day
 *    and whose `dayOfWeek`, if any, names its weekday or its kind (`PublicHolidays`); and `hours`
 *    entries with dates and no `dayOfWeek`;
 * 2. on a public holiday, the `PublicHolidays` entries; **none: `undefined`, no claim that day**;
 * 3. on an eve, the `HolidayEves` entries when the data names that day at all;
 * 4. the weekday's entries.
 * Within 2–4, entries with dates that cover the day (seasonal hours) replace those without dates.
 */
export function specsFor(
  specs: readonly HoursSpec[],
  day: DayNumber,
  special: readonly HoursSpec[] = []
): HoursSpec[] | undefined {
  const weekday = WEEK[weekdayOf(day)];
  const holiday = isPublicHoliday(day);
  const kind: Day = holiday
    ? 'PublicHolidays'
    : isHolidayEve(day) && specs.some((s) => daysOf(s).includes('HolidayEves'))
      ? 'HolidayEves'
      : weekday;
  const exceptions = [
    ...special.filter(
      (s) => covers(s, day) && (s.dayOfWeek === undefined || daysOf(s).some((d) => d === weekday || d === kind))
    ),
    ...specs.filter((s) => s.dayOfWeek === undefined && covers(s, day)),
  ];
  if (exceptions.length) return exceptions;
  const use = specs.filter((s) => covers(s, day) && daysOf(s).includes(kind));
  if (holiday && !use.length) return undefined;
  return use.some(dated) ? use.filter(dated) : use;
}

/** Opening intervals of `day` in minutes from its midnight (past 1440 = after midnight), or `undefined` when unknown. */
function intervals(
  specs: readonly HoursSpec[],
  special: readonly HoursSpec[],
  day: DayNumber
): [number, number][] | undefined {
  const use = specsFor(specs, day, special);
  if (!use || use.some((s) => s.opens === undefined || s.closes === undefined)) return undefined;
  const result: [number, number][] = [];
  for (const s of use) {
    // "00:00"–"00:00" (as written): closed that day.
    if (minutesOf(s.opens ?? '') === minutesOf(s.closes ?? '', true)) continue;
    const opens = minutesOf(s.opens ?? '', false, day);
    let closes = minutesOf(s.closes ?? '', true, day);
    if (closes <= opens) closes += 1440; // runs past midnight
    result.push([opens, closes]);
  }
  return result;
}

const HORIZON = 8;

/** `"24/7"` as entries (only needed when special days override it). */
const ALWAYS: HoursSpec[] = [{ dayOfWeek: [...WEEK, 'PublicHolidays'], opens: '00:00', closes: '24:00' }];

/**
 * Whether `hours` (with the dated exceptions of `special`) make the contact open at `instant`, and
 * until when, or when it opens next. No `hours`: no claim, whatever `special` says.
 */
export function openState(hours: Hours | undefined, instant: Date, special: readonly HoursSpec[] = []): OpenState {
  if (hours === '24/7' && !special.length) return { state: 'always' };
  if (!hours?.length || Number.isNaN(instant.getTime())) return { state: 'unknown' };
  const regular = hours === '24/7' ? ALWAYS : hours;
  const { day, minute } = stockholmTime(instant);
  const spans: [number, number][] = [];
  // How far the latest past-midnight hours reach into the next day.
  // A loop, not Math.max(...list): a spread of 150 000 entries overflows the call stack.
  let spill = 0;
  for (const s of [...regular, ...special]) {
    if (s.opens && s.closes && minutesOf(s.closes, true) < minutesOf(s.opens))
      spill = Math.max(spill, minutesOf(s.closes));
  }
  // Knowledge ends here (minutes from today's midnight): an unknown day makes no claim.
  let known = (HORIZON + 1) * 1440;
  for (let k = -1; k <= HORIZON; k++) {
    const list = intervals(regular, special, day + k);
    if (list) {
      for (const [a, b] of list) spans.push([a + k * 1440, b + k * 1440]);
    } else if (k >= 0) {
      known = Math.min(known, k * 1440);
    } else if (minute < spill) {
      return { state: 'unknown' }; // yesterday is unknown and its hours may still run
    }
  }
  if (minute >= known)
    return known === 0 && isPublicHoliday(day) ? { state: 'unknown', holiday: true } : { state: 'unknown' };
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const at = (offset: number, end: boolean): Moment => {
    const days = Math.floor(offset / 1440);
    const rest = offset - days * 1440;
    return end && rest === 0 ? { day: day + days - 1, minute: 1440 } : { day: day + days, minute: rest };
  };
  const current = merged.find(([a, b]) => a <= minute && minute < b);
  if (current) {
    return current[1] >= Math.min(known, HORIZON * 1440)
      ? { state: 'open' }
      : { state: 'open', until: at(current[1], true) };
  }
  const next = merged.find(([a]) => a > minute);
  return next && next[0] < known ? { state: 'closed', next: at(next[0], false) } : { state: 'closed' };
}

/**
 * The instant at which Sweden's wall clock shows this date and time. A time that does not exist
 * (the hour skipped in spring) is read with the offset before the change; a time that happens twice
 * (autumn) is the first one.
 */
export function stockholmInstant(year: number, month: number, day: number, hour = 0, minute = 0, ms = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute) + ms;
  const offsetAt = (at: number) => {
    const c = stockholmClock(new Date(at));
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - Math.floor(at / 60_000) * 60_000;
  };
  // Sweden is UTC+1 or UTC+2: try the earlier (summer) offset first.
  for (const hours of [2, 1]) {
    const at = wall - hours * 3_600_000;
    if (offsetAt(at) === hours * 3_600_000) return new Date(at);
  }
  return new Date(wall - 3_600_000);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/;

/**
 * An ISO 8601 date or date-time as an instant. With an offset (`Z`, `+02:00`) it is that instant;
 * without one it is read as Swedish time (`2025-06-16T07:59` is 07:59 in Stockholm, whatever the
 * visitor's time zone), as every other date and time of the kit. Invalid: an Invalid Date.
 */
export function parseSwedishTime(value: string): Date {
  const m = LOCAL_DATE_TIME.exec(value.trim()) as (string | undefined)[] | null;
  if (!m) return new Date(value);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((n) => Number(n ?? 0));
  const fraction = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59) return new Date(Number.NaN);
  return stockholmInstant(year, month, day, hour, minute, second * 1000 + fraction);
}
