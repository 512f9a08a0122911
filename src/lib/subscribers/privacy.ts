/**
 * The privacy notice (GDPR art. 13) shown at `/privacy/` and linked from the sign-up form,
 * built from the settings, and its version: a hash of the Italian text, so that any change
 * of the words or of who holds the data gives a new version, recorded with each consent.
 */
import { createHash } from 'node:crypto';
import { DICTIONARIES } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { Settings } from '../settings/settings.ts';
import { localizedPath, ROUTES } from '../view/urls.ts';

export type PrivacySettings = Pick<Settings, 'publisher' | 'contact'>;

export interface PrivacyNotice {
  title: string;
  /** One paragraph each: who, what, why, how long, who sees, rights, how to use them. */
  paragraphs: string[];
}

export function privacyNotice(settings: PrivacySettings, lang: Lang): PrivacyNotice {
  const words = DICTIONARIES[lang].subscription.privacy;
  const email = settings.contact.email;
  return {
    title: words.title,
    paragraphs: [words.who(settings.publisher, email), words.what, words.why, words.howLong, words.whoSees, words.rights, words.how(email)],
  };
}

/** `2f3a9c1e0b7d`: the same settings and words give the same version on the site and in the service. */
export function privacyVersion(settings: PrivacySettings): string {
  return createHash('sha256').update(JSON.stringify(privacyNotice(settings, 'it'))).digest('hex').slice(0, 12);
}

/** The notice's path on the site for a language (`/privacy/`, `/ar/privacy/`), before the site's base path. */
export function privacyPath(lang: Lang): string {
  return localizedPath(ROUTES.privacy, lang);
}
