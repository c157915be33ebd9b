import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import readme from '../src/components/training-badge/README.md?raw';
import '../src/components/training-badge/index.js';
import type { OpenBadgeCredential, TrainingDocument } from '../src/components/training-badge/index.js';

interface Args {
  label: string;
  value: string;
  max: string;
  target: string;
  deadline: string;
  today: string;
  layout: '' | 'badge' | 'card';
  unit: string;
  src: string;
  data?: unknown;
  credential?: unknown;
}

/** Example figures (not real): the seed plan's administrations. */
const exampleDocument: TrainingDocument = {
  course: {
    sv: 'Grundutbildning om våld i nära relationer och sexuella trakasserier',
    en: 'Basic training on violence in close relationships and sexual harassment',
    ar: 'التدريب الأساسي حول العنف في العلاقات الوثيقة والتحرش الجنسي',
  },
  target: 90,
  deadline: '2026-12-31',
  updated: '2026-11-01',
  units: [
    { name: 'Socialförvaltningen', completed: 84, total: 120 },
    { name: 'Barn- och ungdomsförvaltningen', completed: 212, total: 260 },
    { name: 'Kultur- och utbildningsförvaltningen', completed: 61, total: 70 },
    { name: 'Kommunledningskontoret', completed: 40, total: 40 },
    { name: 'Alingsåshem', completed: 9, total: 45 },
  ],
};

/** A spec-like Open Badges 3.0 credential for one person's completed course (example). */
const exampleCredential = (): OpenBadgeCredential => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:6f1c2a52-5a7e-4f0e-9a54-0c1f2d3e4b5a',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: {
    id: 'https://example.org/issuers/1',
    type: ['Profile'],
    name: 'Alingsås kommun (exempel)',
    url: 'https://example.org/',
  },
  validFrom: '2026-10-14T09:00:00Z',
  validUntil: '2029-10-14T09:00:00Z',
  credentialSubject: {
    id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://example.org/achievements/grundutbildning',
      type: ['Achievement'],
      name: 'Grundutbildning om våld i nära relationer',
      description: 'Grundkunskap om mäns våld mot kvinnor, våld i nära relationer och sexuella trakasserier.',
      criteria: {
        id: 'https://example.org/kurs/krav',
        narrative: 'Har gått igenom Webbkurs om våld och förvaltningens seminarium.',
      },
    },
  },
});

