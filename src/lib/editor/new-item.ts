/**
 * `npm run nuovo`: the questions for each kind of item, the answers checked with the
 * same field schemas as the build, and the new file written from `templates/nuovo/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slugify, validateFile } from '../content/load.ts';
import type { ContentProblem } from '../content/problems.ts';
import { collectionOf, type ItemKind } from '../content/items.ts';
import { COURSE_KINDS } from '../schema/course.ts';
import { calendarDate, CEFR_LEVELS, email, phone, webUrl } from '../schema/fields.ts';
import { CONTRACTS, HOURS, SECTORS } from '../schema/offer.ts';
import { SERVICE_CATEGORIES } from '../schema/service.ts';
import { fillTemplateRaw, readTemplate } from '../text/template.ts';
import { readValue } from '../input/read-value.ts';
import type { z } from 'zod';

export const NEW_KINDS = ['offerta', 'corso', 'italiano', 'servizio'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

type AnswerType = 'text' | 'date' | 'yesno' | 'choice' | 'number' | 'phone' | 'email' | 'url';

export interface Question {
  /** Field name, also the command-line flag (`--title`). */
  key: string;
  /** The question, in Italian. */
  label: string;
  type: AnswerType;
  required?: boolean;
  choices?: readonly string[];
}

const CONTACTS: Question[] = [
  { key: 'phone', label: 'Telefono per candidarsi', type: 'phone' },
  { key: 'whatsapp', label: 'Numero WhatsApp', type: 'phone' },
  { key: 'email', label: 'E-mail per candidarsi', type: 'email' },
  { key: 'url', label: 'Pagina web per candidarsi (https://…)', type: 'url' },
  { key: 'inPerson', label: 'Dove andare di persona (luogo, giorni, orari)', type: 'text' },
];

const PLACE: Question[] = [
  { key: 'address', label: 'Indirizzo (via e numero)', type: 'text' },
  { key: 'zone', label: 'Quartiere (per esempio Loreto, NoLo, Turro)', type: 'text' },
  { key: 'municipio', label: 'Municipio (1–9)', type: 'number' },
];

const COURSE_DATES: Question[] = [
  { key: 'start', label: 'Inizio del corso (AAAA-MM-GG)', type: 'date' },
  { key: 'end', label: 'Fine del corso (AAAA-MM-GG)', type: 'date' },
  { key: 'enrollBy', label: 'Ultimo giorno per iscriversi (AAAA-MM-GG)', type: 'date' },
  { key: 'schedule', label: 'Giorni e orari', type: 'text' },
];

const COMMON_START: Question[] = [
  { key: 'title', label: 'Titolo (3–140 caratteri)', type: 'text', required: true },
  { key: 'summary', label: 'Riassunto in una o due frasi', type: 'text' },
  { key: 'published', label: 'Data di pubblicazione (AAAA-MM-GG)', type: 'date', required: true },
];

export const QUESTIONS: Record<NewKind, Question[]> = {
  offerta: [
    ...COMMON_START,
    { key: 'employer', label: 'Azienda (Invio per ometterla)', type: 'text' },
    { key: 'sector', label: 'Settore', type: 'choice', choices: SECTORS, required: true },
    { key: 'contract', label: 'Contratto', type: 'choice', choices: CONTRACTS, required: true },
    { key: 'hours', label: 'Orario', type: 'choice', choices: HOURS, required: true },
    { key: 'schedule', label: 'Giorni e orari (per esempio lun–ven 8:30–12:30)', type: 'text' },
    { key: 'schoolHours', label: 'Orario compatibile con la scuola? (s/n)', type: 'yesno' },
    { key: 'km0', label: 'Offerta "Lavoro a km 0"? (s/n)', type: 'yesno' },
    { key: 'italian', label: 'Livello minimo di italiano', type: 'choice', choices: CEFR_LEVELS },
    ...PLACE,
    ...CONTACTS,
    { key: 'expires', label: 'Ultimo giorno in cui mostrarla (Invio = 30 giorni)', type: 'date' },
  ],
  corso: [
    ...COMMON_START,
    { key: 'kind', label: 'Tipo di corso', type: 'choice', choices: COURSE_KINDS.filter((k) => k !== 'italiano' && k !== 'italiano-lavoro'), required: true },
    { key: 'provider', label: 'Chi organizza il corso', type: 'text', required: true },
    ...COURSE_DATES,
    { key: 'free', label: 'È gratuito? (s/n)', type: 'yesno' },
    { key: 'cost', label: 'Costo (se non è gratuito)', type: 'text' },
    { key: 'childcare', label: 'C\'è uno spazio bimbi? (s/n)', type: 'yesno' },
    { key: 'online', label: 'È online? (s/n)', type: 'yesno' },
    ...PLACE,
    ...CONTACTS,
  ],
  italiano: [
    ...COMMON_START,
    { key: 'kind', label: 'Tipo', type: 'choice', choices: ['italiano-lavoro', 'italiano'], required: true },
    { key: 'provider', label: 'Chi organizza il corso (per esempio CPIA 3 Milano)', type: 'text', required: true },
    { key: 'level', label: 'Livello del corso', type: 'choice', choices: CEFR_LEVELS, required: true },
    ...COURSE_DATES,
    { key: 'childcare', label: 'C\'è uno spazio bimbi? (s/n)', type: 'yesno' },
    ...PLACE,
    ...CONTACTS,
  ],
  servizio: [
    ...COMMON_START,
    { key: 'category', label: 'Tipo di aiuto', type: 'choice', choices: SERVICE_CATEGORIES, required: true },
    { key: 'provider', label: 'Chi lo eroga (per esempio INPS, Comune di Milano)', type: 'text', required: true },
    { key: 'who', label: 'Chi può chiederlo, in parole semplici', type: 'text', required: true },
    { key: 'isee', label: 'ISEE massimo in euro, senza punti', type: 'number' },
    { key: 'deadline', label: 'Ultimo giorno per fare domanda (AAAA-MM-GG)', type: 'date' },
    { key: 'officialUrl', label: 'Pagina ufficiale (https://…)', type: 'url' },
    ...CONTACTS,
  ],
};

