// The date formatters of the page's language (the first Intl objects of a page load ICU's data: tens
// of ms on the test machine) are made soon after the kit loads, in the first task after the next
// frame: not while its module is evaluated, not before that frame (an element's first frame needs no
// Intl object where the browser has Temporal), and not later in the task of an element's first
// render, where a key press would wait. (Its own file: dates.ts must be imported here first, after
// the formatters are watched.)
import { expect } from '@open-wc/testing';

describe('date formatters', () => {
  it('are made in the task after the frame that follows the import, and used from then on', async () => {
    const made: string[] = [];
    const RealFormat = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(RealFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(args[1]?.timeZone ?? 'local');
        return Reflect.construct<ConstructorParameters<typeof Intl.DateTimeFormat>, Intl.DateTimeFormat>(target, args);
      },
    });
    try {
      const dates = await import('../../src/core/dates.js');
      expect(made, 'made while the module is evaluated').to.deep.equal([]);
      // In the frame's animation callbacks (after the one dates.ts asked for at import): not yet.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(made, 'made before the frame').to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The Swedish clock needs no Intl object: it is read with Temporal (Chromium 144 and later).
      expect('Temporal' in globalThis, 'the test browser has Temporal').to.equal(true);
      expect(made, 'made in the task after the frame').to.have.members(['UTC', 'UTC']);
      // What an element's first render asks for: the Swedish date and clock, dates in words.
      expect(dates.stockholmDate(new Date('2026-12-03T12:00:00Z'))).to.equal('2026-12-03');
      expect(dates.formatDate('2026-11')).to.equal('november 2026');
      expect(dates.formatDate('2026-11-01')).to.equal('1 november 2026');
      expect(made, 'nothing made again').to.have.length(2);
    } finally {
      Intl.DateTimeFormat = RealFormat;
    }
  });
});
