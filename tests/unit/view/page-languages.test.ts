/** The language switcher and hreflang: which languages a page exists in, and where each link goes. */
import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../src/lib/issue/model.ts';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { ITALIAN_ONLY, isTranslatedItem, languageLinks } from '../../../src/lib/view/page-languages.ts';
import { settings as projectSettings } from '../../../src/settings.ts';
import { offer } from '../../helpers/items.ts';

const settings = defineSettings(projectSettings, { SITE_URL: 'https://example.org/lavoro/' });

describe('the language switcher', () => {
  it('links a page in every language to itself in each, with absolute alternates for hreflang', () => {
    const links = languageLinks(settings, '/bollettino/2026-W49/', 'ar', ['it', 'ar', 'en', 'es', 'fr', 'si']);
    expect(links.map((link) => [link.lang, link.href, link.current])).toEqual([
      ['it', '/lavoro/bollettino/2026-W49/', false],
      ['ar', '/lavoro/ar/bollettino/2026-W49/', true],
      ['en', '/lavoro/en/bollettino/2026-W49/', false],
      ['es', '/lavoro/es/bollettino/2026-W49/', false],
      ['fr', '/lavoro/fr/bollettino/2026-W49/', false],
      ['si', '/lavoro/si/bollettino/2026-W49/', false],
    ]);
    expect(links[1]).toMatchObject({ name: 'العربية', dir: 'rtl', alternate: 'https://example.org/lavoro/ar/bollettino/2026-W49/' });
  });

  it('sends a reader of an Italian-only page to the home of their language, with no alternate', () => {
    const links = languageLinks(settings, '/bollettino/2026-W30/', 'it', ITALIAN_ONLY);
    expect(links[0]).toMatchObject({ href: '/lavoro/bollettino/2026-W30/', alternate: 'https://example.org/lavoro/bollettino/2026-W30/', current: true });
    for (const link of links.slice(1)) {
      expect(link.href).toBe(`/lavoro/${link.lang}/`);
      expect(link.alternate).toBeUndefined();
    }
  });
});

describe('which item pages exist in every language', () => {
  it('those in the current issue; older ones only in Italian', () => {
    const open = offer('aperta', { published: '2026-11-23' });
    const old = offer('vecchia', { published: '2026-10-05', expires: '2026-10-20' });
    const bulletin = buildBulletin([open, old], '2026-11-27', '2026-W41');
    expect(isTranslatedItem(bulletin, open)).toBe(true);
    expect(isTranslatedItem(bulletin, old)).toBe(false);
    expect(isTranslatedItem(bulletin, { kind: 'course', slug: 'aperta' })).toBe(false);
  });
});
