/**
 * The build replaces its output folder wholesale, so it must never be pointed at
 * something else: the project's sources, the content, or a folder that is not ours.
 * Every build writes a marker file; only a marked (or empty, or missing) folder is replaced.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside, realPath } from '../files/paths.ts';

/** Written in every build's output (and staging folder): "this folder is a bulletin build". */
export const BUILD_MARKER = '.bollettino-build';

/** Folders of the project that hold what people write; a build may not land in, on or around them. */
const SOURCE_FOLDERS = [
  'src', 'scripts', 'templates', 'bench', 'docs', 'public', 'schemas', '.git', 'node_modules', '.astro', '.vscode', '.ci',
  'tests/fixtures', 'tests/unit', 'tests/build', 'tests/editor', 'tests/send', 'tests/browser', 'tests/helpers',
];

export class OutputRefusedError extends Error {}

/**
 * Throws `OutputRefusedError` (Italian) unless `outDir` may be replaced by a build:
 * not the project folder or any folder around it, not in or around a source or content
 * folder, and either missing, empty, or a previous build (it holds `BUILD_MARKER`).
 */
export function checkOutputDir(root: string, contentDir: string, outDir: string, shownAs: string = outDir): void {
  const out = realPath(resolve(root, outDir));
  const project = realPath(resolve(root));
  const how = 'Scegli un\'altra cartella con --out (per esempio dist) e riprova: niente è stato cambiato.';
  if (isInside(project, out)) {
    throw new OutputRefusedError(`La cartella di uscita "${shownAs}" è la cartella del progetto o la contiene: la costruzione la sostituirebbe per intero. ${how}`);
  }
  const protectedFolders = [
    { path: realPath(resolve(root, contentDir)), what: 'la cartella dei contenuti' },
    ...SOURCE_FOLDERS.map((folder) => ({ path: realPath(join(project, folder)), what: `la cartella "${folder}" del progetto` })),
  ];
  for (const folder of protectedFolders) {
    const where = out === folder.path ? 'è' : isInside(out, folder.path) ? 'è dentro' : isInside(folder.path, out) ? 'contiene' : undefined;
    if (where) throw new OutputRefusedError(`La cartella di uscita "${shownAs}" ${where} ${folder.what}: la costruzione cancellerebbe file scritti a mano. ${how}`);
  }
  if (!existsSync(out)) return;
  if (!lstatSync(out).isDirectory()) {
    throw new OutputRefusedError(`"${shownAs}" esiste e non è una cartella: la costruzione non lo sostituisce. ${how}`);
  }
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw new OutputRefusedError(
      `La cartella di uscita "${shownAs}" contiene già dei file e non è una costruzione del bollettino (manca il file ${BUILD_MARKER}): la costruzione la sostituirebbe per intero. ` +
        `Se è davvero un vecchio sito del bollettino, cancellala tu e riprova; altrimenti scegli un'altra cartella con --out.`,
    );
  }
}
