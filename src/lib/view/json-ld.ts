/** schema.org JSON-LD for item pages, and its safe serialisation inside a <script> element. */
import type { Item } from '../content/items.ts';
import type { Location } from '../schema/fields.ts';
import { absoluteUrl, type Settings } from '../settings/settings.ts';
import { itemPath } from '../content/items.ts';
import { markdownToText } from '../text/markdown-to-text.ts';
import { endOfDayInRome, startOfDayInRome } from '../issue/dates.ts';
import { closedByHandFrom, type Closure } from '../issue/validity.ts';
import { HOURS_LABELS, label, SECTOR_LABELS, SERVICE_CATEGORY_LABELS } from './labels.ts';
import { internationalPhone } from '../text/phone.ts';

type JsonObject = { [key: string]: unknown };

/** JSON that cannot close its <script> element or open a comment: `<`, `>`, `&` and line separators escaped. */
export function serializeJsonLd(value: JsonObject): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Google's employmentType from the contract; `undefined` means "only the hours tell"
 * (a permanent contract or an apprenticeship is full- or part-time).
 */
const CONTRACT_TYPES: Record<string, string | undefined> = {
  indeterminato: undefined, apprendistato: undefined, determinato: 'TEMPORARY', somministrazione: 'TEMPORARY',
  tirocinio: 'INTERN', occasionale: 'PER_DIEM', voucher: 'PER_DIEM', 'partita-iva': 'CONTRACTOR', altro: 'OTHER',
};
const HOURS_TYPES: Record<string, string | undefined> = { 'full-time': 'FULL_TIME', 'part-time': 'PART_TIME' };

/** Google wants hours and contract kinds together: part-time + temporary. Never empty. */
export function employmentType(contract: string, hours: string): string[] {
  const types = [HOURS_TYPES[hours], CONTRACT_TYPES[contract]].filter((type): type is string => type !== undefined);
  if (types.length > 0) return types;
  // Shifts or flexible hours on a permanent contract: most such jobs are full-time.
  return contract === 'indeterminato' || contract === 'apprendistato' ? ['FULL_TIME'] : ['OTHER'];
}

function postalAddress(location: Location): JsonObject {
  // The zone ("NoLo, Municipio 2") is where people go when there is no street address.
  const zone = [location.zone, location.municipio ? `Municipio ${location.municipio}` : undefined].filter(Boolean).join(', ');
  const street = location.address ?? (zone || undefined);
  return {
    '@type': 'PostalAddress',
    ...(street ? { streetAddress: street } : {}),
    addressLocality: location.city,
    addressCountry: 'IT',
  };
}

function description(item: Item): string {
  return [item.data.summary, item.rendered?.text ?? markdownToText(item.body)].filter(Boolean).join('\n\n') || item.data.title;
}

/**
 * Until when it is valid: the end of its last day, or the start of the day it was closed by
 * hand ("posto coperto", "posti esauriti"), whichever comes first.
 */
function validThrough(item: Item): string | undefined {
  const byHand = closedByHandFrom(item);
  if (byHand !== undefined && (item.expiresOn === undefined || byHand <= item.expiresOn)) return startOfDayInRome(byHand);
  return item.expiresOn ? endOfDayInRome(item.expiresOn) : undefined;
}

/** The offer of a course or service: free or not, and until when it is open. */
function offerOf(item: Item, options: { free: boolean; closed: boolean; closure: Closure | undefined }): JsonObject {
  const until = validThrough(item);
  return {
    '@type': 'Offer',
    category: options.free ? 'Free' : 'Paid',
    ...(options.free ? { price: 0, priceCurrency: 'EUR' } : {}),
    ...(until ? { validThrough: until } : {}),
    ...(options.closure === 'full' ? { availability: 'https://schema.org/SoldOut' } : options.closed ? { availability: 'https://schema.org/Discontinued' } : {}),
  };
}

/** The JSON-LD object of an item page. `closed`: its last day has passed or it was closed by hand (`closure` says which). */
export function itemJsonLd(item: Item, settings: Settings, options: { closed?: boolean; closure?: Closure | undefined } = {}): JsonObject {
  const url = absoluteUrl(settings, itemPath(item));
  const closed = options.closed ?? false;
  const closure = options.closure;
  const until = validThrough(item);
  switch (item.kind) {
    case 'offer': {
      const d = item.data;
      return {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: d.title,
        description: description(item),
        url,
        datePosted: d.published,
        // Whenever the item has a last day: Google drops a posting whose validThrough has passed.
        ...(until ? { validThrough: until } : {}),
        employmentType: employmentType(d.contract, d.hours),
        hiringOrganization: { '@type': 'Organization', name: d.employer ?? 'Azienda che preferisce restare anonima' },
        jobLocation: { '@type': 'Place', address: postalAddress(d.location) },
        industry: label(SECTOR_LABELS, d.sector),
        workHours: [label(HOURS_LABELS, d.hours), d.schedule].filter(Boolean).join(', '),
        directApply: false,
        ...(d.reference ? { identifier: { '@type': 'PropertyValue', name: d.source ?? settings.name, value: d.reference } } : {}),
        ...(d.italian ? { qualifications: `Italiano livello ${d.italian}` } : {}),
        ...(d.requirements?.length ? { experienceRequirements: d.requirements.join('; ') } : {}),
      };
    }
    case 'course': {
      const d = item.data;
      return {
        '@context': 'https://schema.org',
        '@type': 'Course',
        name: d.title,
        description: description(item),
        url,
        provider: { '@type': 'Organization', name: d.provider },
        inLanguage: 'it',
        isAccessibleForFree: d.free,
        ...(d.level ? { educationalLevel: d.level } : {}),
        offers: offerOf(item, { free: d.free, closed, closure }),
        hasCourseInstance: {
          '@type': 'CourseInstance',
          courseMode: d.online ? (d.location ? 'Blended' : 'Online') : 'Onsite',
          ...(d.start ? { startDate: d.start } : {}),
          ...(d.end ? { endDate: d.end } : {}),
          ...(d.hoursTotal ? { courseWorkload: `PT${d.hoursTotal}H` } : {}),
          ...(d.schedule ? { courseSchedule: { '@type': 'Schedule', description: d.schedule } } : {}),
          ...(d.location ? { location: { '@type': 'Place', address: postalAddress(d.location) } } : {}),
        },
      };
    }
    case 'service': {
      const d = item.data;
      const apply = d.apply;
      const channel = {
        '@type': 'ServiceChannel',
        ...(apply.url ?? d.officialUrl ? { serviceUrl: apply.url ?? d.officialUrl } : {}),
        ...(apply.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: internationalPhone(apply.phone) } } : {}),
        ...(apply.inPerson ? { serviceLocation: { '@type': 'Place', name: apply.inPerson } } : {}),
      };
      return {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: d.title,
        description: description(item),
        url,
        serviceType: label(SERVICE_CATEGORY_LABELS, d.category),
        provider: { '@type': 'GovernmentOrganization', name: d.provider },
        audience: { '@type': 'Audience', audienceType: d.who },
        areaServed: { '@type': 'City', name: 'Milano' },
        availableChannel: channel,
        ...(item.expiresOn || closed ? { offers: offerOf(item, { free: true, closed, closure }) } : {}),
        ...(d.officialUrl ? { sameAs: d.officialUrl } : {}),
      };
    }
  }
}
