/**
 * npm run bench:iscrizioni — the subscription service on loopback, under autocannon: form
 * sign-ups per second (each a new address: a pending row, a confirmation e-mail written as
 * .eml) and one-click unsubscribes per second, with p99 latency, on SQLite and on PostgreSQL
 * (with BENCH_DATABASE_URL or TEST_DATABASE_URL: a throw-away database is created there).
 * Baseline: `GET /salute` on the same server in the same run (the framework's floor); the
 * ratio says how much of it a sign-up keeps. Goal on SQLite: ≥ 300 sign-ups/s flat out, and
 * p99 < 50 ms at a steady 300 a second (flat out, latency is only connections ÷ throughput).
 * The service runs as `npm run iscrizioni` does, in its own process: the load generator does
 * not share its thread.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { databaseLocation, openDatabase } from '../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../src/lib/subscribers/store.ts';
import { unsubscribeKey, unsubscribeToken } from '../src/lib/subscribers/tokens.ts';
import { startService } from '../tests/helpers/service.ts';

const { values } = commandLine({
  name: 'bench:iscrizioni',
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } },
  help: {
    usage: 'npm run bench:iscrizioni -- [opzioni]',
    summary: 'Misura il servizio iscrizioni: iscrizioni e cancellazioni con un clic al secondo, latenza p99 e tempo di CPU per richiesta, su SQLite e, con BENCH_DATABASE_URL o TEST_DATABASE_URL, su PostgreSQL.',
    options: {
      seconds: { value: 'N', text: 'secondi per ogni misura (predefinito 10)' },
      connections: { value: 'N', text: 'connessioni contemporanee (predefinito 20)' },
    },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const SECRET = 'segreto-del-benchmark-iscrizioni';
/** The issue's goal on SQLite: at least 300 sign-ups a second, p99 under 50 ms. */
const GOAL_PER_SECOND = 300;

interface Figures {
  perSecond: number;
  p99: number;
  errors: number;
  /** CPU time of the service's main thread per request (ms): what a loaded machine cannot hide. */
  cpuMs: number;
}

/** User + system CPU time of one thread of a process, in ms (Linux). */
function threadCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function cannon(pid: number, options: autocannon.Options): Promise<Figures> {
  const before = threadCpuMs(pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const cpuMs = (threadCpuMs(pid) - before) / Math.max(1, result.requests.total);
  return { perSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx, cpuMs };
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const admin = process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'];
  if (!admin) return undefined;
  const name = `bollettino_bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function bench(backend: string, extraEnv: Record<string, string>): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-iscrizioni-'));
  const env = {
    UNSUBSCRIBE_SECRET: SECRET, SUBSCRIBERS_DB: join(work, 'iscritti.sqlite'), ...extraEnv,
    // The benchmark is one client sending thousands of sign-ups: the limits are raised.
    SUBSCRIBE_RATE_IP_HOUR: '1000000000', SUBSCRIBE_RATE_IP_HOUR_STRICT: '1000000000', SUBSCRIBE_RATE_ADDRESS_WEEK: '1000000000', SUBSCRIBE_MIN_SECONDS: '0',
  };
  const service = await startService(work, env);
  const database = await openDatabase(databaseLocation(env));
  try {
    const floor = await cannon(service.child.pid!, { url: `${service.url}/salute` });
    let counter = 0;
    const signUpRequests: autocannon.Options = {
      url: `${service.url}/iscrizione`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      requests: [{ setupRequest: (request) => ({ ...request, body: `email=bench${counter++}.${backend}%40example.org&lang=ar&consenso=si&nome=&sito=` }) }],
    };
    // Flat out (as many as the service takes: latency is then connections ÷ throughput), and at the
    // goal's steady 300 a second, where the p99 says how long a reader waits under that load.
    const signUps = await cannon(service.child.pid!, signUpRequests);
    const steadySignUps = await cannon(service.child.pid!, { ...signUpRequests, overallRate: GOAL_PER_SECOND });
    // As many active subscribers as a long unsubscribe run can use, added straight through the store.
    const store = new SubscriberStore(database.db, database.backend);
    const tokens: string[] = [];
    const total = Math.max(2000, Math.ceil(signUps.perSecond * SECONDS * 1.5));
    const now = new Date();
    for (let i = 0; i < total; i++) {
      const email = `lascia${i}.${backend}@example.org`;
      const token = unsubscribeToken(email, SECRET);
      tokens.push(token);
      await store.addInPerson({ email, name: null, lang: 'it', source: 'importazione', consentVersion: 'bench', consentNote: null, unsubscribeKey: unsubscribeKey(token), now });
    }
    let next = 0;
    const unsubscribes = await cannon(service.child.pid!, {
      url: `${service.url}/disiscrizione`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      requests: [{ setupRequest: (request) => ({ ...request, path: `/disiscrizione/${tokens[next++ % tokens.length]}` }) }],
    });
    const row = (what: string, figures: Figures) =>
      `  ${what.padEnd(26)} ${figures.perSecond.toFixed(0).padStart(6)}/s  p99 ${String(figures.p99).padStart(4)} ms  ${(figures.perSecond / floor.perSecond).toFixed(2)}× the floor  ${figures.cpuMs.toFixed(2)} ms CPU each (main thread: ≤ ${(1000 / figures.cpuMs).toFixed(0)}/s per core)${figures.errors ? `  (${figures.errors} errors)` : ''}`;
    console.log(`\n${backend} (${database.description}), ${CONNECTIONS} connections, ${SECONDS} s each:`);
    console.log(row('GET /salute (floor)', floor));
    console.log(row('sign-ups (POST /iscrizione)', signUps));
    console.log(row(`sign-ups at ${GOAL_PER_SECOND}/s steady`, steadySignUps));
    console.log(row('one-click unsubscribes', unsubscribes));
    if (backend === 'SQLite') {
      const ok = signUps.perSecond >= GOAL_PER_SECOND && steadySignUps.p99 < 50 && steadySignUps.perSecond >= GOAL_PER_SECOND * 0.95;
      console.log(`  goal ≥ ${GOAL_PER_SECOND} sign-ups/s, p99 < 50 ms at ${GOAL_PER_SECOND}/s: ${ok ? 'met' : 'NOT met'}`);
    }
  } finally {
    await database.close();
    await service.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await bench('SQLite', {});
const postgres = await postgresDatabase();
if (postgres) {
  try {
    await bench('PostgreSQL', { DATABASE_URL: postgres.url });
  } finally {
    await postgres.drop();
  }
} else {
  console.log('\nPostgreSQL: not measured (set BENCH_DATABASE_URL=postgres://… to a server where a database may be created).');
}
