import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import readme from '../src/components/support-card/README.md?raw';
import example from '../demo/data/contacts.example.json';
import '../src/components/support-card/index.js';
import type { ContactsDocument, TryggSupportCard } from '../src/components/support-card/index.js';

interface Args {
  now: string;
  audience: string;
  layout: 'card' | 'compact';
  hideNational: boolean;
  headingLevel: number;
  data?: unknown;
  src?: string;
  width?: string;
}

// Fixed moments (Stockholm time), so that every story shows the same state on every day.
const MONDAY_10 = '2026-11-30T10:00:00+01:00';
const MONDAY_22 = '2026-11-30T22:00:00+01:00';
const ASCENSION_DAY = '2026-05-14T12:00:00+02:00';
const MIDSUMMER_EVE = '2026-06-19T11:00:00+02:00';

// "Loading" needs a src that never answers: only this URL hangs, every other request is untouched.
const HANGING = '/trygg-story-hanging-contacts.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  (input instanceof Request ? input.url : input instanceof URL ? input.href : input).endsWith(HANGING)
    ? new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
      })
    : realFetch(input, init);

const local = example as ContactsDocument;

const long: ContactsDocument = {
  contacts: [
    {
      id: 'lang',
      name: 'Stödmottagningen för våldsutsatta vuxna, barn och ungdomar samt deras närstående i Alingsås, Vårgårda och Herrljunga (exempel)',
      description:
        'En lång beskrivning, som den en redaktör kan skriva: vi ger samtal, skydd, rådgivning, hjälp att göra en polisanmälan, stöd under rättsprocessen, hjälp att hitta boende och kontakt med andra myndigheter. Du kan vara anonym. Tolk finns.',
      audience: ['victim', 'relative', 'child'],
      channels: [
        { type: 'phone', value: '031-390 06 49' },
        { type: 'phone', value: '+46 31 390 06 50', label: 'Ring från utlandet' },
        { type: 'sms', value: '070-174 06 36' },
        { type: 'chat', value: 'https://example.org/chatt-med-stodmottagningen-for-valdsutsatta' },
        {
          type: 'web',
          value: 'https://stodmottagningen-for-valdsutsatta-vuxna-barn-och-ungdomar.example.org/om-oss/kontakt',
        },
        { type: 'email', value: 'stodmottagningen.for.valdsutsatta@example.org' },
      ],
      hours: [
        { dayOfWeek: ['Monday', 'Tuesday', 'Thursday'], opens: '08:00', closes: '16:30' },
        { dayOfWeek: ['Wednesday'], opens: '08:00', closes: '19:00' },
        { dayOfWeek: ['Friday'], opens: '08:00', closes: '15:00' },
        { dayOfWeek: ['Friday', 'Saturday'], opens: '22:00', closes: '02:00' },
        { dayOfWeek: ['HolidayEves'], opens: '00:00', closes: '00:00' },
        { validFrom: '2026-12-28', validThrough: '2026-12-30', opens: '10:00', closes: '14:00' },
      ],
      languages: ['sv', 'en', 'ar', 'so', 'fa', 'ti', 'fi', 'smj', 'yi'],
      interpreter: true,
      free: true,
      anonymous: true,
      notOnPhoneBill: true,
      note: 'Om du inte kan prata fritt: skriv ett sms med ordet "ring" så ringer vi upp från ett dolt nummer.',
      source: {
        url: 'https://example.org/kontakt',
        checked: '2026-11-01',
        title: 'Kommunens sida om stödmottagningen',
      },
      sources: [{ url: 'https://example.org/beslut-2022', title: 'Socialnämndens beslut 2022 om öppettider' }],
    },
  ],
};

const bad = {
  contacts: [
    { id: 'trasig', name: 42, channels: [{ type: 'phone', value: '031-390 06 51' }] },
    {
      id: 'delvis',
      name: { sv: 'Delvis felaktig kontakt (exempel)' },
      channels: [
        { type: 'fax', value: '031-390 06 52' },
        { type: 'phone', value: '031-390 06 53' },
        { type: 'web', value: 'javascript:alert(1)' },
      ],
      hours: [{ dayOfWeek: ['Monday'], opens: '8.00', closes: '12:00' }],
      free: 'ja',
    },
  ],
};

/** A 320 px frame (a phone, or 200 % zoom) or a 20rem sidebar. */
const frame = (width: string | undefined, content: TemplateResult): TemplateResult =>
  width === 'narrow'
    ? html`<div style="max-inline-size: 320px">${content}</div>`
    : width === 'sidebar'
      ? html`<div style="max-inline-size: 20rem">${content}</div>`
      : content;

