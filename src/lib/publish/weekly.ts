/**
 * `npm run pubblica`: check the content, build for today, send the current issue once.
 * Safe to run every day or every hour: it rebuilds each time, sends an issue's e-mail
 * on the first run of its week, resumes a send that was interrupted, and afterwards
 * only says the issue was already sent.
 */
import { EXIT, exitCodeOf } from '../cli/exit-codes.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import type { CalendarDate, WeekId } from '../issue/dates.ts';
import { checkContent } from '../editor/check.ts';
import { findBrokenLinks } from '../editor/links.ts';
import { formatReport, hasErrors } from '../editor/report.ts';
import { longDate } from '../view/format.ts';
import { runSendCommand } from '../send/command.ts';
import { singleAddress } from '../send/address.ts';
import { databaseExists, databaseLocation } from '../subscribers/database.ts';
import { maskEmail } from '../send/mask.ts';
import type { SendReport } from '../send/report.ts';
import type { Settings } from '../settings/settings.ts';
import { buildBulletinSite } from './build.ts';

/** `npm run pubblica`'s codes are every command's (`cli/exit-codes.ts`): 0 ok, 1 content, 2 build, 3 e-mail incomplete, 4 usage. */
export const PUBLISH_EXIT = { ...EXIT, send: EXIT.incomplete } as const;

export interface PublishOptions {
  root: string;
  contentDir: string;
  /** Output folder of the site (`dist`). */
  outDir: string;
  today: CalendarDate;
  settings: Settings;
  /** Subscribers CSV; without it the site is built and nothing is sent. */
  subscribersFile: string | undefined;
  /** Build only, never send. */
  siteOnly: boolean;
  /** One test message to this address instead of the subscribers. */
  testAddress: string | undefined;
  /** Folder of the per-week send states (`out/send-state`). */
  stateRoot: string;
  /** Folder of the .eml files when there is no SMTP_URL, one `<week>/` inside it (default: the sender's own, `out/mail/<week>/`). */
  mailDir: string | undefined;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  error: (line: string) => void;
  progressStream: NodeJS.WriteStream;
}

export interface PublishResult {
  code: number;
  /** The Italian summary printed at the end, one line each. */
  summary: string[];
}

/** Written in a week's state folder once everyone on the list has the issue: later runs stop there. */
export const COMPLETE_MARK = 'inviato.json';

interface CompleteMark {
  week: WeekId;
  /** Day of the run that finished the send. */
  date: CalendarDate;
}

function readCompleteMark(stateDir: string): CompleteMark | undefined {
  try {
    return JSON.parse(readFileSync(join(stateDir, COMPLETE_MARK), 'utf8')) as CompleteMark;
  } catch {
    return undefined;
  }
}

/** What would stop the send for a reason the editor must fix by hand (an argument, a setting, a missing list). */
function usageProblem(options: PublishOptions): string | undefined {
  if (options.siteOnly) return undefined;
  if (options.testAddress !== undefined) {
    const checked = singleAddress(options.testAddress, '--prova');
    if ('problem' in checked) return checked.problem;
  } else if (options.subscribersFile === undefined) {
    return undefined;
  } else if (!existsSync(options.subscribersFile)) {
    return `Il file degli iscritti ${options.subscribersFile} non esiste: controlla --iscritti (o BULLETIN_SUBSCRIBERS).`;
  }
  if (options.env['SMTP_URL'] && !options.env['UNSUBSCRIBE_SECRET']) {
    return 'Manca UNSUBSCRIBE_SECRET: serve per creare i link personali di cancellazione. Impostalo (una frase segreta lunga, sempre la stessa) e riprova.';
  }
  return undefined;
}

/** How a run ended: its exit code and the few words of the summary's last line. */
interface Ending {
  code: number;
  outcome: string;
}

const ALL_GOOD: Ending = { code: PUBLISH_EXIT.ok, outcome: 'tutto a posto' };
const WRONG_USAGE: Ending = { code: EXIT.usage, outcome: 'impostazioni o argomenti sbagliati' };

/** What the build gave the send: the current issue, if any. */
interface Built {
  week: WeekId | undefined;
  itemCount: number;
}

/**
 * The run, step by step: arguments (0), content (1), build (2), send (3). Each step adds its
 * line to the summary; one that must stop the run returns how it ended.
 */
