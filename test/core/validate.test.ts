import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { formatPath, validate } from '../../src/core/validate.js';
import { docSchema } from '../support/item-schemas.js';

describe('validate', () => {
  it('returns a valid document unchanged, with no problems', () => {
    const doc = {
      title: 'Plan',
      items: [{ id: 'a', name: { sv: 'Ett', en: 'One' }, url: 'https://a.se/', date: '2022-11' }],
    };
    const result = validate(docSchema, doc);
    expect(result.problems).to.deep.equal([]);
    expect(result.value).to.deep.equal(doc);
  });

  it('drops a bad optional field and keeps the item, naming the path', () => {
    const result = validate(docSchema, { items: [{ id: 'a', name: 'Ett', date: '2023-13' }] });
    expect(result.value).to.deep.equal({ items: [{ id: 'a', name: 'Ett' }] });
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.match(/^items\[0\]\.date: /);
  });

  it('drops the item when a required field is missing or wrong, and keeps the others', () => {
    const result = validate(docSchema, {
      items: [{ id: 'a', name: 'Ett' }, { id: 'b' }, { id: 3, name: 'Tre' }, { id: 'd', name: 'Fyra' }],
    });
    expect(result.value?.items.map((i) => i.id)).to.deep.equal(['a', 'd']);
    expect(result.problems.join('\n')).to.contain('items[1].name').and.to.contain('items[2].id');
  });

  it('drops only the bad element of a nested list', () => {
    const result = validate(docSchema, {
      items: [
        {
          id: 'a',
          name: 'Ett',
          tags: ['a', 'x', 'b'],
          parts: [
            { type: 'fax', value: '1' },
            { type: 'web', value: 'w' },
          ],
        },
      ],
    });
    expect(result.value?.items[0]?.tags).to.deep.equal(['a', 'b']);
    expect(result.value?.items[0]?.parts).to.deep.equal([{ type: 'web', value: 'w' }]);
    expect(result.problems.some((p) => p.startsWith('items[0].tags[1]'))).to.equal(true);
    expect(result.problems.some((p) => p.startsWith('items[0].parts[0].type'))).to.equal(true);
  });

  it('reports an unsafe link but keeps the value (rendered later as text)', () => {
    const result = validate(docSchema, { items: [{ id: 'a', name: 'Ett', url: 'javascript:alert(1)' }] });
    expect(result.value?.items[0]?.url).to.equal('javascript:alert(1)');
    expect(result.problems[0]).to.match(/^items\[0\]\.url: not an allowed link/);
  });

  it('gives no value when the document cannot be repaired', () => {
    for (const bad of [null, 42, 'text', [], { items: 'none' }, {}]) {
      const result = validate(docSchema, bad);
      expect(result.value, JSON.stringify(bad)).to.equal(undefined);
      expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('does not change the input and does not accept non-JSON values', () => {
    const input = { items: [{ id: 'a', name: 'Ett', date: 'nope' }] };
    validate(docSchema, input);
    expect(input.items[0]?.date).to.equal('nope');
    const cyclic: Record<string, unknown> = { items: [] };
    cyclic.self = cyclic;
    const result = validate(docSchema, cyclic);
    expect(result.value).to.equal(undefined);
    expect(result.problems[0]).to.contain('not plain JSON');
  });

  it('lists at most the limit and counts the rest', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({ id: `x${i}` }));
    const result = validate(docSchema, { items }, 50);
    expect(result.problems).to.have.length(51);
    expect(result.problems[50]).to.equal('… and 250 more problems');
    expect(result.value?.items).to.deep.equal([]);
  });

  it('formats paths', () => {
    expect(formatPath([])).to.equal('(document)');
    expect(formatPath(['contacts', 2, 'channels', 0, 'value'])).to.equal('contacts[2].channels[0].value');
  });

  it('never throws and always returns schema-valid output for random input (property)', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(
          fc.record(
            { id: fc.anything(), name: fc.anything(), date: fc.anything(), tags: fc.anything() },
            { requiredKeys: [] }
          )
        ),
        (junk, items) => {
          for (const input of [junk, { items }, { title: junk, items }]) {
            const result = validate(docSchema, input);
            if (result.value !== undefined) {
              const check = v.safeParse(docSchema, result.value);
              const blocking = (check.issues ?? []).filter((i) => !i.message.startsWith('not an allowed link'));
              if (blocking.length) return false;
            }
          }
          return true;
        }
      ),
      { numRuns: 1000 }
    );
  });
});
