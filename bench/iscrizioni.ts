/**
 * npm run bench:iscrizioni — the subscription service on loopback: form sign-ups per second
 * (each a new address: a pending row, a confirmation e-mail written as .eml) and one-click
 * unsubscribes per second, with p99 latency, on SQLite and on PostgreSQL (BENCH_DATABASE_URL or
 * TEST_DATABASE_URL: a throw-away database is created there; without either, a throw-away
 * PostgreSQL cluster is started as the tests do, `.ci/start-postgres`).
 * Baseline: `GET /salute` on the same server in the same run (the framework's floor); the
 * ratio says how much of it a sign-up keeps. Goal on SQLite: ≥ 300 sign-ups/s flat out
 * (autocannon, 20 connections), and p99 < 50 ms at a steady 300 a second: evenly spaced
 * requests, latency counted from when each was due (bench/steady-load.ts). Flat out, latency
 * is only connections ÷ throughput.
 * The service runs as `npm run iscrizioni` does, in its own process, with a probe loaded
 * (bench/service-probe.ts) that reports its event-loop delay and garbage-collection pauses:
 * figures of the service itself, less swayed by the generator and the machine's other work.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { databaseLocation, openDatabase } from '../src/lib/subscribers/database.ts';
import { SubscriberStore } from '../src/lib/subscribers/store.ts';
import { unsubscribeKey, unsubscribeToken } from '../src/lib/subscribers/tokens.ts';
import startPostgres from '../tests/helpers/postgres-setup.ts';
import { startService, type RunningService } from '../tests/helpers/service.ts';
import { steadyLoad } from './steady-load.ts';

const { values } = commandLine({
  name: 'bench:iscrizioni',
  options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } },
  help: {
    usage: 'npm run bench:iscrizioni -- [opzioni]',
    summary: 'Misura il servizio iscrizioni: iscrizioni e cancellazioni con un clic al secondo, latenza p99 (a pieno ritmo e a 300 iscrizioni al secondo costanti), tempo di CPU per richiesta, ritardo del ciclo di eventi e pause del garbage collector del servizio, su SQLite e su PostgreSQL (BENCH_DATABASE_URL o TEST_DATABASE_URL; senza, un PostgreSQL temporaneo).',
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
  /** The same for the whole process (with the e-mail and checkpoint threads). */
  processCpuMs: number;
  /** From the probe in the service: event-loop delay p99 and longest, longest GC pause (ms). */
  loopP99: number;
  loopMax: number;
  gcMax: number;
  /** More about the latency, when the generator knows it. */
  detail?: string;
}

/** User + system CPU time of one thread of a process, in ms (Linux). */
function threadCpuMs(pid: number, thread = pid): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // a thread that ended between the listing and the read
  }
}

function processCpuMs(pid: number): number {
  return readdirSync(`/proc/${pid}/task`).reduce((sum, thread) => sum + threadCpuMs(pid, Number(thread)), 0);
}

interface ProbeFigures { loopP99: number; loopMax: number; gcMaxMs: number }

/** Asks the probe in the service for its figures since the last question (and resets them). */
async function probe(service: RunningService): Promise<ProbeFigures> {
  const before = service.output().length;
  service.child.kill('SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = /sonda: (\{.*\})/.exec(service.output().slice(before));
    if (line) return JSON.parse(line[1]!) as ProbeFigures;
  }
  throw new Error('the service did not answer the probe (SIGUSR2)');
}

/** Runs one measurement and reads the service's CPU time and probe around it. */
async function measured(service: RunningService, run: () => Promise<{ perSecond: number; p99: number; errors: number; total: number; detail?: string }>): Promise<Figures> {
  const pid = service.child.pid!;
  await probe(service);
  const mainBefore = threadCpuMs(pid);
  const processBefore = processCpuMs(pid);
  const result = await run();
  const requests = Math.max(1, result.total);
  const cpuMs = (threadCpuMs(pid) - mainBefore) / requests;
  const processMs = (processCpuMs(pid) - processBefore) / requests;
  const inside = await probe(service);
  return { ...result, cpuMs, processCpuMs: processMs, loopP99: inside.loopP99, loopMax: inside.loopMax, gcMax: inside.gcMaxMs };
}

