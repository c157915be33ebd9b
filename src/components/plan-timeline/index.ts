/** Defines `<trygg-plan-timeline>` only (`import 'trygg-kit/plan-timeline.js'`). */
export { TryggPlanTimeline } from './plan-timeline.js';
export type { PlanDocument, PlanMeasure, PlanLink, PlanStatus, PlanKind, PlanLevel, PlanPrevention } from './schema.js';
export type { DataErrorDetail, TryggEventMap } from '../../core/events.js';
