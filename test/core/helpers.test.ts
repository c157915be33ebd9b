/** The small core helpers every component reads attributes and dates with. */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { headingLevel, tokens, words } from '../../src/core/attributes.js';
import { formatDate, renderDate, stockholmClock, stockholmDate } from '../../src/core/dates.js';
import { formatNumber, LOCALES } from '../../src/core/locale.js';
import { setLang, watchIntl } from '../support/helpers.js';

describe('attributes', () => {
  it('reads space-separated values, also a removed attribute (null)', () => {
    expect(words('  victim   child ')).to.deep.equal(['victim', 'child']);
    expect(words(null)).to.deep.equal([]);
    expect(words(undefined)).to.deep.equal([]);
    expect(words(42)).to.deep.equal([]);
    expect([...tokens('victim victims child', ['victim', 'child'])]).to.deep.equal(['victim', 'child']);
    expect(tokens(null, ['victim']).size).to.equal(0);
  });

  it('keeps heading levels between 2 and 6, with a fallback for nothing or nonsense', () => {
    expect(headingLevel(3, 2)).to.equal(3);
    expect(headingLevel('4', 2)).to.equal(4);
    expect(headingLevel(1, 3), 'the page keeps its one h1').to.equal(2);
    expect(headingLevel(9, 3)).to.equal(6);
    expect(headingLevel(-1, 3)).to.equal(2);
    for (const nothing of [null, undefined, NaN, 0, 'x', ''])
      expect(headingLevel(nothing, 3), String(nothing)).to.equal(3);
  });
});