const meta: Meta<Args> = {
  title: 'Components/Support card',
  component: 'trygg-support-card',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: readme } } },
  args: { now: MONDAY_10, audience: '', layout: 'card', hideNational: false, headingLevel: 3 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'compact'] },
    audience: { control: 'text', description: 'victim relative child perpetrator lgbtqi professional' },
    now: { control: 'text', description: 'ISO 8601; empty = the real time, updated every minute' },
  },
  render: (args) =>
    frame(
      args.width,
      html`<trygg-support-card
      now=${args.now || nothing}
      audience=${args.audience || nothing}
      layout=${args.layout}
      heading-level=${args.headingLevel}
      ?hide-national=${args.hideNational}
      src=${args.src ?? nothing}
      .data=${args.data}
      .timeout=${args.src === HANGING ? 3_600_000 : 10_000}
    ></trygg-support-card>`
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** 112 first, then the verified national lines, on a Monday at 10:00: most are open. */
export const Default: Story = {};

/** The real time: the open/closed states follow the clock and update every minute. */
export const LiveClock: Story = { args: { now: '' } };

/** Monday 22:00: "Stängt – öppnar tisdag 07:00" for the NCK day lines; the 24/7 lines stay open. */
export const Night: Story = { args: { now: MONDAY_22 } };

/** Kristi himmelsfärdsdag: no claim for lines whose holiday hours are not sourced; local office hours closed. */
export const PublicHoliday: Story = { args: { now: ASCENSION_DAY, data: local } };

/** Midsommarafton: the example's local service is closed on the eves (`HolidayEves`). */
export const MidsummerEve: Story = { args: { now: MIDSUMMER_EVE, data: local } };

/** The municipality's own contacts (the demo's example document) before the national lines. */
export const WithLocalContacts: Story = { args: { data: local } };

/** The source and opening hours of each line, opened. */
export const DetailsOpen: Story = {
  args: { data: local },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TryggSupportCard>('trygg-support-card')!;
    await el.updateComplete;
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  },
};

/** The compact list for a sidebar. */
export const Compact: Story = { args: { layout: 'compact', width: 'sidebar', data: local } };

/** The compact list with a filter, as on the housing company's page. */
export const CompactVictimRelative: Story = {
  args: { layout: 'compact', width: 'sidebar', audience: 'victim relative' },
};

/** `audience="victim"`. */
export const AudienceVictim: Story = { args: { audience: 'victim', data: local } };
/** `audience="relative"`. */
export const AudienceRelative: Story = { args: { audience: 'relative', data: local } };
/** `audience="child"`: Bris, Rätt att välja, the girls' support services (tjejjourer). */
export const AudienceChild: Story = { args: { audience: 'child', data: local } };
/** `audience="perpetrator"`: no national line for people who use violence is verified; add your own (here the example). */
export const AudiencePerpetrator: Story = { args: { audience: 'perpetrator', data: local } };
/** `audience="lgbtqi"`. */
export const AudienceLgbtqi: Story = { args: { audience: 'lgbtqi' } };
/** `audience="professional"`: includes the honour-violence advice line for professionals. */
export const AudienceProfessional: Story = { args: { audience: 'professional' } };
/** A typo in `audience` ("victims"): it hides the lines for victims, so the card shows a notice and reports it. */
export const AudienceTypo: Story = { args: { audience: 'perpetrator victims', data: local } };

/** `hide-national` with no document: only 112 (the card is never empty). */
export const OnlyEmergency: Story = { args: { hideNational: true } };

/** While `src` loads: the built-in lines are already there. */
export const Loading: Story = { args: { src: HANGING } };

/** A document that is not valid JSON: the built-in lines, and a short notice. */
export const InvalidDocument: Story = {
  render: (args) =>
    html`<trygg-support-card now=${args.now}><script type="application/json">{"contacts": [</script></trygg-support-card>`,
};

/** Some bad fields: the bad parts are left out, the rest shows, with a notice; the unsafe link is text. */
export const PartlyInvalid: Story = { args: { data: bad } };

/** Long names, many channels and languages, several kinds of hours. */
export const LongData: Story = {
  args: { data: long, hideNational: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TryggSupportCard>('trygg-support-card')!;
    await el.updateComplete;
    for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  },
};

/** 320 px wide (a phone, or 200 % zoom). */
export const Narrow: Story = { args: { width: 'narrow', data: local } };
