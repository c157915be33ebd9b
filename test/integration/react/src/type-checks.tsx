// Compile-time checks only (tsc, not bundled): each line below must be a type error.
import type {} from 'trygg-kit/jsx';
import { TryggSupportCard } from 'trygg-kit/react';
import { templates } from 'trygg-kit/locales/en.js';

export const checks = [
  // @ts-expect-error: a misspelt attribute on a trygg- element
  <trygg-support-card layuot="compact" />,
  // @ts-expect-error: a value the attribute does not take
  <trygg-support-card layout="large" />,
  // @ts-expect-error: a misspelt prop on a wrapper
  <TryggSupportCard layuot="compact" />,
  // @ts-expect-error: the event detail is typed (no `url` in a data error)
  <trygg-support-card ontrygg-data-error={(event) => event.detail.url} />,
];

/** trygg-kit/locales/*.js have types (no TS7016). */
export const english: Record<string, unknown> = templates;
