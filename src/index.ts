/** `import 'trygg-kit'` defines every component and exports their classes and data types. */
export * from './quick-exit.js';
export * from './support-card.js';
export * from './plan-timeline.js';
export { safeUrl } from './core/safe-url.js';
export { getLocale, localeReady, LOCALES, type Locale } from './core/locale.js';
export type { LocalizedText } from './core/localized-text.js';
export type { DataErrorDetail } from './core/data.js';
export * from './training-badge.js';
