/** What every route group of the service receives: its dependencies and a few helpers. */
import type { Context } from 'hono';
import { isLang, type Lang } from '../i18n/languages.ts';
import type { Settings } from '../lib/settings/settings.ts';
import type { ServiceConfig } from '../lib/subscribers/config.ts';
import type { SubscriberStore } from '../lib/subscribers/store.ts';
import type { Sender } from '../lib/send/transport.ts';

export interface AppDependencies {
  /** The subscribers' store (SQLite or PostgreSQL). */
  db: SubscriberStore;
  /** Where confirmation e-mails go: SMTP or `.eml` files. */
  mailer: Sender;
  /** The real clock (never `BULLETIN_DATE`). */
  clock: () => Date;
  settings: Settings;
  config: ServiceConfig;
  /** One line per request and per event; never an address. */
  log?: (line: string) => void;
  /** The client's network address; the Node adapter's socket by default. */
  clientIp?: (c: Context) => string;
}

export interface ServiceContext extends Required<Omit<AppDependencies, 'clientIp'>> {
  clientIp: (c: Context) => string;
  /** Work started by a request and finished after its answer (a confirmation e-mail). */
  background: (work: Promise<unknown>) => void;
}

/** The language asked for, Italian when missing or unknown. */
export function langOf(value: unknown): Lang {
  return typeof value === 'string' && isLang(value) ? value : 'it';
}
