/**
 * Defines `<trygg-quick-exit>` only (`import 'trygg-kit/quick-exit.js'`, `dist/cdn/quick-exit.js`).
 * Imports nothing of Lit or the shared Lit core (not even core/define.ts): the file stays alone.
 */
import { onPage } from '../../core/exit.js';
import { TryggQuickExit } from './quick-exit.js';
import { loadStrings, resolveLocale } from './strings.js';

// Defining twice (two script tags, CDN + npm) never throws: the first definition wins. On a page in
// English or Arabic the element is defined once its strings are there, so it upgrades once, in the
// page's language (no Swedish flash); until then the fallback link works. Swedish: at once.
const define = (): void => {
  if (!customElements.get('trygg-quick-exit')) customElements.define('trygg-quick-exit', TryggQuickExit);
};
// On a server (SSR, Node) there is no page and no registry: nothing to define.
if (onPage && typeof customElements !== 'undefined') {
  const locale = resolveLocale(document.documentElement.lang);
  if (locale === 'sv') define();
  else void loadStrings(locale).finally(define);
}

export { TryggQuickExit };
export {
  checkExitUrl,
  DEFAULT_EXIT_URL,
  exitPage,
  installExit,
  type ExitCore,
  type ExitTrigger,
} from '../../core/exit.js';
export type { ExitDetail, ExitProgressDetail, TryggEventMap } from '../../core/events.js';
