/**
 * npm run pubblica [-- --iscritti FILE] [--solo-sito] [--prova ADDRESS] [--out DIR] [--stato DIR] [--posta DIR]
 * Checks the content, builds for today, sends the current issue once; run it daily or hourly.
 * Exit codes (src/lib/cli/exit-codes.ts): 0 ok, 1 content errors, 2 build failed, 3 e-mail not sent to everyone, 4 wrong arguments or settings.
 */
import { commandLine } from '../src/lib/cli/command-line.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { publishWeekly } from '../src/lib/publish/weekly.ts';
import { exitCodeOf } from '../src/lib/cli/exit-codes.ts';

const { values } = commandLine({
  name: 'pubblica',
  options: {
    iscritti: { type: 'string' },
    'solo-sito': { type: 'boolean', default: false },
    prova: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    stato: { type: 'string', default: 'out/send-state' },
    posta: { type: 'string' },
  },
  help: {
    usage: 'npm run pubblica [-- --iscritti FILE] [--solo-sito] [--prova INDIRIZZO] [--out CARTELLA] [--stato CARTELLA] [--posta CARTELLA]',
    summary: 'Il lavoro di ogni settimana in un comando: controlla le schede, costruisce il sito di oggi e invia l\'e-mail del numero\nuna sola volta. Si può lanciare ogni giorno o ogni ora: quello che è già fatto non viene rifatto.',
    options: {
      iscritti: { value: 'FILE', text: 'l\'elenco degli iscritti (CSV); senza, vale BULLETIN_SUBSCRIBERS' },
      'solo-sito': { text: 'costruisce il sito senza inviare e-mail' },
      prova: { value: 'INDIRIZZO', text: 'invia il numero solo a questo indirizzo, per provarlo' },
      out: { value: 'CARTELLA', text: 'dove scrivere il sito (di solito dist)' },
      stato: { value: 'CARTELLA', text: 'dove tenere lo stato degli invii (di solito out/send-state)' },
      posta: { value: 'CARTELLA', text: 'senza SMTP_URL, dove scrivere i messaggi .eml' },
    },
    examples: ['npm run pubblica -- --iscritti iscritti.csv', 'npm run pubblica -- --solo-sito'],
    notes: ['Codici di uscita: 0 tutto bene, 1 errori nelle schede, 2 costruzione non riuscita, 3 e-mail non inviata a tutti, 4 argomenti o impostazioni sbagliati.'],
  },
});

try {
  // Settings are validated on import: a bad SITE_URL is a usage error, reported in Italian.
  const { settings } = await import('../src/settings.ts');
  const result = await publishWeekly({
    root: process.cwd(),
    contentDir: contentDirFrom(),
    outDir: values.out,
    today: bulletinToday(),
    settings,
    subscribersFile: values.iscritti || process.env['BULLETIN_SUBSCRIBERS'] || undefined,
    siteOnly: values['solo-sito'],
    testAddress: values.prova,
    stateRoot: values.stato,
    mailDir: values.posta,
    env: process.env,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    progressStream: process.stderr,
  });
  process.exitCode = result.code;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = exitCodeOf(error, 'usage');
}