export async function publishWeekly(options: PublishOptions): Promise<PublishResult> {
  const summary: string[] = [];
  const ending = await runSteps(options, summary);
  summary.push(`Esito: ${ending.outcome} (codice ${ending.code}).`);
  options.log('');
  options.log(`Riepilogo della pubblicazione di ${longDate(options.today)}`);
  for (const line of summary) options.log(`- ${line}`);
  return { code: ending.code, summary };
}

async function runSteps(options: PublishOptions, summary: string[]): Promise<Ending> {
  const wrong = usageProblem(options);
  if (wrong) {
    options.error(wrong);
    summary.push('Argomenti o impostazioni sbagliati (vedi sopra): niente è stato costruito o inviato.');
    return WRONG_USAGE;
  }
  const content = checkContentFirst(options, summary);
  if (content) return content;
  const built = await buildForToday(options, summary);
  if ('code' in built) return built;
  reportBrokenLinks(options, summary);
  const nothing = nothingToSend(options, built);
  if (nothing) {
    summary.push(nothing);
    return ALL_GOOD;
  }
  const week = built.week!;
  return options.testAddress ? sendTest(options, week, options.testAddress, summary) : sendToSubscribers(options, week, summary);
}

/** Step 1, the same check as `npm run controlla`: errors stop everything. */
function checkContentFirst(options: PublishOptions, summary: string[]): Ending | undefined {
  const { items, problems, notices } = loadContent(options.contentDir, options.root);
  const report = checkContent(items, problems, options.today, [], notices);
  options.log(formatReport(report, { checkedLinks: 'skip' }));
  if (hasErrors(report)) {
    summary.push(`Contenuti: ${report.problems.length} errori. Correggili (vedi sopra): il sito non è stato aggiornato e nessuna e-mail è partita.`);
    return { code: PUBLISH_EXIT.content, outcome: 'errori nei contenuti' };
  }
  const warnings = report.duplicates.length + report.missingFields.length + report.suspicious.length + report.otherFiles.length;
  summary.push(`Contenuti: nessun errore${warnings ? `, ${warnings} avvisi da guardare` : ''}.`);
  return undefined;
}

/** Step 2: the site for today, swapped in whole or not at all. */
async function buildForToday(options: PublishOptions, summary: string[]): Promise<Built | Ending> {
  try {
    const { bulletin } = await buildBulletinSite({
      root: options.root,
      contentDir: options.contentDir,
      outDir: options.outDir,
      today: options.today,
      settings: options.settings,
      log: options.log,
    });
    const week = bulletin.current?.week;
    const itemCount = bulletin.current?.itemCount ?? 0;
    summary.push(`Sito: aggiornato in ${options.outDir}${week ? ` — numero corrente ${week}, ${itemCount} annunci` : ' — nessun numero corrente'}.`);
    return { week, itemCount };
  } catch (caught) {
    options.error(caught instanceof Error ? caught.message : String(caught));
    summary.push('Sito: costruzione non riuscita (vedi sopra). Il sito già pubblicato non è cambiato; nessuna e-mail è partita.');
    const code = exitCodeOf(caught, 'build');
    return { code, outcome: code === EXIT.usage ? WRONG_USAGE.outcome : code === EXIT.content ? 'errori nei contenuti' : 'sito non costruito' };
  }
}

/** Broken internal links are reported, not fatal: the site is better published than not. */
function reportBrokenLinks(options: PublishOptions, summary: string[]): void {
  const broken = findBrokenLinks(resolve(options.root, options.outDir));
  for (const link of broken) options.error(`Link interno rotto: ${link.file}: ${link.message}`);
  if (broken.length) summary.push(`Link: ${broken.length} link interni rotti nel sito (vedi sopra): correggili.`);
}

/** Step 3's first question: why nothing is sent today, if so (the summary's line); undefined when there is a send to do. */
export function nothingToSend(options: Pick<PublishOptions, 'siteOnly' | 'testAddress' | 'subscribersFile' | 'env'>, built: Built): string | undefined {
  if (options.siteOnly) return 'E-mail: non inviata (--solo-sito).';
  if (!built.week) return 'E-mail: nessun numero da inviare oggi.';
  if (options.testAddress) return undefined;
  // Without a file the subscribers come from the subscription service's database, when there is one.
  if (!options.subscribersFile && !databaseExists(databaseLocation(options.env))) {
    return 'E-mail: non inviata (nessun elenco iscritti: usa --iscritti FILE o BULLETIN_SUBSCRIBERS, oppure il database di npm run iscrizioni).';
  }
  if (built.itemCount === 0) return `E-mail: il numero ${built.week} non ha annunci, non è stata inviata.`;
  return undefined;
}

