/**
 * Checks a data document the way the components will read it: which format it is (contacts,
 * training or plan), and every problem with its field path (`measures[3].status: …`), in Swedish.
 */
import * as v from 'valibot';
import { formatPath, parseJson } from '../core/validate.js';
import { documentSchema as contactsSchema } from '../components/support-card/schema.js';
import { documentSchema as trainingSchema } from '../components/training-badge/schema.js';
import { documentSchema as planSchema } from '../components/plan-timeline/schema.js';
import { earliest, latest } from '../components/plan-timeline/plan.js';
import { issueInSwedish } from './problems.js';

export type Format = 'contacts' | 'training' | 'plan';

export const FORMAT_NAMES: Record<Format, string> = {
  contacts: 'kontakter (trygg-support-card)',
  training: 'utbildning (trygg-training-badge)',
  plan: 'handlingsplan (trygg-plan-timeline)',
};

export interface DocumentCheck {
  /** `undefined` when the format cannot be told. */
  format: Format | undefined;
  /** One line per problem: `path: what is wrong`. Empty when valid. */
  problems: string[];
}

/** The format a document says it is: by its list (`contacts`, `measures`, `units`) or its `$schema`. */
export function detectFormat(doc: unknown): Format | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const record = doc as Record<string, unknown>;
  if ('contacts' in record) return 'contacts';
  if ('measures' in record) return 'plan';
  if ('units' in record || 'course' in record) return 'training';
  const schema = typeof record.$schema === 'string' ? record.$schema : '';
  return (['contacts', 'training', 'plan'] as const).find((f) => schema.includes(`${f}.schema.json`));
}

function duplicates(items: unknown, key: string, list: string): string[] {
  if (!Array.isArray(items)) return [];
  const seen = new Map<unknown, number>();
  const problems: string[] = [];
  items.forEach((item: unknown, i) => {
    const value = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    if (value === undefined) return;
    const first = seen.get(value);
    if (first !== undefined)
      problems.push(
        `${formatPath([list, i, key])}: ${JSON.stringify(value)} finns redan i ${list}[${first}]; bara den första visas`
      );
    else seen.set(value, i);
  });
  return problems;
}

/** Checks a parsed JSON document. */
export function checkDocument(doc: unknown, format = detectFormat(doc)): DocumentCheck {
  if (!format) {
    return {
      format,
      problems: [
        '(dokumentet): okänt format; ett dokument för trygg-kit är ett objekt med "contacts" (kontakter), "measures" (handlingsplan) eller "units" (utbildning)',
      ],
    };
  }
  const schema = format === 'contacts' ? contactsSchema : format === 'training' ? trainingSchema : planSchema;
  const result = v.safeParse(schema, doc);
  const problems = (result.issues ?? []).map(
    (issue) => `${formatPath((issue.path ?? []).map((p) => p.key as string | number))}: ${issueInSwedish(issue)}`
  );
  const record = doc as Record<string, unknown>;
  if (format === 'contacts') problems.push(...duplicates(record.contacts, 'id', 'contacts'));
  if (format === 'training') problems.push(...duplicates(record.units, 'name', 'units'));
  if (format === 'plan') {
    problems.push(...duplicates(record.measures, 'id', 'measures'));
    const plan = v.safeParse(planSchema, doc);
    if (plan.success) {
      plan.output.measures.forEach((m, i) => {
        if (m.start && m.end && latest(m.end) < earliest(m.start))
          problems.push(`${formatPath(['measures', i, 'end'])}: ${m.end} är före start ${m.start}; slutet visas inte`);
      });
    }
  }
  return { format, problems };
}

/** Checks JSON text (a file's content). */
export function checkJson(text: string): DocumentCheck {
  const parsed = parseJson(text);
  return parsed.ok
    ? checkDocument(parsed.value)
    : { format: undefined, problems: [`(dokumentet): inte giltig JSON (${parsed.error})`] };
}
