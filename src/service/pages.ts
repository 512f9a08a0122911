/**
 * The service's own pages (form, "check your e-mail", confirm and unsubscribe buttons),
 * in the reader's language: small, no script but the optional proof-of-work widget's, one
 * big button, readable on a cheap phone. Words come from the dictionaries.
 */
import { DICTIONARIES } from '../i18n/index.ts';
import { dirOf, type Lang } from '../i18n/languages.ts';
import { escapeHtml } from '../lib/text/escape.ts';
import type { Settings } from '../lib/settings/settings.ts';
import { signUpForm } from '../lib/view/sign-up-form.ts';

const STYLE = 'body{font-family:system-ui,sans-serif;font-size:1.15rem;line-height:1.5;max-width:34em;margin:0 auto;padding:1em;color:#111}'
  + 'h1{font-size:1.5rem}button{font-size:1.15rem;padding:.7em 1.4em;background:#0b5394;color:#fff;border:0;border-radius:.3em;cursor:pointer}'
  + 'label{display:block;margin:.8em 0 .2em}input[type=email],input[type=text],select{font-size:1.1rem;width:100%;padding:.4em;box-sizing:border-box}'
  + '.consent label{display:inline}.trap{position:absolute;left:-10000px}.problem{color:#a00;font-weight:bold}';

export type PageSettings = Pick<Settings, 'name' | 'siteUrl' | 'contact' | 'email' | 'subscribe'>;

export function page(lang: Lang, title: string, body: string, settings: PageSettings, head = ''): string {
  const t = DICTIONARIES[lang].subscription;
  const home = `${settings.siteUrl}${lang === 'it' ? '/' : `/${lang}/`}`;
  return `<!DOCTYPE html><html lang="${lang}" dir="${dirOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>${escapeHtml(title)} — ${escapeHtml(settings.name)}</title><style>${STYLE}</style>${head}</head>`
    + `<body><main><h1>${escapeHtml(title)}</h1>${body}</main><p><a href="${escapeHtml(home)}">${escapeHtml(t.backToSite)}</a></p></body></html>`;
}

export function messagePage(lang: Lang, title: string, text: string, settings: PageSettings): string {
  return page(lang, title, `<p data-message>${escapeHtml(text)}</p>`, settings);
}

/** A page with one button that POSTs to `action` (confirm, unsubscribe): a GET never changes anything. */
export function buttonPage(lang: Lang, title: string, text: string, button: string, action: string, settings: PageSettings): string {
  return page(lang, title, `<p>${escapeHtml(text)}</p><form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(button)}</button></form>`, settings);
}

export interface FormOptions {
  lang: Lang;
  action: string;
  /** The signed time token; absent on the static site without JavaScript. */
  formToken?: string | undefined;
  problem?: string | undefined;
  /** Kept after an error (escaped). */
  email?: string | undefined;
  /** URL of the proof-of-work challenge, when it is on. */
  altchaChallengeUrl?: string | undefined;
  altchaScriptUrl?: string | undefined;
}

/** Settings of the proof-of-work widget on both forms: it starts solving when the reader starts filling in the form, in the page's language, with no link away. */
export const ALTCHA_WIDGET_CONFIGURATION = { auto: 'onfocus', hideFooter: true, hideLogo: true } as const;

function altchaWidget(challengeUrl: string, lang: Lang): string {
  return `<altcha-widget challenge="${escapeHtml(challengeUrl)}" name="altcha" language="${lang}" configuration="${escapeHtml(JSON.stringify(ALTCHA_WIDGET_CONFIGURATION))}"></altcha-widget>`;
}

/** The sign-up form's fields, from the same view as the site's `/iscriviti/` form. */
export function formFields(options: FormOptions, settings: Pick<Settings, 'siteUrl' | 'subscribe'>): string {
  const form = signUpForm(settings, options.lang, options.action.replace(/\/iscrizione$/, ''))!;
  const { labels } = form;
  const languages = form.languages.map((lang) => `<option value="${lang.value}"${lang.selected ? ' selected' : ''}>${escapeHtml(lang.label)}</option>`).join('');
  return (options.problem ? `<p class="problem" role="alert">${escapeHtml(options.problem)}</p>` : '')
    + `<label for="email">${escapeHtml(labels.email)}</label><input id="email" name="email" type="email" required autocomplete="email" maxlength="254" value="${escapeHtml(options.email ?? '')}">`
    + `<label for="nome">${escapeHtml(labels.name)}</label><input id="nome" name="nome" type="text" autocomplete="given-name" maxlength="80">`
    + `<label for="lang">${escapeHtml(labels.lang)}</label><select id="lang" name="lang">${languages}</select>`
    + `<div class="trap" aria-hidden="true"><label for="sito">${escapeHtml(labels.trap)}</label><input id="sito" name="sito" type="text" tabindex="-1" autocomplete="off"></div>`
    + `<p class="consent"><input id="consenso" name="consenso" type="checkbox" value="si" required> <label for="consenso">${escapeHtml(labels.consent)}</label> <a href="${escapeHtml(form.privacyHref)}">${escapeHtml(labels.privacy)}</a></p>`
    + (options.formToken ? `<input type="hidden" name="t" value="${escapeHtml(options.formToken)}">` : '')
    + (options.altchaChallengeUrl ? altchaWidget(options.altchaChallengeUrl, options.lang) : '')
    + `<p><button type="submit">${escapeHtml(labels.submit)}</button></p>`;
}

export function formPage(options: FormOptions, settings: PageSettings): string {
  const t = DICTIONARIES[options.lang].subscription;
  const head = options.altchaScriptUrl ? `<script src="${escapeHtml(options.altchaScriptUrl)}" defer></script>` : '';
  return page(options.lang, t.formTitle, `<p>${escapeHtml(t.formIntro)}</p><form method="post" action="${escapeHtml(options.action)}">${formFields(options, settings)}</form>`, settings, head);
}
