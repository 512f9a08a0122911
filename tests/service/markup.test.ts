/**
 * The subscription service's own pages (the form with and without a problem or the
 * proof-of-work widget, a message, a confirm button) pass html-validate's recommended rules in
 * every language, like the built site (tests/build/markup.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/languages.ts';
import { buttonPage, formPage, messagePage } from '../../src/service/pages.ts';
import { settings } from '../../src/settings.ts';
import { markupProblems } from '../helpers/markup.ts';

describe("the subscription service's pages", () => {
  it('have no html-validate problem in any language', async () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      const pages = {
        form: formPage({ lang, action: 'http://127.0.0.1:8787/iscrizione', formToken: 'tok' }, settings),
        'form with a problem and the widget': formPage({ lang, action: 'http://127.0.0.1:8787/iscrizione', problem: 'Scrivi un indirizzo e-mail valido.', email: 'a@b<c', altchaChallengeUrl: '/altcha', altchaScriptUrl: '/altcha.js' }, settings),
        message: messagePage(lang, 'Fatto', 'Ti abbiamo scritto: apri il messaggio & conferma.', settings),
        button: buttonPage(lang, 'Conferma', 'Premi il pulsante per confermare.', 'Conferma', '/conferma/abc', settings),
      };
      for (const [name, html] of Object.entries(pages)) problems.push(...(await markupProblems(html, `${lang} ${name}`)));
    }
    expect(problems).toEqual([]);
  });
});
