/**
 * Starts the subscription service: opens the database (migrating it; with SQLite, the log's
 * checkpoints on their own thread), picks the mailer (SMTP with `SMTP_URL`, else `.eml` files in
 * `out/mail/conferme/`; on its own thread), binds the app to `host:port` and drops expired
 * sign-ups every hour.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Settings } from '../lib/settings/settings.ts';
import type { Sender } from '../lib/send/transport.ts';
import { threadedSender } from '../lib/send/threaded.ts';
import { serviceConfig, type ServiceConfig } from '../lib/subscribers/config.ts';
import { databaseLocation, openDatabase, type OpenDatabase } from '../lib/subscribers/database.ts';
import { SubscriberStore } from '../lib/subscribers/store.ts';
import { startWalCheckpointer, type WalCheckpointer } from '../lib/subscribers/wal-checkpointer.ts';
import { createApp } from './app.ts';

export interface ServiceOptions {
  host: string;
  port: number;
  settings: Settings;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  /** Folder of the `.eml` files when there is no SMTP server. */
  mailDir?: string;
}

export interface RunningService {
  /** `http://127.0.0.1:8787` */
  url: string;
  config: ServiceConfig;
  database: OpenDatabase;
  close(): Promise<void>;
}

/** Confirmation e-mails are composed and sent on their own thread: the requests never wait for them. */
export function mailerFrom(env: Record<string, string | undefined>, mailDir: string): Sender {
  const smtpUrl = env['SMTP_URL'];
  return threadedSender(smtpUrl ? { kind: 'smtp', options: { url: smtpUrl, rate: 0, connections: 2 } } : { kind: 'file', dir: mailDir });
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  // Checked before anything opens; built again once the port is known (port 0 = any free one).
  serviceConfig(options.settings, options.env, { host: options.host, port: options.port || 8787 });
  const database = await openDatabase(databaseLocation(options.env));
  const checkpointer = await sqliteCheckpointer(database, options.log);
  const db = new SubscriberStore(database.db, database.backend);
  const mailer = mailerFrom(options.env, options.mailDir ?? join('out', 'mail', 'conferme'));
  const clock = () => new Date();
  await db.purgeExpired(clock());
  let service: ReturnType<typeof createApp> | undefined;
  const server = serve({ fetch: (request, env) => service ? service.app.fetch(request, env) : new Response('', { status: 503 }), hostname: options.host, port: options.port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    mailer.close();
    await checkpointer?.stop();
    await database.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const config = serviceConfig(options.settings, options.env, { host: options.host, port: address.port });
  service = createApp({ db, mailer, clock, settings: options.settings, config, log: options.log });
  const purge = setInterval(() => void db.purgeExpired(clock()).catch(() => {}), 3_600_000);
  purge.unref();
  return {
    url,
    config,
    database,
    async close() {
      clearInterval(purge);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service?.settled();
      mailer.close();
      await checkpointer?.stop();
      await database.close();
    },
  };
}

/** With SQLite, no request waits for a checkpoint of the log; without the thread, SQLite's own checkpoints stay. */
async function sqliteCheckpointer(database: OpenDatabase, log: (line: string) => void): Promise<WalCheckpointer | undefined> {
  if (database.backend !== 'sqlite' || !database.file) return undefined;
  try {
    return await startWalCheckpointer(database.db, database.file, { log });
  } catch (error) {
    log(`checkpoint del database sul thread non avviato (${(error as Error).message}): lo fa la connessione del servizio`);
    return undefined;
  }
}
