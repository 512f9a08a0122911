/** `npm run send`: everything between the parsed arguments and the exit code. */
import { EXIT, UsageError } from '../cli/exit-codes.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulletinToday } from '../issue/dates.ts';
import type { Settings } from '../settings/settings.ts';
import { singleAddress } from './address.ts';
import { dkimFromEnv } from './dkim.ts';
import { acquireLock, LockedError } from './lock.ts';
import { maskAddresses, maskEmail } from './mask.ts';
import { LANG_NAMES, loadIssueEmails, MissingEmailError } from './message.ts';
import { isInside, realPath } from '../files/paths.ts';
import { createProgress } from './progress.ts';
import { formatSummary, writeReport, type SendReport } from './report.ts';
import { sendIssue } from './run.ts';
import { SendState, StateWriteError, writeProblem } from './state.ts';
import { parseSubscribers, SUBSCRIBER_LANGS, SubscribersFileError, type Subscriber, type SubscriberLang, type SubscriberProblem } from './subscribers.ts';
import { SuppressionList, suppressionFileFor } from './suppression.ts';
import { fileSender, smtpSender, type Sender } from './transport.ts';
import { recipientKey } from './state.ts';
import { databaseExists, databaseLocation, DatabaseError, openDatabase } from '../subscribers/database.ts';
import { isLoopbackUrl } from '../subscribers/origin.ts';
import { SubscriberStore } from '../subscribers/store.ts';

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
  /** The suppression list; default `suppressed.jsonl` beside the week's state folder. */
  suppressionFile?: string | undefined;
  /** Language of a test send's message (`--lang`); Italian when absent. */
  testLang?: string | undefined;
  /** Receives the report of a real send (not of a test send) once it is written. */
  onReport?: ((report: SendReport) => void) | undefined;
}

/** Used only for .eml files when no secret is set: such tokens are not meant for real subscribers. */
const DEVELOPMENT_SECRET = 'bollettino-sviluppo-non-per-invii-reali';

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`${name} deve essere un numero positivo (trovato "${value}").`);
  return number;
}

/**
 * The steps, in order: check the arguments and settings (nothing done yet), read who gets the
 * issue, load the built e-mails, pick the transport, take the week's lock and records, send,
 * write the editors' report. Every failure becomes one Italian line and an exit code.
 */
export async function runSendCommand(command: SendCommand): Promise<number> {
  // Whatever a line holds (a server reply, a value from the file), it is printed masked.
  const log = (line: string) => command.log(maskAddresses(line));
  const error = (line: string) => command.error(maskAddresses(line));
  try {
    const checked = checkArguments(command);
    const audience = await readAudience(command, checked.testAddress, log, error);
    const emails = loadIssueEmails(command.distDir, command.week, audience.recipients.map((recipient) => recipient.lang ?? 'it'));
    for (const lang of emails.fallbacks) {
      const count = audience.recipients.filter((recipient) => recipient.lang === lang).length;
      log(`Manca l'e-mail in ${LANG_NAMES[lang]} (${command.week}.${lang}.html, .txt, .json in ${join(command.distDir, 'email')}): ${count} iscritti in ${LANG_NAMES[lang]} la ricevono in italiano.`);
    }
    const email = emails.byLang.get('it')!;
    const delivery = deliverySettings(command);
    const sender = senderFor(command, delivery, checked.outDir);
    log(`${checked.testAddress ? 'Invio di prova a ' + maskEmail(checked.testAddress) : `Invio del numero ${command.week}`} — ${email.meta.subject} — via ${sender.description}.`);

    const today = bulletinToday(command.env);
    // A test send records nothing, ignores the suppression list and needs no lock.
    let records: WeekRecords | undefined;
    try {
      if (!checked.testAddress) records = openWeekRecords(command, checked.stateDir, audience.unsubscribed, today, log);
      const summary = await sendIssue({
        email,
        emailsByLang: emails.byLang,
        recipients: audience.recipients,
        settings: command.settings,
        secret: checked.secret,
        sender,
        state: records?.state,
        suppression: records?.suppression,
        today,
        test: Boolean(checked.testAddress),
        tries: delivery.tries,
        retryDelayMs: delivery.retryDelayMs,
        concurrency: delivery.connections * 2,
        progress: createProgress(command.progressStream),
      });
      log(formatSummary(summary));
      if (!checked.testAddress) {
        reportToEditors(command, checked.stateDir, {
          week: command.week,
          finishedAt: new Date().toISOString(),
          via: sender.description,
          summary,
          badRows: audience.badRows,
          languageFallbacks: emails.fallbacks,
        }, log, error);
      }
      return summary.failed.length || summary.deferred.length || summary.uncertain.length || summary.aborted ? EXIT.incomplete : EXIT.ok;
    } finally {
      records?.close();
      sender.close();
    }
  } catch (caught) {
    const { code, message } = failureOf(caught);
    error(message);
    return code;
  }
}

