/**
 * npm run build [-- --out DIR]: the week's bulletin (site, feed, e-mails) into dist/.
 * BULLETIN_DATE=YYYY-MM-DD sets "today"; BULLETIN_CONTENT_DIR the content folder.
 */
import { commandLine } from '../src/lib/cli/command-line.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { buildBulletinSite, ContentError } from '../src/lib/publish/build.ts';
import { SettingsError } from '../src/lib/settings/settings.ts';

const { values } = commandLine({
  name: 'build',
  options: { out: { type: 'string', default: 'dist' } },
  help: {
    usage: 'npm run build [-- --out CARTELLA]',
    summary: 'Costruisce il bollettino della settimana (sito, feed RSS, e-mail, testi per i canali) nella cartella dist/.\nSe una scheda ha errori non costruisce niente e dice che cosa correggere.',
    options: { out: { value: 'CARTELLA', text: 'dove scrivere il sito (di solito dist)' } },
    examples: ['npm run build', 'npm run build -- --out prova'],
    notes: ['Variabili: BULLETIN_DATE=AAAA-MM-GG fa finta che oggi sia quel giorno; BULLETIN_CONTENT_DIR indica un\'altra cartella dei contenuti.'],
  },
});

try {
  // Imported here: invalid settings (or SITE_URL) are reported like content problems, without a stack trace.
  const { settings } = await import('../src/settings.ts');
  const today = bulletinToday();
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
  process.exitCode = 1;
}
