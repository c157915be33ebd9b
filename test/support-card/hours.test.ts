import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  dayOf,
  easterSunday,
  holidayEves,
  isoDay,
  openState,
  publicHolidays,
  stockholmTime,
  type OpenState,
} from '../../src/components/support-card/opening-hours.js';
import { toNextMinute } from '../../src/components/support-card/support-card.js';
import type { Hours } from '../../src/components/support-card/schema.js';

const iso = (days: Iterable<number>) => [...days].map(isoDay).sort();

/** A readable form of a state: "open until 2026-11-30 21:00", "closed, opens …", "always", "unknown". */
function describeState(state: OpenState): string {
  const at = (m: { day: number; minute: number }) =>
    `${isoDay(m.day)} ${String(Math.floor(m.minute / 60)).padStart(2, '0')}:${String(m.minute % 60).padStart(2, '0')}`;
  if (state.state === 'open') return state.until ? `open until ${at(state.until)}` : 'open';
  if (state.state === 'closed') return state.next ? `closed, opens ${at(state.next)}` : 'closed';
  return state.state;
}
const stateAt = (hours: Hours | undefined, instant: string) => describeState(openState(hours, new Date(instant)));

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const EVERY_DAY = [...WEEKDAYS, 'Saturday', 'Sunday'];
const officeHours: Hours = [{ dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' }];
const CLOSED_ON_HOLIDAYS = { dayOfWeek: ['PublicHolidays'], opens: '00:00', closes: '00:00' };
/** Office hours, closed on public holidays (the data says so). */
const officeClosedOnHolidays: Hours = [...officeHours, CLOSED_ON_HOLIDAYS];

/**
 * Published dates (Swedish almanacs; the movable days also match the research's check against
 * tidochdatum.se for 2025, 2026, 2027 and 2030): långfredagen, påskdagen, annandag påsk,
 * Kristi himmelsfärdsdag, pingstdagen, midsommardagen, alla helgons dag; and midsommarafton.
 */
const PUBLISHED: Record<number, { movable: string[]; midsommarafton: string }> = {
  2024: { movable: ['03-29', '03-31', '04-01', '05-09', '05-19', '06-22', '11-02'], midsommarafton: '06-21' },
  2025: { movable: ['04-18', '04-20', '04-21', '05-29', '06-08', '06-21', '11-01'], midsommarafton: '06-20' },
  2026: { movable: ['04-03', '04-05', '04-06', '05-14', '05-24', '06-20', '10-31'], midsommarafton: '06-19' },
  2027: { movable: ['03-26', '03-28', '03-29', '05-06', '05-16', '06-26', '11-06'], midsommarafton: '06-25' },
  2028: { movable: ['04-14', '04-16', '04-17', '05-25', '06-04', '06-24', '11-04'], midsommarafton: '06-23' },
  2029: { movable: ['03-30', '04-01', '04-02', '05-10', '05-20', '06-23', '11-03'], midsommarafton: '06-22' },
  2030: { movable: ['04-19', '04-21', '04-22', '05-30', '06-09', '06-22', '11-02'], midsommarafton: '06-21' },
};
const FIXED = ['01-01', '01-06', '05-01', '06-06', '12-25', '12-26'];

describe('Swedish public holidays (Lag 1989:253)', () => {
  it('computes påskdagen for 2024–2030 and the earliest and latest possible dates', () => {
    const expected: Record<number, string> = {
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(expected))
      expect(isoDay(easterSunday(Number(year))), year).to.equal(date);
  });

  for (const [year, { movable, midsommarafton }] of Object.entries(PUBLISHED)) {
    it(`gives exactly the 13 published public holidays of ${year}, and its three eves`, () => {
      const expected = [...FIXED, ...movable].map((md) => `${year}-${md}`).sort();
      expect(iso(publicHolidays(Number(year)).keys())).to.deep.equal(expected);
      expect(iso(holidayEves(Number(year)).keys())).to.deep.equal([
        `${year}-${midsommarafton}`,
        `${year}-12-24`,
        `${year}-12-31`,
      ]);
    });
  }

  it('names the days, and puts midsommardagen and alla helgons dag on Saturdays', () => {
    const days = publicHolidays(2026);
    expect(days.get(dayOf(2026, 5, 14))).to.equal('Kristi himmelsfärdsdag');
    expect(days.get(dayOf(2026, 6, 20))).to.equal('midsommardagen');
    expect(days.get(dayOf(2026, 10, 31))).to.equal('alla helgons dag');
    for (let year = 2024; year <= 2030; year++) {
      for (const [day, name] of publicHolidays(year)) {
        if (name === 'midsommardagen' || name === 'alla helgons dag')
          expect(new Date(day * 86_400_000).getUTCDay(), `${name} ${year}`).to.equal(6);
      }
    }
  });

  it('follows the 2005 change: nationaldagen from 2005, annandag pingst until 2004', () => {
    expect([...publicHolidays(2004).values()])
      .to.include('annandag pingst')
      .and.not.include('nationaldagen');
    expect([...publicHolidays(2005).values()])
      .to.include('nationaldagen')
      .and.not.include('annandag pingst');
  });
});

describe('Stockholm wall-clock time', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(stockholmTime(new Date('2026-01-15T11:00:00Z'))).to.deep.equal({ day: dayOf(2026, 1, 15), minute: 12 * 60 });
    expect(stockholmTime(new Date('2026-07-15T11:00:00Z'))).to.deep.equal({ day: dayOf(2026, 7, 15), minute: 13 * 60 });
  });

  it('moves to the next date at Stockholm midnight, not UTC midnight', () => {
    expect(stockholmTime(new Date('2026-12-31T22:30:00Z'))).to.deep.equal({
      day: dayOf(2026, 12, 31),
      minute: 23 * 60 + 30,
    });
    expect(stockholmTime(new Date('2026-12-31T23:30:00Z'))).to.deep.equal({ day: dayOf(2027, 1, 1), minute: 30 });
  });

  it('skips 02:00–03:00 on the spring DST day and repeats it on the autumn one', () => {
    expect(stockholmTime(new Date('2025-03-30T00:59:00Z')).minute).to.equal(60 + 59);
    expect(stockholmTime(new Date('2025-03-30T01:00:00Z')).minute).to.equal(3 * 60);
    expect(stockholmTime(new Date('2025-10-26T00:30:00Z')).minute).to.equal(2 * 60 + 30);
    expect(stockholmTime(new Date('2025-10-26T01:30:00Z')).minute).to.equal(2 * 60 + 30);
  });

  it('gives the same answer whatever the visitor’s time zone is', async () => {
    const line: Hours = [{ dayOfWeek: EVERY_DAY, opens: '07:00', closes: '21:00' }];
    const instants = ['2026-03-29T05:30:00Z', '2026-10-25T19:30:00Z', '2026-12-31T23:30:00Z', '2026-06-19T21:00:00Z'];
    const inStockholm = instants.map((i) => [stateAt(line, i), JSON.stringify(stockholmTime(new Date(i)))]);
    try {
      for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC']) {
        await executeServerCommand('trygg-timezone', { timezoneId });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the emulation is on').to.equal(timezoneId);
        expect(
          instants.map((i) => [stateAt(line, i), JSON.stringify(stockholmTime(new Date(i)))]),
          timezoneId
        ).to.deep.equal(inStockholm);
      }
    } finally {
      await executeServerCommand('trygg-timezone', { timezoneId: '' });
    }
  });
});

