/**
 * Generated content for benchmarks and tests: N realistic, valid items (offers, courses,
 * services, roughly 60/25/15) spread evenly over W weeks ending on a given day, written as
 * the editors write them (YAML front matter and a Markdown body). The same options always
 * give the same files: every choice comes from one seeded generator, never Math.random.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateFile, slugify } from '../../src/lib/content/load.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { mediumDate } from '../../src/lib/view/format.ts';
import { addDays, isCalendarDate, mondayOf, weekOf, type CalendarDate, type WeekId } from '../../src/lib/issue/dates.ts';
import { collectionOf, type Item, type ItemKind } from '../../src/lib/content/items.ts';
import { Random } from './random.ts';
import {
  CONTRACT_WEIGHTS, COURSE_KIND_WEIGHTS, COURSE_TOPICS, EMAIL_DOMAINS, EMAIL_USERS, HOURS_WEIGHTS, HUBS, LEVEL_WEIGHTS, OFFER_TAGS,
  OPENINGS, ROLES, SCHEDULES, SCHOOL_HOURS, SERVICE_CATEGORY_WEIGHTS, SERVICE_TOPICS, TOWNS, ZONES, type Zone,
} from './words.ts';

export interface GenerateOptions {
  /** How many items. */
  items: number;
  /** Over how many weeks (ISO weeks, the last one containing `until`). */
  weeks: number;
  /** Same seed, same files. */
  seed: string | number;
  /** Nothing is published after this day. */
  until: CalendarDate;
}

export interface GeneratedFile {
  kind: ItemKind;
  slug: string;
  /** Path under the content folder: `offers/aiuto-cuoco-loreto-00001.md`. */
  path: string;
  /** The whole file: front matter and body. */
  source: string;
  published: CalendarDate;
  week: WeekId;
}

/** Shares of offers, courses and services. */
export const KIND_SHARES: Readonly<Record<ItemKind, number>> = { offer: 0.6, course: 0.25, service: 0.15 };

/** Fewest days any generated item stays visible: an item published in the week before an issue is always in it. */
export const MIN_VISIBLE_DAYS = 14;

export function checkOptions(options: GenerateOptions): void {
  if (!Number.isInteger(options.items) || options.items < 1) throw new RangeError(`items must be a positive integer, not ${options.items}`);
  if (!Number.isInteger(options.weeks) || options.weeks < 1) throw new RangeError(`weeks must be a positive integer, not ${options.weeks}`);
  if (!isCalendarDate(options.until)) throw new RangeError(`until must be a date YYYY-MM-DD, not ${options.until}`);
}

/** How many items of each kind: rounded shares that add up to `total`. */
export function kindCounts(total: number): Record<ItemKind, number> {
  const offer = Math.round(total * KIND_SHARES.offer);
  const course = Math.min(total - offer, Math.round(total * KIND_SHARES.course));
  return { offer, course, service: total - offer - course };
}

// ---------------------------------------------------------------------------------------------
// YAML as editors write it: plain where that is safe, double-quoted otherwise (phones, times,
// links). Dates stay plain. JSON strings are valid YAML double-quoted scalars.

type Scalar = string | number | boolean;
type Value = Scalar | readonly Scalar[] | { readonly [key: string]: Scalar | undefined } | undefined;

