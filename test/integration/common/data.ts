// Data the three framework apps pass as objects (typed with the kit's own types).
import type { ContactsDocument, PlanDocument, TrainingDocument } from 'trygg-kit';

/** One local contact: it shows only if `data` arrived as an object (not as "[object Object]"). */
export const contacts: ContactsDocument = {
  contacts: [
    {
      id: 'app-kvinnofridsmottagning',
      name: 'Kvinnofridsmottagningen (app)',
      audience: ['victim'],
      channels: [{ type: 'phone', value: '031-390 06 42' }],
    },
  ],
};

/** A contact with a bad channel: the card shows the rest and fires `trygg-data-error`. */
export const badContacts = {
  contacts: [{ id: 'app-bad', name: 'Felaktig kontakt', channels: [{ type: 'fax', value: '1' }] }],
} as unknown as ContactsDocument;

export const training: TrainingDocument = {
  course: 'Grundutbildning om våld i nära relationer',
  target: 90,
  deadline: '2026-12-31',
  units: [{ name: 'Socialförvaltningen', completed: 84, total: 120 }],
};

export const plan: PlanDocument = {
  title: 'Handlingsplan (app)',
  measures: [
    { id: 'app-measure', kind: 'measure', title: 'Utbildning för all personal', start: '2023-03', status: 'ongoing' },
  ],
};

/** What an app shows of the events it received: the test reads it. */
export interface Received {
  dataError?: string;
  exit?: string;
}
