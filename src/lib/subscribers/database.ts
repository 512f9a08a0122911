/**
 * Opens the subscribers' database and brings its schema up to date: SQLite through
 * `node:sqlite` (the default, one file, `data/iscritti.sqlite`) or PostgreSQL when
 * `DATABASE_URL=postgres://…` is set. Migrations run at every open, on both backends.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import type { SubscriberDatabase } from './schema.ts';
import { nodeSqliteDialect } from './sqlite-dialect.ts';

export const DEFAULT_DATABASE_FILE = 'data/iscritti.sqlite';

export type Backend = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<SubscriberDatabase>;
  backend: Backend;
  /** "SQLite data/iscritti.sqlite" or "PostgreSQL host:port/name": never the password. */
  description: string;
  /** The SQLite file, for `iscritti backup`. */
  file?: string;
  close(): Promise<void>;
}

/** A database that cannot be opened or migrated: the message says which and what to do, in Italian. */
export class DatabaseError extends Error {}

export interface DatabaseLocation {
  /** `postgres://user:pass@host:5432/name`; wins over `file`. */
  url?: string | undefined;
  /** SQLite file; default `data/iscritti.sqlite`. */
  file?: string | undefined;
}

/** Where the database is, from `DATABASE_URL` and `SUBSCRIBERS_DB`. */
export function databaseLocation(env: Record<string, string | undefined>): DatabaseLocation {
  return { url: env['DATABASE_URL'] || undefined, file: env['SUBSCRIBERS_DB'] || undefined };
}

/** True when there is a database to read: PostgreSQL configured or the SQLite file present. */
export function databaseExists(location: DatabaseLocation): boolean {
  return Boolean(location.url) || existsSync(location.file ?? DEFAULT_DATABASE_FILE);
}

function postgresDescription(url: URL): string {
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  let opened: OpenDatabase;
  if (location.url) {
    const url = URL.parse(location.url);
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol)) {
      throw new DatabaseError('DATABASE_URL non è un indirizzo PostgreSQL: scrivilo come postgres://utente:password@server:5432/nome_database (oppure toglilo per usare il file SQLite data/iscritti.sqlite).');
    }
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    // An idle connection dropped by the server must not crash the service.
    pool.on('error', () => {});
    const db = new Kysely<SubscriberDatabase>({ dialect: new PostgresDialect({ pool }) });
    opened = { db, backend: 'postgres', description: postgresDescription(url), close: () => db.destroy() };
  } else {
    const file = location.file ?? DEFAULT_DATABASE_FILE;
    let database: DatabaseSync;
    try {
      mkdirSync(dirname(resolve(file)), { recursive: true });
      database = new DatabaseSync(file);
      // WAL lets `iscritti` and backups read while the service writes; the wait avoids "database is locked".
      database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
    } catch (error) {
      throw new DatabaseError(`Non riesco ad aprire il database degli iscritti ${file} (${(error as Error).message}). Controlla che la cartella esista e sia scrivibile, oppure indica un altro file con SUBSCRIBERS_DB.`);
    }
    const db = new Kysely<SubscriberDatabase>({ dialect: nodeSqliteDialect(database) });
    opened = { db, backend: 'sqlite', description: `SQLite ${file}`, file, close: () => db.destroy() };
  }
  try {
    await migrate(opened.db);
  } catch (error) {
    await opened.close().catch(() => {});
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`Non riesco a preparare il database degli iscritti (${opened.description}): ${(error as Error).message}. ${opened.backend === 'postgres' ? 'Controlla che PostgreSQL sia avviato, che DATABASE_URL sia giusto e che l\'utente possa creare tabelle.' : 'Controlla che il file non sia di un altro programma.'}`);
  }
  return opened;
}

async function migrate(db: Kysely<SubscriberDatabase>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new DatabaseError(`la migrazione ${failed?.migrationName ?? ''} non è riuscita (${error instanceof Error ? error.message : String(error)})`);
  }
}
