/**
 * Schema pieces shared by the data formats (contacts, training, plan). Each format is defined once
 * in its component folder (src/components/<name>/schema.ts) as a valibot schema; the TypeScript types and the published JSON
 * Schema (dist/schemas/<format>.schema.json) come from it.
 *
 * Nothing is built at import (issue 12: an element's module evaluates in a few ms): every schema
 * is made by a factory the first time a document is checked ({@link once}), and the exported
 * schemas are `v.lazy()` views of what the factory made. A view validates and infers types exactly
 * as the schema it shows; `toJsonSchema()` of a view gives a `$ref`, so the build converts the
 * schema itself ({@link unwrapLazy}).
 */
import * as v from 'valibot';
import { linkSchema } from './validate.js';

export { linkSchema };

/** `make()` on the first call, the same value after: schemas and tables built on first use. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The schema a `v.lazy()` view shows (made now if it was not yet), or `schema` itself. */
export function unwrapLazy(schema: v.GenericSchema): v.GenericSchema {
  return schema.type === 'lazy' ? (schema as v.LazySchema<v.GenericSchema>).getter(undefined) : schema;
}

/** The shared pieces, made on first use. Formats build theirs from these (no views nested). */
export const sharedSchemas = /* @__PURE__ */ once(() => {
  const text = v.pipe(v.string(), v.maxLength(5000));
  // Whether `value` starts with a `YYYY-MM-DD` that is a day of the Gregorian calendar. Arithmetic,
  // not a Date and two strings per value: a long list of opening hours checks two dates per entry
  // in every repair pass.
  const validDate = (value: string): boolean => {
    if (!/^\d{4}-\d\d-\d\d/.test(value)) return false;
    const year = +value.slice(0, 4);
    const month = +value.slice(5, 7);
    const day = +value.slice(8, 10);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    // 31 days in January, March, May, July, August, October and December; 30 in the others.
    const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) % 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= days;
  };
  return {
    linkSchema,

    /** A language tag → text map, or one string. See `resolveText()`. */
    localizedText: v.union([
      text,
      v.pipe(
        v.record(
          v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "sv" or "en"')),
          text
        ),
        v.check((map) => Object.keys(map).length > 0, 'at least one language')
      ),
    ]),

    /** `YYYY-MM-DD`, a real calendar date. */
    isoDate: v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
      v.check(validDate, 'a date that exists in the calendar')
    ),

    /**
     * A schema.org Date or DateTime: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss[.s]]` with an optional
     * `Z` or `±hh:mm` offset (without one it is Swedish time); the date must exist in the calendar.
     */
    dateOrDateTime: v.pipe(
      v.string(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/,
        'a date as YYYY-MM-DD, or a date and time such as 2026-12-24T00:00:00+01:00'
      ),
      v.check(validDate, 'a date that exists in the calendar')
    ),

    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial date, shown as partial). */
    partialDate: v.pipe(
      v.string(),
      v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
      v.check((value) => value.length < 10 || validDate(value), 'a date that exists in the calendar')
    ),

    /** A short identifier: letters, digits, `-`, `_`, `.`. */
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'an id of letters, digits, "-", "_" or "."')),
  };
});

/** A language tag → text map, or one string. See `resolveText()`. */
export const localizedTextSchema = /* @__PURE__ */ v.lazy(() => sharedSchemas().localizedText);
/** `YYYY-MM-DD`, a real calendar date. */
export const isoDateSchema = /* @__PURE__ */ v.lazy(() => sharedSchemas().isoDate);
/** A schema.org Date or DateTime (see {@link sharedSchemas}). */
export const dateOrDateTimeSchema = /* @__PURE__ */ v.lazy(() => sharedSchemas().dateOrDateTime);
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a partial date, shown as partial). */
export const partialDateSchema = /* @__PURE__ */ v.lazy(() => sharedSchemas().partialDate);
/** A short identifier: letters, digits, `-`, `_`, `.`. */
export const idSchema = /* @__PURE__ */ v.lazy(() => sharedSchemas().id);
