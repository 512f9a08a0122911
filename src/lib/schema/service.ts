import { z } from 'zod';
import { calendarDate, commonKeys, text, webUrl } from './fields.ts';
import { checkDoubts, checkExpiry } from './rules.ts';
import { checkTranslations, serviceTranslations } from './translations.ts';

export const SERVICE_CATEGORIES = ['reddito', 'abitare', 'famiglia', 'salute', 'trasporti', 'legale', 'altro'] as const;

/** An income, housing or other aid (`src/content/services/`). */
export const serviceFields = z.strictObject({
  ...commonKeys,
  /** The text fields in the reader languages, with the hash of the Italian they translate (optional). */
  translations: serviceTranslations,
  category: z.enum(SERVICE_CATEGORIES),
  /** Who gives it: "INPS", "Comune di Milano". */
  provider: text(140),
  /** Who can apply, in plain words. */
  who: text(500),
  /** Maximum ISEE in euro. */
  isee: z
    .number()
    .nonnegative()
    // "9.530" is read as 9.53: Italian thousands separators must not slip through.
    .refine((value) => value === 0 || value >= 100, { message: 'sembra troppo basso: scrivi l\'importo in euro senza punti né virgole, per esempio isee: 9530.' })
    .optional(),
  amount: text(140).optional(),
  /** Application deadline; also the default `expires`. */
  deadline: calendarDate.optional(),
  /** Documents to bring. */
  documents: z.array(text(200)).optional(),
  officialUrl: webUrl.optional(),
  /** Last day shown; default `deadline`, else shown until removed. */
  expires: calendarDate.optional(),
});

/** With the cross-field rules. */
export const serviceSchema = serviceFields.superRefine((service, ctx) => {
  checkExpiry({ ...service, kind: 'service' }, ctx);
  checkTranslations('service', service, ctx);
  checkDoubts(service, ctx);
});

export type ServiceData = z.output<typeof serviceSchema>;
