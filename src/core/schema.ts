/**
 * Schema pieces shared by the data formats (contacts, training, plan). Each format is defined once
 * in its component folder (src/components/<name>/schema.ts) as a valibot schema; the TypeScript types and the published JSON
 * Schema (dist/schemas/<format>.schema.json) come from it.
 */
import * as v from 'valibot';

export { linkSchema } from './validate.js';

/** A language tag → text map, or one string. See `resolveText()`. */
export const localizedTextSchema = v.union([
  v.pipe(v.string(), v.maxLength(5000)),
  v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "sv" or "en"')),
      v.pipe(v.string(), v.maxLength(5000))
    ),
    v.check((map) => Object.keys(map).length > 0, 'at least one language')
  ),
]);

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  v.check((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'a date that exists in the calendar')
);

/**
 * A schema.org Date or DateTime: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss[.s]]` with an optional
 * `Z` or `±hh:mm` offset (without one it is Swedish time); the date must exist in the calendar.
 */
export const dateOrDateTimeSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/,
    'a date as YYYY-MM-DD, or a date and time such as 2026-12-24T00:00:00+01:00'
  ),
  v.check((value) => {
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.slice(0, 10));
  }, 'a date that exists in the calendar')
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial date, shown as partial). */
export const partialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check((value) => {
    if (value.length < 10) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'a date that exists in the calendar')
);

/** A short identifier: letters, digits, `-`, `_`, `.`. */
export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'an id of letters, digits, "-", "_" or "."')
);
