/**
 * Everything a renderer needs to speak to a reader in one language: words, dates, links,
 * and the settings' texts in that language. Made once per language and build.
 */
import { DICTIONARIES, dirOf, type Dictionary, type Lang } from '../../i18n/index.ts';
import { dateWords, type DateWords } from './format.ts';
import type { Settings } from '../settings/settings.ts';
import { siteUrls, type SiteUrls } from './urls.ts';

export interface Hub {
  name: string;
  address: string;
  /** Opening hours in the reader's language when settings have them, else Italian. */
  hours: string;
  /** `it` when the hours are shown in Italian on a page in another language. */
  hoursLang: 'it' | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

export interface Reader {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t: Dictionary;
  dates: DateWords;
  urls: SiteUrls;
  settings: Settings;
  /** The bulletin's tagline in this language (settings may translate it). */
  tagline: string;
  hubs: Hub[];
  /** `lang` attribute for Italian text on this reader's pages: `it` unless the page is Italian. */
  italian: 'it' | undefined;
}

const cache = new WeakMap<Settings, Map<Lang, Reader>>();

export function readerFor(settings: Settings, lang: Lang = 'it'): Reader {
  let byLang = cache.get(settings);
  if (!byLang) cache.set(settings, (byLang = new Map()));
  let reader = byLang.get(lang);
  if (reader) return reader;
  const italian = lang === 'it' ? undefined : 'it';
  const translated = lang === 'it' ? undefined : settings.translations?.[lang];
  reader = {
    lang,
    dir: dirOf(lang),
    t: DICTIONARIES[lang],
    dates: dateWords(lang),
    urls: siteUrls(settings, lang),
    settings,
    tagline: translated?.tagline ?? settings.tagline,
    hubs: settings.hubs.map((hub) => {
      const hours = lang === 'it' ? undefined : hub.translations?.[lang]?.hours;
      return { name: hub.name, address: hub.address, hours: hours ?? hub.hours, hoursLang: hours ? undefined : italian, phone: hub.phone, email: hub.email };
    }),
    italian,
  };
  byLang.set(lang, reader);
  return reader;
}
