/**
 * npm run traduci -- esporta --lingua ar [--file PATH] [--formato csv]
 * npm run traduci -- importa FILE [--lingua ar]
 * npm run traduci -- automatica --lingua ar      (needs TRANSLATE_URL; TRANSLATE_API_KEY if the server asks)
 * Translation sheets for the mediators, and machine drafts; the logic is in src/lib/translations/.
 */
import { EXIT } from '../src/lib/cli/exit-codes.ts';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { wrongArguments } from '../src/lib/cli/command-line.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { contentDirFrom, loadContent } from '../src/lib/content/load.ts';
import { bulletinToday, weekOf } from '../src/lib/issue/dates.ts';
import { TRANSLATION_LANGS, type TranslationLang } from '../src/lib/schema/translations.ts';
import { defaultSheetFile, exportSheet, importSheet, machineDrafts, type CommandReport } from '../src/lib/translations/commands.ts';
import { MachineError, serverUrl } from '../src/lib/translations/machine.ts';

const HELP = `npm run traduci -- <comando> [opzioni]

Traduzioni dei testi delle schede (titolo, riassunto, orari, requisiti, come candidarsi, testo…)
per chi legge in arabo (ar), inglese (en), spagnolo (es), francese (fr) o singalese (si).

Comandi:
  esporta --lingua ar      scrive il foglio dei testi da tradurre del numero di questa settimana e
                           del prossimo (out/traduzioni/<settimana>.ar.xlsx)
      --file PERCORSO      scrive il foglio altrove
      --formato csv        CSV invece di .xlsx
  importa FOGLIO           scrive nelle schede le traduzioni della colonna "traduzione"
      --lingua ar          solo per fogli senza la colonna "lingua"
  automatica --lingua ar   traduzioni automatiche (da controllare) dei testi che non hanno traduzione,
                           con un server LibreTranslate: TRANSLATE_URL=http://… (e TRANSLATE_API_KEY
                           se il server la chiede). Senza TRANSLATE_URL non manda niente a nessuno.
      --attesa SECONDI     quanto aspettare ogni risposta (20 secondi se manca)

Le schede cambiate si vedono con: npm run controlla
`;

function fail(message: string, code: number = EXIT.usage): never {
  console.error(message);
  process.exit(code);
}

const OPTIONS = {
  lingua: { type: 'string' },
  file: { type: 'string' },
  formato: { type: 'string' },
  attesa: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: OPTIONS,
  });
} catch (error) {
  fail(`npm run traduci: ${wrongArguments(error, Object.keys(OPTIONS))}\n\n${HELP}`);
}
const { values, positionals } = parsed;
const [command, ...rest] = positionals.filter((arg) => arg !== '--');
if (values.help || !command) {
  console.log(HELP);
  process.exit(values.help ? EXIT.ok : EXIT.usage);
}

const langOf = (required: boolean): TranslationLang | undefined => {
  const lang = values.lingua;
  if (lang === undefined) {
    if (required) fail(`Manca --lingua: scrivi una di ${TRANSLATION_LANGS.join(', ')}, per esempio: npm run traduci -- ${command} --lingua ar`);
    return undefined;
  }
  if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) fail(`--lingua ${lang}: non è una lingua dei lettori. Scrivi una di ${TRANSLATION_LANGS.join(', ')} (l'italiano è l'originale).`);
  return lang as TranslationLang;
};

let today: string;
try {
  today = bulletinToday();
} catch (error) {
  fail((error as Error).message);
}

const root = process.cwd();
const { items, problems } = loadContent(contentDirFrom(), root);
if (problems.length) {
  // Translations are written into valid files only: a broken file is fixed first.
  fail(`Ci sono errori nelle schede: correggili prima di tradurre (npm run controlla).\n${formatProblems(problems)}`, EXIT.content);
}

let report: CommandReport;
switch (command) {
  case 'esporta': {
    const lang = langOf(true)!;
    const format = values.formato ?? (values.file?.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
    if (format !== 'csv' && format !== 'xlsx') fail(`--formato ${format}: scrivi xlsx (il foglio di calcolo) o csv.`);
    const file = values.file ?? relative(root, defaultSheetFile(root, weekOf(today), lang, format));
    report = await exportSheet(items, { lang, file, format, today });
    break;
  }
  case 'importa': {
    const file = values.file ?? rest[0];
    if (!file) fail('Scrivi quale foglio importare: npm run traduci -- importa out/traduzioni/2026-W48.ar.xlsx');
    report = await importSheet(items, file, langOf(false), root);
    break;
  }
  case 'automatica': {
    const lang = langOf(true)!;
    const url = process.env['TRANSLATE_URL'];
    if (!url) fail('Per le traduzioni automatiche serve un server LibreTranslate: imposta TRANSLATE_URL (per esempio TRANSLATE_URL=http://127.0.0.1:5000). Senza, non viene mandato niente a nessuno.');
    try {
      serverUrl(url);
    } catch (error) {
      if (error instanceof MachineError) fail(error.message);
      throw error;
    }
    const seconds = values.attesa === undefined ? 20 : Number(values.attesa);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) fail(`--attesa ${values.attesa}: scrivi i secondi da aspettare per ogni risposta, da 1 a 600.`);
    report = await machineDrafts(items, { lang, today, root, url, apiKey: process.env['TRANSLATE_API_KEY'], timeoutMs: seconds * 1000 });
    break;
  }
  default:
    fail(`"${command}" non è un comando di traduci: usa esporta, importa o automatica.\n\n${HELP}`);
}
console.log(report.lines.join('\n'));
process.exitCode = report.failed ? EXIT.content : EXIT.ok;
