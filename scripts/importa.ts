/**
 * npm run importa -- [--consenti-rete-locale] <https://… | pagina.html | offerte.csv | offerte.xlsx>…
 * Turns job pages (schema.org JobPosting) and the tutors' spreadsheets into draft offers.
 * Only pages of public sites are fetched, unless --consenti-rete-locale.
 */
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { importSources } from '../src/lib/import/run.ts';

const LOCAL_NETWORK = '--consenti-rete-locale';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const allowLocalNetwork = args.includes(LOCAL_NETWORK);
const sources = args.filter((arg) => arg !== LOCAL_NETWORK);
if (!sources.length) {
  console.error('Scrivi che cosa importare: npm run importa -- https://sito/annuncio pagina-salvata.html offerte.csv offerte.xlsx');
  console.error('Il modello del foglio è templates/offerte.csv.');
  process.exit(2);
}

let today: string;
try {
  today = bulletinToday();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const report = await importSources(sources, { contentDir: contentDirFrom(), today, allowLocalNetwork });
console.log(report.lines.join('\n'));
process.exitCode = report.refused ? 1 : 0;
