import { z } from 'zod';
import { calendarDate, commonKeys, cefr, location, text, webUrl } from './fields.ts';
import { checkClosedByHand, checkDoubts, checkExpiry } from './rules.ts';
import { checkTranslations, offerTranslations } from './translations.ts';

export const SECTORS = [
  'ristorazione', 'pulizie', 'assistenza-familiare', 'logistica', 'commercio', 'edilizia', 'manutenzione',
  'industria', 'ufficio', 'sanita', 'educazione', 'sartoria', 'giardinaggio', 'altro',
] as const;
export const CONTRACTS = [
  'indeterminato', 'determinato', 'apprendistato', 'somministrazione', 'tirocinio', 'occasionale', 'voucher',
  'partita-iva', 'altro',
] as const;
export const HOURS = ['full-time', 'part-time', 'turni', 'flessibile'] as const;

/** A job offer (`src/content/offers/`). */
export const offerFields = z.strictObject({
  ...commonKeys,
  /** The text fields in the reader languages, with the hash of the Italian they translate (optional). */
  translations: offerTranslations,
  /** Employer name; may be omitted ("azienda di pulizie, zona Loreto"). */
  employer: text(140).optional(),
  sector: z.enum(SECTORS),
  contract: z.enum(CONTRACTS),
  hours: z.enum(HOURS),
  /** When, in words: "lun–ven 8:30–12:30". */
  schedule: text(140).optional(),
  /** Hours compatible with school times. */
  schoolHours: z.boolean().default(false),
  location,
  /** Local offer from territorial scouting ("Lavoro a km 0"). */
  km0: z.boolean().default(false),
  /** Minimum Italian level. */
  italian: cefr.optional(),
  requirements: z.array(text(200)).optional(),
  salary: text(140).optional(),
  source: text(140).optional(),
  sourceUrl: webUrl.optional(),
  reference: text(80).optional(),
  /** Last day shown; default `published` + 30 days. */
  expires: calendarDate.optional(),
  /** "Posto coperto": from this day the offer is closed (shown with its own words, no way to apply). */
  filled: calendarDate.optional(),
});

/** With the cross-field rules. */
export const offerSchema = offerFields.superRefine((offer, ctx) => {
  checkExpiry({ ...offer, kind: 'offer' }, ctx);
  checkTranslations('offer', offer, ctx);
  checkClosedByHand(offer, 'filled', ctx);
  checkDoubts(offer, ctx);
});

export type OfferData = z.output<typeof offerSchema>;
