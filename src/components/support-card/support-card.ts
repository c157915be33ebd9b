import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import { DataController, FETCH_TIMEOUT, ProblemReporter, renderDataNotice } from '../../core/data.js';
import { formatDate, weekdayName } from '../../core/dates.js';
import { keepFocus } from '../../core/focus.js';
import { defineElement } from '../../core/define.js';
import { baseUrl } from '../../core/env.js';
import { DeferredController, settle, SliceController } from '../../core/tasks.js';
import {
  dirFor,
  formatNumber,
  getLocale,
  intl,
  langFor,
  registerTranslations,
  stringsGeneration,
  type Locale,
} from '../../core/locale.js';
import { renderText } from '../../core/localized-text.js';
import { checkPhoneLabel, parsePhone, stripBidiText } from '../../core/phone.js';
import { renderLink } from '../../core/safe-link.js';
import { safeUrl } from '../../core/safe-url.js';
import { baseStyles } from '../../core/theme.js';
import { headingLevel, tokens, words } from '../../core/attributes.js';
import {
  AUDIENCES,
  contactsSchemas,
  HOURS_ATOMIC,
  MAX_CONTACTS,
  MAX_HOURS_ENTRIES,
  type Channel,
  type Contact,
  type ContactsDocument,
  type Day,
  type Hours,
  type HoursSpec,
  type Source,
} from './schema.js';
import { EMERGENCY_SOURCES, NATIONAL_CONTACTS } from './national-contacts.js';
import {
  daysOf,
  isoDay,
  minutesOf,
  openState,
  parseSwedishTime,
  stockholmTime,
  weekdayOf,
  validDay,
  type Moment,
  type OpenState,
} from './opening-hours.js';
import { styles } from './support-card.styles.js';

registerTranslations({
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
});

/** The id of the built-in 112 entry; a document cannot replace it. */
export const EMERGENCY_ID = 'se-112';

/** 112: no opening-hours claim (no source says 24/7; docs/decisions.md). */
const EMERGENCY_STATE: OpenState = { state: 'unknown' };

const EMERGENCY: Contact = {
  id: EMERGENCY_ID,
  name: '112',
  channels: [{ type: 'phone', value: '112' }],
  source: EMERGENCY_SOURCES[0],
  sources: EMERGENCY_SOURCES.slice(1),
};

/**
 * Time source and timer of the minute tick. Tests replace these to drive the clock without waiting.
 * @internal
 */
export const supportCardClock = {
  now: (): Date => new Date(),
  setTimeout: (run: () => void, ms: number): number => window.setTimeout(run, ms),
  clearTimeout: (id: number | undefined): void => {
    window.clearTimeout(id);
  },
};

/**
 * Milliseconds from `ms` (epoch) to the start of the next minute.
 * @internal
 */
export const toNextMinute = (ms: number): number => 60_000 - (ms % 60_000);

/**
 * Contacts rendered first: a long list follows in slices, each in a task of its own, so no task
 * keeps a key press waiting (core/tasks.ts, `SliceController`).
 */
const SLICE = 20;

/** The ids of the verified national lines: data cannot replace them. */
const NATIONAL_IDS = new Set(NATIONAL_CONTACTS.map((c) => c.id));

/**
 * Duplicate ids (the first wins), the reserved 112 and national ids, and what is dialled against
 * what is shown (names and labels without bidi controls, labels that name another number refused).
 */