interface CheckedArguments {
  testAddress: string | undefined;
  outDir: string;
  stateDir: string;
  secret: string;
}

/** Arguments and settings, checked before anything is read, written or sent. */
function checkArguments(command: SendCommand): CheckedArguments {
  let testAddress: string | undefined;
  if (command.testAddress !== undefined) {
    const checked = singleAddress(command.testAddress, '--test');
    if ('problem' in checked) throw new UsageError(checked.problem);
    testAddress = checked.address;
  }
  if (command.testLang !== undefined && !(SUBSCRIBER_LANGS as readonly string[]).includes(command.testLang)) {
    throw new UsageError(`--lang "${command.testLang}" non è tra le lingue del bollettino: ${SUBSCRIBER_LANGS.join(', ')}.`);
  }
  const outDir = command.outDir ?? join('out', 'mail', command.week, ...(testAddress ? ['prova'] : []));
  const stateDir = command.stateDir ?? join('out', 'send-state', command.week);
  for (const [option, folder] of [['--out', outDir], ['--state', stateDir]] as const) {
    if (isInside(realPath(folder), realPath(command.distDir))) throw new UsageError(`${option} ${folder} è dentro la cartella del sito pubblicato (${command.distDir}): chiunque potrebbe leggerlo. Scegli una cartella fuori, per esempio out/.`);
  }

  const secret = command.env['UNSUBSCRIBE_SECRET'] || (command.env['SMTP_URL'] ? undefined : DEVELOPMENT_SECRET);
  if (!secret) throw new UsageError('Manca UNSUBSCRIBE_SECRET: serve per creare i link personali di cancellazione. Impostalo (una frase segreta lunga, sempre la stessa) e riprova.');

  const endpoint = URL.parse(command.settings.subscribe.endpoint ?? '');
  if (endpoint && endpoint.protocol !== 'https:' && !isLoopbackUrl(endpoint)) {
    throw new UsageError(`SUBSCRIBE_URL "${command.settings.subscribe.endpoint}" deve iniziare con https:// (i programmi di posta aprono con un clic solo link sicuri; http:// va bene solo su 127.0.0.1 per le prove).`);
  }
  return { testAddress, outDir, stateDir, secret };
}

interface Audience {
  recipients: Subscriber[];
  /** Rows of the subscribers' file that were left out, for the report. */
  badRows: SubscriberProblem[];
  /** Addresses the file marks `unsubscribed`: they join the suppression list. */
  unsubscribed: string[];
}

/** Who gets the issue: the test address, the subscribers' file (less who left through the service), or the database. */
async function readAudience(command: SendCommand, testAddress: string | undefined, log: (line: string) => void, error: (line: string) => void): Promise<Audience> {
  if (testAddress) return { recipients: [{ email: testAddress, name: 'Prova', line: 0, lang: (command.testLang ?? 'it') as SubscriberLang }], badRows: [], unsubscribed: [] };
  const location = databaseLocation(command.env);
  if (!command.subscribersFile) {
    if (!databaseExists(location)) throw new UsageError('Indica il file degli iscritti (npm run send -- --subscribers percorso/iscritti.csv) oppure avvia il servizio iscrizioni (npm run iscrizioni) o importa il file con npm run iscritti -- importa: senza file, gli iscritti si leggono dal database.');
    const { rows, description } = await withStore(location, (store) => store.activeRecipients());
    log(`Iscritti dal database (${description}) — attivi: ${rows.length}.`);
    return { recipients: rows.map((row) => ({ ...row, line: 0 })), badRows: [], unsubscribed: [] };
  }
  const list = parseSubscribers(readFileSync(command.subscribersFile, 'utf8'));
  for (const problem of list.problems) error(`Iscritti, riga ${problem.line}: ${problem.message}`);
  for (const warning of list.warnings) error(`Iscritti, riga ${warning.line}: ${warning.message}`);
  log(`Iscritti — attivi: ${list.active.length} · cancellati: ${list.unsubscribed} · righe scartate: ${list.problems.length}.`);
  let recipients = list.active;
  // Who unsubscribed through the service is never written to, whatever the file says.
  if (databaseExists(location)) {
    const { rows: suppressed } = await withStore(location, (store) => store.suppressedKeys());
    const before = recipients.length;
    recipients = recipients.filter((recipient) => !suppressed.has(recipientKey(recipient.email)));
    if (recipients.length < before) log(`Esclusi perché disiscritti nel database degli iscritti: ${before - recipients.length}.`);
  }
  return { recipients, badRows: list.problems, unsubscribed: list.unsubscribedAddresses };
}

