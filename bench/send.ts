/**
 * npm run bench:send — one issue to 10,000 generated subscribers through a local SMTP
 * server that accepts everything. Prints messages per second and peak memory for our
 * sender, and for a bare nodemailer pool sending the same message (the floor), with
 * the ratio between the two. Goal: ≥ 200 messages/s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import nodemailer from 'nodemailer';
import { loadIssueEmail, personalMessage } from '../src/lib/send/message.ts';
import { runSendCommand } from '../src/lib/send/command.ts';
import { settings } from '../src/settings.ts';

const { values } = commandLine({
  name: 'bench:send',
  options: { count: { type: 'string', default: '10000' } },
  help: {
    usage: 'npm run bench:send -- [opzioni]',
    summary: "Misura l'invio di un numero a 10.000 iscritti generati attraverso un server SMTP locale che accetta tutto: messaggi al secondo e memoria, contro un invio nodemailer essenziale dello stesso messaggio.",
    options: {
      count: { value: 'N', text: 'quanti iscritti (predefinito 10000)' },
    },
  },
});
const COUNT = Number(values.count);
const WEEK = '2026-W48';
const work = mkdtempSync(join(tmpdir(), 'bench-send-'));
const dist = join(work, 'dist');

console.log(`Building the sample issue ${WEEK}…`);
const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
  env: { ...process.env, BULLETIN_DATE: '2026-11-23', BULLETIN_CACHE_DIR: join(work, 'cache') },
  stdio: 'inherit',
});
if (build.status !== 0 || !existsSync(join(dist, 'email', `${WEEK}.html`))) throw new Error('build failed');

async function startSink(): Promise<{ url: string; stop: () => Promise<string> }> {
  const child = spawn(process.execPath, ['bench/smtp-sink.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  const port = await new Promise<string>((resolve) => child.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('\n')) resolve(output.split('\n')[0]!);
  }));
  return {
    url: `smtp://bench:bench@127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => {
      child.on('close', () => resolve(output.split('\n').find((line) => line.startsWith('received')) ?? ''));
      child.kill('SIGTERM');
    }),
  };
}

const subscribers = Array.from({ length: COUNT }, (_, i) => ({ email: `iscritto${i}@example.org`, name: `Persona ${i}`, line: i + 2 }));
const csv = join(work, 'iscritti.csv');
writeFileSync(csv, ['email,name,status', ...subscribers.map((s) => `${s.email},${s.name},active`)].join('\n'));
const CONNECTIONS = 5;

// Floor: a bare nodemailer pool, same connections, same personalised messages, no state.
const floorSink = await startSink();
const email = loadIssueEmail(dist, WEEK);
const url = new URL(floorSink.url);
const transport = nodemailer.createTransport({ host: url.hostname, port: Number(url.port), secure: false, auth: { user: 'bench', pass: 'bench' }, pool: true, maxConnections: CONNECTIONS, maxMessages: 100 });
let started = performance.now();
let next = 0;
await Promise.all(Array.from({ length: CONNECTIONS * 2 }, async () => {
  while (next < subscribers.length) {
    const subscriber = subscribers[next++]!;
    await transport.sendMail(personalMessage(email, subscriber, settings, { secret: 'bench' }));
  }
}));
const floorSeconds = (performance.now() - started) / 1000;
transport.close();
console.log(`floor sink: ${await floorSink.stop()}`);

// Ours: the real command, with state, lock, retries and progress.
const sink = await startSink();
const rssBefore = process.resourceUsage().maxRSS;
started = performance.now();
const code = await runSendCommand({
  week: WEEK,
  subscribersFile: csv,
  distDir: dist,
  outDir: undefined,
  stateDir: join(work, 'state'),
  testAddress: undefined,
  settings,
  env: { SMTP_URL: sink.url, SMTP_CONNECTIONS: String(CONNECTIONS), UNSUBSCRIBE_SECRET: 'bench' },
  log: () => {},
  error: (line) => console.error(line),
  progressStream: process.stderr,
});
const oursSeconds = (performance.now() - started) / 1000;
console.log(`our sink: ${await sink.stop()} (exit ${code})`);

const rate = (seconds: number) => COUNT / seconds;
console.log('\nbench:send');
console.log(`messages                  ${COUNT}`);
console.log(`bare nodemailer pool      ${rate(floorSeconds).toFixed(0)} msg/s (${floorSeconds.toFixed(1)} s)`);
console.log(`bollettino send           ${rate(oursSeconds).toFixed(0)} msg/s (${oursSeconds.toFixed(1)} s)  goal ≥ 200 msg/s ${rate(oursSeconds) >= 200 ? 'MET' : 'NOT MET'}`);
console.log(`time ratio to the floor   ${(oursSeconds / floorSeconds).toFixed(2)}`);
console.log(`peak RSS of the process   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (before the send: ${(rssBefore / 1024).toFixed(0)} MB)`);
rmSync(work, { recursive: true, force: true });
