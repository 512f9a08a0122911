/**
 * `npm run pubblica` as cron would run it, on the fixture content: one issue sent once per
 * week whatever the number of runs, a killed send resumed, `--solo-sito` sending nothing.
 * Each test has its own site, state and SMTP server, and makes the days before it itself:
 * any one of them runs alone (`-t`), in any order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/lib/send/lock.ts';
import { OUTPUT, ROOT, SITE_URL, withBuildLockAsync } from '../helpers/build.ts';
import { activeRows, workDir, writeSubscribers } from '../helpers/send.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { waitUntil } from '../helpers/wait.ts';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const SUBSCRIBERS = 30;
const dir = workDir();
const csv = writeSubscribers(dir, activeRows(SUBSCRIBERS));

/** One test's world: its published site, its send state, its SMTP server. */
interface World {
  site: string;
  state: string;
  smtp: TestSmtp;
}
const servers: TestSmtp[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function newWorld(faults: Parameters<typeof startSmtp>[0] = { delayMs: 40 }): Promise<World> {
  const home = mkdtempSync(join(dir, 'mondo-'));
  const smtp = await startSmtp(faults);
  servers.push(smtp);
  return { site: join(home, 'sito'), state: join(home, 'stato'), smtp };
}

function pubblica(world: World, date: string, args: string[], env: Record<string, string> = {}, whileRunning?: (child: ChildProcess) => Promise<void>): Promise<Run> {
  const { site, state, smtp } = world;
  return withBuildLockAsync(async () => {
    const child = spawn(process.execPath, ['scripts/pubblica.ts', '--out', site, '--stato', state, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        BULLETIN_CONTENT_DIR: 'tests/fixtures/basic',
        BULLETIN_DATE: date,
        BULLETIN_CACHE_DIR: join(OUTPUT, 'cache-pubblica'),
        SITE_URL,
        SMTP_URL: smtp.url,
        SMTP_CONNECTIONS: '2',
        SEND_RETRY_DELAY_MS: '20',
        UNSUBSCRIBE_SECRET: 'segreto-dei-test',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
    await whileRunning?.(child);
    return done;
  });
}

const subjects = (smtp: TestSmtp) => new Set(smtp.received.map((r) => r.mail.subject ?? ''));
const recipientsOf = (smtp: TestSmtp, subject: string) => new Set(smtp.received.filter((r) => (r.mail.subject ?? '') === subject).map((r) => r.to));

/** The Monday run of 2026-W48, whole: the issue sent to everyone. */
async function mondaySent(world: World): Promise<void> {
  const monday = await pubblica(world, '2026-11-23', ['--iscritti', csv]);
  expect(monday.code, monday.stderr).toBe(0);
  expect(recipientsOf(world.smtp, [...subjects(world.smtp)][0]!).size).toBe(SUBSCRIBERS);
}

// Most tests make the Monday first: two builds each.
describe('npm run pubblica, every day', { timeout: 600_000 }, () => {
  it('on the Monday, killed in the middle of the send, then run again: everyone gets the issue once', async () => {
    const world = await newWorld();
    const { smtp, site } = world;
    const killed = await pubblica(world, '2026-11-23', ['--iscritti', csv], {}, async (child) => {
      // The build comes first: minutes on a busy machine.
      await waitUntil(() => smtp.received.length >= 5, 'five messages at the SMTP server', { timeoutMs: 300_000, everyMs: 10 });
      child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(smtp.received.length).toBeLessThan(SUBSCRIBERS);

    const resumed = await pubblica(world, '2026-11-23', ['--iscritti', csv]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("Riprendo l'invio del numero 2026-W48");
    expect(resumed.stdout).toContain('- E-mail: numero 2026-W48 inviato a tutti (invio ripreso).');
    expect(resumed.stdout).toContain('- Esito: tutto a posto (codice 0).');
    const [subject] = [...subjects(smtp)];
    expect(subjects(smtp).size).toBe(1);
    expect(recipientsOf(smtp, subject!).size).toBe(SUBSCRIBERS);
    // Only the messages in flight at the kill can arrive twice (2 connections, 2 workers each).
    expect(smtp.received.length - SUBSCRIBERS).toBeLessThanOrEqual(4);
    expect(existsSync(join(site, 'offerte', 'published-today'))).toBe(false);
    expect(readdirSync(join(site, 'canali')).filter((name) => name.endsWith('.it.txt'))).toEqual(['2026-W48.telegram.it.txt', '2026-W48.whatsapp.it.txt']);
  });

  it('on the Wednesday, rebuilds for that day and sends nothing new; the state folders hold no whole address', async () => {
    const world = await newWorld();
    const { smtp, site, state } = world;
    await mondaySent(world);
    const before = smtp.received.length;
    const wednesday = await pubblica(world, '2026-11-25', ['--iscritti', csv]);
    expect(wednesday.code, wednesday.stderr).toBe(0);
    expect(wednesday.stdout).toContain('- E-mail: il numero 2026-W48 è già stato inviato a tutti (lunedì 23 novembre 2026). Niente di nuovo da inviare.');
    expect(smtp.received.length).toBe(before);
    // Published on the Wednesday: its page exists only in a build made that day.
    expect(existsSync(join(site, 'offerte', 'published-today', 'index.html'))).toBe(true);

    const files = readdirSync(state, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((f) => f.name)).toContain('inviato.json');
    // Masked addresses (i***@example.org) only, never a whole one.
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toMatch(/iscritto\d+@/);
  });

  it('on the next Monday with --solo-sito, builds the new issue and sends nothing', async () => {
    const world = await newWorld();
    const { smtp, site, state } = world;
    await mondaySent(world);
    const before = smtp.received.length;
    const siteOnly = await pubblica(world, '2026-11-30', ['--iscritti', csv, '--solo-sito']);
    expect(siteOnly.code, siteOnly.stderr).toBe(0);
    expect(siteOnly.stdout).toContain('- E-mail: non inviata (--solo-sito).');
    expect(smtp.received.length).toBe(before);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('2026-W49');
    expect(existsSync(join(state, '2026-W49'))).toBe(false);
  });

  it('on the next Monday, sends the next issue (list from BULLETIN_SUBSCRIBERS); an address refused for good does not hold it open', async () => {
    const world = await newWorld();
    const { smtp, state } = world;
    await mondaySent(world);
    const refusing = await startSmtp({ reject550: ['iscritto30@example.org'] });
    servers.push(refusing);
    const next = await pubblica(world, '2026-11-30', [], { BULLETIN_SUBSCRIBERS: csv, SMTP_URL: refusing.url });
    expect(next.code, next.stderr).toBe(3);
    expect(next.stdout).toContain('Invio del numero 2026-W49: è la prima volta questa settimana.');
    expect(next.stdout).toContain('- E-mail: numero 2026-W49 inviato, ma 1 indirizzi sono stati rifiutati dal server');
    expect(next.stdout).toContain('- Esito: alcuni indirizzi rifiutati (codice 3).');
    expect(refusing.received).toHaveLength(SUBSCRIBERS - 1);
    const w49 = new Set(refusing.received.map((r) => r.mail.subject ?? ''));
    expect(w49.size).toBe(1);
    expect(subjects(smtp).has([...w49][0]!)).toBe(false);
    // Done for the week: the next run only says so.
    expect(existsSync(join(state, '2026-W49', 'inviato.json'))).toBe(true);
  });

  it('stops at content errors with exit code 1, building and sending nothing', async () => {
    const world = await newWorld();
    const broken = await pubblica(world, '2026-11-23', ['--iscritti', csv], { BULLETIN_CONTENT_DIR: 'tests/fixtures/broken' });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('- Esito: errori nei contenuti (codice 1).');
    expect(existsSync(world.site)).toBe(false);
    expect(world.smtp.received).toHaveLength(0);
  });
});

describe('npm run pubblica: one exit code per outcome', { timeout: 600_000 }, () => {
  it('exits 4, building and sending nothing, for wrong arguments or settings', async () => {
    const world = await newWorld({ delayMs: 0 });
    const cases: [string[], Record<string, string>, string][] = [
      [['--iscritti', csv], { UNSUBSCRIBE_SECRET: '' }, 'Manca UNSUBSCRIBE_SECRET'],
      [['--iscritti', join(dir, 'manca.csv')], {}, 'manca.csv non esiste'],
      [['--prova', 'redazione@example.org, altro@example.org'], {}, '--prova accetta un solo indirizzo'],
      [['--prova', 'non-un-indirizzo'], {}, '--prova'],
    ];
    for (const [args, env, message] of cases) {
      const run = await pubblica(world, '2026-11-23', args, env);
      expect(run.code, run.stdout + run.stderr).toBe(4);
      expect(run.stderr + run.stdout).toContain(message);
      expect(run.stdout).toContain('(codice 4).');
    }
    expect(existsSync(world.site)).toBe(false);
    expect(world.smtp.received).toHaveLength(0);
    // An output folder that would replace the project is refused before building.
    const refused = await pubblica({ ...world, site: '.' }, '2026-11-23', ['--solo-sito']);
    expect(refused.code, refused.stdout + refused.stderr).toBe(4);
  });

  it('exits 2 when another build holds the output folder, and leaves it alone', async () => {
    const world = await newWorld({ delayMs: 0 });
    mkdirSync(dirname(world.site), { recursive: true });
    const release = acquireLock(`${world.site}.lock`);
    try {
      const busy = await pubblica(world, '2026-11-23', ['--solo-sito']);
      expect(busy.code, busy.stdout + busy.stderr).toBe(2);
      expect(busy.stderr).toContain("Un'altra costruzione nella stessa cartella");
      expect(busy.stdout).toContain('(codice 2).');
      expect(existsSync(world.site)).toBe(false);
    } finally {
      release();
    }
  });

  it("with --posta DIR and no SMTP, writes each week's .eml files under DIR/<week>/", async () => {
    const world = await newWorld({ delayMs: 0 });
    const mail = join(dirname(world.site), 'posta');
    const run = await pubblica(world, '2026-11-23', ['--iscritti', csv, '--posta', mail], { SMTP_URL: '' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(readdirSync(mail)).toEqual(['2026-W48']);
    expect(readdirSync(join(mail, '2026-W48')).filter((name) => name.endsWith('.eml'))).toHaveLength(SUBSCRIBERS);
  });
});
