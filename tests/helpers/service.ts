/**
 * The subscription service as an operator runs it (`node scripts/iscrizioni.ts`), on a free
 * loopback port, against a fresh SQLite file or a fresh PostgreSQL database (when
 * `TEST_DATABASE_URL` points at a server where the user may create databases).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from './build.ts';

export const SECRET = 'segreto-dei-test-del-servizio';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** DATABASE_URL or SUBSCRIBERS_DB for the commands. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The backends the tests run on, both always (the projects' global setup provides PostgreSQL: tests/helpers/postgres-setup.ts). */
export const BACKENDS: Array<'sqlite' | 'postgres'> = ['sqlite', 'postgres'];

export async function freshBackend(name: 'sqlite' | 'postgres', dir: string): Promise<Backend> {
  if (name === 'sqlite') return { name, env: { SUBSCRIBERS_DB: join(dir, 'iscritti.sqlite') }, drop: async () => {} };
  const admin = process.env['TEST_DATABASE_URL'];
  if (!admin) throw new Error('TEST_DATABASE_URL is not set: run the tests through vitest.config.ts (its global setup starts PostgreSQL).');
  const database = `bollettino_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return {
    name,
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface RunningService {
  url: string;
  child: ChildProcess;
  /** Every line the service printed, stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bollettino-iscrizioni-'));
}

/** Starts the service in `cwd` (its `out/mail/conferme/` gets the confirmation e-mails). */
export async function startService(cwd: string, env: Record<string, string>): Promise<RunningService> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/iscrizioni.ts'), '--port', '0'], {
    cwd,
    env: { ...process.env, UNSUBSCRIBE_SECRET: SECRET, SITE_URL: 'https://bollettino.test', SMTP_URL: '', SUBSCRIBE_URL: '', ...env },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /in ascolto su (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => reject(new Error(`il servizio è uscito (${code}): ${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** The confirmation e-mails written so far (`.eml` files), oldest first. */
export function confirmationMails(cwd: string): string[] {
  const dir = join(cwd, 'out', 'mail', 'conferme');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return names.map((name) => readFileSync(join(dir, name), 'utf8'));
}

export async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A form POST as a browser on the site sends it. */
export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, redirect: 'manual' });
}
