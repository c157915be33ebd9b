// The bench's plan: N measures with every field the timeline shows (bench/*.bench.ts).
import type { PlanDocument, PlanMeasure } from '../src/components/plan-timeline/index.js';

const statuses = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
const bodies = [
  'Socialnämnden',
  'Kommunledningskontoret',
  'Barn- och ungdomsförvaltningen',
  'Alingsåshem',
  'Kultur- och utbildningsförvaltningen',
];

export function planOf(n: number): PlanDocument {
  const measures: PlanMeasure[] = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    title: { sv: `Åtgärd ${i}: utbildning och utåtriktade insatser`, en: `Measure ${i}` },
    description: { sv: `Beskrivning av åtgärd ${i}.` },
    responsible: [bodies[i % bodies.length]],
    partners: i % 3 ? ['Alingsåshem'] : [],
    start: `${2022 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    end: `${2023 + (i % 5)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}`,
    status: statuses[i % statuses.length],
    level: 'organisation',
    prevention: 'universal',
    audience: ['staff'],
    sdg: ['5.2', '16.1'],
  }));
  return { title: 'Bench', period: { start: '2022', end: '2027' }, measures };
}
