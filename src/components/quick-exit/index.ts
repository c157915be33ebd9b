/** Defines `<trygg-quick-exit>` only (`import 'trygg-kit/quick-exit.js'`). */
import { defineElement } from '../../core/define.js';
import { TryggQuickExit } from './quick-exit.js';

defineElement('trygg-quick-exit')(TryggQuickExit);

export { TryggQuickExit };
export {
  checkExitUrl,
  DEFAULT_EXIT_URL,
  exitPage,
  installExit,
  type ExitCore,
  type ExitProgressDetail,
  type ExitTrigger,
} from '../../core/exit.js';
