/**
 * npm run build [-- --out DIR]: the week's bulletin (site, feed, e-mails) into dist/.
 * BULLETIN_DATE=YYYY-MM-DD sets "today"; BULLETIN_CONTENT_DIR the content folder.
 */
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { readValue } from '../src/lib/input/read-value.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { buildBulletinSite, ContentError } from '../src/lib/publish/build.ts';
import { SettingsError } from '../src/lib/settings/settings.ts';
import { exitCodeOf } from '../src/lib/cli/exit-codes.ts';

const spec = {
  name: 'build',
  options: { out: { type: 'string', default: 'dist' }, data: { type: 'string' } },
  help: {
    usage: 'npm run build [-- --out CARTELLA] [--data AAAA-MM-GG]',
    summary: 'Costruisce il bollettino della settimana (sito, feed RSS, e-mail, testi per i canali) nella cartella dist/.\nSe una scheda ha errori non costruisce niente e dice che cosa correggere.',
    options: {
      out: { value: 'CARTELLA', text: 'dove scrivere il sito (di solito dist)' },
      data: { value: 'AAAA-MM-GG', text: 'costruisce come se oggi fosse quel giorno (anche 30/11/2026); come BULLETIN_DATE, ma funziona anche su Windows' },
    },
    examples: ['npm run build', 'npm run build -- --data 2026-11-30'],
    notes: ['Variabili: BULLETIN_DATE=AAAA-MM-GG fa finta che oggi sia quel giorno; BULLETIN_CONTENT_DIR indica un\'altra cartella dei contenuti.'],
  },
} as const;
const { values } = commandLine(spec);

try {
  // Imported here: invalid settings (or SITE_URL) are reported like content problems, without a stack trace.
  const { settings } = await import('../src/settings.ts');
  const read = values.data === undefined ? undefined : readValue('published', values.data);
  if (read && !read.ok) usageError(spec, `--data ${read.message}`);
  const today = read?.ok ? String(read.value) : bulletinToday();
  const result = await buildBulletinSite({
    root: process.cwd(),
    contentDir: contentDirFrom(),
    outDir: values.out,
    today,
    settings,
    log: (line) => console.log(line),
  });
  const current = result.bulletin.current;
  console.log(`Fatto: ${result.outDir}${current ? ` — numero corrente ${current.week} (${current.itemCount} annunci)` : ''}.`);
} catch (error) {
  if (error instanceof ContentError || error instanceof SettingsError) {
    console.error(error.message);
  } else {
    console.error(`Errore durante la costruzione del bollettino: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = exitCodeOf(error, 'build');
}
