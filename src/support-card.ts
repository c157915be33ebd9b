/** Defines `<trygg-support-card>` only (`import 'trygg-kit/support-card.js'`). */
export { TryggSupportCard } from './components/support-card/support-card.js';
export { NATIONAL_CONTACTS } from './components/support-card/national-contacts.js';
export type { Audience, Channel, Contact, ContactsDocument, Hours, HoursSpec } from './core/schemas/contacts.js';