const TEMPLATE: Record<NewKind, { file: string; kind: ItemKind }> = {
  offerta: { file: 'nuovo/offerta.md', kind: 'offer' },
  corso: { file: 'nuovo/corso.md', kind: 'course' },
  italiano: { file: 'nuovo/corso.md', kind: 'course' },
  servizio: { file: 'nuovo/servizio.md', kind: 'service' },
};

const FIELD_CHECKS: Partial<Record<AnswerType, z.ZodType>> = { date: calendarDate, phone, email, url: webUrl };

export type Answer = { value: string; error?: undefined } | { value?: undefined; error: string };

/**
 * An answer as typed, read with the one value reader (`input/read-value.ts`: "Pulizie",
 * "part time", "a1", "31/12/2026", "sì") and checked; `value` is what goes in the file.
 */
export function readAnswer(question: Question, typed: string): Answer {
  const answer = typed.trim();
  if (answer === '') return question.required ? { error: 'questa risposta è obbligatoria.' } : { value: '' };
  if (question.type === 'text' && answer.length > 280) return { error: 'è troppo lungo: al massimo 280 caratteri.' };
  let value = answer;
  if (question.type === 'yesno' || question.type === 'choice' || question.type === 'date' || question.type === 'number') {
    const read = readValue(question.key, answer);
    if (!read.ok) return { error: read.message };
    value = String(read.value);
    if (question.choices && !question.choices.includes(value)) return { error: `"${answer}" qui non si può scegliere: scegli uno di questi: ${question.choices.join(', ')}.` };
  }
  const schema = FIELD_CHECKS[question.type];
  if (schema) {
    const result = schema.safeParse(value);
    if (!result.success) return { error: result.error.issues[0]?.message ?? 'valore non valido.' };
  }
  return { value };
}

/** An answer as written, checked; returns an Italian error or undefined. */
export function checkAnswer(question: Question, answer: string): string | undefined {
  return readAnswer(question, answer).error;
}

/** YAML for one answer: text always double-quoted (JSON is valid YAML), so ":" or "#" can't break it. */
function yamlValue(question: Question, answer: string): string {
  switch (question.type) {
    case 'yesno':
    case 'date':
    case 'number':
    case 'choice': {
      const read = readValue(question.key, answer);
      return read.ok ? String(read.value) : answer;
    }
    default:
      return JSON.stringify(answer);
  }
}

export interface NewItem {
  kind: ItemKind;
  text: string;
}

/**
 * Fills the template with the answers (keys as in QUESTIONS; empty answers are left out).
 * `extra` holds values already written as YAML (the importer's draft flag, lists, comments).
 */
export function renderNewItem(kind: NewKind, answers: Record<string, string>, extra: Record<string, string | boolean> = {}): NewItem {
  const view: Record<string, string | boolean> = {};
  for (const question of QUESTIONS[kind]) {
    const answer = answers[question.key]?.trim() ?? '';
    if (answer !== '') view[question.key] = yamlValue(question, answer);
  }
  view['schoolHours'] ??= 'false';
  view['km0'] ??= 'false';
  view['free'] ??= 'true';
  view['childcare'] ??= 'false';
  view['online'] ??= 'false';
  if (kind === 'offerta' && !view['address'] && !view['zone'] && !view['municipio']) view['city'] = '"Milano"';
  Object.assign(view, extra);
  view['hasLocation'] = Boolean(view['address'] || view['zone'] || view['municipio']);
  const text = fillTemplateRaw(readTemplate(TEMPLATE[kind].file), view);
  return { kind: TEMPLATE[kind].kind, text: text.endsWith('\n') ? text : `${text}\n` };
}

/** `<contentDir>/<folder>/<slug>.md`, never an existing file: `-2`, `-3`… are added. */
export function newItemPath(contentDir: string, kind: ItemKind, title: string, exists: (path: string) => boolean = existsSync): string {
  const folder = join(contentDir, collectionOf(kind).folder);
  const base = slugify(title).slice(0, 60).replace(/-+$/, '') || 'annuncio';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!exists(join(folder, `${slug}.md`)) && !exists(join(folder, `${slug}.mdx`))) return join(folder, `${slug}.md`);
  }
}

/** The same check as the build, on the text about to be written. */
export function validateNewItem(item: NewItem, path: string): ContentProblem[] {
  return validateFile(collectionOf(item.kind), path, item.text).problems;
}
