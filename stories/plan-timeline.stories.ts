import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import readme from '../src/components/plan-timeline/README.md?raw';
import alingsas from '../demo/data/alingsas-plan.json';
import '../src/components/plan-timeline/index.js';
import type { PlanDocument, PlanMeasure, TryggPlanTimeline } from '../src/components/plan-timeline/index.js';

interface Args {
  status: string;
  responsible: string;
  level: string;
  prevention: string;
  view: 'auto' | 'list';
  today: string;
  data: unknown;
  src: string;
  width: string;
}

const TODAY = '2026-11-26';
const plan = alingsas as unknown as PlanDocument;

const statuses = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
const bodies = ['Socialnämnden', 'Kommunledningskontoret', 'Barn- och ungdomsförvaltningen', 'Alingsåshem'];
function many(n: number): PlanDocument {
  return {
    title: `Exempel: ${n} påhittade åtgärder`,
    period: { start: '2023', end: '2026' },
    measures: Array.from({ length: n }, (_, i): PlanMeasure => ({
      id: `m${i}`,
      title: `Exempelåtgärd ${i + 1}`,
      responsible: [bodies[i % bodies.length]],
      start: `${2023 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      end: `${2024 + (i % 3)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`,
      status: statuses[i % statuses.length],
      level: 'organisation',
      prevention: 'universal',
      example: true,
    })),
  };
}

const meta: Meta<Args> = {
  title: 'Components/Plan timeline',
  component: 'trygg-plan-timeline',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: readme } } },
  args: {
    status: '',
    responsible: '',
    level: '',
    prevention: '',
    view: 'auto',
    today: TODAY,
    data: plan,
    src: '',
    width: '',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['auto', 'list'] },
    width: { control: 'text', description: 'Width of the wrapper (story only), e.g. 20rem or 70rem' },
  },
  render: (args) => html`<div style=${args.width ? `inline-size: min(100%, ${args.width})` : nothing}>
    <trygg-plan-timeline
      .data=${args.data ?? undefined}
      src=${args.src || nothing}
      status=${args.status || nothing}
      responsible=${args.responsible || nothing}
      level=${args.level || nothing}
      prevention=${args.prevention || nothing}
      view=${args.view}
      today=${args.today || nothing}
    ></trygg-plan-timeline>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The Alingsås decision history and measures (demo data from the seed; examples are marked). */
export const Default: Story = {};

/** Narrow (a phone, or a side column): the vertical list grouped by year, with the "today" marker. */
export const Narrow: Story = { args: { width: '20rem' } };

/** Wide: the same list laid out as an overview, lanes by responsible body and bars over time. */
export const Overview: Story = { args: { width: '70rem' } };

/** Wide, but the visitor chose "Visa som lista". */
export const WideAsList: Story = { args: { width: '70rem', view: 'list' } };

/** `status="planned ongoing delayed"`: what is still to do. */
export const FilteredByStatus: Story = { args: { status: 'planned ongoing delayed' } };

/** `responsible="Kommunledningskontoret"`. */
export const FilteredByResponsible: Story = { args: { responsible: 'Kommunledningskontoret' } };

/** Level and prevention filters (`level="society" prevention="universal"`). */
export const FilteredByLevelAndPrevention: Story = { args: { level: 'society', prevention: 'universal' } };

/** A filter that matches nothing: the count says so. */
export const NoMatch: Story = { args: { responsible: 'Ingen sådan förvaltning' } };

/** The filter panel open, with one status chosen. */
export const FiltersOpen: Story = {
  args: { status: 'done' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('details')!.open = true;
  },
};

/** Every description open (as when printing). */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part~="measure"] details').forEach((d) => (d.open = true));
  },
};

/** Loading a `src` that does not answer yet. */
export const Loading: Story = {
  args: { data: undefined },
  render: () => html`<trygg-plan-timeline></trygg-plan-timeline>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    // A same-origin URL that never answers within the story (the loader's timeout is 10 s).
    el.src = `/__never__/${Math.random().toString(36).slice(2)}.json`;
    await el.updateComplete;
  },
};

/** `src` could not be loaded: a short notice (details in the console and the trygg-data-error event). */
export const LoadError: Story = { args: { data: undefined, src: '/no-such-plan.json' } };

/** No measures yet. */
export const Empty: Story = { args: { data: { title: 'Handlingsplan', measures: [] } } };

/** Bad data: the valid items show, with a notice; unsafe links are plain text. */
export const BadData: Story = {
  args: {
    data: {
      title: 'Handlingsplan med fel',
      measures: [
        { id: 'ok', title: 'Giltig åtgärd', start: '2023-03', status: 'ongoing', responsible: ['Socialnämnden'] },
        { id: 'status', title: 'Okänd status och nivå', date: '2023-05', status: 'paused', level: 'galaxy' },
        { id: 'month', title: 'Omöjligt datum 2023-13', date: '2023-13' },
        { id: 'reverse', title: 'Slutar före start', start: '2024-06', end: '2023-01' },
        { id: 'ok', title: 'Samma id en gång till' },
        { id: 'untitled' },
        {
          id: 'inject',
          title: '<img src=x onerror=alert(1)> visas som text',
          links: [{ title: 'javascript:-länk (visas som text)', url: 'javascript:alert(1)' }],
        },
      ],
    },
  },
};

/** 1 000 measures: the list (the overview is for at most 300 items). */
export const Long: Story = { args: { data: many(1000), width: '70rem' } };

/** 120 measures on a wide screen: the overview at scale. */
export const OverviewLong: Story = { args: { data: many(120), width: '90rem' } };
