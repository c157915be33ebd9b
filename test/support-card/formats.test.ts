/**
 * Opening hours as real publishers write them: schema.org's own examples (copied in
 * test/support-card/fixtures/, sources in its README) and the forms schema.org's
 * OpeningHoursSpecification allows (seconds, `24:00:00`, day URLs, offsets, DateTimes,
 * specialOpeningHoursSpecification), read as schema.org says, in Swedish time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { toJsonSchema } from '@valibot/to-json-schema';
import '../../src/components/support-card/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import {
  isoDay,
  openState,
  parseSwedishTime,
  type OpenState,
} from '../../src/components/support-card/opening-hours.js';
import {
  documentSchema,
  HOURS_ATOMIC,
  type ContactsDocument,
  type Hours,
  type HoursSpec,
} from '../../src/components/support-card/schema.js';
import { unwrapLazy } from '../../src/core/schema.js';
import { validate } from '../../src/core/validate.js';
import { accessibleInEveryLanguage, setLang } from '../support/helpers.js';

type Json = Record<string, unknown>;
const load = async (name: string): Promise<Json> =>
  (await (await fetch(`/test/support-card/fixtures/${name}`)).json()) as Json;

const phone = { type: 'phone', value: '010-123 45 67' };
const doc = (hours: unknown, special?: unknown): unknown => ({
  contacts: [
    {
      id: 'x',
      name: 'X',
      channels: [phone],
      hours,
      ...(special === undefined ? {} : { specialOpeningHoursSpecification: special }),
    },
  ],
});
/** Validates as the card does; returns the contact's hours, special hours and the problems. */
function read(hours: unknown, special?: unknown) {
  const result = validate(documentSchema, doc(hours, special), undefined, HOURS_ATOMIC);
  const contact = result.value?.contacts[0];
  return {
    hours: contact?.hours,
    special: contact?.specialOpeningHoursSpecification ?? [],
    problems: result.problems,
  };
}
function describeState(state: OpenState): string {
  const at = (m: { day: number; minute: number }) =>
    `${isoDay(m.day)} ${String(Math.floor(m.minute / 60)).padStart(2, '0')}:${String(m.minute % 60).padStart(2, '0')}`;
  if (state.state === 'open') return state.until ? `open until ${at(state.until)}` : 'open';
  if (state.state === 'closed') return state.next ? `closed, opens ${at(state.next)}` : 'closed';
  if (state.state === 'unknown' && state.holiday) return 'unknown (public holiday)';
  return state.state;
}
const at = (hours: Hours | undefined, special: readonly HoursSpec[], instant: string) =>
  describeState(openState(hours, new Date(instant), special));