function refine(doc: ContactsDocument) {
  const seen = new Set([EMERGENCY_ID]);
  const problems: string[] = [];
  const contacts = doc.contacts
    .filter((contact, i) => {
      if (NATIONAL_IDS.has(contact.id)) {
        problems.push(
          `contacts[${i}].id: "${contact.id}" is a verified national line and cannot be replaced; this entry is ignored (use hide-national to hide the national lines)`
        );
        return false;
      }
      if (!seen.has(contact.id)) return seen.add(contact.id);
      problems.push(
        `contacts[${i}].id: "${contact.id}" ${contact.id === EMERGENCY_ID ? 'is the built-in 112 and cannot be replaced' : 'is used twice; only the first is shown'}`
      );
      return false;
    })
    .map((contact) => {
      const i = doc.contacts.indexOf(contact);
      const channels = contact.channels.map((channel, j) => {
        if (channel.label === undefined) return channel;
        const phone = channel.type === 'phone' || channel.type === 'sms' ? parsePhone(channel.value) : undefined;
        if (!phone) return { ...channel, label: stripBidiText(channel.label) };
        const checked = checkPhoneLabel(channel.label, phone.dial, `contacts[${i}].channels[${j}].label`);
        problems.push(...checked.problems);
        return { ...channel, label: checked.label };
      });
      return { ...contact, name: stripBidiText(contact.name), channels };
    });
  return { value: { contacts }, problems };
}

/** The years a `now` may fall in (an extreme date such as +275760 cannot blank the card). */
const MOMENT_YEARS = [1900, 9999] as const;
const usableMoment = (date: unknown): date is Date => {
  if (!(date instanceof Date)) return false;
  const year = date.getUTCFullYear();
  return year >= MOMENT_YEARS[0] && year <= MOMENT_YEARS[1];
};

/** The loader's options; `timeout` is read at each fetch, so the property may change at any time. */
function loaderOptions(host: TryggSupportCard) {
  return {
    // Made the first time a document is checked, not when the element is defined (src/core/schema.ts).
    get schema() {
      return contactsSchemas().document;
    },
    refine,
    atomic: HOURS_ATOMIC,
    limits: {
      contacts: MAX_CONTACTS,
      // Dropped before validation (no claim on any day), so a huge list costs nothing; the contact shows.
      'contacts[].hours': MAX_HOURS_ENTRIES,
      'contacts[].specialOpeningHoursSpecification': MAX_HOURS_ENTRIES,
    },
    get timeout() {
      return host.timeout;
    },
  };
}

/** Intl formatters of one locale. */
interface Formats {
  locale: Locale;
  time: (minute: number) => string;
  weekday: (day: number) => string;
  language: (tag: string) => string;
  list: (items: string[]) => string;
}

/**
 * The page locale's formatters, as the card uses them. Each Intl object is made when first used
 * (and once: see `intl`), not for every render: a kind of formatter the page has not made yet costs
 * ICU a few ms to tens of ms, and the page's first Intl object 20-70 ms (ICU's data, in one call).
 * So the languages the national lines list, Swedish and English, are named with the card's own
 * strings, and a list of two is joined with its own "och" in Swedish and English: the words
 * `Intl.DisplayNames` and `Intl.ListFormat` write (a test compares them in sv, en and ar), and a card
 * on a Swedish or English page whose contacts list no other language makes no Intl object at all.
 */
/** The names of Sweden's national minority languages that Chromium's `Intl.DisplayNames` lacks. */
function minorityLanguage(tag: string): string | undefined {
  switch (tag.toLowerCase()) {
    case 'fit':
      return msg('meänkieli', { id: 'support-card.language-fit' });
    case 'smi':
      return msg('samiska', { id: 'support-card.language-smi' });
    case 'se':
      return msg('nordsamiska', { id: 'support-card.language-se' });
    case 'sma':
      return msg('sydsamiska', { id: 'support-card.language-sma' });
    case 'smj':
      return msg('lulesamiska', { id: 'support-card.language-smj' });
    case 'sju':
      return msg('umesamiska', { id: 'support-card.language-sju' });
    case 'rom':
    case 'rmy':
    case 'rmf':
      return msg('romani', { id: 'support-card.language-rom' });
  }
  return undefined;
}

