/**
 * What the builder's forms hold, and the documents made from them. Pure: no DOM.
 */
import { idFromTitle } from '../../src/import/plan-sheet.js';
import type { ContactsDocument } from '../../src/components/support-card/schema.js';
import type { TrainingDocument } from '../../src/components/training-badge/schema.js';

export const WEEKDAYS = [
  ['Monday', 'Måndag'],
  ['Tuesday', 'Tisdag'],
  ['Wednesday', 'Onsdag'],
  ['Thursday', 'Torsdag'],
  ['Friday', 'Fredag'],
  ['Saturday', 'Lördag'],
  ['Sunday', 'Söndag'],
] as const;
export type Weekday = (typeof WEEKDAYS)[number][0];

export const AUDIENCE_LABELS = [
  ['victim', 'Våldsutsatta'],
  ['relative', 'Närstående'],
  ['child', 'Barn och unga'],
  ['perpetrator', 'Våldsutövare'],
  ['lgbtqi', 'Hbtqi-personer'],
  ['professional', 'Yrkesverksamma'],
] as const;

export const CHANNEL_LABELS = [
  ['phone', 'Telefon'],
  ['sms', 'Sms'],
  ['chat', 'Chatt (länk)'],
  ['web', 'Webbplats'],
  ['email', 'E-post'],
] as const;
export type ChannelType = (typeof CHANNEL_LABELS)[number][0];

export interface DayDraft {
  open: boolean;
  opens: string;
  closes: string;
}

export interface ContactDraft {
  id: string;
  name: string;
  description: string;
  audience: string[];
  channels: { type: ChannelType; value: string }[];
  /** `unknown`: no hours given; `always`: 24/7; `hours`: per weekday. */
  hoursMode: 'unknown' | 'always' | 'hours';
  days: Record<Weekday, DayDraft>;
  /** Swedish public holidays: no entry (the card says it does not know), or open these hours. */
  holidays: DayDraft;
  languages: string;
  free: boolean;
  anonymous: boolean;
}

export function newContact(): ContactDraft {
  const day = (open: boolean): DayDraft => ({ open, opens: '08:00', closes: '16:30' });
  return {
    id: '',
    name: '',
    description: '',
    audience: [],
    channels: [{ type: 'phone', value: '' }],
    hoursMode: 'hours',
    days: {
      Monday: day(true),
      Tuesday: day(true),
      Wednesday: day(true),
      Thursday: day(true),
      Friday: day(true),
      Saturday: day(false),
      Sunday: day(false),
    },
    holidays: { open: false, opens: '10:00', closes: '14:00' },
    languages: 'sv',
    free: false,
    anonymous: false,
  };
}

/** The contact's id: as written, or made from the name. */
export const contactId = (draft: ContactDraft): string =>
  draft.id.trim() || (draft.name.trim() ? idFromTitle(draft.name) : '');

/** The opening hours' entries: weekdays with the same times share one entry, the holidays last. */
function hoursGroups(draft: ContactDraft): { days: string[]; opens: string; closes: string }[] {
  const groups = new Map<string, string[]>();
  for (const [day] of WEEKDAYS) {
    const d = draft.days[day];
    if (!d.open) continue;
    const key = `${d.opens}-${d.closes}`;
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const hours = [...groups].map(([key, days]) => {
    const [opens, closes] = key.split('-');
    return { days, opens, closes };
  });
  if (draft.holidays.open)
    hours.push({ days: ['PublicHolidays'], opens: draft.holidays.opens, closes: draft.holidays.closes });
  return hours;
}

/** The days of each entry of the document's `hours`, in its order (`hours[1]` → `['Tuesday']`). */
export const hoursDays = (draft: ContactDraft): string[][] =>
  draft.hoursMode === 'hours' ? hoursGroups(draft).map((g) => g.days) : [];

/** The opening hours (schema.org OpeningHoursSpecification). */
function hoursOf(draft: ContactDraft): ContactsDocument['contacts'][number]['hours'] {
  if (draft.hoursMode === 'unknown') return undefined;
  if (draft.hoursMode === 'always') return '24/7';
  return hoursGroups(draft).map(({ days, opens, closes }) => ({ dayOfWeek: days, opens, closes }));
}

/** The contacts document the form describes (not yet validated). */
export function contactsDocument(drafts: readonly ContactDraft[]): ContactsDocument {
  return {
    contacts: drafts.map((draft) => {
      const contact: Record<string, unknown> = {
        id: contactId(draft),
        name: draft.name.trim(),
        description: draft.description.trim() || undefined,
        audience: draft.audience.length ? [...draft.audience] : undefined,
        channels: draft.channels.map((c) => ({ type: c.type, value: c.value.trim() })),
        hours: hoursOf(draft),
        languages: draft.languages
          .split(/[\s,]+/)
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
        free: draft.free || undefined,
        anonymous: draft.anonymous || undefined,
      };
      if ((contact.languages as string[]).length === 0) contact.languages = undefined;
      return JSON.parse(JSON.stringify(contact)) as ContactsDocument['contacts'][number];
    }),
  };
}

export interface TrainingDraft {
  course: string;
  target: string;
  deadline: string;
  updated: string;
  units: { name: string; completed: string; total: string }[];
}

export function newTraining(): TrainingDraft {
  return { course: '', target: '90', deadline: '', updated: '', units: [{ name: '', completed: '', total: '' }] };
}

const numberOf = (text: string): number | string => {
  const trimmed = text.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
};

/** A percentage as an editor writes it: "90", "90 %", "90%", "90,5" → the number; anything else stays text. */
export const percentOf = (text: string): number | string => {
  const number = numberOf(text.trim().replace(/\s*%$/, ''));
  return typeof number === 'number' ? number : text;
};

/** The training document the form describes (not yet validated: a non-number stays text, so the check names it). */
export function trainingDocument(draft: TrainingDraft): TrainingDocument {
  const doc: Record<string, unknown> = {
    course: draft.course.trim() || undefined,
    target: draft.target.trim() ? percentOf(draft.target) : undefined,
    deadline: draft.deadline.trim() || undefined,
    updated: draft.updated.trim() || undefined,
    units: draft.units.map((u) => ({
      name: u.name.trim(),
      completed: numberOf(u.completed),
      total: numberOf(u.total),
    })),
  };
  return JSON.parse(JSON.stringify(doc)) as TrainingDocument;
}

/** The form filled from a training document (after an export was imported). */
export function trainingDraft(doc: TrainingDocument, previous: TrainingDraft): TrainingDraft {
  return {
    course: typeof doc.course === 'string' ? doc.course : previous.course,
    target: doc.target === undefined ? previous.target : String(doc.target),
    deadline: doc.deadline ?? previous.deadline,
    updated: doc.updated ?? previous.updated,
    units: doc.units.map((u) => ({ name: u.name, completed: String(u.completed), total: String(u.total) })),
  };
}
