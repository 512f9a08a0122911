/**
 * The sign-up form of the subscription service, as data: shown on the site's
 * "Ricevi il bollettino" page (when `settings.subscribe.endpoint` is set) and on the
 * service's own page. Field names are the service's contract: `email`, `nome`, `lang`,
 * `consenso`, the honeypot `sito`, the time token `t`.
 */
import { DICTIONARIES } from '../../i18n/index.ts';
import { LANGS, LANGUAGE_NAMES, type Lang } from '../../i18n/languages.ts';
import type { Settings } from '../settings/settings.ts';
import { privacyPath } from '../subscribers/privacy.ts';

export interface SignUpFormView {
  /** Where the form posts: `<endpoint>/iscrizione`. */
  action: string;
  /** Where a script may fetch a time token (`{ t }`) for the static form. */
  tokenUrl: string;
  privacyHref: string;
  lang: Lang;
  title: string;
  intro: string;
  labels: { email: string; name: string; lang: string; consent: string; privacy: string; trap: string; submit: string };
  languages: { value: Lang; label: string; selected: boolean }[];
}

/** The form for `lang`, or undefined when no service is configured (the page keeps the other ways). */
export function signUpForm(settings: Pick<Settings, 'siteUrl' | 'subscribe'>, lang: Lang, endpoint = settings.subscribe.endpoint): SignUpFormView | undefined {
  if (!endpoint) return undefined;
  const t = DICTIONARIES[lang].subscription;
  return {
    action: `${endpoint}/iscrizione`,
    tokenUrl: `${endpoint}/iscrizione/gettone`,
    privacyHref: `${settings.siteUrl}${privacyPath(lang)}`,
    lang,
    title: t.formTitle,
    intro: t.formIntro,
    labels: { email: t.emailLabel, name: t.nameLabel, lang: t.langLabel, consent: t.consent, privacy: t.privacyLink, trap: t.trapLabel, submit: t.submit },
    languages: LANGS.map((value) => ({ value, label: LANGUAGE_NAMES[value], selected: value === lang })),
  };
}
