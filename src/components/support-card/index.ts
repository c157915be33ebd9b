/** Defines `<trygg-support-card>` only (`import 'trygg-kit/support-card.js'`). */
export { TryggSupportCard } from './support-card.js';
export { NATIONAL_CONTACTS } from './national-contacts.js';
export type { Audience, Channel, Contact, ContactsDocument, Hours, HoursSpec } from './schema.js';
export type { DataErrorDetail, TryggEventMap } from '../../core/events.js';
