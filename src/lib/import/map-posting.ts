/**
 * A schema.org `JobPosting` as an offer draft. What the posting does not say is filled
 * with a safe value (`altro`, `flessibile`) and a YAML comment asking the editor to check.
 */
import { Temporal } from 'temporal-polyfill';
import { isCalendarDate, TIME_ZONE, type CalendarDate } from '../issue/dates.ts';
import { email as emailSchema, phone as phoneSchema, webUrl } from '../schema/fields.ts';
import type { CONTRACTS, HOURS } from '../schema/offer.ts';
import { CONTRACT_CHOICES, HOURS_CHOICES, matchChoice } from './cells.ts';
import { descriptionToMarkdown, MAX_NESTING, oneLineText, safeHref, TooDeeplyNested } from './description.ts';
import { guessContract, guessHours, guessSector } from './guess.ts';
import type { JsonObject } from './job-posting.ts';
import { isMilan, milanPlace } from './milan-places.ts';
import { salaryText } from './salary.ts';
import type { OfferDraft, OfferFields } from './write-draft.ts';

export type PostingResult = { draft: OfferDraft } | { skipped: string } | { refused: string };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const first = (value: unknown): unknown => list(value)[0];

/** Plain text of a string property (entities decoded, tags dropped), cut to `max` characters at a word. */
function textOf(value: unknown, max = 140): string | undefined {
  const raw = first(value);
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = oneLineText(String(raw));
  if (!text) return undefined;
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const nameOf = (value: unknown): string | undefined => (isObject(first(value)) ? textOf((first(value) as JsonObject)['name']) : textOf(value));

/** `2026-11-20`, `2026-11-20T09:00`, `2026-11-20T23:00:00Z` → the calendar day in Milan. */
export function calendarDayOf(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const day = text.slice(0, 10);
  if (!isCalendarDate(day)) return undefined;
  if (!/[zZ]|[+-]\d\d:?\d\d$/.test(text.slice(10))) return day;
  try {
    return Temporal.Instant.from(text).toZonedDateTimeISO(TIME_ZONE).toPlainDate().toString();
  } catch {
    return day;
  }
}

const valid = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: string | undefined) => (value && schema.safeParse(value).success ? value : undefined);
const cleanPhone = (value: unknown) => valid(phoneSchema, typeof value === 'string' ? value.replace(/[^\d+ ]/g, ' ').replace(/\s+/g, ' ').trim() : undefined);
const cleanEmail = (value: unknown) => valid(emailSchema, typeof value === 'string' ? value.replace(/^mailto:/i, '').trim() : undefined);
const cleanUrl = (value: unknown, base?: string) => valid(webUrl, typeof value === 'string' ? safeHref(value, base) : undefined);

function contactsFrom(points: unknown[], base?: string): OfferFields['apply'] {
  const apply: OfferFields['apply'] = {};
  for (const point of points.filter(isObject)) {
    apply.email ??= cleanEmail(point['email']);
    apply.phone ??= cleanPhone(point['telephone']);
    apply.url ??= cleanUrl(point['url'], base);
  }
  return apply;
}

/** employmentType (Google's values, or Italian words) → contract and hours, with what stays unknown. */
function employment(value: unknown, words: string): { contract?: (typeof CONTRACTS)[number]; hours?: (typeof HOURS)[number]; guessed: { contract: boolean; hours: boolean } } {
  let contract: (typeof CONTRACTS)[number] | undefined;
  let hours: (typeof HOURS)[number] | undefined;
  const CONTRACT_OF: Record<string, (typeof CONTRACTS)[number]> = { CONTRACTOR: 'partita-iva', TEMPORARY: 'determinato', INTERN: 'tirocinio', PER_DIEM: 'occasionale', VOLUNTEER: 'altro', OTHER: 'altro' };
  for (const entry of list(value)) {
    if (typeof entry !== 'string') continue;
    for (const part of entry.split(/[,;]/)) {
      const code = part.trim().toUpperCase().replace(/[\s-]+/g, '_');
      if (code === 'FULL_TIME') hours ??= 'full-time';
      else if (code === 'PART_TIME') hours ??= 'part-time';
      else if (CONTRACT_OF[code]) contract ??= CONTRACT_OF[code];
      else {
        contract ??= matchChoice(part, CONTRACT_CHOICES);
        hours ??= matchChoice(part, HOURS_CHOICES);
      }
    }
  }
  const guessed = { contract: false, hours: false };
  if (!contract || contract === 'altro') {
    const fromWords = guessContract(words);
    if (fromWords) [contract, guessed.contract] = [fromWords, true];
  }
  if (!hours) {
    const fromWords = guessHours(words);
    if (fromWords) [hours, guessed.hours] = [fromWords, true];
  }
  return { ...(contract ? { contract } : {}), ...(hours ? { hours } : {}), guessed };
}

function place(posting: JsonObject): Pick<OfferFields, 'city' | 'address' | 'zone' | 'municipio'> & { from?: string | undefined } {
  const location = first(posting['jobLocation']);
  const address = isObject(location) ? first(location['address']) : undefined;
  if (typeof address === 'string') {
    const found = milanPlace(address);
    return { city: /milano/i.test(address) || found.municipio ? 'Milano' : undefined, address: textOf(address, 200), ...found };
  }
  if (!isObject(address)) return posting['jobLocationType'] === 'TELECOMMUTE' ? { city: 'Da remoto' } : {};
  const city = textOf(address['addressLocality'], 80);
  const street = textOf(address['streetAddress'], 200);
  const postalCode = textOf(address['postalCode'], 20);
  const milan = isMilan(city) || (!city && /^201\d\d$/.test(postalCode ?? ''));
  const found = milan ? milanPlace(`${street ?? ''} ${textOf(address['addressRegion']) ?? ''}`, postalCode) : {};
  return { city: milan ? 'Milano' : city, address: street, ...found };
}

