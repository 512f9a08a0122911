/**
 * The ALTCHA widget's browser script, served by the service itself (no CDN): the package's
 * bundle (styles and proof-of-work workers included) followed by its words in the readers'
 * six languages, from our dictionaries. The widget picks them by the page's `lang` (or its
 * `language` attribute) and updates when they arrive.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DICTIONARIES } from '../i18n/index.ts';
import { LANGS } from '../i18n/languages.ts';

/** The widget's own words we replace (the rest it keeps in English: code and audio challenges, which we never ask for). */
function widgetWords(lang: (typeof LANGS)[number]): Record<string, string> {
  const words = DICTIONARIES[lang].subscription.robotCheck;
  return {
    label: words.label,
    verify: words.label,
    verifying: words.verifying,
    waitAlert: words.verifying,
    verified: words.verified,
    error: words.error,
    expired: words.expired,
    verificationRequired: words.required,
    reload: words.expired,
    loading: words.verifying,
    footer: '',
    ariaLinkLabel: 'ALTCHA',
  };
}

let cached: string | undefined;

export function altchaWidgetScript(): string {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve('altcha');
    const bundle = readFileSync(join(dirname(entry), 'altcha.umd.min.cjs'), 'utf8');
    const words = LANGS.map((lang) => `globalThis.$altcha.i18n.set(${JSON.stringify(lang)},${JSON.stringify(widgetWords(lang))});`).join('\n');
    cached = `${bundle}\n${words}\n`;
  }
  return cached;
}
