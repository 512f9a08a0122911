/**
 * The subscription service as a Hono app: `createApp(dependencies)` wires the route groups
 * (sign-up, confirm, unsubscribe) behind the checks every request passes — Host, Origin for
 * POSTs, request size — and logs one line per request with tokens cut out. Tests call
 * `app.request()`; `server.ts` only binds it to a port.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import { DICTIONARIES } from '../i18n/index.ts';
import { maskAddresses } from '../lib/send/mask.ts';
import { isHostAllowed, isOriginAllowed } from '../lib/subscribers/origin.ts';
import type { AppDependencies, ServiceContext } from './context.ts';
import { messagePage } from './pages.ts';
import { altchaWidgetScript } from './altcha-widget.ts';
import { createProofOfWork } from './proof-of-work.ts';
import { confirmRoutes } from './routes/confirm.ts';
import { signUpRoutes } from './routes/sign-up.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';

export interface SubscriptionApp {
  app: Hono;
  /** Resolves once the work started by earlier requests (confirmation e-mails) is done. */
  settled(): Promise<void>;
}

/** The socket's address, or the proxy's last `X-Forwarded-For` entry when told to trust it. */
export function socketClientIp(trustProxy: boolean): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'sconosciuto';
    } catch {
      return 'sconosciuto';
    }
  };
}

/** The path as logged: tokens replaced, so a log never holds a working link. */
export function loggedPath(path: string): string {
  return path.replace(/^\/(conferma|disiscrizione)\/[^/?]+/, '/$1/…').slice(0, 100);
}

export function createApp(dependencies: AppDependencies): SubscriptionApp {
  const pending = new Set<Promise<unknown>>();
  const rawLog = dependencies.log ?? (() => {});
  const ctx: ServiceContext = {
    db: dependencies.db,
    mailer: dependencies.mailer,
    clock: dependencies.clock,
    settings: dependencies.settings,
    config: dependencies.config,
    // Whatever a line holds (an error from the mail server), addresses leave it masked.
    log: (line) => rawLog(maskAddresses(line)),
    clientIp: dependencies.clientIp ?? socketClientIp(dependencies.config.trustProxy),
    background: (work) => {
      const tracked = work.finally(() => pending.delete(tracked));
      pending.add(tracked);
    },
  };
  const { config, settings } = ctx;
  const pow = config.altchaCost > 0 ? createProofOfWork({ secret: config.secret, cost: config.altchaCost, clock: ctx.clock }) : undefined;
  const it = DICTIONARIES.it.subscription;
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    // The proof-of-work widget computes in workers it makes from its own bundle (blob: URLs).
    c.header('Content-Security-Policy', `default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'${pow ? '; worker-src blob:' : ''}`);
    ctx.log(`${c.req.method} ${loggedPath(c.req.path)} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });

  app.use(async (c, next) => {
    if (!isHostAllowed(c.req.header('host'), config.allowedHosts)) return c.text('Host non previsto: apri il servizio dal suo indirizzo pubblico.', 421);
    if (c.req.method === 'POST' && !isOriginAllowed(c.req.header('origin'), config.allowedOrigins)) {
      return c.html(messagePage('it', it.formTitle, it.refused, settings), 403);
    }
    return next();
  });

  app.use(bodyLimit({ maxSize: config.limits.maxBytes, onError: (c) => c.html(messagePage('it', it.formTitle, it.tooBig, settings), 413) }));

  // The site's static form asks for a time token (and a puzzle) from its own origin.
  const siteOrigin = URL.parse(config.siteUrl)?.origin;
  app.use('/iscrizione/gettone', async (c, next) => {
    await next();
    if (siteOrigin) c.header('Access-Control-Allow-Origin', siteOrigin);
  });

  app.get('/salute', (c) => c.text('ok'));
  app.route('/iscrizione', signUpRoutes(ctx, pow));
  app.route('/conferma', confirmRoutes(ctx));
  app.route('/disiscrizione', unsubscribeRoutes(ctx));
  if (pow) {
    app.get('/altcha', async (c) => {
      if (siteOrigin) c.header('Access-Control-Allow-Origin', siteOrigin);
      return c.json(await pow.challenge());
    });
    const widget = altchaWidgetScript();
    app.get('/altcha.js', (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(widget, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    });
  }
  app.notFound((c) => c.html(messagePage('it', 'Pagina non trovata', it.linkExpired, settings), 404));
  app.onError((error, c) => {
    ctx.log(`errore: ${error.message}`);
    return c.html(messagePage('it', it.formTitle, 'Il servizio ha avuto un problema. Riprova tra qualche minuto.', settings), 500);
  });

  return {
    app,
    async settled() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}