/** Reads `hours` (and `special`) as the card does, requires that nothing was dropped, and gives the state at `instant`. */
function stateOf(hours: unknown, instant: string, special?: unknown): string {
  const r = read(hours, special);
  expect(r.problems, 'read without a problem').to.deep.equal([]);
  return at(r.hours, r.special, instant);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CLOSED_ON_HOLIDAYS = { dayOfWeek: 'PublicHolidays', opens: '00:00', closes: '00:00' };

describe('schema.org examples (test/support-card/fixtures)', () => {
  it('eg-0378 (Library): https://schema.org/ day URLs and HH:MM:SS times, one entry per day', async () => {
    const library = await load('schemaorg-eg-0378-library.json');
    const hours = library.openingHoursSpecification;
    // Monday 30 November 2026, 10:00 CET.
    expect(stateOf(hours, '2026-11-30T10:00:00+01:00')).to.equal('open until 2026-11-30 17:00');
    expect(stateOf(hours, '2026-11-29T08:00:00+01:00'), 'Sunday').to.equal('closed, opens 2026-11-29 09:00');
    // Kristi himmelsfärdsdag: no PublicHolidays entry, no claim.
    expect(stateOf(hours, '2026-05-14T10:00:00+02:00')).to.equal('unknown (public holiday)');
  });

  it('eg-0367 (Hotel): a GoodRelations day URL (http://purl.org/goodrelations/v1#Thursday)', async () => {
    const hotel = await load('schemaorg-eg-0367-hotel.json');
    const sauna = (hotel.amenityFeature as Json[])[0].hoursAvailable;
    // Thursday 3 December 2026.
    expect(stateOf([sauna], '2026-12-03T17:00:00+01:00')).to.equal('open until 2026-12-03 21:00');
    expect(stateOf([sauna], '2026-12-03T15:00:00+01:00')).to.equal('closed, opens 2026-12-03 16:00');
    expect(stateOf([sauna], '2026-12-04T15:00:00+01:00'), 'Friday').to.equal('closed, opens 2026-12-10 16:00');
  });

  it('eg-0193 (Store): dated entries without dayOfWeek; they win over a public holiday', async () => {
    const store = await load('schemaorg-eg-0193-store.json');
    const hours = store.openingHoursSpecification;
    expect(stateOf(hours, '2013-12-24T09:30:00+01:00')).to.equal('open until 2013-12-24 11:00');
    expect(stateOf(hours, '2013-12-25T10:00:00+01:00'), 'juldagen, a dated entry').to.equal(
      'open until 2013-12-25 11:00'
    );
    expect(stateOf(hours, '2014-01-01T11:00:00+01:00'), 'nyårsdagen').to.equal('closed, opens 2014-01-01 12:00');
    expect(stateOf(hours, '2013-12-26T10:00:00+01:00'), 'annandag jul: no entry').to.equal('unknown (public holiday)');
  });
});

describe('OpeningHoursSpecification values schema.org allows', () => {
  it('reads closes "24:00:00" (and "24:00", "23:59:59") as the end of the day', () => {
    for (const closes of ['24:00:00', '24:00', '23:59:59', '24:00:00.000']) {
      const hours = [{ dayOfWeek: ['Monday'], opens: '18:00:00', closes }, CLOSED_ON_HOLIDAYS];
      expect(stateOf(hours, '2026-11-30T23:00:00+01:00'), closes).to.equal('open until 2026-11-30 24:00');
    }
    expect(read([{ dayOfWeek: 'Monday', opens: '08:00', closes: '24:00:01' }]).problems).to.have.length(1);
  });

  it('reads seconds, and day URLs with https, http and GoodRelations prefixes, PublicHolidays too', () => {
    const hours = [
      { dayOfWeek: 'http://schema.org/Monday', opens: '08:00:30', closes: '12:00:00' },
      {
        dayOfWeek: ['https://schema.org/Tuesday', 'http://purl.org/goodrelations/v1#Wednesday'],
        opens: '09:00:00',
        closes: '10:00:00',
      },
      { dayOfWeek: 'http://purl.org/goodrelations/v1#PublicHolidays', opens: '00:00:00', closes: '00:00:00' },
      { dayOfWeek: 'https://schema.org/PublicHolidays', opens: '00:00', closes: '00:00' },
    ];
    expect(stateOf(hours, '2026-11-30T08:00:00+01:00')).to.equal('open until 2026-11-30 12:00');
    expect(stateOf(hours, '2026-12-02T09:30:00+01:00')).to.equal('open until 2026-12-02 10:00');
    expect(stateOf(hours, '2026-05-14T09:30:00+02:00'), 'a holiday, closed as the data says').to.equal(
      'closed, opens 2026-05-18 08:00'
    );
  });

  it('converts times with an offset to Swedish time on each day (summer time included)', () => {
    const hours = [{ dayOfWeek: WEEKDAYS, opens: '09:00:00+02:00', closes: '17:00:00+02:00' }, CLOSED_ON_HOLIDAYS];
    // Summer (CEST = +02:00): 09:00–17:00 in Sweden. Winter (CET): 08:00–16:00.
    expect(stateOf(hours, '2026-06-15T08:30:00+02:00')).to.equal('closed, opens 2026-06-15 09:00');
    expect(stateOf(hours, '2026-11-30T08:30:00+01:00')).to.equal('open until 2026-11-30 16:00');
    const utc = [{ dayOfWeek: WEEKDAYS, opens: '07:00Z', closes: '15:00:00Z' }, CLOSED_ON_HOLIDAYS];
    expect(stateOf(utc, '2026-11-30T07:30:00+01:00')).to.equal('closed, opens 2026-11-30 08:00');
    expect(stateOf(utc, '2026-06-15T16:30:00+02:00')).to.equal('open until 2026-06-15 17:00');
  });

  it('reads validFrom/validThrough as a Date or a DateTime, and rejects dates that do not exist', () => {
    const regular = { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' };
    const summer = {
      dayOfWeek: WEEKDAYS,
      opens: '10:00',
      closes: '14:00',
      validFrom: '2026-06-15T00:00:00+02:00',
      validThrough: '2026-08-14T23:59:59',
    };
    const hours = [regular, summer, CLOSED_ON_HOLIDAYS];
    expect(stateOf(hours, '2026-06-12T09:00:00+02:00'), 'before').to.equal('open until 2026-06-12 16:30');
    expect(stateOf(hours, '2026-06-15T09:00:00+02:00'), 'seasonal hours replace the regular ones').to.equal(
      'closed, opens 2026-06-15 10:00'
    );
    expect(stateOf(hours, '2026-08-14T13:00:00+02:00')).to.equal('open until 2026-08-14 14:00');
    expect(stateOf(hours, '2026-08-17T15:00:00+02:00'), 'after').to.equal('open until 2026-08-17 16:30');
    for (const bad of ['2026-02-30', '2026-06-15T25:00', '2026-13-01T00:00:00Z', '15/06/2026', '2026-06-15T10:00+2']) {
      const r = read([regular, { ...summer, validFrom: bad }]);
      expect(r.problems.join(), bad).to.match(/^contacts\[0\]\.hours\[1\]\.validFrom: /);
    }
  });
});

describe('one bad entry drops that entry, not the list', () => {
  it('cuts a bad entry down to its days: no claim on them, the other days still known; the path is reported', () => {
    const r = read([
      { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' },
      { dayOfWeek: 'Saturday', opens: '10', closes: '14:00' },
      CLOSED_ON_HOLIDAYS,
    ]);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.match(/^contacts\[0\]\.hours\[1\]\.opens: /);
    expect(r.hours).to.deep.equal([
      { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' },
      { dayOfWeek: 'Saturday' },
      CLOSED_ON_HOLIDAYS,
    ]);
    expect(at(r.hours, [], '2026-11-30T10:00:00+01:00')).to.equal('open until 2026-11-30 16:30');
    expect(at(r.hours, [], '2026-12-05T11:00:00+01:00'), 'Saturday').to.equal('unknown');
    expect(at(r.hours, [], '2026-12-04T17:00:00+01:00'), 'Friday evening: no "opens" across Saturday').to.equal(
      'closed'
    );
  });

  it('drops the whole list when even the days of an entry are bad (no claim rather than "closed")', () => {
    const r = read([
      { dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' },
      { dayOfWeek: ['Saturday', 'Funday'], opens: '10:00', closes: '14:00' },
    ]);
    expect(r.problems[0]).to.match(/^contacts\[0\]\.hours\[1\]\.dayOfWeek/);
    expect(r.hours).to.equal(undefined);
    expect(at(r.hours, [], '2026-12-05T11:00:00+01:00')).to.equal('unknown');
  });
});

describe('specialOpeningHoursSpecification', () => {
  const office = [{ dayOfWeek: WEEKDAYS, opens: '08:00', closes: '16:30' }, CLOSED_ON_HOLIDAYS];

  it('takes precedence: special days, then PublicHolidays, then weekdays', () => {
    const hours = [
      { dayOfWeek: [...WEEKDAYS, 'Saturday', 'Sunday'], opens: '07:00', closes: '21:00' },
      { dayOfWeek: 'PublicHolidays', opens: '10:00', closes: '14:00' },
    ];
    const special = [{ validFrom: '2026-05-14', validThrough: '2026-05-14', opens: '12:00', closes: '13:00' }];
    expect(stateOf(hours, '2026-05-14T11:00:00+02:00', special), 'special day').to.equal(
      'closed, opens 2026-05-14 12:00'
    );
    expect(stateOf(hours, '2026-05-14T12:30:00+02:00', special)).to.equal('open until 2026-05-14 13:00');
    expect(stateOf(hours, '2026-05-24T11:00:00+02:00', special), 'pingstdagen').to.equal('open until 2026-05-24 14:00');
    expect(stateOf(hours, '2026-05-13T08:00:00+02:00', special), 'a weekday').to.equal('open until 2026-05-13 21:00');
  });

  it('closes the date of a closed special day given with dayOfWeek', () => {
    const special = [
      {
        dayOfWeek: 'https://schema.org/Thursday',
        validFrom: '2026-12-03',
        validThrough: '2026-12-03',
        opens: '00:00',
        closes: '00:00',
      },
    ];
    expect(stateOf(office, '2026-12-03T10:00:00+01:00', special)).to.equal('closed, opens 2026-12-04 08:00');
    expect(stateOf(office, '2026-12-10T10:00:00+01:00', special), 'the next Thursday').to.equal(
      'open until 2026-12-10 16:30'
    );
    expect(stateOf(office, '2026-12-02T10:00:00+01:00', special), 'the day before').to.equal(
      'open until 2026-12-02 16:30'
    );
  });

  it('reads an OpenActive-style closed period (opens = closes = "00:00" with validFrom/validThrough, "@type" keys)', () => {
    const hours = [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Saturday', 'https://schema.org/Sunday'],
        opens: '08:30:00',
        closes: '18:00:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: WEEKDAYS.map((d) => `https://schema.org/${d}`),
        opens: '06:30:00',
        closes: '22:00:00',
      },
      CLOSED_ON_HOLIDAYS,
    ];
    const special = [
      {
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: '2027-01-04',
        validThrough: '2027-01-10',
      },
    ];
    expect(stateOf(hours, '2027-01-05T10:00:00+01:00', special)).to.equal('closed, opens 2027-01-11 06:30');
    expect(stateOf(hours, '2027-01-10T20:00:00+01:00', special)).to.equal('closed, opens 2027-01-11 06:30');
    expect(stateOf(hours, '2027-01-11T10:00:00+01:00', special)).to.equal('open until 2027-01-11 22:00');
  });

  it('overrides "24/7" on its dates; no hours at all still make no claim', () => {
    const special = [{ validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '00:00', closes: '12:00' }];
    expect(stateOf('24/7', '2026-12-24T10:00:00+01:00', special)).to.equal('open until 2026-12-24 12:00');
    expect(stateOf('24/7', '2026-12-24T13:00:00+01:00', special)).to.equal('closed, opens 2026-12-25 00:00');
    expect(stateOf('24/7', '2026-12-23T13:00:00+01:00')).to.equal('always');
    expect(stateOf(undefined, '2026-12-24T10:00:00+01:00', special)).to.equal('unknown');
  });

  it('is in the published JSON Schema with the same entries as hours', () => {
    // documentSchema is a v.lazy() view (made on first use): convert the schema it shows, as the build does.
    const json = toJsonSchema(unwrapLazy(documentSchema), { errorMode: 'ignore' }) as {
      properties: { contacts: { items: { properties: Record<string, { anyOf?: unknown[]; items?: unknown }> } } };
    };
    const props = json.properties.contacts.items.properties;
    expect(props.specialOpeningHoursSpecification.items).to.deep.equal(
      (props.hours.anyOf?.[1] as { items: unknown }).items
    );
  });
});

describe('<trygg-support-card> on public holidays and with `now` in Swedish time', () => {
  const ASCENSION_12 = '2026-05-14T12:00:00+02:00';
  const contacts = (hours: Hours, special?: HoursSpec[]): ContactsDocument => ({
    contacts: [
      {
        id: 'local',
        name: 'Kvinnofridsmottagningen',
        channels: [{ type: 'phone', value: '031-390 06 42' }],
        hours,
        ...(special ? { specialOpeningHoursSpecification: special } : {}),
      },
    ],
  });
  const office: Hours = [{ dayOfWeek: WEEKDAYS as HoursSpec['dayOfWeek'], opens: '08:00', closes: '16:30' }];
  const li = (el: TryggSupportCard) => el.shadowRoot!.querySelector<HTMLElement>('[data-contact-id="local"]')!;
  const status = (el: TryggSupportCard) =>
    (li(el).querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('makes no open/closed claim on a public holiday without a PublicHolidays entry, in every language', async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card hide-national now=${ASCENSION_12} .data=${contacts(office)}></trygg-support-card>`
    );
    expect(li(el).dataset.open).to.equal('unknown');
    expect(status(el)).to.equal('Öppettider på helgdagar saknas');
    await setLang('en', el);
    expect(status(el)).to.equal('No opening hours given for public holidays');
    await setLang('ar', el);
    expect(status(el)).to.equal('لا تتوفر مواعيد العمل في أيام العطل الرسمية');
    await accessibleInEveryLanguage(el);
    const details = li(el).querySelector('details')!;
    details.open = true;
    const rows = [...details.querySelectorAll('.hours div')].map((row) => row.textContent.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['måndag–fredag 08:00–16:30', 'helgdagar tider okända']);
  });

  it('says closed on a public holiday when the data says so (a PublicHolidays entry or a special day)', async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card
        hide-national
        now=${ASCENSION_12}
        .data=${contacts([...office, { dayOfWeek: 'PublicHolidays', opens: '00:00', closes: '00:00' }])}
      ></trygg-support-card>`
    );
    expect(li(el).dataset.open).to.equal('closed');
    expect(status(el)).to.equal('Stängt – öppnar fredag 08:00');
    el.data = contacts(office, [
      { validFrom: '2026-05-14', validThrough: '2026-05-14', opens: '10:00', closes: '13:00' },
    ]);
    await el.updateComplete;
    expect(li(el).dataset.open).to.equal('open');
    expect(status(el)).to.equal('Öppet nu – stänger 13:00');
    await expect(el).to.be.accessible();
  });

  it('shows offset times in Swedish time in the hours list', async () => {
    const hours = [
      { dayOfWeek: WEEKDAYS, opens: '09:00:00+02:00', closes: '17:00:00+02:00' },
      { dayOfWeek: 'PublicHolidays', opens: '00:00', closes: '00:00' },
    ] as Hours;
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card hide-national now="2026-11-30T10:00" .data=${contacts(hours)}></trygg-support-card>`
    );
    expect(status(el)).to.equal('Öppet nu – stänger 16:00');
    const details = li(el).querySelector('details')!;
    details.open = true;
    expect(details.querySelector('.hours div')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'måndag–fredag 08:00–16:00'
    );
  });

  it('reads `now` without an offset as Swedish time, whatever the visitor’s time zone', async () => {
    try {
      await executeServerCommand('trygg-timezone', { timezoneId: 'America/New_York' });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
      const el = await fixture<TryggSupportCard>(
        html`<trygg-support-card hide-national now="2025-06-16T07:59" .data=${contacts(office)}></trygg-support-card>`
      );
      expect(el.now?.toISOString()).to.equal('2025-06-16T05:59:00.000Z');
      expect(li(el).dataset.open).to.equal('closed');
      expect(status(el)).to.equal('Stängt – öppnar 08:00');
      el.setAttribute('now', '2025-06-16T08:00');
      await el.updateComplete;
      expect(status(el)).to.equal('Öppet nu – stänger 16:30');
    } finally {
      await executeServerCommand('trygg-timezone', { timezoneId: '' });
    }
  });

  it('parseSwedishTime: winter and summer, dates, the skipped and the repeated hour, offsets kept, bad values', () => {
    expect(parseSwedishTime('2026-01-15T12:00').toISOString()).to.equal('2026-01-15T11:00:00.000Z');
    expect(parseSwedishTime('2026-07-15T12:00:30.5').toISOString()).to.equal('2026-07-15T10:00:30.500Z');
    expect(parseSwedishTime('2026-06-01').toISOString()).to.equal('2026-05-31T22:00:00.000Z');
    expect(parseSwedishTime('2026-03-29T02:30').toISOString(), 'skipped hour').to.equal('2026-03-29T01:30:00.000Z');
    expect(parseSwedishTime('2026-10-25T02:30').toISOString(), 'repeated hour: the first').to.equal(
      '2026-10-25T00:30:00.000Z'
    );
    expect(parseSwedishTime('2026-06-01T12:00:00Z').toISOString()).to.equal('2026-06-01T12:00:00.000Z');
    expect(parseSwedishTime('2026-06-01T12:00-04:00').toISOString()).to.equal('2026-06-01T16:00:00.000Z');
    for (const bad of ['2026-02-30T10:00', '2026-06-01T24:30', 'igår'])
      expect(parseSwedishTime(bad).getTime(), bad).to.be.NaN;
  });
});
