/**
 * The training document of `<trygg-training-badge>`: how many people (or modules) of each unit
 * have completed a course, against a target and a deadline.
 *
 * ```json
 * {
 *   "course": { "sv": "Grundutbildning om våld i nära relationer" },
 *   "target": 90,
 *   "deadline": "2026-12-31",
 *   "updated": "2026-11-01",
 *   "units": [ { "name": "Socialförvaltningen", "completed": 84, "total": 120 } ]
 * }
 * ```
 */
import * as v from 'valibot';
import { once, sharedSchemas } from '../../core/schema.js';

/** The most units one document may list; the loader reads only the first ones (a notice says so). */
export const MAX_UNITS = 5000;

export const schemaTitle = 'trygg-kit training document';
export const schemaDescription =
  'Progress of a training course per unit (for <trygg-training-badge>): completed out of total, a target in percent and a deadline.';

/** The training format's schemas, made the first time a document is checked (not at import). */
export const trainingSchemas = /* @__PURE__ */ once(() => {
  const { isoDate, localizedText } = sharedSchemas();

  const count = v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'not negative'), v.maxValue(10_000_000));

  /** One unit (a school, an administration, a team): `completed` out of `total`. */
  const unit = v.pipe(
    v.object({
      /** The unit's name as people know it ("Socialförvaltningen"). */
      name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a name'), v.maxLength(200)),
      /** People (or modules) that have completed the course. */
      completed: count,
      /** People (or modules) in all, at least 1. */
      total: v.pipe(count, v.minValue(1, 'at least 1')),
    }),
    v.check((unit) => unit.completed <= unit.total, 'completed is more than total')
  );

  const document = v.object({
    /** What is trained. The `label` attribute overrides it. */
    course: v.optional(localizedText),
    /** Goal in percent (0–100). */
    target: v.optional(v.pipe(v.number(), v.minValue(0, 'from 0 to 100'), v.maxValue(100, 'from 0 to 100'))),
    /** When the target should be met (`YYYY-MM-DD`). */
    deadline: v.optional(isoDate),
    /** When the figures were last counted (`YYYY-MM-DD`). */
    updated: v.optional(isoDate),
    /** The units; the badge shows their sum, or one of them (`unit` attribute). */
    units: v.pipe(v.array(unit), v.maxLength(MAX_UNITS)),
  });

  return { unit, document };
});

/** One unit: `completed` out of `total` (a `v.lazy()` view, see src/core/schema.ts). */
export const unitSchema = /* @__PURE__ */ v.lazy(() => trainingSchemas().unit);
/** The training document (a `v.lazy()` view, see src/core/schema.ts). */
export const documentSchema = /* @__PURE__ */ v.lazy(() => trainingSchemas().document);

export type TrainingDocument = v.InferOutput<typeof documentSchema>;
export type TrainingUnit = v.InferOutput<typeof unitSchema>;
