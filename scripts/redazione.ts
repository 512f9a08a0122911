/**
 * npm run redazione [-- --port 8080 --backend-port 8081 --out out/redazione]: the web editor
 * on this computer. Starts Decap's local backend on the working copy (confined to the content
 * folders, answering only the editor's page), builds the site with /admin/ pointing at it,
 * serves both, rebuilds when content changes. Ctrl-C stops all.
 */
import { existsSync, watch, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { readValue } from '../src/lib/input/read-value.ts';
import { contentDirFrom } from '../src/lib/content/load.ts';
import { bulletinToday, type CalendarDate } from '../src/lib/issue/dates.ts';
import { writeAdmin } from '../src/lib/editor/admin.ts';
import { startEditorBackend, type EditorBackend } from '../src/lib/editor/backend.ts';
import { editorOrigins } from '../src/lib/editor/backend-rules.ts';
import { collectionFolder, MEDIA_FOLDER } from '../src/lib/editor/decap-config.ts';
import { serveFolder, type StaticSite } from '../src/lib/editor/serve.ts';
import { COLLECTIONS } from '../src/lib/content/items.ts';
import { longDate } from '../src/lib/view/format.ts';
import { upcomingMondayFrom } from '../src/lib/editor/next-issue.ts';
import { buildBulletinSite, ContentError } from '../src/lib/publish/build.ts';
import { BUILD_MARKER } from '../src/lib/publish/output-guard.ts';
import { settings } from '../src/settings.ts';
import { exitCodeOf } from '../src/lib/cli/exit-codes.ts';

const spec = {
  name: 'redazione',
  options: {
    port: { type: 'string', default: '8080' },
    'backend-port': { type: 'string', default: '8081' },
    out: { type: 'string', default: 'out/redazione' },
    data: { type: 'string' },
  },
  help: {
    usage: 'npm run redazione [-- --data AAAA-MM-GG] [--port 8080] [--backend-port 8081] [--out CARTELLA]',
    summary: 'L\'editor web su questo computer: apri http://127.0.0.1:8080/admin/ e modifica le schede in un modulo.\nL\'anteprima del sito mostra il numero di lunedì prossimo (o del giorno scelto con --data) e si aggiorna\na ogni salvataggio. Per chiudere premi Ctrl-C.',
    options: {
      data: { value: 'AAAA-MM-GG', text: 'mostra il sito come sarà quel giorno (senza: il numero di lunedì prossimo); anche 31/12/2026' },
      port: { value: 'PORTA', text: 'la porta dell\'editor e dell\'anteprima (di solito 8080)' },
      'backend-port': { value: 'PORTA', text: 'la porta del servizio che salva i file (di solito 8081)' },
      out: { value: 'CARTELLA', text: 'dove costruire l\'anteprima (di solito out/redazione)' },
    },
    examples: ['npm run redazione', 'npm run redazione -- --data 2026-12-07'],
  },
} as const;
const { values } = commandLine(spec);
/** "Today" of the preview: --data (31/12/2026 works too), else the coming Monday (the issue editors prepare). */
function previewDay(text: string | undefined): CalendarDate {
  if (text === undefined) return upcomingMondayFrom(bulletinToday());
  const read = readValue('published', text);
  if (!read.ok) usageError(spec, `--data ${read.message}`);
  return String(read.value);
}
const today = previewDay(values.data);

const root = process.cwd();
// Relative to the working copy, as Decap names paths.
const contentDir = relative(root, resolve(contentDirFrom())) || '.';
const host = '127.0.0.1';
let backend: EditorBackend | undefined;
let site: StaticSite | undefined;

function port(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`--${flag} deve essere un numero di porta (per esempio 8080), non "${text}".`);
  return value;
}

/** Builds the preview; with content errors, still writes the editor so that they can be fixed in it. */
async function build(localBackend: string): Promise<void> {
  try {
    const result = await buildBulletinSite({ root, contentDir, outDir: values.out, today, settings, localBackend });
    const current = result.bulletin.current;
    console.log(`Anteprima aggiornata${current ? `: numero ${current.week}, ${current.itemCount} annunci` : ''}.`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.message}\nL'anteprima del sito non è aggiornata; l'editor funziona: correggi lì le schede indicate.`);
    const fresh = !existsSync(values.out);
    await writeAdmin(values.out, root, settings, { contentDir, localBackend, previewDay: today });
    // Marked as a build, so that the next build (once the content is fixed) may replace it.
    if (fresh) writeFileSync(join(values.out, BUILD_MARKER), '');
  }
}

async function stop(code: number): Promise<never> {
  await site?.close();
  await backend?.close();
  process.exit(code);
}

try {
  const sitePort = port(values.port, 'port');
  const backendPort = port(values['backend-port'], 'backend-port');
  console.log('Avvio la redazione (editor web locale)…');
  backend = await startEditorBackend({
    repoDir: root,
    area: { contentFolders: COLLECTIONS.map((collection) => collectionFolder(contentDir, collection.folder)), mediaFolder: MEDIA_FOLDER },
    port: backendPort,
    host,
    origins: editorOrigins(sitePort),
  });
  await build(backend.url);
  site = await serveFolder(values.out, { port: sitePort, host }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EADDRINUSE' ? `la porta ${sitePort} è già in uso: chiudi l'altra redazione aperta o usa --port 8090.` : error.message);
  });
  console.log(`\nEditor pronto. Apri nel browser:\n\n  ${site.url}/admin/\n\nAnteprima del sito come sarà ${longDate(today)}: ${site.url}/\nLe schede salvate finiscono nella cartella ${contentDir}/. Per chiudere premi Ctrl-C.`);

  // Saving in the editor writes a file: rebuild the preview once things settle.
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> = Promise.resolve();
  watch(contentDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      building = building.then(() => build(backend!.url)).catch((error: unknown) => console.error(`Anteprima non aggiornata: ${error instanceof Error ? error.message : String(error)}`));
    }, 1500);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log('\nRedazione chiusa.');
      void stop(0);
    });
  }
} catch (error) {
  console.error(`Non riesco ad avviare la redazione: ${error instanceof Error ? error.message : String(error)}`);
  await stop(exitCodeOf(error, 'build'));
}