const PLAIN = /^[A-Za-zÀ-ÖØ-öø-ÿ][^\n:#"{}[\],&*!|>%@`]*$/;
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function scalar(value: Scalar): string {
  if (typeof value !== 'string') return String(value);
  if (DATE.test(value)) return value;
  if (PLAIN.test(value) && !RESERVED.test(value) && value === value.trim()) return value;
  return JSON.stringify(value);
}

function frontMatter(fields: Record<string, Value>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const entry of value as readonly Scalar[]) lines.push(`  - ${scalar(entry)}`);
    } else if (typeof value === 'object') {
      lines.push(`${key}:`);
      for (const [inner, innerValue] of Object.entries(value)) if (innerValue !== undefined) lines.push(`  ${inner}: ${scalar(innerValue)}`);
    } else {
      lines.push(`${key}: ${scalar(value as Scalar)}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

function phoneNumber(rng: Random): string {
  return rng.chance(0.5)
    ? `02 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`
    : `3${rng.int(20, 93)} ${rng.int(1000000, 9999999)}`;
}

function emailAddress(rng: Random, name: string): string {
  const domainName = slugify(name).split('-').filter(Boolean).slice(0, 2).join('') || 'lavoro';
  return rng.chance(0.5) ? `${rng.pick(EMAIL_USERS)}@${domainName}.${rng.pick(['it', 'org'])}` : `${rng.pick(EMAIL_USERS)}@${rng.pick(EMAIL_DOMAINS)}`;
}

interface Place {
  city: string;
  zone?: string;
  address?: string | undefined;
  municipio?: number;
  /** "a Loreto", "in zona Città Studi", "a Sesto San Giovanni". */
  phrase: string;
}

function placeIn(rng: Random, outsideShare: number): Place {
  if (rng.chance(outsideShare)) {
    const city = rng.pick(TOWNS);
    return { city, phrase: `a ${city}` };
  }
  const zone: Zone = rng.pick(ZONES);
  const phrase = zone.zone.startsWith('via ') ? `in ${zone.zone}` : rng.chance(0.5) ? `a ${zone.zone}` : `in zona ${zone.zone}`;
  return { city: 'Milano', zone: zone.zone, address: rng.chance(0.5) ? rng.pick(zone.streets) : undefined, municipio: zone.municipio, phrase };
}

function locationOf(place: Place): Record<string, Scalar | undefined> {
  return { city: place.city, address: place.address, zone: place.zone, municipio: place.municipio };
}

function applyFields(rng: Random, name: string, inPersonShare: number): Record<string, Scalar | undefined> {
  const apply: Record<string, Scalar | undefined> = {
    inPerson: rng.chance(inPersonShare) ? `${rng.pick(HUBS)}${rng.chance(0.5) ? ', porta il CV' : ''}` : undefined,
    phone: rng.chance(0.45) ? phoneNumber(rng) : undefined,
    whatsapp: rng.chance(0.15) ? `3${rng.int(20, 93)} ${rng.int(1000000, 9999999)}` : undefined,
    email: rng.chance(0.45) ? emailAddress(rng, name) : undefined,
    url: rng.chance(0.2) ? `https://www.${slugify(name).replace(/-/g, '').slice(0, 40) || 'lavoro'}.it/lavora-con-noi` : undefined,
    note: rng.chance(0.35) ? rng.pick(['Scrivi nell\'oggetto il titolo dell\'annuncio.', 'Chiama dal lunedì al venerdì, 9–12.', 'Porta il CV stampato e un documento.', 'Se non hai il CV, ti aiutiamo a scriverlo allo sportello.']) : undefined,
  };
  if (!apply['inPerson'] && !apply['phone'] && !apply['whatsapp'] && !apply['email'] && !apply['url']) apply['phone'] = phoneNumber(rng);
  return apply;
}

function slugFor(base: string, index: number): string {
  let slug = slugify(base);
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
  return `${slug || 'scheda'}-${String(index + 1).padStart(5, '0')}`;
}

