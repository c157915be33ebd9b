/** Defines `<trygg-plan-timeline>` only (`import 'trygg-kit/plan-timeline.js'`). */
export { TryggPlanTimeline } from './components/plan-timeline/plan-timeline.js';
export type {
  PlanDocument,
  PlanMeasure,
  PlanLink,
  PlanStatus,
  PlanKind,
  PlanLevel,
  PlanPrevention,
} from './core/schemas/plan.js';
