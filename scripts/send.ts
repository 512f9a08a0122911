/**
 * npm run send -- --week 2026-W48 --subscribers iscritti.csv [--out DIR] [--state DIR] [--test ADDRESS [--lang LANG]] [--dist DIR]
 * Without SMTP_URL the messages are written as .eml files; see README "Sending".
 */
import { parseArgs } from 'node:util';
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
let parsed;
try {
  parsed = parseArgs({ options });
} catch {
  console.error('Uso: npm run send -- [--week 2026-W48] --subscribers iscritti.csv [--out CARTELLA] [--state CARTELLA] [--dist dist] oppure --test INDIRIZZO [--lang ar]');
  process.exit(2);
}
const { values } = parsed;

const week = values.week ?? weekOf(bulletinToday());
if (!isWeekId(week)) {
  console.error(`--week "${week}" non è una settimana valida: scrivila come 2026-W48.`);
  process.exit(2);
}

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
