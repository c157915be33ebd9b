// The core validator names fields by the index the editor wrote, even after it dropped earlier items.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { validate } from '../../src/core/validate.js';

const schema = v.object({
  items: v.array(
    v.pipe(
      v.object({ name: v.string(), n: v.number() }),
      v.check((item) => item.n >= 0, 'n is negative')
    )
  ),
});

describe('validate() paths', () => {
  it('names problems by the index the editor wrote, also after earlier items were dropped', () => {
    const { value, problems } = validate(schema, {
      items: [
        { name: 'a', n: 1 },
        { name: 'b', n: -1 },
        { name: 'c', n: 2 },
        { name: 'd', n: 'x' },
        { name: 'e', n: 4 },
        { n: 5 },
      ],
    });
    expect(value?.items.map((i) => i.name)).to.deep.equal(['a', 'c', 'e']);
    expect(problems[0]).to.equal('items[1]: n is negative');
    expect(
      problems.filter((p) => p.startsWith('items[3].n: ')),
      'one line for the field'
    ).to.have.length(1);
    expect(problems.some((p) => p.startsWith('items[5].name: '))).to.equal(true);
    for (const p of problems) expect(p, 'no shifted index').not.to.match(/^items\[[024]\]/);
  });
});
