/**
 * `/disiscrizione/<token>` (and the older `/disiscrizione?t=<token>` of past issues):
 * `POST` unsubscribes at once — RFC 8058 one-click, body `List-Unsubscribe=One-Click` or
 * none, no cookie, no redirect — and answers 200; `GET` shows a button doing the same POST.
 */
import { Hono, type Context } from 'hono';
import { DICTIONARIES } from '../../i18n/index.ts';
import { unsubscribeKey } from '../../lib/subscribers/tokens.ts';
import { buttonPage, messagePage } from '../pages.ts';
import { langOf, type ServiceContext } from '../context.ts';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export function unsubscribeRoutes(ctx: ServiceContext): Hono {
  const routes = new Hono();
  const { config, settings } = ctx;
  const tokenOf = (c: Context) => c.req.param('token') ?? c.req.query('t') ?? '';

  const show = async (c: Context) => {
    const token = tokenOf(c);
    const lang = TOKEN.test(token) ? await ctx.db.langForUnsubscribe(unsubscribeKey(token)) ?? langOf(c.req.query('lang')) : langOf(c.req.query('lang'));
    const t = DICTIONARIES[lang].subscription;
    return c.html(buttonPage(lang, t.unsubscribeTitle, t.unsubscribeText, t.unsubscribeButton, `${config.publicUrl}/disiscrizione/${encodeURIComponent(token)}`, settings));
  };

  const unsubscribe = async (c: Context) => {
    const token = tokenOf(c);
    const key = unsubscribeKey(token);
    const lang = TOKEN.test(token) ? await ctx.db.langForUnsubscribe(key) ?? 'it' : 'it';
    const t = DICTIONARIES[lang].subscription;
    const outcome = TOKEN.test(token) ? await ctx.db.unsubscribe(key, ctx.clock()) : 'unknown';
    if (outcome === 'unknown') {
      ctx.log('disiscrizione: link sconosciuto');
      return c.html(messagePage(lang, t.unsubscribeTitle, t.unknownLink(settings.email.unsubscribeEmail), settings), 404);
    }
    ctx.log(`disiscrizione fatta (${lang})`);
    return c.html(messagePage(lang, t.unsubscribedTitle, t.unsubscribedText, settings));
  };

  routes.get('/', show);
  routes.get('/:token', show);
  routes.post('/', unsubscribe);
  routes.post('/:token', unsubscribe);
  return routes;
}