describe('openState', () => {
  it('makes no claim without hours, and says "always" for "24/7"', () => {
    expect(stateAt(undefined, '2026-11-30T10:00:00Z')).to.equal('unknown');
    expect(stateAt([], '2026-11-30T10:00:00Z')).to.equal('unknown');
    expect(stateAt('24/7', '2026-12-24T02:00:00Z')).to.equal('always');
    expect(describeState(openState(officeHours, new Date('not a date')))).to.equal('unknown');
  });

  it('is open in office hours, with the closing time, and closed after them with the next opening', () => {
    // Monday 30 November 2026 (CET, +01:00).
    expect(stateAt(officeHours, '2026-11-30T07:00:00Z')).to.equal('open until 2026-11-30 16:30');
    expect(stateAt(officeHours, '2026-11-30T06:59:00Z')).to.equal('closed, opens 2026-11-30 08:00');
    expect(stateAt(officeHours, '2026-11-30T15:30:00Z')).to.equal('closed, opens 2026-12-01 08:00');
    // Saturday → Monday 08:00.
    expect(stateAt(officeHours, '2026-11-28T12:00:00Z')).to.equal('closed, opens 2026-11-30 08:00');
  });

  it('is closed on a public holiday when a PublicHolidays entry says so', () => {
    // Kristi himmelsfärdsdag, Thursday 14 May 2026 (CEST, +02:00).
    expect(stateAt(officeClosedOnHolidays, '2026-05-14T08:00:00Z')).to.equal('closed, opens 2026-05-15 08:00');
    // Långfredagen and annandag påsk 2026: closed from Thursday evening to Tuesday.
    expect(stateAt(officeClosedOnHolidays, '2026-04-02T15:00:00Z')).to.equal('closed, opens 2026-04-07 08:00');
    // Juldagen on a Friday (2026-12-25), nyårsdagen on a Friday (2027-01-01).
    expect(stateAt(officeClosedOnHolidays, '2026-12-25T10:00:00Z')).to.equal('closed, opens 2026-12-28 08:00');
    expect(stateAt(officeClosedOnHolidays, '2027-01-01T10:00:00Z')).to.equal('closed, opens 2027-01-04 08:00');
  });

  it('makes no claim on a public holiday when the hours have no PublicHolidays entry', () => {
    // Kristi himmelsfärdsdag 2026 falls on a Thursday, a working day of the data.
    expect(openState(officeHours, new Date('2026-05-14T08:00:00Z'))).to.deep.equal({ state: 'unknown', holiday: true });
    expect(openState(officeHours, new Date('2027-01-01T10:00:00Z'))).to.deep.equal({ state: 'unknown', holiday: true });
    // The evening before: closed now, but no "opens …" across a day with no data.
    expect(stateAt(officeHours, '2026-04-02T15:00:00Z')).to.equal('closed');
    expect(stateAt(officeHours, '2026-05-13T10:00:00Z')).to.equal('open until 2026-05-13 16:30');
    // An ordinary Sunday is not a public holiday: closed (no Sunday hours), with the next opening.
    expect(stateAt(officeHours, '2026-11-29T10:00:00Z')).to.equal('closed, opens 2026-11-30 08:00');
  });

  it('uses the PublicHolidays hours on public holidays (påskdagen and pingstdagen included)', () => {
    const hours: Hours = [
      { dayOfWeek: EVERY_DAY, opens: '07:00', closes: '21:00' },
      { dayOfWeek: ['PublicHolidays'], opens: '10:00', closes: '14:00' },
    ];
    expect(stateAt(hours, '2026-05-14T07:00:00Z')).to.equal('closed, opens 2026-05-14 10:00');
    expect(stateAt(hours, '2026-05-14T09:00:00Z')).to.equal('open until 2026-05-14 14:00');
    expect(stateAt(hours, '2026-04-05T13:00:00Z'), 'påskdagen').to.equal('closed, opens 2026-04-06 10:00');
    expect(stateAt(hours, '2026-05-24T09:00:00Z'), 'pingstdagen').to.equal('open until 2026-05-24 14:00');
  });

  it('treats the eves as ordinary days unless the data names HolidayEves', () => {
    // Julafton 2026 is a Thursday; midsommarafton 2026 is Friday 19 June.
    expect(stateAt(officeHours, '2026-12-24T10:00:00Z')).to.equal('open until 2026-12-24 16:30');
    const closedOnEves: Hours = [
      ...officeClosedOnHolidays,
      { dayOfWeek: ['HolidayEves'], opens: '00:00', closes: '00:00' },
    ];
    expect(stateAt(closedOnEves, '2026-12-24T10:00:00Z')).to.equal('closed, opens 2026-12-28 08:00');
    expect(stateAt(closedOnEves, '2026-06-19T08:00:00Z')).to.equal('closed, opens 2026-06-22 08:00');
    expect(stateAt(closedOnEves, '2026-12-31T10:00:00Z'), 'nyårsafton').to.equal('closed, opens 2027-01-04 08:00');
    const shortEves: Hours = [
      ...officeClosedOnHolidays,
      { dayOfWeek: ['HolidayEves'], opens: '08:00', closes: '12:00' },
    ];
    expect(stateAt(shortEves, '2026-12-24T11:30:00Z')).to.equal('closed, opens 2026-12-28 08:00');
    expect(stateAt(shortEves, '2026-12-24T08:00:00Z')).to.equal('open until 2026-12-24 12:00');
  });

  it('makes no claim on days whose hours are not known', () => {
    // A daily line whose holiday hours are not sourced (as the built-in NCK lines).
    const line: Hours = [
      { dayOfWeek: EVERY_DAY, opens: '07:00', closes: '21:00' },
      { dayOfWeek: ['PublicHolidays', 'HolidayEves'] },
    ];
    expect(stateAt(line, '2026-05-14T10:00:00Z'), 'on the holiday').to.equal('unknown');
    expect(stateAt(line, '2026-05-13T20:00:00Z'), 'the evening before: closed, no next opening').to.equal('closed');
    expect(stateAt(line, '2026-05-13T10:00:00Z')).to.equal('open until 2026-05-13 21:00');
    expect(stateAt(line, '2026-05-15T04:00:00Z'), 'the morning after').to.equal('closed, opens 2026-05-15 07:00');
  });

  it('runs past midnight when closes is earlier than opens', () => {
    const nights: Hours = [{ dayOfWeek: ['Friday', 'Saturday'], opens: '22:00', closes: '02:00' }];
    // Friday 27 November 2026, 23:00 → until Saturday 02:00; Saturday 01:00 still open.
    expect(stateAt(nights, '2026-11-27T22:00:00Z')).to.equal('open until 2026-11-28 02:00');
    expect(stateAt(nights, '2026-11-28T00:00:00Z')).to.equal('open until 2026-11-28 02:00');
    expect(stateAt(nights, '2026-11-28T01:30:00Z')).to.equal('closed, opens 2026-11-28 22:00');
    expect(stateAt(nights, '2026-11-29T00:30:00Z'), 'Sunday 01:30, from Saturday night').to.equal(
      'open until 2026-11-29 02:00'
    );
    expect(stateAt(nights, '2026-11-29T01:30:00Z')).to.equal('closed, opens 2026-12-04 22:00');
  });

  it('makes no claim in the early hours after a day whose past-midnight hours are unknown', () => {
    const nights: Hours = [
      { dayOfWeek: EVERY_DAY, opens: '20:00', closes: '03:00' },
      { dayOfWeek: ['PublicHolidays'] },
    ];
    // Kristi himmelsfärdsdag 2026-05-14 is unknown; 02:00 on the 15th may still be its night.
    expect(stateAt(nights, '2026-05-15T00:00:00Z')).to.equal('unknown');
    expect(stateAt(nights, '2026-05-15T02:00:00Z')).to.equal('closed, opens 2026-05-15 20:00');
  });

  it('reads "23:59" and "24:00" as the end of the day, and joins days that run into each other', () => {
    const allDay: Hours = [{ dayOfWeek: [...EVERY_DAY, 'PublicHolidays'], opens: '00:00', closes: '23:59' }];
    expect(stateAt(allDay, '2026-11-30T10:00:00Z'), 'no closing in sight').to.equal('open');
    const weekend: Hours = [{ dayOfWeek: ['Saturday', 'Sunday'], opens: '00:00', closes: '24:00' }];
    expect(stateAt(weekend, '2026-11-28T10:00:00Z')).to.equal('open until 2026-11-29 24:00');
    const split: Hours = [
      { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '12:00' },
      { dayOfWeek: WEEKDAYS, opens: '12:00', closes: '16:00' },
    ];
    expect(stateAt(split, '2026-11-30T08:00:00Z')).to.equal('open until 2026-11-30 16:00');
  });

  it('reads "00:00"–"00:00" as closed all day', () => {
    const hours: Hours = [
      { dayOfWeek: ['Monday'], opens: '00:00', closes: '00:00' },
      { dayOfWeek: ['Tuesday'], opens: '09:00', closes: '10:00' },
    ];
    expect(stateAt(hours, '2026-11-30T10:00:00Z')).to.equal('closed, opens 2026-12-01 09:00');
  });

  it('lets date-specific hours (validFrom/validThrough, no dayOfWeek) replace the weekday hours', () => {
    const hours: Hours = [
      ...officeClosedOnHolidays,
      { validFrom: '2026-12-23', validThrough: '2026-12-23', opens: '08:00', closes: '12:00' },
      { validFrom: '2026-12-28', validThrough: '2026-12-30', opens: '00:00', closes: '00:00' },
    ];
    expect(stateAt(hours, '2026-12-23T12:00:00Z')).to.equal('closed, opens 2026-12-24 08:00');
    // Juldagen, the weekend and the three closed dates; nyårsafton is an ordinary Thursday here.
    expect(stateAt(hours, '2026-12-24T16:00:00Z')).to.equal('closed, opens 2026-12-31 08:00');
  });

  it('applies seasonal hours only within their validity', () => {
    const hours: Hours = [
      { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30', validThrough: '2026-06-14' },
      { dayOfWeek: WEEKDAYS, opens: '09:00', closes: '15:00', validFrom: '2026-06-15', validThrough: '2026-08-14' },
    ];
    expect(stateAt(hours, '2026-06-12T06:30:00Z')).to.equal('open until 2026-06-12 16:30');
    expect(stateAt(hours, '2026-06-15T06:30:00Z')).to.equal('closed, opens 2026-06-15 09:00');
    expect(stateAt(hours, '2026-08-17T08:00:00Z'), 'after both: no hours known for the day').to.equal('closed');
  });

  it('is right on DST change days (daylight saving starts 29 March and ends 25 October 2026)', () => {
    const line: Hours = [{ dayOfWeek: EVERY_DAY, opens: '07:00', closes: '21:00' }];
    // Spring: 07:00 CEST is 05:00 UTC on the change day, 06:00 UTC the day before.
    expect(stateAt(line, '2026-03-28T05:30:00Z')).to.equal('closed, opens 2026-03-28 07:00');
    expect(stateAt(line, '2026-03-29T05:30:00Z')).to.equal('open until 2026-03-29 21:00');
    expect(stateAt(line, '2026-03-29T01:30:00Z'), '03:30 local, just after the jump').to.equal(
      'closed, opens 2026-03-29 07:00'
    );
    // Autumn: 21:00 CET is 20:00 UTC on the change day.
    expect(stateAt(line, '2026-10-25T19:30:00Z')).to.equal('open until 2026-10-25 21:00');
    expect(stateAt(line, '2026-10-25T20:30:00Z')).to.equal('closed, opens 2026-10-26 07:00');
    expect(stateAt(line, '2026-10-25T00:30:00Z'), '02:30 CEST').to.equal('closed, opens 2026-10-25 07:00');
    expect(stateAt(line, '2026-10-25T01:30:00Z'), '02:30 CET, the repeated hour').to.equal(
      'closed, opens 2026-10-25 07:00'
    );
    // A night line across the change: Saturday 22:00 – Sunday 04:00 local.
    const night: Hours = [{ dayOfWeek: ['Saturday'], opens: '22:00', closes: '04:00' }, CLOSED_ON_HOLIDAYS];
    expect(stateAt(night, '2026-03-29T01:30:00Z'), '03:30 CEST').to.equal('open until 2026-03-29 04:00');
    expect(stateAt(night, '2026-03-29T02:30:00Z'), '04:30 CEST').to.equal('closed, opens 2026-04-04 22:00');
    expect(stateAt(night, '2026-10-25T02:30:00Z'), '03:30 CET').to.equal('open until 2026-10-25 04:00');
  });

  it('looks a week ahead at most for the next opening', () => {
    const yearly: Hours = [{ validFrom: '2026-12-01', validThrough: '2026-12-01', opens: '10:00', closes: '11:00' }];
    expect(stateAt(yearly, '2026-11-20T10:00:00Z')).to.equal('closed');
    expect(stateAt(yearly, '2026-11-28T10:00:00Z')).to.equal('closed, opens 2026-12-01 10:00');
  });
});

describe('the minute tick', () => {
  it('waits until the start of the next minute', () => {
    expect(toNextMinute(Date.UTC(2026, 10, 30, 10, 0, 0, 0))).to.equal(60_000);
    expect(toNextMinute(Date.UTC(2026, 10, 30, 10, 0, 59, 500))).to.equal(500);
    expect(toNextMinute(Date.UTC(2026, 10, 30, 10, 0, 1, 0))).to.equal(59_000);
  });
});
