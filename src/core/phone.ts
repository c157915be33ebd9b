/**
 * Phone and SMS links: the one place where a number from data becomes a `tel:`/`sms:` link, for the
 * support card's channels and the plan timeline's links.
 *
 * What is dialled is what is shown:
 * - the link's text starts with the number it dials, in full, in the editor's formatting with
 *   exactly the digits dialled (`+46 (0)20-50 50 50` is shown `+46 20-50 50 50` and dials `+4620505050`);
 * - a label or title that contains another phone number is refused (a problem for the notice);
 * - bidi controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C) and invisible characters are removed
 *   from numbers, names, labels and titles, so no text can be displayed in another order than it is
 *   stored; runs of white space (no-break spaces included) become one space, and a label is at most
 *   {@link MAX_LABEL} characters, so padding cannot push the number out of the button.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from './localized-text.js';

/**
 * Bidi embeddings/overrides (U+202A–202E), isolates (U+2066–2069), marks (U+200E/F) and the Arabic
 * letter mark (U+061C), and characters that take no space: zero-width space and joiners
 * (U+200B–200D), word joiner, BOM, soft hyphen.
 */
export const BIDI_CONTROLS = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/** The longest label or link title of a phone link, in characters (after white space is collapsed). */
export const MAX_LABEL = 80;

/** The schemes of a phone link. */
export type PhoneScheme = 'tel:' | 'sms:';

/** A text without bidi controls or invisible characters. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A text from data as a one-line label: no bidi controls, every run of white space one space, trimmed. */
export function cleanText(text: string): string {
  return stripBidi(text).replace(/\s+/g, ' ').trim();
}

/** {@link stripBidi} over every language of a `LocalizedText`. */
export function stripBidiText<T extends LocalizedText>(value: T): T {
  if (typeof value === 'string') return stripBidi(value) as T;
  return Object.fromEntries(Object.entries(value).map(([tag, text]) => [tag, stripBidi(text)])) as T;
}

/** A number as the person sees it and as the phone dials it. */
export interface PhoneNumber {
  /** The number as written, cleaned: its digits (and leading `+`) are exactly those of {@link dial}. */
  shown: string;
  /** What is dialled: an optional `+` and 2–20 digits. */
  dial: string;
}

// A trunk zero written after a country code: "+46 (0)20…", "0046(0)8…".
const TRUNK = /^(\+\d{1,3}|00\d{1,3})\s*\(0\)\s*/;

/**
 * Reads a number as an editor wrote it ("020-50 50 50", "+46 (0)20-50 50 50"): digits, spaces,
 * dashes, dots and brackets, an optional leading `+`. `undefined` when it is not a phone number.
 */
export function parsePhone(value: unknown): PhoneNumber | undefined {
  if (typeof value !== 'string') return undefined;
  const shown = cleanText(value).replace(TRUNK, '$1 ');
  if (!/^\+?[\d\s\-().]{2,32}$/.test(shown)) return undefined;
  const dial = shown.replace(/[^\d+]/g, '');
  return /^\+?\d{2,20}$/.test(dial) ? { shown, dial } : undefined;
}

/**
 * A phone number as written ("020-50 50 50") to a `tel:` URL ("tel:020505050"), see {@link parsePhone};
 * `undefined` if it is not a phone number.
 */
export function telUrl(number: string, scheme: PhoneScheme = 'tel:'): string | undefined {
  const phone = parsePhone(number);
  return phone ? scheme + phone.dial : undefined;
}

/** The number of a `tel:`/`sms:` URL (`tel:+46%2020…`), `undefined` when it is not one. */
export function phoneOfUrl(url: unknown): { scheme: PhoneScheme; phone: PhoneNumber } | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /^\s*(tel|sms):(.*)$/is.exec(url);
  if (!match) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  const phone = parsePhone(path);
  return phone ? { scheme: `${match[1].toLowerCase()}:` as PhoneScheme, phone } : undefined;
}

/** Is this URL a `tel:` or `sms:` link (well formed or not)? */
export function isPhoneUrl(url: unknown): boolean {
  return typeof url === 'string' && /^\s*(tel|sms):/i.test(stripBidi(url));
}

