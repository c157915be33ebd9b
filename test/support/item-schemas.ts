/**
 * The small document format the validator's tests use (test/core/validate.test.ts,
 * test/core/validate-tasks.test.ts): items with a localized name, a link, a partial date, a
 * picklist and a nested list, the shapes the kit's real formats are made of.
 */
import * as v from 'valibot';
import { localizedTextSchema, partialDateSchema } from '../../src/core/schema.js';
import { linkSchema } from '../../src/core/validate.js';

export const partSchema = v.object({ type: v.picklist(['phone', 'web']), value: v.string() });

export const itemEntries = {
  id: v.string(),
  name: localizedTextSchema,
  url: v.optional(linkSchema),
  date: v.optional(partialDateSchema),
  tags: v.optional(v.array(v.picklist(['a', 'b']))),
  parts: v.optional(v.array(partSchema)),
};

export const itemSchema = v.object(itemEntries);
export const docSchema = v.object({ title: v.optional(v.string()), items: v.array(itemSchema) });
