/** `npm run send`: everything between the parsed arguments and the exit code. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../settings.ts';
import { acquireLock, LockedError } from './lock.ts';
import { loadIssueEmail, MissingEmailError } from './message.ts';
import { createProgress } from './progress.ts';
import { formatSummary, sendIssue } from './run.ts';
import { SendState } from './state.ts';
import { maskEmail, parseSubscribers, SubscribersFileError, type Subscriber } from './subscribers.ts';
import { fileSender, smtpSender, type Sender } from './transport.ts';

export interface SendCommand {
  week: string;
  subscribersFile: string | undefined;
  distDir: string;
  outDir: string | undefined;
  stateDir: string | undefined;
  testAddress: string | undefined;
  settings: Settings;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  error: (line: string) => void;
  progressStream: NodeJS.WriteStream;
}

/** Used only for .eml files when no secret is set: such tokens are not meant for real subscribers. */
const DEVELOPMENT_SECRET = 'bollettino-sviluppo-non-per-invii-reali';

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`${name} deve essere un numero positivo (trovato "${value}").`);
  return number;
}

export async function runSendCommand(command: SendCommand): Promise<number> {
  const { env, log, error } = command;
  try {
    const email = loadIssueEmail(command.distDir, command.week);
    const smtpUrl = env['SMTP_URL'];
    const secret = env['UNSUBSCRIBE_SECRET'] || (smtpUrl ? undefined : DEVELOPMENT_SECRET);
    if (!secret) {
      error('Manca UNSUBSCRIBE_SECRET: serve per creare i link personali di cancellazione. Impostalo (una frase segreta lunga, sempre la stessa) e riprova.');
      return 2;
    }

    let recipients: Subscriber[];
    if (command.testAddress) {
      recipients = [{ email: command.testAddress, name: 'Prova', line: 0 }];
    } else {
      if (!command.subscribersFile) {
        error('Indica il file degli iscritti: npm run send -- --subscribers percorso/iscritti.csv');
        return 2;
      }
      const list = parseSubscribers(readFileSync(command.subscribersFile, 'utf8'));
      for (const problem of list.problems) error(`Iscritti, riga ${problem.line}: ${problem.message}`);
      log(`Iscritti — attivi: ${list.active.length} · cancellati: ${list.unsubscribed} · righe scartate: ${list.problems.length}.`);
      recipients = list.active;
    }

    const mode = command.testAddress ? 'prova' : 'invio';
    const outDir = command.outDir ?? join('out', 'mail', command.week, ...(command.testAddress ? ['prova'] : []));
    const sender: Sender = smtpUrl
      ? smtpSender({ url: smtpUrl, rate: positiveNumber(env['SMTP_RATE'], 0, 'SMTP_RATE'), connections: positiveNumber(env['SMTP_CONNECTIONS'], 5, 'SMTP_CONNECTIONS') || 5 })
      : fileSender(outDir);
    log(`${mode === 'prova' ? 'Invio di prova a ' + maskEmail(command.testAddress!) : `Invio del numero ${command.week}`} — ${email.meta.subject} — via ${sender.description}.`);

    // A test send records nothing and needs no lock.
    let release = () => {};
    let state: SendState | undefined;
    if (!command.testAddress) {
      const stateDir = command.stateDir ?? join('out', 'send-state', command.week);
      mkdirSync(stateDir, { recursive: true });
      release = acquireLock(join(stateDir, 'lock'));
      state = new SendState(stateDir);
    }
    try {
      const summary = await sendIssue({
        email,
        recipients,
        settings: command.settings,
        secret,
        sender,
        state,
        test: Boolean(command.testAddress),
        tries: positiveNumber(env['SEND_TRIES'], 4, 'SEND_TRIES') || 1,
        retryDelayMs: positiveNumber(env['SEND_RETRY_DELAY_MS'], 2000, 'SEND_RETRY_DELAY_MS'),
        concurrency: positiveNumber(env['SMTP_CONNECTIONS'], 5, 'SMTP_CONNECTIONS') * 2 || 10,
        progress: createProgress(command.progressStream),
      });
      log(formatSummary(summary));
      return summary.failed.length || summary.deferred.length || summary.aborted ? 1 : 0;
    } finally {
      state?.close();
      sender.close();
      release();
    }
  } catch (caught) {
    if (caught instanceof MissingEmailError || caught instanceof SubscribersFileError || caught instanceof LockedError) {
      error(caught.message);
      return 2;
    }
    if ((caught as NodeJS.ErrnoException).code === 'ENOENT') {
      error(`File non trovato: ${(caught as NodeJS.ErrnoException).path ?? ''}`);
      return 2;
    }
    error(`Invio non riuscito: ${caught instanceof Error ? caught.message : String(caught)}`);
    return 1;
  }
}
