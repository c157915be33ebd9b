/**
 * The plan document of `<trygg-plan-timeline>`: an action plan's measures (åtgärder), decisions and
 * milestones. The fields of the public format are fixed; the others (`body`, `paragraph`, `note`,
 * `example`, `links`, `source`, `sdgTargets`, `updated`, arrays for `level`/`prevention`) are
 * additive extensions documented in the component's README.
 */
import * as v from 'valibot';
import { once, sharedSchemas } from '../../core/schema.js';

export const schemaTitle = 'trygg-kit plan document';
export const schemaDescription =
  "A municipal action plan's measures (åtgärder), decisions and milestones for <trygg-plan-timeline>. " +
  'Dates are YYYY, YYYY-MM or YYYY-MM-DD; texts are a string or a map of language tag to string.';

export const STATUSES = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
export const KINDS = ['measure', 'decision', 'milestone'] as const;
export const LEVELS = ['individual', 'organisation', 'society'] as const;
export const PREVENTIONS = ['universal', 'selective', 'indicated'] as const;

/** The plan format's schemas, made the first time a document is checked (not at import). */
export const planSchemas = /* @__PURE__ */ once(() => {
  const { id, linkSchema, localizedText, partialDate } = sharedSchemas();

  const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
  const names = v.pipe(v.array(name), v.maxLength(50));
  /** One value or several (a measure can work on more than one level). */
  const oneOrMore = <T extends readonly [string, ...string[]]>(options: T) =>
    v.union([v.picklist(options), v.pipe(v.array(v.picklist(options)), v.maxLength(options.length))]);
  /** An Agenda 2030 target such as `5.2`, `16.1` or `16.a`. */
  const sdgTarget = v.pipe(v.string(), v.regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'an Agenda 2030 target such as "5.2"'));

  const planLink = v.object({
    title: localizedText,
    url: linkSchema,
  });

  const measure = v.object({
    id,
    kind: v.optional(v.picklist(KINDS)),
    title: localizedText,
    description: v.optional(localizedText),
    responsible: v.optional(names),
    partners: v.optional(names),
    /** Decisions: the deciding body (e.g. "Kommunstyrelsen") and the paragraph (`176` → "§ 176"). */
    body: v.optional(name),
    paragraph: v.optional(v.pipe(v.string(), v.regex(/^[\w .:/-]{1,20}$/, 'a short paragraph number such as "176"'))),
    start: v.optional(partialDate),
    end: v.optional(partialDate),
    date: v.optional(partialDate),
    status: v.optional(v.picklist(STATUSES)),
    level: v.optional(oneOrMore(LEVELS)),
    prevention: v.optional(oneOrMore(PREVENTIONS)),
    audience: v.optional(v.pipe(v.array(localizedText), v.maxLength(20))),
    sdg: v.optional(v.pipe(v.array(sdgTarget), v.maxLength(30))),
    links: v.optional(v.pipe(v.array(planLink), v.maxLength(20))),
    /** What the source does not say (no date, no status, an inferred year…), shown with the item. */
    note: v.optional(localizedText),
    /** An illustration that is not part of the real plan: shown with the label "Exempel". */
    example: v.optional(v.boolean()),
  });

  const document = v.object({
    title: v.optional(localizedText),
    description: v.optional(localizedText),
    period: v.optional(v.object({ start: v.optional(partialDate), end: v.optional(partialDate) })),
    /** When the document was last checked against its sources. */
    updated: v.optional(partialDate),
    source: v.optional(v.object({ title: localizedText, url: v.optional(linkSchema) })),
    note: v.optional(localizedText),
    /** Official wording of the Agenda 2030 targets used in `sdg`, e.g. `{ "16.1": { "sv": "…" } }`. */
    sdgTargets: v.optional(v.record(sdgTarget, localizedText)),
    measures: v.array(measure),
  });

  return { planLink, measure, document };
});

/** A link of a measure (a `v.lazy()` view, see src/core/schema.ts). */
export const planLinkSchema = /* @__PURE__ */ v.lazy(() => planSchemas().planLink);
/** One measure, decision or milestone (a `v.lazy()` view). */
export const measureSchema = /* @__PURE__ */ v.lazy(() => planSchemas().measure);
/** The plan document (a `v.lazy()` view). */
export const documentSchema = /* @__PURE__ */ v.lazy(() => planSchemas().document);

export type PlanDocument = v.InferOutput<typeof documentSchema>;
export type PlanMeasure = v.InferOutput<typeof measureSchema>;
export type PlanLink = v.InferOutput<typeof planLinkSchema>;
export type PlanStatus = (typeof STATUSES)[number];
export type PlanKind = (typeof KINDS)[number];
export type PlanLevel = (typeof LEVELS)[number];
export type PlanPrevention = (typeof PREVENTIONS)[number];
