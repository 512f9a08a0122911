/**
 * `GET /iscrizione` (the form, with its signed time token), `GET /iscrizione/gettone` (a
 * token for the site's static form when JavaScript runs), `POST /iscrizione` (the sign-up).
 * The POST answers the same "check your e-mail" page whatever became of the address: new,
 * pending, already active, over its weekly limit, or a filled honeypot.
 */
import { Hono } from 'hono';
import { DICTIONARIES } from '../../i18n/index.ts';
import { isEmailAddress } from '../../lib/send/address.ts';
import { confirmationMessage } from '../../lib/subscribers/confirmation-mail.ts';
import { privacyVersion } from '../../lib/subscribers/privacy.ts';
import { createRateLimiter } from '../../lib/subscribers/rate-limit.ts';
import { checkFormToken, confirmationToken, formToken, hashIp, unsubscribeKeyFor } from '../../lib/subscribers/tokens.ts';
import { withoutInvalidChars } from '../../lib/text/text-chars.ts';
import type { ProofOfWork } from '../proof-of-work.ts';
import { ALTCHA_WIDGET_CONFIGURATION, formPage, messagePage } from '../pages.ts';
import { langOf, type ServiceContext } from '../context.ts';

const HOUR_MS = 3_600_000;

/** The name as stored: one line, no control characters, at most 80 characters; never shown in an e-mail. */
export function cleanName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = withoutInvalidChars(value).replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return name || null;
}

/** The address as stored: trimmed; undefined when it cannot be an address. */
export function cleanEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim();
  return isEmailAddress(email) ? email : undefined;
}

export function signUpRoutes(ctx: ServiceContext, pow: ProofOfWork | undefined): Hono {
  const routes = new Hono();
  const { config, settings } = ctx;
  const perIp = createRateLimiter({ limit: config.limits.ipPerHour, windowMs: HOUR_MS });
  const perIpStrict = createRateLimiter({ limit: config.limits.ipPerHourStrict, windowMs: HOUR_MS });
  const consentVersion = privacyVersion(settings);
  const action = `${config.publicUrl}/iscrizione`;

  const form = (lang: ReturnType<typeof langOf>, extra: { problem?: string; email?: string } = {}) => formPage({
    lang, action, formToken: formToken(config.secret, ctx.clock().getTime()), ...extra,
    ...(pow ? { altchaChallengeUrl: `${config.publicUrl}/altcha`, altchaScriptUrl: `${config.publicUrl}/altcha.js` } : {}),
  }, settings);

  routes.get('/', (c) => c.html(form(langOf(c.req.query('lang')))));

  // The site's static form asks for its time token here, and learns whether to add the proof-of-work widget.
  routes.get('/gettone', (c) => c.json({
    t: formToken(config.secret, ctx.clock().getTime()),
    ...(pow ? { altcha: { script: `${config.publicUrl}/altcha.js`, challenge: `${config.publicUrl}/altcha`, configuration: ALTCHA_WIDGET_CONFIGURATION } } : {}),
  }));

  routes.post('/', async (c) => {
    const body = await c.req.parseBody();
    const lang = langOf(body['lang']);
    const t = DICTIONARIES[lang].subscription;
    const done = () => c.html(messagePage(lang, t.checkMailTitle, t.checkMailText, settings));
    if (typeof body['sito'] === 'string' && body['sito'] !== '') {
      ctx.log('iscrizione scartata: campo trappola compilato');
      return done();
    }
    const email = cleanEmail(body['email']);
    if (!email) return c.html(form(lang, { problem: t.badEmail }), 400);
    if (!body['consenso']) return c.html(form(lang, { problem: t.needConsent, email }), 400);
    const now = ctx.clock();
    const timing = checkFormToken(config.secret, typeof body['t'] === 'string' ? body['t'] : undefined, now.getTime(), config.limits.minDelayMs);
    if (timing === 'too-fast') {
      ctx.log('iscrizione scartata: modulo inviato troppo in fretta');
      return done();
    }
    const proven = pow ? await pow.check(body['altcha']) : true;
    const ipHash = hashIp(config.secret, ctx.clientIp(c));
    const strict = timing === 'missing' || !proven;
    const allowed = strict ? perIpStrict.hit(ipHash, now.getTime()) && perIp.hit(ipHash, now.getTime()) : perIp.hit(ipHash, now.getTime());
    if (!allowed) {
      ctx.log(`iscrizione rifiutata: troppe richieste dalla stessa rete${strict ? ' (senza gettone o prova di lavoro)' : ''}`);
      return c.html(messagePage(lang, t.checkMailTitle, t.tooMany, settings), 429);
    }
    const outcome = await ctx.db.signUp({
      email, name: cleanName(body['nome']), lang, consentVersion, ipHash,
      unsubscribeKey: unsubscribeKeyFor(email, config.secret), now, maxMailsPerWeek: config.limits.addressPerWeek,
    });
    if (outcome.send) {
      const link = `${config.publicUrl}/conferma/${confirmationToken(config.secret, outcome.nonce, lang, now.getTime())}`;
      const message = confirmationMessage(email, lang, link, settings, now.getTime());
      // Answered before the e-mail goes: the time taken says nothing about the address.
      ctx.background(ctx.mailer.send(message, `${now.toISOString().replace(/[:.]/g, '-')}-${outcome.nonce.slice(0, 8)}`)
        .then(() => ctx.log(`iscrizione: e-mail di conferma inviata (${lang})`))
        .catch((error: unknown) => ctx.log(`iscrizione: e-mail di conferma NON inviata (${lang}): ${(error as Error).message}`)));
    } else {
      ctx.log(outcome.why === 'active' ? 'iscrizione: indirizzo già attivo, nessuna e-mail' : 'iscrizione: limite settimanale di e-mail di conferma raggiunto');
    }
    return done();
  });
  return routes;
}
