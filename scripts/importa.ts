/**
 * npm run importa -- [--consenti-rete-locale] <https://… | pagina.html | offerte.csv | offerte.xlsx>…
 * Turns job pages (schema.org JobPosting) and the tutors' spreadsheets into draft offers.
 * Only pages of public sites are fetched, unless --consenti-rete-locale.
 */
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { importSources } from '../src/lib/import/run.ts';
import { EXIT } from '../src/lib/cli/exit-codes.ts';

const spec = {
  name: 'importa',
  allowPositionals: true,
  options: { 'consenti-rete-locale': { type: 'boolean', default: false } },
  help: {
    usage: 'npm run importa -- [--consenti-rete-locale] FONTE [FONTE…]',
    summary: 'Trasforma annunci trovati in rete (pagine con i dati schema.org JobPosting) e i fogli dei tutor in bozze di offerte\nin src/content/offers/. Le bozze hanno "draft: true" e l\'elenco dei campi da controllare (daControllare).\nNon scrive mai sopra un file esistente e non importa due volte la stessa offerta.',
    args: [
      ['https://…', 'l\'indirizzo di una pagina con un annuncio (solo siti pubblici)'],
      ['pagina.html', 'una pagina salvata dal browser'],
      ['offerte.csv', 'un foglio CSV con le colonne di templates/offerte.csv'],
      ['offerte.xlsx', 'lo stesso foglio salvato da Excel'],
    ],
    options: { 'consenti-rete-locale': { text: 'permette anche indirizzi della rete locale (per esempio un server dell\'ufficio)' } },
    examples: ['npm run importa -- offerte.xlsx', 'npm run importa -- https://www.esempio.it/lavoro/123'],
  },
} as const;
const line = commandLine(spec);
const sources = line.positionals;
const allowLocalNetwork = line.values['consenti-rete-locale'];
if (!sources.length) usageError(spec, 'Scrivi che cosa importare: una o più pagine, pagine salvate o fogli. Il modello del foglio è templates/offerte.csv.');

let today: string;
try {
  today = bulletinToday();
} catch (error) {
  console.error((error as Error).message);
  process.exit(EXIT.usage);
}

const report = await importSources(sources, { contentDir: contentDirFrom(), today, allowLocalNetwork });
console.log(report.lines.join('\n'));
process.exitCode = report.refused ? EXIT.content : EXIT.ok;
