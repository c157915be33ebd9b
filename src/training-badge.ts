/** Defines `<trygg-training-badge>` only (`import 'trygg-kit/training-badge.js'`). */
export { TryggTrainingBadge } from './components/training-badge/training-badge.js';
export type { TrainingDocument, TrainingUnit } from './core/schemas/training.js';
export type { OpenBadgeCredential } from './core/schemas/open-badge.js';