function formatsFor(locale: Locale): Formats {
  // Two digits ("08"): without NumberFormat in Swedish and English, Arabic's own digits by it.
  const two = (n: number) => formatNumber(n, { grouping: false, minimumDigits: 2 });
  return {
    locale,
    time: (m) => `${two(Math.floor(m / 60))}:${two(m % 60)}`,
    weekday: (day) => weekdayName(weekdayOf(day)),
    language: (tag) => {
      if (tag === 'sv') return msg('svenska', { id: 'support-card.language-sv' });
      if (tag === 'en') return msg('engelska', { id: 'support-card.language-en' });
      // Sweden's national minority languages that the browser's own names lack (Chromium showed
      // "smj" for lulesamiska): meänkieli, the Sami languages, romani.
      const own = minorityLanguage(tag);
      if (own) return own;
      try {
        return intl(Intl.DisplayNames, { type: 'language', fallback: 'code' }, locale).of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    list: (items) =>
      items.length < 3 && locale !== 'ar'
        ? items.join(` ${msg('och', { id: 'support-card.list-and' })} `)
        : intl(Intl.ListFormat, { type: 'conjunction' }, locale).format(items),
  };
}

/**
 * What a contact's disclosure shows before its hours and sources (description, flags, languages,
 * note; for 112 the SMS rule), one function per part the contact has. The card decides from the
 * list alone whether a contact needs a disclosure, at once, and makes the parts with the body after
 * the first frame (naming languages makes Intl objects): one list for both, so a new kind of
 * information cannot be shown without also giving its contact a disclosure.
 */
function extraParts(contact: Contact): ((formats: Formats) => unknown)[] {
  if (contact === EMERGENCY)
    return [
      () =>
        html`<p>
          ${msg(
            'Sms till 112 fungerar bara om du har registrerat dig i förväg. Det är till för dig som är döv, har en hörselnedsättning eller talsvårigheter.',
            { id: 'support-card.emergency-sms' }
          )}
        </p>`,
    ];
  const { description, languages: tags, note } = contact;
  const flagged = contact.free || contact.anonymous || contact.notOnPhoneBill || contact.interpreter;
  const parts: ((formats: Formats) => unknown)[] = [];
  if (description) parts.push(() => html`<p part="description" class="description">${renderText(description)}</p>`);
  if (flagged)
    parts.push(() => {
      const flags = [
        contact.free && msg('Kostnadsfritt', { id: 'support-card.free' }),
        contact.anonymous && msg('Du kan vara anonym', { id: 'support-card.anonymous' }),
        contact.notOnPhoneBill && msg('Syns inte på telefonräkningen', { id: 'support-card.not-on-bill' }),
        contact.interpreter && msg('Tolk kan kopplas in', { id: 'support-card.interpreter' }),
      ].filter((flag): flag is string => typeof flag === 'string');
      return html`<ul part="flags" class="flags" role="list">${flags.map((flag) => html`<li>${flag}</li>`)}</ul>`;
    });
  if (tags?.length)
    parts.push((formats) => {
      const languages = formats.list(tags.map((tag) => formats.language(tag)));
      return html`<p part="languages" class="languages">${msg(str`Språk: ${languages}`, { id: 'support-card.languages' })}</p>`;
    });
  if (note) parts.push(() => html`<p part="note" class="note">${renderText(note)}</p>`);
  return parts;
}

/**
 * @summary Who to contact about violence, how, and whether they answer now: 112 first, the
 * verified national support lines built in, and the editor's local contacts.
 * @tag trygg-support-card
 * @status experimental
 *
 * @fires trygg-data-error - When the contacts document (`data`, inline JSON or `src`) has problems,
 *   or an attribute does (source `attributes`: an unknown `audience` word).
 *   `detail: { message, problems, source }`; `message` names the first field. Bubbles, composed.
 *
 * @csspart base - The wrapper (a size container: the layout follows its width).
 * @csspart list - The list of contacts.
 * @csspart contact - One contact (`data-contact-id`, `data-open` = `open`, `closed`, `always` or `unknown`).
 * @csspart name - A contact's name (a heading of level `heading-level`).
 * @csspart status - "Öppet nu" / "Stängt – öppnar måndag 08:00"; on a public holiday with no hours for it
 * "Öppettider på helgdagar saknas" (no claim); absent when nothing else is known.
 * @csspart description - Who the contact is for.
 * @csspart channels - The list of ways to get in touch.
 * @csspart channel - One link (call, SMS, chat, web, e-mail).
 * @csspart flags - Free, anonymous, not on the phone bill, interpreter.
 * @csspart languages - The languages offered.
 * @csspart note - A contact's note.
 * @csspart details - The "opening hours and source" disclosure.
 * @csspart notice - The short notice when the document had problems.
 * @csspart loading - The line shown after 112 while `src` loads or a long document is read (where the local contacts will appear).
 *
 * @cssprop --trygg-support-card-background-color - Card background (default transparent: the page shows through).
 * @cssprop --trygg-support-card-border-color - Card border (default: --trygg-color-border).
 * @cssprop --trygg-support-card-emergency-color - 112: name, border and call button (default: --trygg-color-danger; #a4001d behind the button's white text).
 * @cssprop --trygg-support-card-call-background-color - Call buttons (default #005a8c).
 * @cssprop --trygg-support-card-call-color - Call button text (default #ffffff).
 * @cssprop --trygg-support-card-open-color - "Öppet nu" text (default: --trygg-color-success).
 * @cssprop --trygg-support-card-columns-min - Narrowest card before the cards wrap (default 17rem).
 */
@defineElement('trygg-support-card')
@localized()
export class TryggSupportCard extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly loader = new DataController(this, loaderOptions(this));

  private readonly problems = new ProblemReporter(this);

  private timer: number | undefined = undefined;

  /** Problems with the attributes (an unknown `audience` word), shown in the notice with the data's. */
  private attributeProblems: string[] = [];
  /** How many contacts are rendered; a long list follows in slices (see {@link SLICE}). */
  private readonly slices = new SliceController(this, { initial: SLICE, min: 5, max: 100 });
  /** The document the slices belong to. */
  private slicedValue: unknown = undefined;
  /**
   * The bodies of the closed disclosures: rendered after the first frame (see `renderDetails`), in
   * the task after the one that makes the Intl objects their language lists need (see `formatsFor`:
   * none for Swedish and English, the national lines' languages, on a Swedish or English page). A
   * page's first Intl object loads ICU's data, 20-70 ms in one call here; in the bodies' own task it
   * made that task 48-60 ms long (`bench/tasks.mjs`).
   */
  private readonly later = new DeferredController(this, () => {
    const formats = formatsFor(getLocale());
    for (const { languages } of [
      ...(this.loader.value?.contacts ?? []),
      ...(this.hideNational ? [] : NATIONAL_CONTACTS),
    ])
      if (languages?.length) formats.list(languages.map(formats.language));
  });

  /**
   * URL of a contacts document (`https:` or same-origin), fetched without credentials or referrer;
   * after `timeout` the built-in lines show with a notice.
   */
  @property() src: string | null = null;

  /** The contacts document as an object (wins over inline JSON and `src`). */
  @property({ attribute: false }) data: unknown = undefined;

  /**
   * Space-separated filter: `victim relative child perpetrator lgbtqi professional`. Contacts for
   * everyone always show; 112 always shows. Empty: every contact except those for professionals only.
   */
  @property() audience: string | null = '';

  /** Hides the built-in national lines (112 still shows). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-national' }) hideNational = false;

  /**
   * `card` (boxes, side by side when there is room) or `compact` (one column with narrower buttons,
   * for a sidebar; lines between the contacts when narrow). Both keep the details in the disclosure.
   */
  @property({ reflect: true }) layout: 'card' | 'compact' = 'card';

  /** Level of the contacts' headings (2–6) so they fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Render as if it were this moment (ISO 8601 in the attribute; without an offset it is Swedish
   * time), for previews and tests. When unset, the current time is used and the state is updated
   * every minute. A value outside the years 1900–9999 is ignored with the notice
   * (`attributes: now: …`) and the real time is used.
   */
  @property({
    converter: { fromAttribute: (value: string | null) => (value ? parseSwedishTime(value) : undefined) },
  })
  now: Date | undefined = undefined;

  /**
   * Milliseconds to wait for `src` (10 000 by default) before showing the built-in lines with a
   * notice.
   */
  @property({ type: Number, attribute: false }) timeout: number = FETCH_TIMEOUT;

  constructor() {
    super();
    // A contact whose place changed (the clock reordered the list, local contacts arrived; also one a
    // later slice of a new document brings back) is drawn anew: focus goes back to the same control
    // of the same contact, not to the page.
    keepFocus(this, '[part~="contact"]', 'contactId', () => this.slices.more);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    supportCardClock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audience') || changed.has('now')) {
      // A typo hides lines ("perpetrator victims" shows no line for victims): the editor must see it.
      const unknown = words(this.audience).filter((a) => !(AUDIENCES as readonly string[]).includes(a));
      const problems = unknown.length
        ? [`audience: "${unknown.join(' ')}" is not one of ${AUDIENCES.join(' ')}; ignored`]
        : [];
      if (this.now !== undefined && !usableMoment(this.now))
        problems.push(
          `now: "${this.getAttribute('now') ?? String(this.now)}" is not a date and time between the years ${MOMENT_YEARS[0]} and ${MOMENT_YEARS[1]}; the current time is used`
        );
      this.problems.report('attributes', problems);
      this.attributeProblems = problems;
    }
  }

  /** @internal One update at the start of every minute (no busy loop); stopped on disconnect. */
  private readonly tick = (): void => {
    supportCardClock.clearTimeout(this.timer);
    this.timer = supportCardClock.setTimeout(() => {
      this.requestUpdate();
      this.tick();
    }, toNextMinute(supportCardClock.now().getTime()));
  };

  /**
   * The contacts shown, with their open state, in order: local, then national (112 is rendered
   * separately, first). Within each group, contacts open now come first, then those whose hours are
   * unknown, then closed ones; otherwise document order.
   */
  private visibleContacts(now: Date): [Contact, OpenState][] {
    const local = this.loader.value?.contacts ?? [];
    const ids = new Set(local.map((c) => c.id));
    const national = this.hideNational ? [] : NATIONAL_CONTACTS.filter((c) => !ids.has(c.id));
    const filter = tokens(this.audience, AUDIENCES);
    const shown = (c: Contact) =>
      (!c.professionalOnly || filter.has('professional')) &&
      (!filter.size || !c.audience?.length || c.audience.some((a) => filter.has(a)));
    const rank = ({ state }: OpenState) => (state === 'open' || state === 'always' ? 0 : state === 'unknown' ? 1 : 2);
    const ordered = (group: Contact[]) =>
      group
        .filter(shown)
        .map((c): [Contact, OpenState] => {
          try {
            return [c, openState(c.hours, now, c.specialOpeningHoursSpecification)];
          } catch {
            return [c, { state: 'unknown' }]; // shown all the same, with no open/closed claim
          }
        })
        .sort((a, b) => rank(a[1]) - rank(b[1]));
    return [...ordered(local), ...ordered(national)];
  }

  private renderStatus(state: OpenState, today: number, formats: Formats) {
    const when = (m: Moment) =>
      m.day === today ? formats.time(m.minute) : `${formats.weekday(m.day)} ${formats.time(m.minute)}`;
    let text: string;
    if (state.state === 'always') text = msg('Öppet dygnet runt', { id: 'support-card.always' });
    else if (state.state === 'open')
      text = state.until
        ? msg(str`Öppet nu – stänger ${when(state.until)}`, { id: 'support-card.open-until' })
        : msg('Öppet nu', { id: 'support-card.open' });
    else if (state.state === 'closed')
      text = state.next
        ? msg(str`Stängt – öppnar ${when(state.next)}`, { id: 'support-card.closed-until' })
        : msg('Stängt nu', { id: 'support-card.closed' });
    else if (state.holiday) text = msg('Öppettider på helgdagar saknas', { id: 'support-card.holiday-unknown' });
    else return nothing;
    return html`<p part="status" class="status ${state.state}">${text}</p>`;
  }

  private renderChannel(channel: Channel) {
    const { type, value, label } = channel;
    const own = label ? renderText(label) : undefined;
    if (type === 'phone' || type === 'sms') {
      // What is dialled is what is shown: the number first, in full (src/core/phone.ts).
      const phone = parsePhone(value);
      const verb =
        type === 'sms' ? msg('Skicka sms', { id: 'support-card.sms' }) : msg('Ring', { id: 'support-card.call' });
      if (!phone)
        return html`<span part="channel" class="channel ${type} unlinked">${verb} <span dir="ltr">${value}</span></span>`;
      const href = `${type === 'sms' ? 'sms:' : 'tel:'}${phone.dial}`;
      const number = html`<span class="number" dir="ltr">${phone.shown}</span>`;
      return html`<a part="channel" class="channel ${type}" href=${href} rel="noreferrer"
        >${own ? html`${number} <span class="label">${own}</span>` : html`${verb} ${number}`}</a
      >`;
    }
    const href = safeUrl(type === 'email' ? `mailto:${value}` : value, type === 'email' ? ['mailto:'] : ['https:']);
    let text: unknown;
    if (type === 'chat') {
      text = own ?? msg('Chatta', { id: 'support-card.chat' });
    } else if (type === 'email') {
      text = own ?? html`<span dir="ltr">${value}</span>`;
    } else {
      text =
        own ?? (href ? html`<span dir="ltr">${new URL(href, baseUrl()).hostname.replace(/^www\./, '')}</span>` : value);
    }
    return href
      ? html`<a part="channel" class="channel ${type}" href=${href} rel="noreferrer">${text}</a>`
      : html`<span part="channel" class="channel ${type} unlinked">${text}</span>`;
  }

  private daysLabel(spec: HoursSpec, formats: Formats): string {
    // A Date or a DateTime: its day in Sweden.
    const from = spec.validFrom && isoDay(validDay(spec.validFrom));
    const to = spec.validThrough && isoDay(validDay(spec.validThrough));
    const range =
      from && from === to
        ? formatDate(from)
        : from || to
          ? `${from ? formatDate(from) : ''}–${to ? formatDate(to) : ''}`
          : '';
    if (spec.dayOfWeek === undefined) return range;
    const days = daysOf(spec);
    const week: Day[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const indexes = week.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
    const parts: string[] = [];
    // Day number 4 (1970-01-05) was a Monday: day 4 + i is weekday i.
    const name = (i: number) => formats.weekday(4 + i);
    for (let i = 0; i < indexes.length;) {
      let j = i;
      while (j + 1 < indexes.length && indexes[j + 1] === indexes[j] + 1) j++;
      if (j - i >= 2) parts.push(`${name(indexes[i])}–${name(indexes[j])}`);
      else for (let k = i; k <= j; k++) parts.push(name(indexes[k]));
      i = j + 1;
    }
    if (days.includes('PublicHolidays')) parts.push(msg('helgdagar', { id: 'support-card.holidays' }));
    if (days.includes('HolidayEves')) parts.push(msg('midsommar-, jul- och nyårsafton', { id: 'support-card.eves' }));
    return parts.join(', ') + (range ? ` (${range})` : '');
  }

  private renderHours(hours: Hours | undefined, special: readonly HoursSpec[], today: number, formats: Formats) {
    if (hours === undefined || hours.length === 0) return nothing;
    // A time with an offset is shown in Swedish time as it is today.
    const clock = (time: string, closing: boolean) => {
      const m = minutesOf(time, closing, today);
      return formats.time(m === 1440 ? m : ((m % 1440) + 1440) % 1440);
    };
    const row = (spec: HoursSpec): [string, string] => [
      this.daysLabel(spec, formats),
      spec.opens === undefined || spec.closes === undefined
        ? msg('tider okända', { id: 'support-card.hours-unknown' })
        : minutesOf(spec.opens) === minutesOf(spec.closes, true)
          ? msg('stängt', { id: 'support-card.hours-closed' })
          : `${clock(spec.opens, false)}–${clock(spec.closes, true)}`,
    ];
    const always = hours === '24/7';
    const rows = always ? [] : hours.map(row);
    // No holiday entry: no claim on public holidays (not "closed").
    if (!always && !hours.some((s) => daysOf(s).includes('PublicHolidays')))
      rows.push([
        msg('helgdagar', { id: 'support-card.holidays' }),
        msg('tider okända', { id: 'support-card.hours-unknown' }),
      ]);
    rows.push(...special.map(row));
    return html`${always ? html`<p>${msg('Dygnet runt, alla dagar.', { id: 'support-card.hours-always' })}</p>` : nothing}
      ${
        rows.length
          ? html`<dl class="hours">
        ${rows.map(([days, time]) => html`<div><dt>${days}</dt> <dd>${time}</dd></div>`)}
      </dl>
      <p>${msg('Tiderna gäller svensk tid.', { id: 'support-card.swedish-time' })}</p>`
          : nothing
      }`;
  }

  /**
   * The disclosure with everything but the name, the open state and the ways to get in touch: who
   * the contact is for, the flags (free, anonymous…), languages, a note, the hours and the sources.
   * Its accessible name says whose it is ("Mer information Kvinnofridslinjen"): the summary and the
   * contact's name (`aria-labelledby`, so the name keeps its `lang`). Its body, unseen until it is
   * opened, comes after the card's first frame (`later`, core/tasks.ts `DeferredController`); a
   * click on it before then renders the body at once.
   */
  private renderDetails(contact: Contact, today: number, formats: Formats, key: number) {
    const sources = [contact.source, ...(contact.sources ?? [])].filter((s) => s !== undefined);
    const hours = contact.hours !== undefined && contact.hours.length > 0;
    const extra = extraParts(contact);
    if (!sources.length && !hours && !extra.length) return nothing;
    return html`<details part="details" class="details" @click=${this.later.now} @toggle=${this.later.now}>
      <summary id="more-${key}" aria-labelledby="more-${key} name-${key}">
        ${msg('Mer information', { id: 'support-card.more' })}
      </summary>
      <div class="details-body">${this.later.ready ? this.renderDetailsBody(contact, extra, sources, today, formats) : nothing}</div>
    </details>`;
  }

  /** The disclosure's body: the parts of {@link extraParts}, the hours, the sources and when they were checked. */
  private renderDetailsBody(
    contact: Contact,
    extra: ((formats: Formats) => unknown)[],
    sources: Source[],
    today: number,
    formats: Formats
  ) {
    const checked = contact.source?.checked;
    return html`${extra.map((part) => part(formats))}
      ${this.renderHours(contact.hours, contact.specialOpeningHoursSpecification ?? [], today, formats)}
      ${
        sources.length
          ? html`<ul class="sources" role="list">
              ${sources.map((s) => html`<li>${renderLink(s.url, s.title ? renderText(s.title) : s.url, ['https:'])}</li>`)}
            </ul>
            <p>
              ${
                checked
                  ? msg(str`Senast kontrollerad: ${formatDate(checked)}.`, { id: 'support-card.checked' })
                  : msg('Källan anger inte när uppgifterna kontrollerades.', { id: 'support-card.undated' })
              }
            </p>`
          : nothing
      }`;
  }

  /**
   * One contact, short: its name, whether it is open now, and the ways to get in touch side by side
   * with the "more information" disclosure (everything else, one tap away).
   */
  private renderContact(contact: Contact, state: OpenState, now: Date, formats: Formats, key: number): TemplateResult {
    const emergency = contact === EMERGENCY;
    const today = stockholmTime(now).day;
    return html`<li part="contact" class="contact ${emergency ? 'emergency' : ''}" data-contact-id=${contact.id} data-open=${state.state}>
      <p part="name" class="name" id="name-${key}" role="heading" aria-level=${headingLevel(this.headingLevel, 3)}>
        ${emergency ? msg('112 – vid akut fara', { id: 'support-card.emergency-name' }) : renderText(contact.name)}
      </p>
      ${this.renderStatus(state, today, formats)}
      ${
        emergency
          ? html`<p part="description" class="description">
            ${msg(
              'Ring 112 om någon är i fara just nu, till exempel om du har blivit slagen och personen fortfarande är kvar hos dig.',
              { id: 'support-card.emergency-text' }
            )}
          </p>`
          : nothing
      }
      <div class="actions">
        <ul part="channels" class="channels" role="list">
          ${contact.channels.map((channel) => html`<li>${this.renderChannel(channel)}</li>`)}
        </ul>
        ${
          // The details change with the day and the language, not every minute: the minute's update
          // skips them (a card of 200 contacts with their hours re-rendered them all every minute).
          guard([contact, today, formats.locale, stringsGeneration(), key, this.later.ready], () =>
            this.renderDetails(contact, today, formats, key)
          )
        }
      </div>
    </li>`;
  }

  /**
   * A contact, whatever goes wrong in its details: a bug of ours or an input nobody foresaw must not
   * blank the card. On an error the contact is shown with its name and ways to call only.
   */
  private safeContact(contact: Contact, state: OpenState, now: Date, formats: Formats, key: number): TemplateResult {
    try {
      return this.renderContact(contact, state, now, formats, key);
    } catch (error) {
      console.error(`trygg-support-card: could not show all of "${contact.id}" (${String(error)})`);
      return html`<li part="contact" class="contact" data-contact-id=${contact.id} data-open="unknown">
        <p part="name" class="name" role="heading" aria-level=${headingLevel(this.headingLevel, 3)}>
          ${contact === EMERGENCY ? '112' : renderText(contact.name)}
        </p>
        <ul part="channels" class="channels" role="list">
          ${contact.channels.map((channel) => html`<li>${this.renderChannel(channel)}</li>`)}
        </ul>
      </li>`;
    }
  }

  /** Resolves when the document has been read and every slice of a long list rendered. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.loader.pending,
      () => this.slices.pending,
      () => this.later.pending
    );
  }

  override render() {
    const formats = formatsFor(getLocale());
    const now = usableMoment(this.now) ? this.now : supportCardClock.now();
    if (this.loader.value !== this.slicedValue) {
      this.slicedValue = this.loader.value;
      this.slices.reset();
    }
    const contacts = this.visibleContacts(now);
    this.slices.total = contacts.length;
    return html`<div part="base" class="base ${this.layout === 'compact' ? 'compact' : 'card'} ${this.loader.status === 'loading' ? 'pending' : ''}" dir=${dirFor(this) ?? nothing} lang=${langFor(this) ?? nothing}>
      <ul part="list" class="list" role="list">
        ${this.safeContact(EMERGENCY, EMERGENCY_STATE, now, formats, 0)}
        ${
          this.loader.status === 'loading'
            ? html`<li part="loading" class="loading">${msg('Hämtar fler kontakter …', { id: 'support-card.loading' })}</li>`
            : nothing
        }
        ${contacts.slice(0, this.slices.limit).map(([contact, state], i) =>
          // Keyed by id (unique: the document's duplicates are dropped, and national lines a local
          // contact replaces): when the clock reorders the list (open first) or local contacts
          // arrive, a contact gets new elements rather than another contact's, so a link a person
          // has focused never turns into another contact's number.
          keyed(contact.id, this.safeContact(contact, state, now, formats, i + 1))
        )}
      </ul>
      ${renderDataNotice(
        {
          status: this.loader.status,
          problems: [...this.loader.problems, ...this.attributeProblems],
          cause: this.loader.cause,
        },
        // Say what is missing, and what still works (the lines above the notice).
        this.hideNational
          ? msg('De lokala kontakterna kan inte visas just nu. Ring 112 vid akut fara.', {
              id: 'support-card.local-failed-emergency',
            })
          : msg('De lokala kontakterna kan inte visas just nu. Stödlinjerna ovan går att nå.', {
              id: 'support-card.local-failed',
            })
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-support-card': TryggSupportCard;
  }
}
