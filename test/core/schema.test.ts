/**
 * The data formats' schemas are made on first use (issue 12: nothing at import that can wait). The
 * exported schemas are v.lazy() views of what each format's factory makes: they must validate,
 * repair and report exactly as the schema they show, and the JSON Schema comes from that schema.
 */
import { expect } from '@open-wc/testing';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { once, unwrapLazy } from '../../src/core/schema.js';
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
