/** The reader languages: Italian first (the default, unprefixed URLs), then the others in the order of the switcher. */
export const LANGS = ['it', 'ar', 'en', 'es', 'fr', 'si'] as const;
export type Lang = (typeof LANGS)[number];
/** Languages with their own pages under `/<lang>/`. */
export const OTHER_LANGS = LANGS.filter((lang): lang is Exclude<Lang, 'it'> => lang !== 'it');
export type OtherLang = Exclude<Lang, 'it'>;

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  it: 'Italiano', ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', si: 'සිංහල',
};

export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * The `Intl` locale of each language. Arabic uses Latin digits: the Maghreb writes them,
 * Egyptians read them, and they match the phone numbers, times and prices editors write.
 */
export const INTL_LOCALES: Record<Lang, string> = {
  it: 'it-IT', ar: 'ar-u-nu-latn', en: 'en-GB', es: 'es-ES', fr: 'fr-FR', si: 'si-LK',
};

/** Open Graph locales. */
export const OG_LOCALES: Record<Lang, string> = {
  it: 'it_IT', ar: 'ar_AR', en: 'en_GB', es: 'es_ES', fr: 'fr_FR', si: 'si_LK',
};
