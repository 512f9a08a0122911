import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/lib/settings/settings.ts';
import { employmentType, itemJsonLd, serializeJsonLd } from '../../../src/lib/view/json-ld.ts';
import { course, offer, service } from '../../helpers/items.ts';

describe('JSON-LD serialisation', () => {
  it('cannot close its script element or open a comment, and reads back the same', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('JSON-LD of item pages', () => {
  const settings = { siteUrl: 'https://bollettino.test', name: 'Bollettino' } as Settings;

  it('maps contract and hours to Google employmentType, never empty', () => {
    expect(employmentType('determinato', 'part-time')).toEqual(['PART_TIME', 'TEMPORARY']);
    expect(employmentType('indeterminato', 'full-time')).toEqual(['FULL_TIME']);
    expect(employmentType('indeterminato', 'turni')).toEqual(['FULL_TIME']);
    expect(employmentType('tirocinio', 'flessibile')).toEqual(['INTERN']);
    expect(employmentType('partita-iva', 'full-time')).toEqual(['FULL_TIME', 'CONTRACTOR']);
    expect(employmentType('altro', 'turni')).toEqual(['OTHER']);
  });

  it('gives a JobPosting what Google requires: title, description, datePosted, validThrough, organisation, place', () => {
    const data = itemJsonLd(offer('cuoco', { published: '2026-11-16', expires: '2026-11-30', location: { zone: 'Loreto', municipio: 2 } }), settings);
    expect(data).toMatchObject({
      '@type': 'JobPosting',
      datePosted: '2026-11-16',
      validThrough: '2026-11-30T23:59:59+01:00',
      hiringOrganization: { '@type': 'Organization' },
      jobLocation: { '@type': 'Place', address: { streetAddress: 'Loreto, Municipio 2', addressLocality: 'Milano', addressCountry: 'IT' } },
      directApply: false,
      url: 'https://bollettino.test/offerte/cuoco/',
    });
    expect(String(data['description']).length).toBeGreaterThan(0);
  });

  it('gives a Course a course instance with mode and workload, and an offer that ends on its last day', () => {
    const data = itemJsonLd(course('spid', { published: '2026-11-16', enrollBy: '2026-12-01', hoursTotal: 12, online: true }), settings, { closed: true });
    expect(data['hasCourseInstance']).toMatchObject({ '@type': 'CourseInstance', courseMode: 'Online', courseWorkload: 'PT12H' });
    expect(data['offers']).toMatchObject({ price: 0, priceCurrency: 'EUR', validThrough: '2026-12-01T23:59:59+01:00', availability: 'https://schema.org/Discontinued' });
  });

  it('describes an aid as a GovernmentService with its channel', () => {
    const data = itemJsonLd(service('bonus', { published: '2026-11-16', apply: { phone: '02 1234 5678', url: 'https://www.inps.it/' } }), settings);
    expect(data).toMatchObject({
      '@type': 'GovernmentService',
      serviceType: 'Sostegno al reddito',
      availableChannel: { '@type': 'ServiceChannel', serviceUrl: 'https://www.inps.it/', servicePhone: { telephone: '+390212345678' } },
    });
  });
});