const meta: Meta<Args> = {
  title: 'Components/Training badge',
  component: 'trygg-training-badge',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: readme } } },
  args: {
    label: 'Grundutbildning om våld i nära relationer',
    value: '84',
    max: '120',
    target: '90',
    deadline: '2026-12-31',
    today: '2026-11-26',
    layout: '',
    unit: '',
    src: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['', 'badge', 'card'] },
    data: { control: 'object' },
    credential: { control: 'object' },
  },
  render: (args) => html`<trygg-training-badge
    label=${args.label || nothing}
    value=${args.value || nothing}
    max=${args.max || nothing}
    target=${args.target || nothing}
    deadline=${args.deadline || nothing}
    today=${args.today || nothing}
    layout=${args.layout || nothing}
    unit=${args.unit || nothing}
    src=${args.src || nothing}
    .data=${args.data}
    .credential=${args.credential ?? null}
  ></trygg-training-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The compact badge: 84 of 120 (70 %), in progress, target marker at 90 %. */
export const InProgress: Story = {};

/** Nothing done yet. */
export const NotStarted: Story = { args: { value: '0' } };

/** 90 % reached before the deadline. */
export const TargetReached: Story = { args: { value: '110' } };

/** Everyone has done it. */
export const Complete: Story = { args: { value: '120' } };

/** The deadline has passed under the target: "Försenad", in words and in red. */
export const Overdue: Story = { args: { today: '2027-01-10' } };

/** No target and no deadline: bar, numbers and status only. */
export const WithoutTarget: Story = { args: { target: '', deadline: '' } };

/** Inline in running text. */
export const InASentence: Story = {
  render: (args) => html`<p style="max-width: 40rem">
    Hittills har
    <trygg-training-badge label=${args.label} value="84" max="120" target="90" today=${args.today}></trygg-training-badge>
    av socialförvaltningens personal gått grundutbildningen.
  </p>`,
};

/** In table cells, one badge per unit, all from one document (`unit`). */
export const InATable: Story = {
  render: (args) => html`<table>
    <caption style="text-align: start">Grundutbildningen per förvaltning (exempel)</caption>
    <thead>
      <tr><th scope="col" style="text-align: start">Förvaltning</th><th scope="col" style="text-align: start">Utbildade</th></tr>
    </thead>
    <tbody>
      ${exampleDocument.units.map(
        (u) => html`<tr>
          <th scope="row" style="text-align: start">${u.name}</th>
          <td><trygg-training-badge layout="badge" label=${u.name} unit=${u.name} today=${args.today} .data=${exampleDocument}></trygg-training-badge></td>
        </tr>`
      )}
    </tbody>
  </table>`,
};

/** The card: the whole organisation from a training document, with the per-unit breakdown. */
export const Card: Story = {
  args: { label: '', value: '', max: '', target: '', deadline: '', data: exampleDocument },
};

/** The card for one unit of the document (`unit="Socialförvaltningen"`). */
export const CardOneUnit: Story = {
  args: { ...Card.args, unit: 'Socialförvaltningen' },
};

/** Long data: 200 units, folded away behind "Per enhet (200)". */
export const CardTwoHundredUnits: Story = {
  args: {
    ...Card.args,
    data: {
      ...exampleDocument,
      units: Array.from({ length: 200 }, (_, i) => ({
        name: `Arbetsplats ${i + 1} inom hemtjänsten`,
        completed: (i * 7) % 23,
        total: 23,
      })),
    },
  },
};

/** A document with an empty unit list: "Uppgift saknas" and a notice for the editor. */
export const CardNoUnits: Story = { args: { ...Card.args, data: { ...exampleDocument, units: [] } } };

/** Some units are wrong: the valid ones still show, with a short notice (details in the console). */
export const CardPartlyWrong: Story = {
  args: {
    ...Card.args,
    data: {
      ...exampleDocument,
      target: 120,
      units: [...exampleDocument.units, { name: 'Fel', completed: 50, total: 40 }],
    },
  },
};

/** While `src` loads: the same shape, "Hämtar uppgifter …". (The request is held open in this story.) */
export const Loading: Story = {
  args: { ...Card.args, data: undefined, src: '/never-answers/training.json' },
  beforeEach: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) =>
      (input instanceof Request ? input.url : input.toString()).includes('/never-answers/')
        ? new Promise<Response>(() => undefined)
        : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
    };
  },
};

/** `src` could not be loaded. */
export const LoadError: Story = { args: { ...Card.args, data: undefined, src: '/does-not-exist/training.json' } };

/** Attributes an editor got wrong: no NaN, "Uppgift saknas" and a notice naming nothing technical. */
export const BadAttributes: Story = { args: { value: 'åttiofyra', max: '0' } };

/** value above max: shown as complete, with a notice. */
export const ValueAboveMax: Story = { args: { value: '130' } };

/** An element with nothing set yet. */
export const Empty: Story = {
  args: { label: '', value: '', max: '', target: '', deadline: '' },
};

/** One person's completed course: an Open Badges 3.0 credential. The signature is not checked in the browser. */
export const Credential: Story = {
  args: { label: '', value: '', max: '', target: '', deadline: '', credential: exampleCredential() },
};

/** A credential past its `validUntil`. */
export const CredentialExpired: Story = {
  args: { ...Credential.args, today: '2030-01-01' },
};

/** A credential that does not follow Open Badges 3.0 (no achievement name): a notice, nothing of it shown. */
export const CredentialBroken: Story = {
  args: {
    ...Credential.args,
    credential: (() => {
      const c = exampleCredential() as unknown as { credentialSubject: { achievement: Record<string, unknown> } };
      delete c.credentialSubject.achievement.name;
      return c;
    })(),
  },
};

/** A VC-JWT (the compact signed form): not decoded; the card asks for the JSON form. */
export const CredentialJwt: Story = {
  args: { ...Credential.args, credential: 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJlLWV4ZW1wZWw' },
};

/** A person's modules and the credential together. */
export const ProgressAndCredential: Story = {
  args: {
    label: 'Mina moduler',
    value: '4',
    max: '4',
    target: '',
    deadline: '',
    layout: 'card',
    credential: exampleCredential(),
  },
};

/** The card at 320 px: each unit's row stacks (name, then count and status). */
export const CardMobile: Story = {
  ...Card,
  render: (args) => html`<div style="max-width: 320px">${meta.render!(args, {} as never)}</div>`,
};
