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

export async function publishWeekly(options: PublishOptions): Promise<PublishResult> {
  const { log, error } = options;
  const summary: string[] = [];
  const finish = (code: number, outcome: string): PublishResult => {
    summary.push(`Esito: ${outcome} (codice ${code}).`);
    log('');
    log(`Riepilogo della pubblicazione di ${longDate(options.today)}`);
    for (const line of summary) log(`- ${line}`);
    return { code, summary };
  };

  // 0. Arguments and settings the send will need, before anything is built: a wrong one is exit 4, with nothing done.
  const wrong = usageProblem(options);
  if (wrong) {
    error(wrong);
    summary.push('Argomenti o impostazioni sbagliati (vedi sopra): niente è stato costruito o inviato.');
    return finish(EXIT.usage, 'impostazioni o argomenti sbagliati');
  }

  // 1. The same check as `npm run controlla`: errors stop everything.
  const { items, problems, notices } = loadContent(options.contentDir, options.root);
  const report = checkContent(items, problems, options.today, [], notices);
  log(formatReport(report, { checkedLinks: 'skip' }));
  const warnings = report.duplicates.length + report.missingFields.length + report.suspicious.length + report.otherFiles.length;
  if (hasErrors(report)) {
    summary.push(`Contenuti: ${report.problems.length} errori. Correggili (vedi sopra): il sito non è stato aggiornato e nessuna e-mail è partita.`);
    return finish(PUBLISH_EXIT.content, 'errori nei contenuti');
  }
  summary.push(`Contenuti: nessun errore${warnings ? `, ${warnings} avvisi da guardare` : ''}.`);

  // 2. Build for today.
  let week: WeekId | undefined;
  let itemCount = 0;
  try {
    const result = await buildBulletinSite({
      root: options.root,
      contentDir: options.contentDir,
      outDir: options.outDir,
      today: options.today,
      settings: options.settings,
      log,
    });
    week = result.bulletin.current?.week;
    itemCount = result.bulletin.current?.itemCount ?? 0;
    summary.push(`Sito: aggiornato in ${options.outDir}${week ? ` — numero corrente ${week}, ${itemCount} annunci` : ' — nessun numero corrente'}.`);
  } catch (caught) {
    error(caught instanceof Error ? caught.message : String(caught));
    summary.push('Sito: costruzione non riuscita (vedi sopra). Il sito già pubblicato non è cambiato; nessuna e-mail è partita.');
    const code = exitCodeOf(caught, 'build');
    return finish(code, code === EXIT.usage ? 'impostazioni o argomenti sbagliati' : code === EXIT.content ? 'errori nei contenuti' : 'sito non costruito');
  }
  const broken = findBrokenLinks(resolve(options.root, options.outDir));
  for (const link of broken) error(`Link interno rotto: ${link.file}: ${link.message}`);
  if (broken.length) summary.push(`Link: ${broken.length} link interni rotti nel sito (vedi sopra): correggili.`);

  // 3. Send the current issue, once.
  if (options.siteOnly) {
    summary.push('E-mail: non inviata (--solo-sito).');
    return finish(PUBLISH_EXIT.ok, 'tutto a posto');
  }
  if (!week) {
    summary.push('E-mail: nessun numero da inviare oggi.');
    return finish(PUBLISH_EXIT.ok, 'tutto a posto');
  }
  const send = (extra: { subscribersFile?: string; testAddress?: string; stateDir?: string; onReport?: (report: SendReport) => void }) =>
    runSendCommand({
      week: week!,
      subscribersFile: extra.subscribersFile,
      distDir: resolve(options.root, options.outDir),
      // Each week's messages in a folder of their own: a later week never mixes with or replaces them.
      outDir: options.mailDir === undefined ? undefined : join(options.mailDir, week!, ...(extra.testAddress ? ['prova'] : [])),
      stateDir: extra.stateDir,
      testAddress: extra.testAddress,
      settings: options.settings,
      env: options.env,
      log,
      error,
      progressStream: options.progressStream,
      onReport: extra.onReport,
    });

  if (options.testAddress) {
    const code = await send({ testAddress: options.testAddress });
    summary.push(code === 0 ? `E-mail: prova del numero ${week} inviata a ${maskEmail(options.testAddress)}.` : `E-mail: prova del numero ${week} non riuscita (vedi sopra).`);
    if (code === EXIT.usage) return finish(EXIT.usage, 'impostazioni o argomenti sbagliati');
    return code === 0 ? finish(PUBLISH_EXIT.ok, 'tutto a posto') : finish(PUBLISH_EXIT.send, 'prova non riuscita');
  }
  // Without a file the subscribers come from the subscription service's database, when there is one.
  if (!options.subscribersFile && !databaseExists(databaseLocation(options.env))) {
    summary.push('E-mail: non inviata (nessun elenco iscritti: usa --iscritti FILE o BULLETIN_SUBSCRIBERS, oppure il database di npm run iscrizioni).');
    return finish(PUBLISH_EXIT.ok, 'tutto a posto');
  }
  if (itemCount === 0) {
    summary.push(`E-mail: il numero ${week} non ha annunci, non è stata inviata.`);
    return finish(PUBLISH_EXIT.ok, 'tutto a posto');
  }
  const stateDir = join(options.stateRoot, week);
  const mark = readCompleteMark(stateDir);
  if (mark) {
    summary.push(`E-mail: il numero ${week} è già stato inviato a tutti (${longDate(mark.date)}). Niente di nuovo da inviare.`);
    return finish(PUBLISH_EXIT.ok, 'tutto a posto');
  }
  const resuming = existsSync(join(stateDir, 'state.jsonl'));
  log('');
  log(resuming ? `Riprendo l'invio del numero ${week}, che non era finito.` : `Invio del numero ${week}: è la prima volta questa settimana.`);
  let sendReport: SendReport | undefined;
  const code = await send({ ...(options.subscribersFile ? { subscribersFile: options.subscribersFile } : {}), stateDir, onReport: (r) => (sendReport = r) });
  if (code === EXIT.usage) {
    summary.push(`E-mail: l'invio del numero ${week} non è partito: correggi le impostazioni o gli argomenti (vedi sopra) e riesegui.`);
    return finish(EXIT.usage, 'impostazioni o argomenti sbagliati');
  }
  const sent = sendReport?.summary;
  // Refused for good (550) is final, and those addresses are on the suppression list: the issue is done.
  const done = sent !== undefined && !sent.aborted && sent.deferred.length === 0 && sent.uncertain.length === 0;
  if (!done) {
    summary.push(`E-mail: l'invio del numero ${week} non è completo (vedi sopra). Riesegui il comando: chi l'ha già ricevuto non lo riceverà di nuovo.`);
    return finish(PUBLISH_EXIT.send, 'invio non completo');
  }
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(join(stateDir, COMPLETE_MARK), `${JSON.stringify({ week, date: options.today } satisfies CompleteMark)}\n`);
  if (code !== 0) {
    summary.push(`E-mail: numero ${week} inviato, ma ${sent.failed.length} indirizzi sono stati rifiutati dal server (vedi sopra e ${join(stateDir, 'report.txt')}): non riceveranno più il bollettino finché non li correggi.`);
    return finish(PUBLISH_EXIT.send, 'alcuni indirizzi rifiutati');
  }
  summary.push(`E-mail: numero ${week} ${resuming ? 'inviato a tutti (invio ripreso)' : 'inviato a tutti'}.`);
  return finish(PUBLISH_EXIT.ok, 'tutto a posto');
}