function requirements(posting: JsonObject): string[] {
  const found: string[] = [];
  for (const key of ['experienceRequirements', 'educationRequirements', 'qualifications', 'skills']) {
    for (const entry of list(posting[key])) {
      if (isObject(entry) && typeof entry['monthsOfExperience'] === 'number') found.push(`esperienza di almeno ${entry['monthsOfExperience']} mesi`);
      else if (typeof entry === 'string') found.push(...entry.split(/\n|;|<br\s*\/?>|<\/li>/i).map((part) => textOf(part, 200)).filter((part): part is string => Boolean(part)));
    }
  }
  return [...new Set(found)].slice(0, 10);
}

/** Maps one posting found on `pageUrl` (undefined for a saved page that does not say its address). */
export function mapPosting(posting: JsonObject, pageUrl: string | undefined, today: CalendarDate, sharedPage = false): PostingResult {
  try {
    return mapShallowPosting(posting, pageUrl, today, sharedPage);
  } catch (error) {
    if (!(error instanceof TooDeeplyNested)) throw error;
    return { refused: `un annuncio con il testo in HTML annidato più di ${MAX_NESTING} livelli: non si può importare, copia i dati a mano con npm run nuovo -- offerta.` };
  }
}

function mapShallowPosting(posting: JsonObject, pageUrl: string | undefined, today: CalendarDate, sharedPage: boolean): PostingResult {
  const rawTitle = textOf(posting['title']) ?? textOf(posting['name']);
  const title = rawTitle && rawTitle.length >= 3 ? rawTitle : undefined;
  if (!title) return { refused: 'un annuncio senza titolo: non si può importare.' };
  const description = typeof first(posting['description']) === 'string' ? (first(posting['description']) as string) : '';
  const body = description ? descriptionToMarkdown(description, pageUrl) : '';
  const words = `${title} ${oneLineText(description)}`;
  const notes: OfferDraft['notes'] = {};

  const posted = calendarDayOf(first(posting['datePosted']));
  const published = posted && posted < today ? posted : today;
  if (posted && posted > today) notes.published = `l'annuncio dice ${posted}: una data futura diventa oggi`;
  const expires = calendarDayOf(first(posting['validThrough']));
  if (expires && expires < published) return { skipped: `«${title}» è già scaduta il ${expires}.` };

  const sector = guessSector(title, oneLineText(description));
  notes.sector = sector ? "ipotesi dall'annuncio: controlla" : "non riconosciuto dall'annuncio: scegli il settore";
  const job = employment(posting['employmentType'], words);
  if (!job.contract) notes.contract = "non indicato nell'annuncio: controlla";
  else if (job.guessed.contract) notes.contract = "ipotesi dal testo dell'annuncio: controlla";
  if (!job.hours) notes.hours = "non indicato nell'annuncio: controlla";
  else if (job.guessed.hours) notes.hours = "ipotesi dal testo dell'annuncio: controlla";

  const where = place(posting);
  if (where.from) notes.municipio = `${where.from}: controlla`;
  if (where.zone) notes.zone = `${where.from}: controlla`;
  if (!where.city && !where.address) notes.city = "luogo non indicato nell'annuncio: controlla";

  const organization = first(posting['hiringOrganization']);
  const postingUrl = cleanUrl(first(posting['url']), pageUrl);
  const sourceUrl = postingUrl ?? cleanUrl(pageUrl);
  const apply = contactsFrom([...list(posting['applicationContact']), ...(isObject(organization) ? list(organization['contactPoint']) : []), isObject(organization) ? organization : undefined], pageUrl);
  if (!apply.url && (posting['directApply'] === true || posting['directApply'] === 'true' || !apply.email && !apply.phone)) {
    apply.url = postingUrl ?? sourceUrl;
    if (apply.url && posting['directApply'] !== true && posting['directApply'] !== 'true') notes.url = "la pagina dell'annuncio: controlla come candidarsi";
  }
  if (!apply.url && !apply.email && !apply.phone) return { refused: `«${title}»: l'annuncio non dice come candidarsi (né e-mail, né telefono, né indirizzo web).` };

  const identifier = first(posting['identifier']);
  const reference = textOf(isObject(identifier) ? identifier['value'] ?? identifier['name'] : identifier, 80);
  const fields: OfferFields = {
    title,
    employer: nameOf(organization),
    sector: sector ?? 'altro',
    contract: job.contract ?? 'altro',
    hours: job.hours ?? 'flessibile',
    schedule: textOf(posting['workHours']),
    city: where.city ?? 'Milano',
    address: where.address,
    zone: where.zone,
    municipio: where.municipio,
    requirements: requirements(posting),
    salary: textOf(salaryText(first(posting['baseSalary']) ?? first(posting['estimatedSalary']))),
    published,
    expires,
    source: textOf(isObject(first(posting['sourceOrganization'])) ? nameOf(posting['sourceOrganization']) : sourceUrl ? new URL(sourceUrl).hostname.replace(/^www\./, '') : undefined),
    sourceUrl,
    reference,
    apply,
  };
  return { draft: { fields, notes, body, sharedSourceUrl: sharedPage && !postingUrl } };
}
