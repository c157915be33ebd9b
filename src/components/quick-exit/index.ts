/** Defines `<trygg-quick-exit>` only (`import 'trygg-kit/quick-exit.js'`). */
export { TryggQuickExit } from './quick-exit.js';
export { DEFAULT_EXIT_URL, exitPage, type ExitTrigger } from '../../core/exit.js';
export type { ExitDetail, ExitProgressDetail, TryggEventMap } from '../../core/events.js';