describe('dates', () => {
  afterEach(() => setLang('sv'));

  it('writes partial dates and date-times in the page locale, the date-time as its date in Sweden', async () => {
    expect(formatDate('2026')).to.equal('2026');
    expect(formatDate('2026-11')).to.equal('november 2026');
    expect(formatDate('2026-11-01')).to.equal('1 november 2026');
    expect(formatDate('2026-10-14T23:30:00Z'), 'already the 15th in Stockholm').to.equal('15 oktober 2026');
    expect(formatDate('inte ett datum'), 'never "Invalid Date"').to.equal('inte ett datum');
    await setLang('en');
    expect(formatDate('2026-11-01')).to.equal('November 1, 2026');
    expect(formatDate('2026-11')).to.equal('November 2026');
  });

  it('writes every month, partial dates and date-times as Intl.DateTimeFormat does, in every locale', async () => {
    const utc = (shape: Intl.DateTimeFormatOptions, locale: string, timeZone = 'UTC') =>
      new Intl.DateTimeFormat(locale, { ...shape, timeZone });
    for (const locale of LOCALES) {
      await setLang(locale);
      const long = utc({ dateStyle: 'long' }, locale);
      const monthYear = utc({ year: 'numeric', month: 'long' }, locale);
      const inSweden = utc({ dateStyle: 'long' }, locale, 'Europe/Stockholm');
      for (const year of [1000, 1999, 2026, 2031, 9999])
        for (let month = 1; month <= 12; month++)
          for (const day of [1, 9, 10, 28]) {
            const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const at = new Date(`${value}T12:00:00Z`);
            expect(formatDate(value), `${locale} ${value}`).to.equal(long.format(at));
            expect(formatDate(value.slice(0, 7)), `${locale} ${value.slice(0, 7)}`).to.equal(monthYear.format(at));
            // Late in the evening UTC: already the next day in Sweden, and sometimes the next month or year.
            const evening = `${value}T23:30:00Z`;
            expect(formatDate(evening), `${locale} ${evening}`).to.equal(inSweden.format(new Date(evening)));
          }
      expect(formatDate('2026'), locale).to.equal(utc({ year: 'numeric' }, locale).format(new Date('2026-06-01')));
      expect(formatDate('0999-05-31'), `${locale}: a year before 1000`).to.equal(
        long.format(new Date('0999-05-31T12:00:00Z'))
      );
    }
  });

  it('writes numbers as Intl.NumberFormat does in every locale: whole, percent, without grouping', async () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 12345, 99999, 100000, 123456, 1e6, 1234567];
    const other = [0.5, 12.25, 33.333, -5, -12345, 1e21, Number.MAX_SAFE_INTEGER + 2, NaN];
    for (const locale of LOCALES) {
      await setLang(locale);
      const plain = new Intl.NumberFormat(locale);
      const ungrouped = new Intl.NumberFormat(locale, { useGrouping: false });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
      for (let n = 0; n < 60; n++)
        expect(formatNumber(n, { grouping: false, minimumDigits: 2 }), `${locale} ${n} as two digits`).to.equal(
          twoDigits.format(n)
        );
      for (const n of [...values, Number.MAX_SAFE_INTEGER, ...other]) {
        expect(formatNumber(n), `${locale} ${n}`).to.equal(plain.format(n));
        expect(formatNumber(n, { grouping: false }), `${locale} ${n} ungrouped`).to.equal(ungrouped.format(n));
      }
      for (let n = 0; n <= 100; n++)
        expect(formatNumber(n, { percent: true }), `${locale} ${n} %`).to.equal(percent.format(n / 100));
      for (const n of [0.5, 12.5, 33.33, 99.95, 150, 12345])
        expect(formatNumber(n, { percent: true }), `${locale} ${n} %`).to.equal(percent.format(n / 100));
    }
  });

  it("writes dates and whole numbers in Swedish and English without any Intl object (a page's first costs ICU its data)", async () => {
    for (const locale of ['sv', 'en']) {
      await setLang(locale);
      const { calls, stop } = watchIntl();
      try {
        // Values no earlier test wrote: written anew, not taken from the memo.
        const written = [
          formatDate('2041-03-07'),
          formatDate('2042-04'),
          formatDate('2043-05-09T21:59:00Z'),
          formatNumber(4321),
          formatNumber(88, { percent: true }),
        ];
        expect(written.every((text) => text.length > 0)).to.equal(true);
        expect(calls, locale).to.deep.equal([]);
        // The counting works: what is left to Intl is seen.
        formatNumber(0.5);
        expect(calls, `${locale}: a fraction is Intl's`).to.deep.equal(['format']);
      } finally {
        stop();
      }
    }
  });

  it('renders <time datetime> with the text', async () => {
    const el = await fixture(html`<p>${renderDate('2026-12-31')}</p>`);
    const time = el.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-12-31');
    expect(time.textContent).to.equal('31 december 2026');
  });

  it('reads the Swedish wall clock and date, summer time included', () => {
    expect(stockholmClock(new Date('2026-07-01T22:30:00Z'))).to.deep.equal({
      year: 2026,
      month: 7,
      day: 2,
      hour: 0,
      minute: 30,
    });
    expect(stockholmClock(new Date('2026-01-01T22:30:00Z'))).to.include({ day: 1, hour: 23 });
    expect(stockholmDate(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
  });

  it('reads the same Swedish wall clock with Temporal as with Intl (a browser without Temporal), across every summer-time change from 1980 to 2040', () => {
    // Where the Swedish clock changed: the last Sundays of March and October (since 1996; September until
    // 1995), at 01:00 UTC. Instants around each, and every 5 h 7 min in between.
    const instants: number[] = [];
    for (let year = 1980; year <= 2040; year++)
      for (const month of [2, 8, 9]) {
        const lastSunday = new Date(Date.UTC(year, month + 1, 0));
        lastSunday.setUTCDate(lastSunday.getUTCDate() - lastSunday.getUTCDay());
        const change = lastSunday.getTime() + 3_600_000;
        for (const minutes of [-61, -60, -59, -1, 0, 1, 59, 60, 61, 119, 120, 121])
          instants.push(change + minutes * 60_000);
      }
    for (let at = Date.UTC(1980, 0, 1); at < Date.UTC(2041, 0, 1); at += 18_420_000) instants.push(at);
    const temporal = Object.getOwnPropertyDescriptor(globalThis, 'Temporal');
    expect(temporal !== undefined, 'the test browser has Temporal').to.equal(true);
    const withTemporal = instants.map((at) => stockholmClock(new Date(at)));
    Reflect.deleteProperty(globalThis, 'Temporal');
    let withIntl: ReturnType<typeof stockholmClock>[];
    try {
      withIntl = instants.map((at) => stockholmClock(new Date(at)));
    } finally {
      Object.defineProperty(globalThis, 'Temporal', temporal!);
    }
    const differ = instants.filter((_, i) => JSON.stringify(withTemporal[i]) !== JSON.stringify(withIntl[i]));
    expect(differ.map((at) => new Date(at).toISOString())).to.deep.equal([]);
    // Both see the changes: 00:59 and 03:00 a minute apart in spring, 02:59 twice in autumn.
    const spring = Date.UTC(2026, 2, 29, 1);
    expect(stockholmClock(new Date(spring - 60_000))).to.include({ hour: 1, minute: 59 });
    expect(stockholmClock(new Date(spring))).to.include({ hour: 3, minute: 0 });
    const autumn = Date.UTC(2026, 9, 25, 1);
    expect(stockholmClock(new Date(autumn - 60_000))).to.include({ hour: 2, minute: 59 });
    expect(stockholmClock(new Date(autumn + 59 * 60_000))).to.include({ hour: 2, minute: 59 });
  });

  it('reads the Swedish clock from Intl when what the page calls Temporal fails or answers nonsense', () => {
    const temporal = Object.getOwnPropertyDescriptor(globalThis, 'Temporal');
    const at = new Date('2026-07-01T22:30:00Z');
    const expected = { year: 2026, month: 7, day: 2, hour: 0, minute: 30 };
    try {
      for (const impostor of [
        {},
        { Instant: { fromEpochMilliseconds: () => ({ toZonedDateTimeISO: () => ({ year: '2026' }) }) } },
        {
          Instant: {
            fromEpochMilliseconds: () => {
              throw new Error('not this Temporal');
            },
          },
        },
      ]) {
        Object.defineProperty(globalThis, 'Temporal', { value: impostor, configurable: true, writable: true });
        expect(stockholmClock(at), JSON.stringify(impostor)).to.deep.equal(expected);
      }
    } finally {
      if (temporal) Object.defineProperty(globalThis, 'Temporal', temporal);
    }
  });
});
