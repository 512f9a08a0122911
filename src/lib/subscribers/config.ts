/**
 * The service's settings from the environment: the public address, the secret, the
 * abuse limits (every one configurable; the benchmark raises them). Bad values stop the
 * start with an Italian message naming the variable.
 */
import type { Settings } from '../settings/settings.ts';
import { hostOf, isLoopbackUrl, originOf } from './origin.ts';

export interface Limits {
  /** Sign-ups per hashed client IP per hour (`SUBSCRIBE_RATE_IP_HOUR`, default 20). */
  ipPerHour: number;
  /** The same without a form token or without proof-of-work when it is on (`SUBSCRIBE_RATE_IP_HOUR_STRICT`, default 5). */
  ipPerHourStrict: number;
  /** Confirmation e-mails per address per 7 days (`SUBSCRIBE_RATE_ADDRESS_WEEK`, default 3). */
  addressPerWeek: number;
  /** Least time between loading the form and sending it (`SUBSCRIBE_MIN_SECONDS`, default 3). */
  minDelayMs: number;
  /** Largest request body in bytes (`SUBSCRIBE_MAX_BYTES`, default 8192). */
  maxBytes: number;
}

export interface ServiceConfig {
  /** `UNSUBSCRIBE_SECRET`: signs every token and keys the IP hashes. */
  secret: string;
  /** The service's public base URL, no trailing slash. */
  publicUrl: string;
  siteUrl: string;
  /** Origins whose POSTs are accepted: the site's and the service's. */
  allowedOrigins: string[];
  /** Host headers answered. */
  allowedHosts: string[];
  limits: Limits;
  /** Proof-of-work cost (`SUBSCRIBE_ALTCHA_COST`); 0 = off. */
  altchaCost: number;
  /** Behind a reverse proxy on this machine: the client is the last `X-Forwarded-For` entry (`TRUST_PROXY=1`). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

function numberFrom(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new ConfigError(`${name} deve essere un numero positivo o zero (trovato "${value}").`);
  return number;
}

export function serviceConfig(settings: Pick<Settings, 'siteUrl' | 'subscribe'>, env: Record<string, string | undefined>, listen: { host: string; port: number }): ServiceConfig {
  const secret = env['UNSUBSCRIBE_SECRET'] ?? '';
  if (secret.length < 16) {
    throw new ConfigError('Manca UNSUBSCRIBE_SECRET (almeno 16 caratteri): firma i link di conferma e di cancellazione. Usa sempre la stessa frase segreta lunga, la stessa di "npm run send".');
  }
  const local = `http://${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${listen.port}`;
  const publicUrl = (settings.subscribe.endpoint ?? local).replace(/\/+$/, '');
  const url = URL.parse(publicUrl);
  if (!url || !['https:', 'http:'].includes(url.protocol)) throw new ConfigError(`SUBSCRIBE_URL "${publicUrl}" non è un indirizzo web: scrivilo come https://bollettino.example.org/servizio.`);
  if (url.protocol === 'http:' && !isLoopbackUrl(url)) {
    throw new ConfigError(`SUBSCRIBE_URL "${publicUrl}" usa http:// su un indirizzo pubblico: serve https:// (http:// va bene solo per 127.0.0.1 o localhost, per le prove).`);
  }
  const extraHosts = (env['SUBSCRIBE_ALLOWED_HOSTS'] ?? '').split(',').map((host) => host.trim()).filter(Boolean);
  const allowedHosts = [...new Set([hostOf(publicUrl)!, hostOf(local)!, ...extraHosts])];
  const allowedOrigins = [...new Set([originOf(settings.siteUrl), originOf(publicUrl)].filter((origin): origin is string => Boolean(origin)))];
  return {
    secret,
    publicUrl,
    siteUrl: settings.siteUrl,
    allowedOrigins,
    allowedHosts,
    limits: {
      ipPerHour: numberFrom(env, 'SUBSCRIBE_RATE_IP_HOUR', 20),
      ipPerHourStrict: numberFrom(env, 'SUBSCRIBE_RATE_IP_HOUR_STRICT', 5),
      addressPerWeek: numberFrom(env, 'SUBSCRIBE_RATE_ADDRESS_WEEK', 3),
      minDelayMs: numberFrom(env, 'SUBSCRIBE_MIN_SECONDS', 3) * 1000,
      maxBytes: numberFrom(env, 'SUBSCRIBE_MAX_BYTES', 8192),
    },
    altchaCost: numberFrom(env, 'SUBSCRIBE_ALTCHA_COST', 0),
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
  };
}