async function withStore<T>(location: ReturnType<typeof databaseLocation>, read: (store: SubscriberStore) => Promise<T>): Promise<{ rows: T; description: string }> {
  const opened = await openDatabase(location);
  try {
    return { rows: await read(new SubscriberStore(opened.db, opened.backend)), description: opened.description };
  } finally {
    await opened.close();
  }
}

interface DeliverySettings {
  tries: number;
  retryDelayMs: number;
  connections: number;
}

/** Retries and parallel connections, from the environment. */
function deliverySettings(command: SendCommand): DeliverySettings {
  const { env } = command;
  return {
    tries: positiveNumber(env['SEND_TRIES'], 4, 'SEND_TRIES') || 1,
    retryDelayMs: positiveNumber(env['SEND_RETRY_DELAY_MS'], 2000, 'SEND_RETRY_DELAY_MS'),
    connections: positiveNumber(env['SMTP_CONNECTIONS'], 5, 'SMTP_CONNECTIONS') || 5,
  };
}

/** SMTP with `SMTP_URL` (DKIM-signed when configured), else `.eml` files in the output folder. */
function senderFor(command: SendCommand, delivery: DeliverySettings, outDir: string): Sender {
  const { env } = command;
  const smtpUrl = env['SMTP_URL'];
  if (!smtpUrl) return fileSender(outDir);
  const dkim = dkimFromEnv(env, command.settings.email.from);
  if (dkim && 'problem' in dkim) throw new UsageError(dkim.problem);
  return smtpSender({ url: smtpUrl, rate: positiveNumber(env['SMTP_RATE'], 0, 'SMTP_RATE'), connections: delivery.connections, socketTimeoutMs: positiveNumber(env['SMTP_TIMEOUT_MS'], 60_000, 'SMTP_TIMEOUT_MS'), dkim });
}

interface WeekRecords {
  state: SendState;
  suppression: SuppressionList;
  close(): void;
}

/** The week's lock, its record of who got the issue, and the suppression list (with the file's unsubscribed added). */
function openWeekRecords(command: SendCommand, stateDir: string, unsubscribed: readonly string[], today: string, log: (line: string) => void): WeekRecords {
  let release: () => void;
  try {
    mkdirSync(stateDir, { recursive: true });
    release = acquireLock(join(stateDir, 'lock'));
  } catch (caught) {
    throw caught instanceof LockedError ? caught : new StateWriteError(stateDir, caught);
  }
  let state: SendState;
  let suppression: SuppressionList;
  try {
    state = new SendState(stateDir);
    suppression = new SuppressionList(command.suppressionFile ?? suppressionFileFor(stateDir));
  } catch (caught) {
    release();
    throw caught;
  }
  let added = 0;
  for (const address of unsubscribed) if (suppression.add(address, 'disiscritto', { date: today, week: command.week })) added++;
  if (added) log(`Lista di esclusione: aggiunti ${added} disiscritti (${suppression.file}).`);
  return {
    state,
    suppression,
    close() {
      try {
        state.close();
      } catch {
        // the failure was reported when the record was refused
      }
      release();
    },
  };
}

/** The report for the editors beside the week's records; a failure to write it is said, not fatal. */
function reportToEditors(command: SendCommand, stateDir: string, report: SendReport, log: (line: string) => void, error: (line: string) => void): void {
  try {
    writeReport(stateDir, report);
    log(`Resoconto per la redazione: ${join(stateDir, 'report.txt')}`);
  } catch (caught) {
    error(`Non riesco a scrivere il resoconto in ${stateDir} (${writeProblem(caught)}).`);
  }
  command.onReport?.(report);
}

/** Arguments, settings, the list or the built issue missing: fix them (4). Anything else: run again (3). */
function failureOf(caught: unknown): { code: number; message: string } {
  if (caught instanceof MissingEmailError || caught instanceof SubscribersFileError || caught instanceof UsageError) return { code: EXIT.usage, message: caught.message };
  if (caught instanceof DatabaseError || caught instanceof LockedError) return { code: EXIT.incomplete, message: caught.message };
  if (caught instanceof StateWriteError) return { code: EXIT.incomplete, message: `Invio non iniziato: ${caught.message}. Libera spazio sul disco (o correggi i permessi) e riesegui lo stesso comando.` };
  if ((caught as NodeJS.ErrnoException).code === 'ENOENT') return { code: EXIT.usage, message: `File non trovato: ${(caught as NodeJS.ErrnoException).path ?? ''}` };
  return { code: EXIT.incomplete, message: `Invio non riuscito: ${caught instanceof Error ? caught.message : String(caught)}` };
}