/** The same number in one form: `+46…` and `0046…` as the Swedish national `0…`. */
function national(dial: string): string {
  const digits = dial.replace(/^00/, '+');
  return digits.startsWith('+46') ? `0${digits.slice(3)}` : digits;
}

/** Do two dial strings reach the same number? */
export function sameNumber(a: string, b: string): boolean {
  return national(a) === national(b);
}

/**
 * The phone numbers written in a text: runs of digits with spaces, dashes or brackets between them
 * and an optional leading `+` (a trunk `(0)` after a country code dropped) that have at least five
 * digits, or three or more written together (`112`, `1177`). Times and ranges such as `08.00`,
 * `8:00` or `8-16` are not numbers.
 */
export function numbersIn(text: string): string[] {
  const runs = cleanText(text).match(/\+?\d(?:[\s\-()]*\d)+/g) ?? [];
  return runs
    .map((run) => ({ run, digits: run.replace(TRUNK, '$1').replace(/[^\d+]/g, '') }))
    .filter(({ run, digits }) => {
      const count = digits.replace('+', '').length;
      return count >= 5 || (count >= 3 && /^\+?\d+$/.test(run));
    })
    .map(({ digits }) => digits);
}

/** The texts of a `LocalizedText`, one per language. */
function textsOf(value: LocalizedText): string[] {
  return typeof value === 'string' ? [value] : Object.values(value);
}

/**
 * Checks the label (or link title) of a phone link: cleaned and capped, and refused when it names
 * another number than the one dialled. Returns the label to show (`undefined` when refused) and the
 * problems, each starting with `path`.
 */
export function checkPhoneLabel(
  label: LocalizedText | undefined,
  dial: string,
  path: string
): { label: LocalizedText | undefined; problems: string[] } {
  if (label === undefined) return { label, problems: [] };
  const other = textsOf(label)
    .flatMap(numbersIn)
    .find((n) => !sameNumber(n, dial));
  if (other !== undefined)
    return {
      label: undefined,
      problems: [`${path}: names the number ${other}, but the link dials ${dial}; not shown`],
    };
  // Shown right after the number, "50 50" would read as more of it ("020-50" + "50 50").
  if (textsOf(label).some((text) => /^[\d+\-–(). ]/.test(cleanText(text))))
    return {
      label: undefined,
      problems: [`${path}: starts with digits (they would read as part of the number); not shown`],
    };
  const cut: string[] = [];
  const clean = (text: string): string => {
    const one = cleanText(text);
    if (one.length <= MAX_LABEL) return one;
    cut.push(one);
    return `${one.slice(0, MAX_LABEL - 1).trimEnd()}…`;
  };
  const cleaned: LocalizedText =
    typeof label === 'string'
      ? clean(label)
      : Object.fromEntries(Object.entries(label).map(([tag, text]) => [tag, clean(text)]));
  return {
    label: cleaned,
    problems: cut.length ? [`${path}: longer than ${MAX_LABEL} characters; cut to ${MAX_LABEL}`] : [],
  };
}

/**
 * A phone link: `<a href="tel:…" rel="noreferrer">` whose text starts with the number it dials
 * (`<span class="number" dir="ltr">`), then `label`.
 */
export function renderPhoneLink(phone: PhoneNumber, scheme: PhoneScheme, label: unknown): TemplateResult {
  return html`<a href=${scheme + phone.dial} rel="noreferrer"><span class="number" dir="ltr">${phone.shown}</span> ${label}</a>`;
}

/**
 * A link from data that may be a phone link: `tel:`/`sms:` through {@link renderPhoneLink} (or the
 * text alone when the URL is not a plain number), anything else through `renderLink`.
 */
export function renderAnyLink(
  url: unknown,
  content: unknown,
  renderLink: (url: unknown, content: unknown) => unknown
): unknown {
  if (!isPhoneUrl(url)) return renderLink(url, content);
  const phone = phoneOfUrl(url);
  return phone ? renderPhoneLink(phone.phone, phone.scheme, content) : content;
}
