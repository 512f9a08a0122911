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

export async function runSendCommand(command: SendCommand): Promise<number> {
  const { env } = command;
  // Whatever a line holds (a server reply, a value from the file), it is printed masked.
  const log = (line: string) => command.log(maskAddresses(line));
  const error = (line: string) => command.error(maskAddresses(line));
  try {
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

    const smtpUrl = env['SMTP_URL'];
    const secret = env['UNSUBSCRIBE_SECRET'] || (smtpUrl ? undefined : DEVELOPMENT_SECRET);
    if (!secret) throw new UsageError('Manca UNSUBSCRIBE_SECRET: serve per creare i link personali di cancellazione. Impostalo (una frase segreta lunga, sempre la stessa) e riprova.');

    const endpoint = URL.parse(command.settings.subscribe.endpoint ?? '');
    if (endpoint && endpoint.protocol !== 'https:' && !isLoopbackUrl(endpoint)) {
      throw new UsageError(`SUBSCRIBE_URL "${command.settings.subscribe.endpoint}" deve iniziare con https:// (i programmi di posta aprono con un clic solo link sicuri; http:// va bene solo su 127.0.0.1 per le prove).`);
    }

    let recipients: Subscriber[];
    let badRows: SubscriberProblem[] = [];
    let unsubscribed: string[] = [];
    const location = databaseLocation(env);
    if (testAddress) {
      recipients = [{ email: testAddress, name: 'Prova', line: 0, lang: (command.testLang ?? 'it') as SubscriberLang }];
    } else if (!command.subscribersFile) {
      if (!databaseExists(location)) throw new UsageError('Indica il file degli iscritti (npm run send -- --subscribers percorso/iscritti.csv) oppure avvia il servizio iscrizioni (npm run iscrizioni) o importa il file con npm run iscritti -- importa: senza file, gli iscritti si leggono dal database.');
      const opened = await openDatabase(location);
      try {
        recipients = (await new SubscriberStore(opened.db, opened.backend).activeRecipients()).map((row) => ({ ...row, line: 0 }));
      } finally {
        await opened.close();
      }
      log(`Iscritti dal database (${opened.description}) — attivi: ${recipients.length}.`);
    } else {
      const list = parseSubscribers(readFileSync(command.subscribersFile, 'utf8'));
      for (const problem of list.problems) error(`Iscritti, riga ${problem.line}: ${problem.message}`);
      for (const warning of list.warnings) error(`Iscritti, riga ${warning.line}: ${warning.message}`);
      log(`Iscritti — attivi: ${list.active.length} · cancellati: ${list.unsubscribed} · righe scartate: ${list.problems.length}.`);
      recipients = list.active;
      badRows = list.problems;
      unsubscribed = list.unsubscribedAddresses;
      // Who unsubscribed through the service is never written to, whatever the file says.
      if (databaseExists(location)) {
        const opened = await openDatabase(location);
        let suppressed: Set<string>;
        try {
          suppressed = await new SubscriberStore(opened.db, opened.backend).suppressedKeys();
        } finally {
          await opened.close();
        }
        const before = recipients.length;
        recipients = recipients.filter((recipient) => !suppressed.has(recipientKey(recipient.email)));
        if (recipients.length < before) log(`Esclusi perché disiscritti nel database degli iscritti: ${before - recipients.length}.`);
      }
    }

    const emails = loadIssueEmails(command.distDir, command.week, recipients.map((recipient) => recipient.lang ?? 'it'));
    for (const lang of emails.fallbacks) {
      const count = recipients.filter((recipient) => recipient.lang === lang).length;
      log(`Manca l'e-mail in ${LANG_NAMES[lang]} (${command.week}.${lang}.html, .txt, .json in ${join(command.distDir, 'email')}): ${count} iscritti in ${LANG_NAMES[lang]} la ricevono in italiano.`);
    }
    const email = emails.byLang.get('it')!;

    const mode = testAddress ? 'prova' : 'invio';
    const tries = positiveNumber(env['SEND_TRIES'], 4, 'SEND_TRIES') || 1;
    const retryDelayMs = positiveNumber(env['SEND_RETRY_DELAY_MS'], 2000, 'SEND_RETRY_DELAY_MS');
    const connections = positiveNumber(env['SMTP_CONNECTIONS'], 5, 'SMTP_CONNECTIONS') || 5;
    const dkim = dkimFromEnv(env, command.settings.email.from);
    if (dkim && 'problem' in dkim) throw new UsageError(dkim.problem);
    const sender: Sender = smtpUrl
      ? smtpSender({ url: smtpUrl, rate: positiveNumber(env['SMTP_RATE'], 0, 'SMTP_RATE'), connections, socketTimeoutMs: positiveNumber(env['SMTP_TIMEOUT_MS'], 60_000, 'SMTP_TIMEOUT_MS'), dkim })
      : fileSender(outDir);
    log(`${mode === 'prova' ? 'Invio di prova a ' + maskEmail(testAddress!) : `Invio del numero ${command.week}`} — ${email.meta.subject} — via ${sender.description}.`);

    // A test send records nothing, ignores the suppression list and needs no lock.
    let release = () => {};
    let state: SendState | undefined;
    let suppression: SuppressionList | undefined;
    const today = bulletinToday(env);
    try {
      if (!testAddress) {
        try {
          mkdirSync(stateDir, { recursive: true });
          release = acquireLock(join(stateDir, 'lock'));
        } catch (caught) {
          throw caught instanceof LockedError ? caught : new StateWriteError(stateDir, caught);
        }
        state = new SendState(stateDir);
        suppression = new SuppressionList(command.suppressionFile ?? suppressionFileFor(stateDir));
        let added = 0;
        for (const address of unsubscribed) if (suppression.add(address, 'disiscritto', { date: today, week: command.week })) added++;
        if (added) log(`Lista di esclusione: aggiunti ${added} disiscritti (${suppression.file}).`);
      }
      const summary = await sendIssue({
        email,
        emailsByLang: emails.byLang,
        recipients,
        settings: command.settings,
        secret,
        sender,
        state,
        suppression,
        today,
        test: Boolean(testAddress),
        tries,
        retryDelayMs,
        concurrency: connections * 2,
        progress: createProgress(command.progressStream),
      });
      log(formatSummary(summary));
      if (!testAddress) {
        const report: SendReport = {
          week: command.week,
          finishedAt: new Date().toISOString(),
          via: sender.description,
          summary,
          badRows,
          languageFallbacks: emails.fallbacks,
        };
        try {
          writeReport(stateDir, report);
          log(`Resoconto per la redazione: ${join(stateDir, 'report.txt')}`);
        } catch (caught) {
          error(`Non riesco a scrivere il resoconto in ${stateDir} (${writeProblem(caught)}).`);
        }
        command.onReport?.(report);
      }
      return summary.failed.length || summary.deferred.length || summary.uncertain.length || summary.aborted ? EXIT.incomplete : EXIT.ok;
    } finally {
      try {
        state?.close();
      } catch {
        // the failure was reported when the record was refused
      }
      sender.close();
      release();
    }
  } catch (caught) {
    if (caught instanceof DatabaseError) {
      error(caught.message);
      return EXIT.incomplete;
    }
    // Arguments, settings, the list or the built issue missing: fix them (4). Anything else: run again (3).
    if (caught instanceof MissingEmailError || caught instanceof SubscribersFileError || caught instanceof UsageError) {
      error(caught.message);
      return EXIT.usage;
    }
    if (caught instanceof LockedError) {
      error(caught.message);
      return EXIT.incomplete;
    }
    if (caught instanceof StateWriteError) {
      error(`Invio non iniziato: ${caught.message}. Libera spazio sul disco (o correggi i permessi) e riesegui lo stesso comando.`);
      return EXIT.incomplete;
    }
    if ((caught as NodeJS.ErrnoException).code === 'ENOENT') {
      error(`File non trovato: ${(caught as NodeJS.ErrnoException).path ?? ''}`);
      return EXIT.usage;
    }
    error(`Invio non riuscito: ${caught instanceof Error ? caught.message : String(caught)}`);
    return EXIT.incomplete;
  }
}
