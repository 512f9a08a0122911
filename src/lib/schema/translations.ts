/**
 * The `translations` key: per reader language, the item's text fields in that language, with
 * the limits of the originals, the short hash of the Italian each field was translated from
 * (`hash`), and `auto` while the text is an unchecked machine draft.
 */
import { z } from 'zod';
import { OTHER_LANGS, type OtherLang } from '../../i18n/languages.ts';
import { text } from './fields.ts';

/** The reader languages an item may be translated into: every one but Italian, the original (the one list). */
export const TRANSLATION_LANGS: readonly OtherLang[] = OTHER_LANGS;
export type TranslationLang = OtherLang;

/** Text fields every item may translate, as paths in the item's data (`body` is the Markdown body). */
const COMMON_FIELDS = ['title', 'summary', 'apply.note', 'apply.inPerson', 'body'] as const;

/** The translatable fields of each kind of item, in the order a sheet lists them. */
export const TRANSLATABLE_FIELDS = {
  offer: ['title', 'summary', 'schedule', 'requirements', 'salary', 'apply.inPerson', 'apply.note', 'body'],
  course: ['title', 'summary', 'schedule', 'certificate', 'apply.inPerson', 'apply.note', 'body'],
  service: ['title', 'summary', 'who', 'amount', 'documents', 'apply.inPerson', 'apply.note', 'body'],
} as const satisfies Record<string, readonly string[]>;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[keyof typeof TRANSLATABLE_FIELDS][number] | (typeof COMMON_FIELDS)[number];

/** Fields that are lists of lines in Italian (one sheet row per line). */
export const LIST_FIELDS: ReadonlySet<string> = new Set(['requirements', 'documents']);

/** A short hash of the Italian a translation was made from: 8 hexadecimal digits. */
export const HASH_PATTERN = /^[0-9a-f]{8}$/;

const hash = z.string().regex(HASH_PATTERN, { message: 'non è un\'impronta valida: deve avere 8 cifre esadecimali (0-9, a-f), come la scrive "npm run traduci".' });

/** A translated list: one entry per Italian line; `null` for a line not translated yet. */
const translatedList = z.array(text(200).nullable());

const shared = {
  /** The title, 3–140 characters. */
  title: z.string().trim().min(3).max(140).optional(),
  /** The summary, up to 280 characters. */
  summary: z.string().trim().min(1).max(280).optional(),
  /** How to apply: the note and where to go in person. */
  apply: z.strictObject({ note: text(300).optional(), inPerson: text(300).optional() }).optional(),
  /** The body, in Markdown. */
  body: z.string().trim().min(1).max(20_000).optional(),
  /** Per field (`title`, `apply.note`, `requirements.0`…), the short hash of the Italian it translates. */
  hash: z.record(z.string(), hash).optional(),
  /** `true` (every field) or the fields that are unchecked machine drafts; `false` once a person has checked them. */
  auto: z.union([z.boolean(), z.array(z.string())]).optional(),
};

const blocks = {
  offer: z.strictObject({ ...shared, schedule: text(140).optional(), requirements: translatedList.optional(), salary: text(140).optional() }),
  course: z.strictObject({ ...shared, schedule: text(140).optional(), certificate: text(140).optional() }),
  service: z.strictObject({ ...shared, who: text(500).optional(), amount: text(140).optional(), documents: translatedList.optional() }),
};

/** Per language (`ar`, `en`, `es`, `fr`, `si`), the translated fields of one kind of item. */
function translationsOf<K extends keyof typeof blocks>(kind: K) {
  const block = blocks[kind].optional();
  return z.strictObject({ ar: block, en: block, es: block, fr: block, si: block }).optional();
}

export const offerTranslations = translationsOf('offer');
export const courseTranslations = translationsOf('course');
export const serviceTranslations = translationsOf('service');

/** One language's block, whatever the kind (the fields a kind lacks are absent). */
export type TranslationBlock = Partial<z.output<(typeof blocks)['offer']> & z.output<(typeof blocks)['course']> & z.output<(typeof blocks)['service']>>;
export type Translations = Partial<Record<TranslationLang, TranslationBlock>>;

/** The Italian value at a field path of an item's data (`apply.note`), `undefined` when not written. */
export function italianAt(data: Record<string, unknown>, field: string): unknown {
  let value: unknown = data;
  for (const segment of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

/** The keys a block's `hash` and `auto` may name: each field, and each line of a list (`requirements.0`). */
export function hashKeysOf(kind: keyof typeof TRANSLATABLE_FIELDS, data: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const field of TRANSLATABLE_FIELDS[kind]) {
    keys.add(field);
    const value = italianAt(data, field);
    if (LIST_FIELDS.has(field) && Array.isArray(value)) value.forEach((_, index) => keys.add(`${field}.${index}`));
  }
  return keys;
}

const LANG_NAMES_IT: Record<TranslationLang, string> = { ar: 'arabo', en: 'inglese', es: 'spagnolo', fr: 'francese', si: 'singalese' };

/** Cross-field rules: a translation needs its Italian original, a list no more lines than the Italian. */
export function checkTranslations(kind: keyof typeof TRANSLATABLE_FIELDS, data: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const translations = data['translations'] as Translations | undefined;
  if (!translations) return;
  const keys = hashKeysOf(kind, data);
  for (const lang of TRANSLATION_LANGS) {
    const block = translations[lang] as Record<string, unknown> | undefined;
    if (!block) continue;
    for (const field of TRANSLATABLE_FIELDS[kind]) {
      if (field === 'body') continue;
      const translated = italianAt(block, field);
      if (translated === undefined) continue;
      const original = italianAt(data, field);
      const path = ['translations', lang, ...field.split('.')];
      if (original === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `c'è la traduzione in ${LANG_NAMES_IT[lang]} ma manca il testo italiano "${field}": scrivi prima l'italiano, oppure togli la traduzione.`, params: { form: `c'è la traduzione in ${LANG_NAMES_IT[lang]} ma il campo italiano è vuoto: scrivi prima l'italiano, oppure cancella la traduzione.` } });
      } else if (Array.isArray(translated) && Array.isArray(original) && translated.length > original.length) {
        ctx.addIssue({ code: 'custom', path, message: `la traduzione in ${LANG_NAMES_IT[lang]} ha ${translated.length} righe, l'italiano ${original.length}: una riga tradotta per ogni riga italiana, nello stesso ordine.`, params: { form: `la traduzione in ${LANG_NAMES_IT[lang]} ha ${translated.length} voci, l'italiano ${original.length}: una voce tradotta per ogni voce italiana, nello stesso ordine.` } });
      }
    }
    for (const key of Object.keys((block['hash'] as Record<string, string> | undefined) ?? {})) {
      if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['translations', lang, 'hash', key], message: `"${key}" non è un campo traducibile di questa scheda: togli la riga (l'impronta la scrive "npm run traduci").` });
    }
    const auto = block['auto'];
    if (Array.isArray(auto)) {
      for (const key of auto as string[]) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: ['translations', lang, 'auto'], message: `"${key}" non è un campo traducibile di questa scheda: in "auto" scrivi i campi tradotti a macchina (per esempio title), oppure true.` });
      }
    }
  }
}
