/** Defines `<trygg-training-badge>` only (`import 'trygg-kit/training-badge.js'`). */
export { TryggTrainingBadge } from './training-badge.js';
export type { TrainingDocument, TrainingUnit } from './schema.js';
export type { OpenBadgeCredential } from './credential.js';
export type { DataErrorDetail, TryggEventMap } from '../../core/events.js';
