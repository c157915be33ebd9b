/**
 * The data formats' schemas are made on first use (issue 12: nothing at import that can wait). The
 * exported schemas are v.lazy() views of what each format's factory makes: they must validate,
 * repair and report exactly as the schema they show, and the JSON Schema comes from that schema.
 */
import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { once, sharedSchemas, unwrapLazy } from '../../src/core/schema.js';
import { validate } from '../../src/core/validate.js';
import { contactsSchemas, documentSchema as contactsSchema } from '../../src/components/support-card/schema.js';
import { documentSchema as trainingSchema, trainingSchemas } from '../../src/components/training-badge/schema.js';
import { documentSchema as planSchema, planSchemas } from '../../src/components/plan-timeline/schema.js';

describe('schemas made on first use', () => {
  it('once() makes its value on the first call only, and keeps it', () => {
    let made = 0;
    const get = once(() => ({ n: ++made }));
    expect(made).to.equal(0);
    const first = get();
    expect(get()).to.equal(first);
    expect(made).to.equal(1);
  });

  it('a view repairs and reports a bad contacts document exactly as the schema it shows', () => {
    const doc = {
      contacts: [
        { id: 'a', name: 'Jouren', channels: [{ type: 'phone', value: 'not a number' }] },
        {
          id: 'b',
          name: { sv: 'Mottagningen' },
          channels: [
            { type: 'web', value: 'javascript:alert(1)' },
            { type: 'phone', value: '08-123 45 67' },
          ],
          hours: [{ dayOfWeek: 'Monday', opens: '25:00', closes: '17:00' }],
        },
      ],
    };
    const viaView = validate(contactsSchema, doc, undefined, ['hours']);
    const direct = validate(contactsSchemas().document, doc, undefined, ['hours']);
    expect(viaView).to.deep.equal(direct);
    expect(viaView.problems.join('\n')).to.contain('contacts[0].channels[0].value');
    expect(viaView.problems.join('\n')).to.contain('contacts[1].channels[0].value');
  });

  it('the training and plan views accept and refuse what their schemas do', () => {
    const training = { units: [{ name: 'Skolan', completed: 3, total: 4 }] };
    expect(v.parse(trainingSchema, training)).to.deep.equal(v.parse(trainingSchemas().document, training));
    expect(v.safeParse(trainingSchema, { units: [{ name: 'Skolan', completed: 5, total: 4 }] }).success).to.equal(
      false
    );
    const plan = { measures: [{ id: 'm1', title: 'Utbildning', start: '2026-02' }] };
    expect(v.parse(planSchema, plan)).to.deep.equal(v.parse(planSchemas().document, plan));
    expect(
      v.safeParse(planSchema, { measures: [{ id: 'm1', title: 'Utbildning', start: '2026-13' }] }).success
    ).to.equal(false);
  });

  it('the JSON Schema is made from the schema a view shows (the view alone converts to a bare $ref)', () => {
    const json = toJsonSchema(unwrapLazy(contactsSchema), { errorMode: 'ignore' }) as {
      properties?: { contacts?: { maxItems?: number } };
    };
    expect(json.properties?.contacts?.maxItems).to.equal(200);
    expect(toJsonSchema(contactsSchema, { errorMode: 'ignore' })).to.have.property('$ref');
    expect(unwrapLazy(contactsSchemas().document)).to.equal(contactsSchemas().document);
  });
});

describe('calendar dates (src/core/schema.ts sharedSchemas)', () => {
  /** What the check did with a Date before it was arithmetic: a day the Gregorian calendar has. */
  const exists = (date: string): boolean => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
  };
  const two = (n: number) => String(n).padStart(2, '0');

  it('takes every day of the calendar and nothing else, as the Date-based check did', () => {
    const { isoDate, dateOrDateTime, partialDate } = sharedSchemas();
    // Leap years by each rule (divisible by 4, not by 100, but by 400), and years far apart.
    let checked = 0;
    for (const year of ['0000', '1900', '1999', '2000', '2023', '2024', '2026', '2100', '2400', '9999'])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${two(month)}-${two(day)}`;
          const expected = exists(date);
          expect(v.is(isoDate, date), date).to.equal(expected);
          expect(v.is(dateOrDateTime, `${date}T08:30:00+01:00`), `${date}T08:30`).to.equal(expected);
          expect(v.is(partialDate, date), date).to.equal(expected);
          checked++;
        }
    expect(checked).to.equal(10 * 14 * 33);
  });

  it('says why a date is wrong: the shape first, then a day that does not exist', () => {
    const { isoDate, dateOrDateTime } = sharedSchemas();
    const messages = (schema: v.GenericSchema, value: unknown) =>
      (v.safeParse(schema, value).issues ?? []).map((issue) => issue.message);
    expect(messages(isoDate, '2026-02-29')).to.deep.equal(['a date that exists in the calendar']);
    expect(messages(isoDate, '2024-02-29')).to.deep.equal([]);
    for (const bad of ['2026/02/01', '26-02-01', '2026-2-1', '2026-02-0x', '', '８０２６-02-01'])
      expect(messages(isoDate, bad)[0], bad).to.equal('a date as YYYY-MM-DD');
    expect(messages(dateOrDateTime, '2026-04-31T10:00')).to.deep.equal(['a date that exists in the calendar']);
  });
});
