/**
 * The contacts document of `<trygg-support-card>` (fixed public format, docs/data-formats.md), with the
 * trygg-kit extensions documented in src/components/support-card/README.md.
 *
 * `hours` follows schema.org OpeningHoursSpecification: `"24/7"` is always open; `closes` earlier
 * than `opens` runs past midnight; no `hours` makes no claim, and neither do public holidays
 * without a `PublicHolidays` entry. `specialOpeningHoursSpecification` (schema.org's name, same
 * entries) overrides them on its dates. A bad entry is cut down to its days and dates (the
 * component passes them as atomic items), so the card makes no claim on them rather than "closed".
 *
 * The schemas are made on first use ({@link contactsSchemas}), not at import; the exported
 * `…Schema` constants are `v.lazy()` views of them (see src/core/schema.ts).
 */
import * as v from 'valibot';
import { telUrl } from '../../core/phone.js';
import { once, sharedSchemas } from '../../core/schema.js';

export const schemaTitle = 'trygg-kit contacts';
export const schemaDescription =
  'Local support contacts for <trygg-support-card>: who they are for, how to reach them and when they answer.';

/** Who a contact is for (the `audience` attribute filters on these). */
export const AUDIENCES = ['victim', 'relative', 'child', 'perpetrator', 'lgbtqi', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Weekdays, `PublicHolidays` (Lag 1989:253) and `HolidayEves` (midsommar-, jul- and nyårsafton). */
export const DAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'PublicHolidays',
  'HolidayEves',
] as const;
export type Day = (typeof DAYS)[number];

/** How publishers write a day: `Monday`, schema.org's URL (https or http) or GoodRelations' URL. */
export const DAY_PREFIXES = [
  '',
  'https://schema.org/',
  'http://schema.org/',
  'http://purl.org/goodrelations/v1#',
  'https://purl.org/goodrelations/v1#',
] as const;

/**
 * schema.org Time (ISO 8601 `hh:mm[:ss[.s]]`, an optional `Z` or `±hh:mm` offset); `24:00` (with
 * zero seconds) is the end of the day.
 */
