/**
 * The national lines' English and Arabic texts arrive on demand (a Swedish page downloads none):
 * the support card's translation loaders import national-contacts.<lang>.ts with its strings and
 * add the texts to the built-in contacts here, before the card renders in that language.
 */
import { NATIONAL_CONTACTS } from './national-contacts.js';

/** Texts of one language, by contact id, then by field (`name`, `description`, `note`). */
export type NationalTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Adds `lang`'s texts to the LocalizedText fields of the built-in contacts (idempotent). */
export function addNationalTexts(lang: string, texts: NationalTexts): void {
  for (const contact of NATIONAL_CONTACTS) {
    for (const [field, text] of Object.entries(texts[contact.id] ?? {})) {
      const value: unknown = (contact as unknown as Record<string, unknown>)[field];
      // The generated objects are plain and ours: a language is added in place, once.
      if (value !== null && typeof value === 'object') (value as Record<string, string>)[lang] = text;
    }
  }
}
