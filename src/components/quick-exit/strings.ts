/**
 * The quick exit's Swedish source strings, and its English and Arabic tables.
 *
 * The element is built without Lit (see README, "Why no Lit"), so it does not run @lit/localize.
 * Translators work as everywhere else: each string below is written as a `msg()` call with an id,
 * `npm run locales:extract` finds it (the local `msg` has @lit/localize's type, which is what the
 * extractor looks for) and writes locales/quick-exit/{en,ar}.xlf, and `npm run locales:build`
 * turns the XLIFF into `./locales/{en,ar}.ts`: plain tables of id → text. At run time `msg` just
 * returns the Swedish text, and {@link text} looks a string up in the page language's table. The
 * English and Arabic tables are loaded only when the page is in that language (a separate file
 * beside `dist/cdn/quick-exit.js`). No string takes a parameter (the tables stay plain text).
 */
import type { msg as litMsg } from '@lit/localize';

const msg = ((template: string) => template) as unknown as typeof litMsg;

const sv = {
  'quick-exit.label': msg('Lämna sidan snabbt', { id: 'quick-exit.label' }),
  'quick-exit.region': msg('Snabb utgång', { id: 'quick-exit.region' }),
  'quick-exit.two-more': msg('Tryck på Shift två gånger till för att lämna sidan.', { id: 'quick-exit.two-more' }),
  'quick-exit.one-more': msg('Tryck på Shift en gång till för att lämna sidan.', { id: 'quick-exit.one-more' }),
  'quick-exit.help-summary': msg('Så döljer du ditt besök', { id: 'quick-exit.help-summary' }),
  'quick-exit.help-what': msg(
    'Knappen döljer sidan direkt och byter den mot en neutral webbplats. Bakåtknappen leder inte tillbaka hit.',
    { id: 'quick-exit.help-what' }
  ),
  'quick-exit.help-shortcut': msg('Du kan också trycka på Shift tre gånger.', { id: 'quick-exit.help-shortcut' }),
  'quick-exit.help-history': msg(
    'Webbläsarens historik raderas inte. Använd ett privat fönster, eller rensa historiken efteråt, om någon kan se din enhet.',
    { id: 'quick-exit.help-history' }
  ),
};

export type StringId = keyof typeof sv;
export type QuickExitLocale = 'sv' | 'en' | 'ar';

/**
 * `sv-SE` → `sv`, `EN_gb` → `en`; anything but English and Arabic → Swedish. No regular
 * expression: a first `split(/…/)` costs Chromium 1–2 ms, and this runs before the first frame.
 */
export function resolveLocale(tag: string | null | undefined): QuickExitLocale {
  const primary = (tag ?? '').trim().toLowerCase().replace('_', '-').split('-')[0];
  return primary === 'en' || primary === 'ar' ? primary : 'sv';
}

type Table = Partial<Record<StringId, string>>;
const tables: Partial<Record<QuickExitLocale, Table>> = { sv };
// Explicit import() calls: a template-literal import() breaks both Vite and the test runner.
const loaders = { en: () => import('./locales/en.js'), ar: () => import('./locales/ar.js') };

/** Loads the table of `locale` (at once for Swedish); resolves when {@link text} can use it. */
export async function loadStrings(locale: QuickExitLocale): Promise<void> {
  if (locale !== 'sv' && !tables[locale]) tables[locale] = (await loaders[locale]()).templates;
}

/** The text of `id` in `locale` (Swedish until that table has loaded, or when it lacks the string). */
export function text(id: StringId, locale: QuickExitLocale): string {
  return tables[locale]?.[id] ?? sv[id];
}
