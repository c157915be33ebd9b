/** `import 'trygg-kit'` defines every component and exports their classes and data types. */
export * from './components/quick-exit/index.js';
export * from './components/support-card/index.js';
export * from './components/plan-timeline/index.js';
export { safeUrl } from './core/safe-url.js';
export { getLocale, localeReady, LOCALES, type Locale } from './core/locale.js';
export type { LocalizedText } from './core/localized-text.js';
export type { DataErrorDetail, ExitDetail, ExitProgressDetail, TryggEventMap } from './core/events.js';
export * from './components/training-badge/index.js';
