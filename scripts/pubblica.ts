/**
 * npm run pubblica [-- --iscritti FILE] [--solo-sito] [--prova ADDRESS] [--out DIR] [--stato DIR] [--posta DIR]
 * Checks the content, builds for today, sends the current issue once; run it daily or hourly.
 * Exit codes: 0 ok, 1 content errors, 2 build failed, 3 e-mail not sent to everyone, 4 wrong arguments.
 */
import { parseArgs } from 'node:util';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { PUBLISH_EXIT, publishWeekly } from '../src/lib/publish/weekly.ts';

let values;
try {
  ({ values } = parseArgs({
    options: {
      iscritti: { type: 'string' },
      'solo-sito': { type: 'boolean', default: false },
      prova: { type: 'string' },
      out: { type: 'string', default: 'dist' },
      stato: { type: 'string', default: 'out/send-state' },
      posta: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nUso: npm run pubblica -- [--iscritti FILE] [--solo-sito] [--prova INDIRIZZO] [--out CARTELLA]`);
  process.exit(PUBLISH_EXIT.usage);
}

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
  process.exitCode = PUBLISH_EXIT.usage;
}