function paragraphs(...parts: (string | undefined)[]): string {
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Draft {
  base: string;
  fields: Record<string, Value>;
  body: string;
}

function offer(rng: Random, published: CalendarDate): Draft {
  const role = rng.pick(ROLES);
  const job = rng.pick(role.titles);
  const where = rng.pick(role.places);
  const km0 = rng.chance(0.3);
  const place = placeIn(rng, km0 ? 0 : 0.25);
  const hours = rng.weighted(HOURS_WEIGHTS);
  const schedule = rng.chance(0.85) ? rng.pick(SCHEDULES[hours]) : undefined;
  const contract = rng.weighted(CONTRACT_WEIGHTS);
  const employer = rng.chance(0.75) ? rng.pick(role.employers) : undefined;
  const italian = rng.chance(0.85) ? rng.pick(role.italian) : undefined;
  const title = `${job} ${where} ${place.phrase}`;
  const tasks = rng.sample(role.tasks, rng.int(1, 3));
  const requirements = rng.chance(0.7) ? rng.sample(role.requirements, rng.int(1, 3)) : undefined;
  const who = employer ?? (km0 ? 'Un\'attività del quartiere' : 'Un\'azienda');
  const summary = rng.chance(0.9)
    ? `${who} cerca ${lowerFirst(job)} ${where} ${place.phrase}. ${schedule ? `Orario: ${schedule}.` : ''}`.trim()
    : undefined;
  const fields: Record<string, Value> = {
    title,
    summary,
    published,
    expires: rng.chance(0.55) ? addDays(published, rng.int(MIN_VISIBLE_DAYS, 45)) : undefined,
    employer,
    sector: role.sector,
    contract,
    hours,
    schedule,
    schoolHours: schedule !== undefined && SCHOOL_HOURS.has(schedule) ? true : undefined,
    location: locationOf(place),
    km0: km0 ? true : undefined,
    italian,
    requirements,
    salary: rng.chance(0.6) ? rng.pick(role.salaries) : undefined,
    source: km0 ? 'Lavoro a km 0 — ricerca nel quartiere' : rng.chance(0.4) ? rng.pick(['Centro per l\'impiego di Milano', 'AFOL Metropolitana', 'segnalazione di un\'azienda', 'InfoJobs']) : undefined,
    reference: rng.chance(0.3) ? `RIF-${published.slice(0, 4)}-${rng.int(100, 999)}` : undefined,
    apply: applyFields(rng, employer ?? job, km0 ? 0.9 : 0.35),
    tags: rng.chance(0.6) ? rng.sample(OFFER_TAGS, rng.int(1, 3)) : undefined,
  };
  const body = paragraphs(
    tasks.join(' '),
    rng.chance(0.5) ? `Cosa serve:\n\n${(requirements ?? ['voglia di lavorare', 'essere puntuale']).map((r) => `- ${r}`).join('\n')}` : undefined,
    `${contract === 'tirocinio' ? 'Tirocinio con rimborso spese' : 'Contratto regolare'}${schedule ? `, ${schedule}` : ''}.`,
    rng.chance(0.5) ? rng.pick(OPENINGS) : undefined,
  );
  return { base: `${job} ${place.zone ?? place.city}`, fields, body };
}

function course(rng: Random, published: CalendarDate): Draft {
  const kind = rng.weighted(COURSE_KIND_WEIGHTS);
  const topic = COURSE_TOPICS.find((t) => t.kind === kind)!;
  const isLanguage = kind === 'italiano' || kind === 'italiano-lavoro';
  const level = isLanguage ? rng.weighted(LEVEL_WEIGHTS) : undefined;
  const online = (kind === 'digitale' || kind === 'orientamento' || kind === 'politica-attiva') && rng.chance(0.2);
  const place = placeIn(rng, 0.1);
  const ongoing = (kind === 'politica-attiva' || kind === 'orientamento') && rng.chance(0.6);
  const start = ongoing ? undefined : addDays(published, rng.int(MIN_VISIBLE_DAYS, 40));
  const end = start && rng.chance(0.85) ? addDays(start, rng.int(28, 160)) : undefined;
  let enrollBy: CalendarDate | undefined;
  if (start && rng.chance(0.65)) {
    enrollBy = addDays(start, rng.int(-5, 10));
    if (enrollBy < addDays(published, MIN_VISIBLE_DAYS)) enrollBy = addDays(published, MIN_VISIBLE_DAYS);
    if (end && enrollBy > end) enrollBy = end;
  }
  const free = rng.chance(0.85);
  const provider = rng.pick(topic.providers);
  const baseTitle = rng.pick(topic.titles);
  const title = `${baseTitle}${level ? ` (${level})` : ''}${online ? ' online' : ` ${place.phrase}`}`;
  const schedule = rng.chance(0.8) ? rng.pick(topic.schedules) : undefined;
  const childcare = rng.chance(isLanguage ? 0.35 : 0.1);
  const summary = rng.chance(0.9)
    ? `${free ? 'Corso gratuito' : 'Corso'}${level ? ` di livello ${level}` : ''} con ${provider}${schedule ? `, ${schedule}` : ''}.${childcare ? ' C\'è lo spazio bimbi.' : ''}`
    : undefined;
  const fields: Record<string, Value> = {
    title,
    summary,
    published,
    expires: rng.chance(0.1) ? addDays(published, rng.int(20, 60)) : undefined,
    kind,
    provider,
    level,
    start,
    end,
    enrollBy,
    schedule,
    hoursTotal: rng.chance(0.7) ? rng.int(2, 40) * 5 : undefined,
    free,
    cost: free ? undefined : rng.pick(['50 euro', '120 euro, si può pagare a rate', 'contributo di 30 euro per i libri', '200 euro (gratis con la Dote Unica Lavoro)']),
    childcare: childcare ? true : undefined,
    online: online ? true : undefined,
    location: online && rng.chance(0.5) ? undefined : locationOf(place),
    certificate: rng.chance(0.6) ? `${rng.pick(topic.certificates)}${level ? ` ${level}` : ''}` : undefined,
    apply: applyFields(rng, provider, 0.5),
    tags: rng.chance(0.5) ? rng.sample(isLanguage ? ['italiano', 'lavoro', 'mamme', 'sera', 'gratis'] : ['corso', 'gratis', 'attestato', 'giovani', 'donne'], rng.int(1, 2)) : undefined,
  };
  const body = paragraphs(
    rng.sample(topic.lines, rng.int(1, 3)).join(' '),
    schedule ? `Le lezioni sono ${schedule}${start ? `, a partire dal ${mediumDate(start)}` : ''}.` : undefined,
    childcare ? 'I bambini piccoli stanno nello spazio bimbi durante le lezioni.' : undefined,
    rng.chance(0.4) ? rng.pick(OPENINGS) : undefined,
  );
  return { base: `${baseTitle} ${level ?? ''} ${online ? 'online' : place.zone ?? place.city}`, fields, body };
}

function service(rng: Random, published: CalendarDate): Draft {
  const category = rng.weighted(SERVICE_CATEGORY_WEIGHTS);
  const topic = SERVICE_TOPICS.find((t) => t.category === category)!;
  const title = rng.pick(topic.titles);
  const provider = rng.pick(topic.providers);
  const who = rng.pick(topic.who);
  const amount = rng.chance(0.8) ? rng.pick(topic.amounts) : undefined;
  const dated = rng.next();
  const deadline = dated < 0.65 ? addDays(published, rng.int(30, 150)) : undefined;
  const expires = dated >= 0.65 && dated < 0.95 ? addDays(published, rng.int(60, 180)) : undefined;
  const fields: Record<string, Value> = {
    title,
    summary: rng.chance(0.9) ? `${amount ? `${amount.replace(/^./, (c) => c.toUpperCase())}. ` : ''}${who}` : undefined,
    published,
    expires,
    category,
    provider,
    who,
    isee: rng.chance(0.55) ? rng.int(60, 400) * 100 : undefined,
    amount,
    deadline,
    documents: rng.chance(0.6) ? rng.sample(topic.documents, rng.int(1, 4)) : undefined,
    officialUrl: rng.chance(0.7) ? rng.pick(topic.officialUrls) : undefined,
    apply: applyFields(rng, provider, 0.6),
    tags: rng.chance(0.5) ? rng.sample([provider, 'soldi', 'famiglia', 'casa', 'documenti'], rng.int(1, 2)).map((t) => t.slice(0, 40)) : undefined,
  };
  const body = paragraphs(
    rng.sample(topic.lines, rng.int(1, 3)).join(' '),
    deadline ? `Puoi fare la domanda fino al ${mediumDate(deadline)}.` : undefined,
    rng.chance(0.5) ? rng.pick(OPENINGS) : undefined,
  );
  return { base: title, fields, body };
}

const FOLDER: Record<ItemKind, 'offers' | 'courses' | 'services'> = { offer: 'offers', course: 'courses', service: 'services' };
const MAKERS: Record<ItemKind, (rng: Random, published: CalendarDate) => Draft> = { offer, course, service };

/** The files, in publication order (oldest first). Nothing is written. */
export function generateFiles(options: GenerateOptions): GeneratedFile[] {
  checkOptions(options);
  const rng = new Random(options.seed);
  const counts = kindCounts(options.items);
  const kinds = rng.shuffle([
    ...Array<ItemKind>(counts.offer).fill('offer'),
    ...Array<ItemKind>(counts.course).fill('course'),
    ...Array<ItemKind>(counts.service).fill('service'),
  ]);
  const lastMonday = mondayOf(options.until);
  const mondays = Array.from({ length: options.weeks }, (_, k) => addDays(lastMonday, -7 * (options.weeks - 1 - k)));
  const weekIds = mondays.map((monday) => weekOf(monday));
  const files: GeneratedFile[] = [];
  for (let index = 0; index < options.items; index++) {
    // Even spread: item i goes to week floor(i × W / N), a weekday of it, never after `until`.
    const weekIndex = Math.floor((index * options.weeks) / options.items);
    let published = addDays(mondays[weekIndex]!, rng.int(0, 4));
    if (published > options.until) published = options.until;
    const kind = kinds[index]!;
    const draft = MAKERS[kind](rng, published);
    const slug = slugFor(draft.base, index);
    files.push({
      kind,
      slug,
      path: `${FOLDER[kind]}/${slug}.md`,
      source: `---\n${frontMatter(draft.fields)}\n---\n${draft.body}`,
      published,
      week: weekIds[weekIndex]!,
    });
  }
  return files;
}

/** Writes the files under `dir` (`dir/offers/…`, `dir/courses/…`, `dir/services/…`). Refuses a folder that already has content. */
export function writeContent(dir: string, options: GenerateOptions): GeneratedFile[] {
  const files = generateFiles(options);
  for (const folder of Object.values(FOLDER)) {
    const path = join(dir, folder);
    mkdirSync(path, { recursive: true });
    if (readdirSync(path).some((name) => /\.mdx?$/.test(name))) throw new Error(`${path} already has content files: generate into an empty folder`);
  }
  for (const file of files) writeFileSync(join(dir, file.path), file.source);
  return files;
}

/** The items themselves, validated like files on disk (for in-memory benchmarks and tests). */
export function generateItems(options: GenerateOptions): Item[] {
  return generateFiles(options).map((file) => {
    const { item, problems } = validateFile(collectionOf(file.kind), `generated/${file.path}`, file.source);
    if (!item) throw new Error(formatProblems(problems));
    return item;
  });
}