/** Flat out: `CONNECTIONS` connections, each sending its next request when the last is answered. */
function cannon(service: RunningService, options: autocannon.Options): Promise<Figures> {
  return measured(service, async () => {
    const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
    return { perSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx, total: result.requests.total };
  });
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
  // The probe's line goes to the service's output, which the benchmark reads.
  const probeImport = `--import ${JSON.stringify(new URL('./service-probe.ts', import.meta.url).pathname)}`;
  const service = await startService(work, { ...env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${probeImport}`.trim() });
  const database = await openDatabase(databaseLocation(env));
  try {
    const floor = await cannon(service, { url: `${service.url}/salute` });
    let counter = 0;
    const signUpBody = () => `email=bench${counter++}.${backend}%40example.org&lang=ar&consenso=si&nome=&sito=`;
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    // At the goal's steady 300 a second, where the p99 says how long a reader waits under that
    // load; then flat out (as many as the service takes: latency is then connections ÷ throughput).
    // Steady first, after 2 s of the same to warm it up: flat out leaves the e-mail thread a backlog
    // of confirmations that would still be written during a later measurement.
    const steady = (seconds: number) => steadyLoad({
      url: service.url, rate: GOAL_PER_SECOND, seconds, connections: CONNECTIONS,
      next: () => ({ method: 'POST', path: '/iscrizione', headers: formHeaders, body: signUpBody() }),
    });
    await steady(2);
    const steadySignUps = await measured(service, async () => {
      const figures = await steady(SECONDS);
      return { ...figures, detail: `p50 ${figures.p50} ms, p99 ${figures.p99} ms, longest ${figures.max} ms` };
    });
    const signUps = await cannon(service, {
      url: `${service.url}/iscrizione`, method: 'POST', headers: formHeaders,
      requests: [{ setupRequest: (request) => ({ ...request, body: signUpBody() }) }],
    });
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
    const unsubscribes = await cannon(service, {
      url: `${service.url}/disiscrizione`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      requests: [{ setupRequest: (request) => ({ ...request, path: `/disiscrizione/${tokens[next++ % tokens.length]}` }) }],
    });
    const row = (what: string, figures: Figures) =>
      `  ${what.padEnd(28)} ${figures.perSecond.toFixed(0).padStart(5)}/s  p99 ${figures.p99.toFixed(0).padStart(4)} ms  ${(figures.perSecond / floor.perSecond).toFixed(2).padStart(4)}×  `
      + `${figures.cpuMs.toFixed(2)} / ${figures.processCpuMs.toFixed(2)} ms  ${figures.loopP99.toFixed(0).padStart(3)} / ${figures.loopMax.toFixed(0).padStart(3)} ms  ${figures.gcMax.toFixed(0).padStart(3)} ms`
      + `${figures.errors ? `  (${figures.errors} errors)` : ''}${figures.detail ? `  (${figures.detail})` : ''}`;
    console.log(`\n${backend} (${database.description}), ${SECONDS} s each; flat out: ${CONNECTIONS} connections; steady: up to ${CONNECTIONS} connections:`);
    console.log(`  ${''.padEnd(28)} ${'rate'.padStart(7)}  ${'latency'.padEnd(11)}  floor  CPU each main / process  loop delay p99 / max  longest GC`);
    console.log(row('GET /salute (floor)', floor));
    console.log(row('sign-ups (POST /iscrizione)', signUps));
    console.log(row(`sign-ups at ${GOAL_PER_SECOND}/s steady`, steadySignUps));
    console.log(row('one-click unsubscribes', unsubscribes));
    if (backend === 'SQLite') {
      const ok = signUps.perSecond >= GOAL_PER_SECOND && steadySignUps.p99 < 50 && steadySignUps.perSecond >= GOAL_PER_SECOND * 0.95;
      console.log(`  goal ≥ ${GOAL_PER_SECOND} sign-ups/s flat out, p99 < 50 ms at a steady ${GOAL_PER_SECOND}/s: ${ok ? 'met' : 'NOT met'} (load average now ${loadavg().map((n) => n.toFixed(1)).join(' ')}, ${cpus().length} cores)`);
    }
  } finally {
    await database.close();
    await service.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(`Load average at the start ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores: figures taken while other work runs are only indicative.`);
await bench('SQLite', {});
// Without a server given, a throw-away cluster as the tests start it (.ci/start-postgres).
const stopCluster = process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'] ? undefined : startPostgres();
try {
  const postgres = await postgresDatabase();
  if (postgres) {
    try {
      await bench('PostgreSQL', { DATABASE_URL: postgres.url });
    } finally {
      await postgres.drop();
    }
  }
} finally {
  stopCluster?.();
}
