import { z } from 'zod';
import { calendarDate, commonKeys, cefr, location, text } from './fields.ts';
import { checkClosedByHand, checkDoubts, checkExpiry } from './rules.ts';
import { checkTranslations, courseTranslations } from './translations.ts';

export const COURSE_KINDS = ['italiano-lavoro', 'italiano', 'professionale', 'digitale', 'politica-attiva', 'orientamento'] as const;
export const LANGUAGE_KINDS: ReadonlySet<string> = new Set(['italiano-lavoro', 'italiano']);

/** A course, active policy or Italian class (`src/content/courses/`). */
export const courseFields = z.strictObject({
  ...commonKeys,
  /** The text fields in the reader languages, with the hash of the Italian they translate (optional). */
  translations: courseTranslations,
  kind: z.enum(COURSE_KINDS),
  /** Who runs it: "CPIA 3 Milano". */
  provider: text(140),
  /** CEFR level; required for Italian classes. */
  level: cefr.optional(),
  start: calendarDate.optional(),
  end: calendarDate.optional(),
  /** Last day to enrol. */
  enrollBy: calendarDate.optional(),
  schedule: text(140).optional(),
  hoursTotal: z.int().positive().optional(),
  free: z.boolean().default(true),
  /** Required when `free` is false. */
  cost: text(140).optional(),
  /** A space for children during lessons. */
  childcare: z.boolean().default(false),
  online: z.boolean().default(false),
  location: location.optional(),
  certificate: text(140).optional(),
  /** Last day shown; default `enrollBy`, else `start`, else `published` + 60 days. */
  expires: calendarDate.optional(),
  /** "Posti esauriti": from this day the course is closed (shown with its own words, no way to enrol). */
  full: calendarDate.optional(),
});

/** With the cross-field rules. */
export const courseSchema = courseFields.superRefine((course, ctx) => {
    if (course.start && course.end && course.end < course.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `la fine del corso (${course.end}) è prima dell'inizio (${course.start}). Correggi "start" o "end".`, params: { form: `è prima del primo giorno (${course.start}): correggi una delle due date.` } });
    }
    if (course.enrollBy && course.end && course.enrollBy > course.end) {
      ctx.addIssue({ code: 'custom', path: ['enrollBy'], message: `la data di iscrizione (${course.enrollBy}) è dopo la fine del corso (${course.end}). Correggi "enrollBy" o "end".`, params: { form: `è dopo l'ultimo giorno del corso (${course.end}): correggi una delle due date.` } });
    }
    if (LANGUAGE_KINDS.has(course.kind) && !course.level) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `manca il livello: per un corso di italiano (kind: ${course.kind}) scrivi il livello, per esempio "level: A2".`, params: { form: 'manca: per un corso di italiano scegli il livello dall\'elenco (per esempio A2).' } });
    }
    if (!course.free && !course.cost) {
      ctx.addIssue({ code: 'custom', path: ['cost'], message: 'manca il costo: il corso è a pagamento (free: false), quindi scrivi quanto costa, per esempio "cost: 50 euro".', params: { form: 'manca: il corso non è gratuito, quindi scrivi quanto costa (per esempio 50 euro), oppure attiva "Gratuito".' } });
    }
    checkExpiry({ ...course, kind: 'course' }, ctx);
    checkTranslations('course', course, ctx);
    checkClosedByHand(course, 'full', ctx);
    checkDoubts(course, ctx);
  });

export type CourseData = z.output<typeof courseSchema>;