interface SendRequest {
  subscribersFile?: string;
  testAddress?: string;
  stateDir?: string;
  onReport?: (report: SendReport) => void;
}

/** `npm run send` for the current issue, its messages in a folder of their own. */
function sendCommand(options: PublishOptions, week: WeekId, request: SendRequest): Promise<number> {
  return runSendCommand({
    week,
    subscribersFile: request.subscribersFile,
    distDir: resolve(options.root, options.outDir),
    // Each week's messages in a folder of their own: a later week never mixes with or replaces them.
    outDir: options.mailDir === undefined ? undefined : join(options.mailDir, week, ...(request.testAddress ? ['prova'] : [])),
    stateDir: request.stateDir,
    testAddress: request.testAddress,
    settings: options.settings,
    env: options.env,
    log: options.log,
    error: options.error,
    progressStream: options.progressStream,
    onReport: request.onReport,
  });
}

/** Step 3 with `--prova`: one message to the editor, nothing recorded. */
async function sendTest(options: PublishOptions, week: WeekId, address: string, summary: string[]): Promise<Ending> {
  const code = await sendCommand(options, week, { testAddress: address });
  summary.push(code === 0 ? `E-mail: prova del numero ${week} inviata a ${maskEmail(address)}.` : `E-mail: prova del numero ${week} non riuscita (vedi sopra).`);
  if (code === EXIT.usage) return WRONG_USAGE;
  return code === 0 ? ALL_GOOD : { code: PUBLISH_EXIT.send, outcome: 'prova non riuscita' };
}

/** How a send to the subscribers ended, from its exit code and summary. */
export type SendVerdict = 'usage' | 'incomplete' | 'refused' | 'complete';

/**
 * A send is complete when nobody is left to try again: refused for good (550) is final, and
 * those addresses are on the suppression list. Anything postponed, uncertain or stopped makes
 * it incomplete, and the next run resumes it.
 */
export function sendVerdict(code: number, sent: SendReport['summary'] | undefined): SendVerdict {
  if (code === EXIT.usage) return 'usage';
  if (sent === undefined || sent.aborted || sent.deferred.length > 0 || sent.uncertain.length > 0) return 'incomplete';
  return code === 0 ? 'complete' : 'refused';
}

/** Step 3: the issue to the subscribers, once a week; resumed where an earlier run stopped. */
async function sendToSubscribers(options: PublishOptions, week: WeekId, summary: string[]): Promise<Ending> {
  const stateDir = join(options.stateRoot, week);
  const mark = readCompleteMark(stateDir);
  if (mark) {
    summary.push(`E-mail: il numero ${week} è già stato inviato a tutti (${longDate(mark.date)}). Niente di nuovo da inviare.`);
    return ALL_GOOD;
  }
  const resuming = existsSync(join(stateDir, 'state.jsonl'));
  options.log('');
  options.log(resuming ? `Riprendo l'invio del numero ${week}, che non era finito.` : `Invio del numero ${week}: è la prima volta questa settimana.`);
  let report: SendReport | undefined;
  const code = await sendCommand(options, week, { ...(options.subscribersFile ? { subscribersFile: options.subscribersFile } : {}), stateDir, onReport: (r) => (report = r) });
  const verdict = sendVerdict(code, report?.summary);
  if (verdict === 'usage') {
    summary.push(`E-mail: l'invio del numero ${week} non è partito: correggi le impostazioni o gli argomenti (vedi sopra) e riesegui.`);
    return WRONG_USAGE;
  }
  if (verdict === 'incomplete') {
    summary.push(`E-mail: l'invio del numero ${week} non è completo (vedi sopra). Riesegui il comando: chi l'ha già ricevuto non lo riceverà di nuovo.`);
    return { code: PUBLISH_EXIT.send, outcome: 'invio non completo' };
  }
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(join(stateDir, COMPLETE_MARK), `${JSON.stringify({ week, date: options.today } satisfies CompleteMark)}\n`);
  if (verdict === 'refused') {
    summary.push(`E-mail: numero ${week} inviato, ma ${report!.summary.failed.length} indirizzi sono stati rifiutati dal server (vedi sopra e ${join(stateDir, 'report.txt')}): non riceveranno più il bollettino finché non li correggi.`);
    return { code: PUBLISH_EXIT.send, outcome: 'alcuni indirizzi rifiutati' };
  }
  summary.push(`E-mail: numero ${week} ${resuming ? 'inviato a tutti (invio ripreso)' : 'inviato a tutti'}.`);
  return ALL_GOOD;
}