export const TIME_PATTERN =
  /^(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|24:00(?::00(?:\.0+)?)?)(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** The most contacts one document may list; the loader reads only the first ones (a notice says so). */
export const MAX_CONTACTS = 200;

/** The most opening-hours entries one contact may have (a year of dated exceptions fits). */
export const MAX_HOURS_ENTRIES = 500;

/** What a bad entry is cut down to (so no claim is made on its days). */
export const HOURS_KEEP = ['dayOfWeek', 'validFrom', 'validThrough'] as const;

/**
 * The validator's `atomic` option for contacts: a bad opening-hours entry is cut down to its days
 * and dates ("not known" there, reported with its path), or, when even they are bad, the contact's
 * list goes (no claim at all) — never half a timetable that says "closed" on the wrong days.
 */
export const HOURS_ATOMIC = [
  { items: 'hours', keep: HOURS_KEEP },
  { items: 'specialOpeningHoursSpecification', keep: HOURS_KEEP },
] as const;

/** The contacts format's schemas, made the first time a document is checked. */
export const contactsSchemas = /* @__PURE__ */ once(() => {
  const { dateOrDateTime, id, linkSchema, localizedText, partialDate } = sharedSchemas();

  const day = v.picklist(
    DAY_PREFIXES.flatMap((prefix) => DAYS.map((d) => `${prefix}${d}`)),
    'a day such as "Monday", "https://schema.org/Monday" or "PublicHolidays"'
  );

  const time = v.pipe(
    v.string(),
    v.regex(TIME_PATTERN, 'a time as HH:MM or HH:MM:SS, optionally with an offset such as +01:00 or Z')
  );

  /** One schema.org OpeningHoursSpecification. */
  const hoursSpec = v.pipe(
    v.object({
      dayOfWeek: v.optional(
        v.union([day, v.array(day)], 'a day or a list of days such as ["Monday", "PublicHolidays"]')
      ),
      opens: v.optional(time),
      closes: v.optional(time),
      validFrom: v.optional(dateOrDateTime),
      validThrough: v.optional(dateOrDateTime),
    }),
    v.check(
      (s) => s.dayOfWeek !== undefined || s.validFrom !== undefined,
      'needs dayOfWeek, or validFrom (and validThrough) for dates'
    ),
    v.check(
      (s) => (s.opens === undefined) === (s.closes === undefined),
      'opens and closes go together (leave both out when the hours are not known)'
    )
  );

  /** Dated exceptions (schema.org `specialOpeningHoursSpecification`): they override `hours` on their dates. */
  const specialHours = v.pipe(
    v.array(hoursSpec),
    v.maxLength(MAX_HOURS_ENTRIES, `at most ${MAX_HOURS_ENTRIES} special opening-hours entries per contact`)
  );

  const hours = v.union(
    [
      v.literal('24/7'),
      v.pipe(
        v.array(hoursSpec),
        v.maxLength(MAX_HOURS_ENTRIES, `at most ${MAX_HOURS_ENTRIES} opening-hours entries per contact`)
      ),
    ],
    'opening hours: "24/7" or a list of OpeningHoursSpecification'
  );

  const phone = v.pipe(
    v.string(),
    v.check((n) => telUrl(n) !== undefined, 'a phone number (digits, spaces, dashes, an optional leading +)')
  );
  const label = v.optional(localizedText);

  const channel = v.variant(
    'type',
    [
      v.object({ type: v.picklist(['phone', 'sms']), value: phone, label }),
      v.object({ type: v.picklist(['chat', 'web']), value: linkSchema, label }),
      v.object({
        type: v.literal('email'),
        value: v.pipe(v.string(), v.regex(/^[^\s@<>?&:/]+@[^\s@<>?&:/]+\.[a-z]{2,}$/i, 'an e-mail address')),
        label,
      }),
    ],
    'a channel of type phone, sms, chat, web or email'
  );

  const source = v.object({
    url: linkSchema,
    checked: v.optional(partialDate),
    title: v.optional(localizedText),
  });

  const contact = v.object({
    id,
    name: localizedText,
    description: v.optional(localizedText),
    audience: v.optional(v.array(v.picklist(AUDIENCES, `one of ${AUDIENCES.join(', ')}`))),
    professionalOnly: v.optional(v.boolean()),
    channels: v.pipe(v.array(channel), v.minLength(1, 'at least one channel')),
    hours: v.optional(hours),
    specialOpeningHoursSpecification: v.optional(specialHours),
    languages: v.optional(
      v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "ar"')))
    ),
    interpreter: v.optional(v.boolean()),
    free: v.optional(v.boolean()),
    anonymous: v.optional(v.boolean()),
    notOnPhoneBill: v.optional(v.boolean()),
    note: v.optional(localizedText),
    source: v.optional(source),
    sources: v.optional(v.array(source)),
  });

  const document = v.object({
    contacts: v.pipe(v.array(contact), v.maxLength(MAX_CONTACTS, `at most ${MAX_CONTACTS} contacts`)),
  });

  return { hoursSpec, specialHours, hours, channel, source, contact, document };
});

/** One schema.org OpeningHoursSpecification. */
export const hoursSpecSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().hoursSpec);
/** Dated exceptions (schema.org `specialOpeningHoursSpecification`): they override `hours` on their dates. */
export const specialHoursSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().specialHours);
/** `"24/7"` or a list of OpeningHoursSpecification. */
export const hoursSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().hours);
export const channelSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().channel);
export const sourceSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().source);
export const contactSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().contact);
/** The contacts document (the format of `data`, inline JSON and `src`). */
export const documentSchema = /* @__PURE__ */ v.lazy(() => contactsSchemas().document);

export type ContactsDocument = v.InferOutput<typeof documentSchema>;
export type Contact = v.InferOutput<typeof contactSchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type ChannelType = Channel['type'];
export type HoursSpec = v.InferOutput<typeof hoursSpecSchema>;
export type Hours = v.InferOutput<typeof hoursSchema>;
export type Source = v.InferOutput<typeof sourceSchema>;
