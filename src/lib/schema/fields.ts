/**
 * Field schemas shared by the three collections. Messages are in Italian because
 * editors read them; see `content/problems.ts` for the built-in zod codes.
 */
import { z } from 'zod';
import { isCalendarDate } from '../issue/dates.ts';
import { PHONE_PATTERN } from '../text/phone.ts';

export const DATE_EXAMPLE = '2026-11-23';

/** Years a content date may have: wide enough for long aids and courses, narrow enough to catch typos. */
export const YEARS = { first: 2000, last: 2099 } as const;

/**
 * A calendar date `YYYY-MM-DD`, checked as written (2026-02-30 is an error).
 * Astro's own front-matter parser hands dates over as `Date` at UTC midnight; they are
 * turned back into the same text (the raw text is checked first by `content/load.ts`).
 */
export const calendarDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!isCalendarDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" non è una data valida. Scrivi la data come AAAA-MM-GG, per esempio ${DATE_EXAMPLE}.`,
        params: { kind: 'date', form: `"${text}" non è una data valida: sceglila dal calendario.` },
      });
      return z.NEVER;
    }
    // A bulletin's dates are this century's: 9999 or 2062 for 2026 is a typo that would hide an item for ever.
    const year = Number(text.slice(0, 4));
    if (year < YEARS.first || year > YEARS.last) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}": l'anno ${year} sembra un errore di battitura. Scrivi un anno tra ${YEARS.first} e ${YEARS.last}, per esempio ${DATE_EXAMPLE}.`,
        params: { kind: 'date', form: `l'anno ${year} sembra un errore di battitura: scegli un anno tra ${YEARS.first} e ${YEARS.last}.` },
      });
      return z.NEVER;
    }
    return text;
  });

/** Free text written by editors: trimmed, never empty. */
export const text = (max = 500) => z.string().trim().min(1).max(max);

/** A phone number as people write it: digits and spaces, optional leading `+`. Must be quoted in YAML. */
export const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, {
    message: 'non è un numero di telefono valido. Usa solo cifre e spazi, con un "+" iniziale se serve, per esempio "+39 02 1234 5678" o "333 1234567".',
  })
  .refine((value) => value.replace(/\D/g, '').length >= 6 && value.replace(/\D/g, '').length <= 15, {
    message: 'non sembra un numero di telefono: deve avere da 6 a 15 cifre, per esempio "02 1234 5678".',
  });

/** An absolute http(s) link. */
export const webUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, { message: 'non è un indirizzo web valido: deve iniziare con https:// o http:// (per esempio https://www.comune.milano.it/).' });

export const email = z.email({ message: 'non è un indirizzo e-mail valido (per esempio lavoro@esempio.it).' });

/** CEFR levels of Italian. */
export const CEFR_LEVELS = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const cefr = z.enum(CEFR_LEVELS);
export type CefrLevel = z.output<typeof cefr>;

/** How to apply: at least one way to get in touch. */
export const apply = z
  .strictObject({
    /** E-mail address to write to. */
    email: email.optional(),
    /** Phone number to call. */
    phone: phone.optional(),
    /** Web page or form to apply on. */
    url: webUrl.optional(),
    /** WhatsApp number. */
    whatsapp: phone.optional(),
    /** Where to go in person, free text ("HUB Rizzoli, via Rizzoli 46, lun 9–12"). */
    inPerson: text(300).optional(),
    /** A note on how to apply ("portare il CV"). */
    note: text(300).optional(),
  })
  .refine((a) => Boolean(a.email || a.phone || a.url || a.whatsapp || a.inPerson), {
    message: 'deve contenere almeno un modo per candidarsi: email, phone, url, whatsapp o inPerson.',
    params: { kind: 'apply-empty' },
  });
export type Apply = z.output<typeof apply>;

/** Where: city (Milano by default), street address, neighbourhood, municipio 1–9. */
export const location = z.strictObject({
  city: text(80).default('Milano'),
  address: text(200).optional(),
  zone: text(80).optional(),
  municipio: z.int().min(1).max(9).optional(),
});
export type Location = z.output<typeof location>;

const title = z.string().trim().min(3).max(140);
const summary = z.string().trim().min(1).max(280);

/** Keys every item has. */
export const commonKeys = {
  /** Title shown on cards and pages. Required, 3–140 characters. */
  title,
  /** One or two plain sentences, up to 280 characters. */
  summary: summary.optional(),
  /** First day the item may appear. Required. */
  published: calendarDate,
  /** A draft never appears anywhere. */
  draft: z.boolean().default(false),
  /** Free tags. */
  tags: z.array(text(40)).optional(),
  /** Last day shown; each collection has its own default. */
  expires: calendarDate.optional(),
  /** How to apply. Required. */
  apply,
  /** Fields an import guessed ("sector", "location.municipio"): shown as a warning until the editor clears the list; only a draft may have them. */
  daControllare: z.array(text(60)).optional(),
};
