import { describe, expect, it } from 'vitest';
import { course, offer, service } from '../../helpers/items.ts';
import { isValidOn } from '../../../src/lib/issue/validity.ts';

const valid = (item: { data: { published: string }; expiresOn: string | undefined }, day: string) =>
  isValidOn({ published: item.data.published, expiresOn: item.expiresOn }, day);

describe('expiry defaults', () => {
  it('shows an offer for 30 days after publication by default', () => {
    const item = offer('o', { published: '2026-10-24' });
    expect(item.expiresOn).toBe('2026-11-23');
    expect(valid(item, '2026-11-23')).toBe(true);
    expect(valid(item, '2026-11-24')).toBe(false);
  });

  it('uses an explicit expiry when given', () => {
    expect(offer('o', { published: '2026-11-01', expires: '2026-11-05' }).expiresOn).toBe('2026-11-05');
  });

  it('closes a course at enrolment, else at start, else 60 days after publication', () => {
    expect(course('c1', { published: '2026-11-01', enrollBy: '2026-11-20', start: '2026-11-25' }).expiresOn).toBe('2026-11-20');
    expect(course('c2', { published: '2026-11-01', start: '2026-11-25' }).expiresOn).toBe('2026-11-25');
    expect(course('c3', { published: '2026-09-24' }).expiresOn).toBe('2026-11-23');
  });

  it('keeps a service until its deadline, or until removed when it has none', () => {
    expect(service('s1', { published: '2026-11-01', deadline: '2026-12-15' }).expiresOn).toBe('2026-12-15');
    const forever = service('s2', { published: '2026-11-01' });
    expect(forever.expiresOn).toBeUndefined();
    expect(valid(forever, '2030-01-01')).toBe(true);
  });

  it('is not valid before publication', () => {
    const item = offer('o', { published: '2026-11-24' });
    expect(valid(item, '2026-11-23')).toBe(false);
    expect(valid(item, '2026-11-24')).toBe(true);
  });
});
