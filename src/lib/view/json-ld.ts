/** schema.org JSON-LD for item pages, and its safe serialisation inside a <script> element. */
import type { Item } from '../items.ts';
import type { Location } from '../schema/fields.ts';
import { absoluteUrl, type Settings } from '../settings.ts';
import { itemPath } from '../items.ts';
import { plainText } from './plain-text.ts';
import { endOfDayInRome } from '../dates.ts';

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

const EMPLOYMENT_TYPES: Record<string, string[]> = {
  indeterminato: ['FULL_TIME'], determinato: ['TEMPORARY'], apprendistato: ['OTHER'], somministrazione: ['TEMPORARY'],
  tirocinio: ['INTERN'], occasionale: ['PER_DIEM'], voucher: ['PER_DIEM'], 'partita-iva': ['CONTRACTOR'], altro: ['OTHER'],
};

/** Google wants hours and contract kinds together: part-time + temporary. */
function employmentType(contract: string, hours: string): string[] {
  const types = new Set(EMPLOYMENT_TYPES[contract] ?? ['OTHER']);
  if (hours === 'part-time') {
    types.delete('FULL_TIME');
    types.add('PART_TIME');
  } else if (hours === 'full-time') types.add('FULL_TIME');
  return [...types];
}

function postalAddress(location: Location): JsonObject {
  return {
    '@type': 'PostalAddress',
    ...(location.address ? { streetAddress: location.address } : {}),
    addressLocality: location.city,
    ...(location.zone ? { addressRegion: location.zone } : {}),
    addressCountry: 'IT',
  };
}

function description(item: Item): string {
  return [item.data.summary, plainText(item.body)].filter(Boolean).join('\n\n') || item.data.title;
}

/** The JSON-LD object of an item page. */
export function itemJsonLd(item: Item, settings: Settings): JsonObject {
  const url = absoluteUrl(settings, itemPath(item));
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
        ...(item.expiresOn ? { validThrough: endOfDayInRome(item.expiresOn) } : {}),
        employmentType: employmentType(d.contract, d.hours),
        hiringOrganization: { '@type': 'Organization', name: d.employer ?? 'Azienda che preferisce restare anonima' },
        jobLocation: { '@type': 'Place', address: postalAddress(d.location) },
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
        ...(d.free ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', category: 'Free' } } : {}),
        hasCourseInstance: {
          '@type': 'CourseInstance',
          courseMode: d.online ? 'online' : 'onsite',
          ...(d.start ? { startDate: d.start } : {}),
          ...(d.end ? { endDate: d.end } : {}),
          ...(d.schedule ? { courseSchedule: { '@type': 'Schedule', description: d.schedule } } : {}),
          ...(d.location ? { location: { '@type': 'Place', address: postalAddress(d.location) } } : {}),
        },
      };
    }
    case 'service': {
      const d = item.data;
      return {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: d.title,
        description: description(item),
        url,
        provider: { '@type': 'Organization', name: d.provider },
        audience: { '@type': 'Audience', audienceType: d.who },
        areaServed: { '@type': 'City', name: 'Milano' },
        ...(d.officialUrl ? { sameAs: d.officialUrl } : {}),
      };
    }
  }
}
