/**
 * `npm run rapporto`: options, checks and messages in Italian; reads the content through the
 * build's loader, the settings, and the senders' records, then writes the report's files.
 * Returns the exit code (src/lib/cli/exit-codes.ts): 0 done, 1 content to fix, 4 wrong command line or settings.
 */
import { EXIT } from '../cli/exit-codes.ts';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wrongArguments } from '../cli/command-line.ts';
import { contentDirFrom, loadContent } from '../content/load.ts';
import { formatProblem } from '../content/problems.ts';
import { bulletinToday } from '../issue/dates.ts';
import { periodFolder, periodFrom, PeriodError } from './period.ts';
import { readSendRecords } from './records.ts';
import { readSubscriberEvents } from './subscriber-events.ts';
import { buildReport } from './report.ts';
import { writeReportFiles } from './write.ts';

export const REPORT_HELP = `npm run rapporto -- [--da AAAA-MM-GG] [--a AAAA-MM-GG] [--out CARTELLA]

Scrive il rapporto del programma per un periodo: numeri, grafici e tabelle per chi finanzia
e per il tavolo di regia. Conta i bollettini usciti, le schede pubblicate (ogni scheda nel
mese della sua data "published"), le e-mail inviate, le disiscrizioni e i messaggi su Telegram.

  --da AAAA-MM-GG          primo giorno del periodo (di solito: 12 mesi prima di --a)
  --a AAAA-MM-GG           ultimo giorno del periodo (di solito: oggi; non si conta oltre oggi)
  --out CARTELLA           dove scrivere (di solito: out/rapporto)
  --stato-invii CARTELLA   lo stato degli invii e-mail (di solito: out/send-state)
  --stato-telegram CARTELLA  lo stato di Telegram (di solito: out/telegram-state)
  --help                   mostra questo aiuto

Scrive CARTELLA/<da>_<a>/rapporto.html (una pagina da aprire, stampare o incollare) e
CARTELLA/<da>_<a>/dati/*.csv (le tabelle dietro ogni grafico, per un foglio di calcolo).
Con l'archivio degli iscritti (data/iscritti.sqlite, SUBSCRIBERS_DB o DATABASE_URL) conta anche
gli iscritti per lingua. Nessun indirizzo e-mail entra nel rapporto: solo conteggi.
Esempio: npm run rapporto -- --da 2026-01-01 --a 2026-12-31`;

const REPORT_OPTIONS = {
  da: { type: 'string' },
  a: { type: 'string' },
  out: { type: 'string', default: join('out', 'rapporto') },
  'stato-invii': { type: 'string', default: join('out', 'send-state') },
  'stato-telegram': { type: 'string', default: join('out', 'telegram-state') },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface ReportCommandOptions {
  args: string[];
  env: Record<string, string | undefined>;
  /** The project folder. */
  root: string;
  log: (line: string) => void;
  error: (line: string) => void;
}

export async function runReportCommand(options: ReportCommandOptions): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: options.args,
      options: REPORT_OPTIONS,
    }));
  } catch (caught) {
    options.error(`npm run rapporto: ${wrongArguments(caught, Object.keys(REPORT_OPTIONS))}\n\n${REPORT_HELP}`);
    return EXIT.usage;
  }
  if (values.help) {
    options.log(REPORT_HELP);
    return EXIT.ok;
  }
  let today;
  let period;
  try {
    today = bulletinToday(options.env);
    period = periodFrom({ from: values.da, to: values.a }, today);
  } catch (caught) {
    options.error(caught instanceof PeriodError || caught instanceof Error ? caught.message : String(caught));
    return EXIT.usage;
  }
  let settings;
  try {
    ({ settings } = await import('../../settings.ts'));
  } catch (caught) {
    options.error(caught instanceof Error ? caught.message : String(caught));
    return EXIT.usage;
  }
  const { items, problems } = loadContent(contentDirFrom(options.env), options.root);
  if (problems.length) {
    options.error([`Il rapporto non è stato scritto: ${problems.length === 1 ? "c'è 1 problema" : `ci sono ${problems.length} problemi`} nei contenuti e i conteggi sarebbero sbagliati. Correggi e riprova.`, '', ...problems.map((p) => `✗ ${formatProblem(p)}`)].join('\n'));
    return EXIT.content;
  }
  const records = readSendRecords({ sendState: resolve(options.root, values['stato-invii']), telegramState: resolve(options.root, values['stato-telegram']) });
  try {
    records.subscribers = await readSubscriberEvents(options.env, period.until);
  } catch (caught) {
    options.error(`Il rapporto non è stato scritto: ${caught instanceof Error ? caught.message : String(caught)}`);
    return EXIT.usage;
  }
  const report = await buildReport({ items, period, firstWeek: settings.firstIssueWeek, records, name: settings.name });
  const dir = resolve(options.root, values.out, periodFolder(period));
  writeReportFiles(dir, report.files);
  options.log(report.summary.phrases.length ? `${report.summary.heading}: ${report.summary.text}` : report.summary.text);
  options.log(`Rapporto scritto in ${join(values.out, periodFolder(period), 'rapporto.html')} (tabelle in ${join(values.out, periodFolder(period), 'dati')}: ${report.tables.length} file CSV).`);
  return EXIT.ok;
}
