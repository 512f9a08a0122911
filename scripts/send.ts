/**
 * npm run send -- --week 2026-W48 --subscribers iscritti.csv [--out DIR] [--state DIR] [--test ADDRESS [--lang LANG]] [--dist DIR]
 * Without SMTP_URL the messages are written as .eml files; see README "Sending".
 */
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { bulletinToday, isWeekId, weekOf } from '../src/lib/issue/dates.ts';
import { runSendCommand } from '../src/lib/send/command.ts';
import { settings } from '../src/settings.ts';

const options = {
  week: { type: 'string' },
  subscribers: { type: 'string' },
  out: { type: 'string' },
  state: { type: 'string' },
  test: { type: 'string' },
  lang: { type: 'string' },
  dist: { type: 'string', default: 'dist' },
} as const;
const spec = {
  name: 'send',
  options,
  help: {
    usage: 'npm run send -- [--week 2026-W48] --subscribers iscritti.csv [--out CARTELLA] [--state CARTELLA] [--dist dist] oppure --test INDIRIZZO [--lang ar]',
    summary: 'Invia l\'e-mail di un numero già costruito agli iscritti attivi di un file CSV, ognuno nella sua lingua.\nSenza SMTP_URL scrive i messaggi come file .eml. Se si interrompe, rilancialo uguale: riprende senza doppioni.',
    options: {
      week: { value: 'SETTIMANA', text: 'il numero da inviare, per esempio 2026-W48 (di solito quello di questa settimana)' },
      subscribers: { value: 'FILE', text: 'il file CSV degli iscritti (email,name,status[,lang])' },
      out: { value: 'CARTELLA', text: 'senza SMTP_URL, dove scrivere i messaggi .eml' },
      state: { value: 'CARTELLA', text: 'dove tenere lo stato degli invii' },
      test: { value: 'INDIRIZZO', text: 'invia solo a questo indirizzo, per provare' },
      lang: { value: 'LINGUA', text: 'con --test, la lingua del messaggio di prova (it, ar, en, es, fr, si)' },
      dist: { value: 'CARTELLA', text: 'il sito costruito (di solito dist)' },
    },
    examples: ['npm run send -- --subscribers iscritti.csv', 'npm run send -- --test prova@example.org --lang ar'],
    notes: ['Variabili: SMTP_URL (per esempio smtp://utente:password@host:587) per inviare davvero.'],
  },
} as const;
const { values } = commandLine(spec);

const week = values.week ?? weekOf(bulletinToday());
if (!isWeekId(week)) usageError(spec, `--week "${week}" non è una settimana valida: scrivila come 2026-W48.`);

process.exitCode = await runSendCommand({
  week,
  subscribersFile: values.subscribers,
  distDir: values.dist,
  outDir: values.out,
  stateDir: values.state,
  testAddress: values.test,
  testLang: values.lang,
  settings,
  env: process.env,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  progressStream: process.stderr,
});
