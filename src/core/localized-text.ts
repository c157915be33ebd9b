/**
 * `LocalizedText`: a string, or an object of language tag → string (`{"sv": "…", "en": "…"}`).
 * The page locale is used, then `sv`, then the first entry. When the text shown is in another
 * language than the page, its language is returned too, so it can be marked up with `lang`
 * (WCAG 3.1.2, language of parts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, resolveLocale, SOURCE_LOCALE, type Locale } from './locale.js';

export type LocalizedText = string | Readonly<Record<string, string>>;

export interface ResolvedText {
  text: string;
  /** Set when the text is in another language than the page. */
  lang?: string;
}

/** Picks the text for `locale` (default: the current locale). Empty text for a missing value. */
export function resolveText(value: LocalizedText | null | undefined, locale: Locale = getLocale()): ResolvedText {
  if (value == null) return { text: '' };
  if (typeof value === 'string') return { text: value };
  const entries = Object.entries(value).filter(([, text]) => typeof text === 'string' && text.trim() !== '');
  const exact = entries.find(([tag]) => tag.toLowerCase() === locale);
  if (exact) return { text: exact[1] };
  const primary = entries.find(([tag]) => resolveLocale(tag) === locale && tag.toLowerCase().startsWith(locale));
  if (primary) return { text: primary[1] };
  const source = entries.find(([tag]) => tag.toLowerCase().split('-')[0] === SOURCE_LOCALE);
  const [tag, text] = source ?? entries.at(0) ?? ['', ''];
  return tag === '' ? { text: '' } : { text, lang: tag };
}

/** Plain text of a `LocalizedText` in the current locale. */
export function textOf(value: LocalizedText | null | undefined): string {
  return resolveText(value).text;
}

/**
 * Renders a `LocalizedText` as escaped text. Data is never rendered as markup.
 *
 * - Text in another language than the page: `<span lang="…" dir="auto">` (language of parts, and
 *   its own direction: Swedish in an Arabic page stays left to right, its full stop at its end).
 * - A plain string (language not declared): `<span dir="auto">`, isolated in the direction of its
 *   first letter, for the same reason.
 * - Text in the page's language: the text alone.
 *
 * A number in groups inside it is isolated left to right (`isolateNumbers`).
 */
export function renderText(value: LocalizedText | null | undefined): TemplateResult | string | typeof nothing {
  const { text, lang } = resolveText(value);
  if (text === '') return nothing;
  const shown = isolateNumbers(text);
  if (lang) return html`<span lang=${lang} dir="auto">${shown}</span>`;
  if (typeof value === 'string') return html`<span dir="auto">${shown}</span>`;
  return typeof shown === 'string' ? shown : html`${shown}`;
}

/**
 * A number written in groups ("114 14", "020-50 50 50", "1 000") read from right to left would be
 * shown group by group backwards: in Arabic text the browser lays the groups out as separate
 * numbers, last group first ("14 114"). Each such number is isolated left to right, as the card's
 * phone buttons are (a date such as 2026-12-31 too, which changes nothing: it is one number to the
 * browser). Text with none is returned as it is.
 */
function isolateNumbers(text: string): string | (string | TemplateResult)[] {
  const parts = text.split(/(\+?\d+(?:[ \u00a0-]\d+)+)/);
  return parts.length === 1 ? text : parts.map((p, i) => (i % 2 ? html`<span dir="ltr">${p}</span>` : p));
}
