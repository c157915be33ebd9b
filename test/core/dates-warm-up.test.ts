// The kit's dates in Swedish and English need no Intl object (month names are its own strings, whole
// numbers its own digits; the Swedish clock reads Temporal, Chromium 144 and later): a page's first
// Intl object loads ICU's data, tens of ms on the test machine. In Arabic the digits are Intl's, so
// the warm-up soon after the kit loads (the first task after the next frame: not while its module is
// evaluated, not before that frame, and not later in the task of an element's first render, where a
// key press would wait) makes what they need. (Its own file: dates.ts must be imported here first,
// after the constructors are watched.)
import { expect } from '@open-wc/testing';
import { setLang } from '../support/helpers.js';

describe('date warm-up', () => {
  after(() => setLang('sv'));

  it('makes no Intl object for Swedish dates; in Arabic it makes the digits’ formatter, in the task after the frame', async () => {
    const made: string[] = [];
    const real = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };
    for (const kind of ['DateTimeFormat', 'NumberFormat'] as const)
      (Intl as Record<string, unknown>)[kind] = new Proxy(real[kind], {
        construct(target, args: [string?, Intl.DateTimeFormatOptions?]) {
          made.push(`${kind} ${args[0]}`);
          return Reflect.construct(target, args) as object;
        },
      });
    try {
      const dates = await import('../../src/core/dates.js');
      expect(made, 'made while the module is evaluated').to.deep.equal([]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect('Temporal' in globalThis, 'the test browser has Temporal').to.equal(true);
      expect(made, 'made for a Swedish page, after the frame too').to.deep.equal([]);
      // What an element's first render asks for: the Swedish date and clock, dates in words.
      expect(dates.stockholmDate(new Date('2026-12-03T12:00:00Z'))).to.equal('2026-12-03');
      expect(dates.formatDate('2026-11')).to.equal('november 2026');
      expect(dates.formatDate('2026-11-01')).to.equal('1 november 2026');
      expect(made, 'made for Swedish dates').to.deep.equal([]);
      await setLang('ar');
      dates.prepareDates();
      expect(made, 'made for an Arabic page').to.deep.equal(['NumberFormat ar']);
      const expected = new real.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });
      expect(dates.formatDate('2026-11-01')).to.equal(expected.format(new Date('2026-11-01T12:00:00Z')));
      expect(made, 'nothing made again').to.deep.equal(['NumberFormat ar']);
    } finally {
      Object.assign(Intl, real);
    }
  });
});
