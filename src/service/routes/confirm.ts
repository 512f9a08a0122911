/** `GET /conferma/<token>` shows one button and changes nothing (mail scanners follow links); `POST` activates, once. */
import { Hono } from 'hono';
import { DICTIONARIES } from '../../i18n/index.ts';
import { checkConfirmationToken, hashIp } from '../../lib/subscribers/tokens.ts';
import { buttonPage, messagePage } from '../pages.ts';
import type { ServiceContext } from '../context.ts';

export function confirmRoutes(ctx: ServiceContext): Hono {
  const routes = new Hono();
  const { config, settings } = ctx;

  routes.get('/:token', (c) => {
    const token = c.req.param('token');
    const check = checkConfirmationToken(config.secret, token, ctx.clock().getTime());
    if (!check.ok) {
      const t = DICTIONARIES.it.subscription;
      return c.html(messagePage('it', t.confirmTitle, t.linkExpired, settings), 400);
    }
    const t = DICTIONARIES[check.lang].subscription;
    return c.html(buttonPage(check.lang, t.confirmTitle, t.confirmText, t.confirmButton, `${config.publicUrl}/conferma/${token}`, settings));
  });

  routes.post('/:token', async (c) => {
    const now = ctx.clock();
    const check = checkConfirmationToken(config.secret, c.req.param('token'), now.getTime());
    if (!check.ok) {
      ctx.log(`conferma rifiutata: link ${check.reason === 'expired' ? 'scaduto' : 'non valido'}`);
      const t = DICTIONARIES.it.subscription;
      return c.html(messagePage('it', t.confirmTitle, t.linkExpired, settings), 400);
    }
    const t = DICTIONARIES[check.lang].subscription;
    const confirmed = await ctx.db.confirm(check.nonce, now, hashIp(config.secret, ctx.clientIp(c)));
    if (!confirmed) {
      ctx.log('conferma: link già usato o iscrizione scaduta');
      return c.html(messagePage(check.lang, t.confirmTitle, t.linkUsed, settings), 410);
    }
    ctx.log(`conferma: iscrizione attivata (${check.lang})`);
    return c.html(messagePage(check.lang, t.confirmedTitle, t.confirmedText, settings));
  });
  return routes;
}
