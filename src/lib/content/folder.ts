/**
 * What is in a content folder: every entry is either a file to read or reported, so that
 * nothing an editor saved is silently left out. Near misses of a content file (`Offerta.MD`,
 * `x.markdown`, `x.md.txt`), sub-folders, folders named like files and broken links are
 * errors (the editor meant to publish something); other files (images, PDFs) are warnings.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS } from './items.ts';
import type { ContentProblem } from './problems.ts';

export interface FolderListing {
  /** Names of the files to read, sorted. */
  files: string[];
  /** Entries that will not be published and were surely meant to be. */
  problems: ContentProblem[];
  /** Entries that are not items (an image, a PDF): listed so that nothing goes unnoticed. */
  notices: ContentProblem[];
}

const CONTENT_FILE = /\.(md|mdx)$/;
/** A content file under another name: wrong case, `.markdown`, or a `.txt` added by Notepad. */
const NEAR_MISS = /\.(md|mdx|markdown|mkd)(?:\.txt)?$/i;
/** Files nobody writes by hand (placeholders, operating-system leftovers). */
const SYSTEM_FILES = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);

const FOLDERS = COLLECTIONS.map((collection) => `${collection.folder}/`).join(', ');

function suggestion(name: string): string {
  const match = NEAR_MISS.exec(name);
  const stem = match ? name.slice(0, match.index) : name;
  return `${stem.toLowerCase()}.${match?.[1]?.toLowerCase() === 'mdx' ? 'mdx' : 'md'}`;
}

/** Lists one collection folder (`dir`); paths are shown relative to `root`. */
export function listContentFolder(dir: string, root: string): FolderListing {
  const listing: FolderListing = { files: [], problems: [], notices: [] };
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return listing;
    const what = code === 'ENOTDIR' ? 'è un file, ma deve essere una cartella' : `non si può leggere (${code})`;
    listing.problems.push({ file: relative(root, dir) || dir, field: '', message: `${what}: le schede vanno in una cartella con questo nome.` });
    return listing;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const file = relative(root, path) || path;
    const kind = entryKind(entry, path);
    if (kind === 'broken') {
      listing.problems.push({ file, field: '', message: 'è un collegamento (link simbolico) a un file che non esiste più: cancellalo, oppure mettici al suo posto il file vero.' });
    } else if (kind === 'folder') {
      const looksLikeFile = CONTENT_FILE.test(entry.name.toLowerCase());
      listing.problems.push({
        file,
        field: '',
        message: looksLikeFile
          ? 'è una cartella, non un file: una scheda è un solo file .md o .mdx. Cancella la cartella (dopo averne salvato il contenuto) e crea il file.'
          : `è una sottocartella: i file nelle sottocartelle non vengono pubblicati. Sposta le schede direttamente in ${relative(root, dir) || dir}/ (oppure fuori dalla cartella dei contenuti, se non vanno pubblicate).`,
      });
    } else if (CONTENT_FILE.test(entry.name)) {
      listing.files.push(entry.name);
    } else if (SYSTEM_FILES.has(entry.name)) {
      continue;
    } else if (NEAR_MISS.test(entry.name)) {
      listing.problems.push({ file, field: '', message: `non viene letto: le schede devono finire con .md o .mdx, in minuscolo. Rinominalo in "${suggestion(entry.name)}".` });
    } else {
      listing.notices.push({ file, field: '', message: 'non è una scheda (.md o .mdx) e non viene pubblicato. Se è un allegato, mettilo altrove e scrivi nella scheda il link dove si trova.' });
    }
  }
  return listing;
}

/** A file, a folder, or a link pointing nowhere (symbolic links are followed). */
function entryKind(entry: Dirent, path: string): 'file' | 'folder' | 'broken' {
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'file';
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'broken';
  }
}

/** The content folder itself: anything besides the collection folders is not published. */
export function listContentRoot(dir: string, root: string): Pick<FolderListing, 'problems' | 'notices'> {
  const listing: Pick<FolderListing, 'problems' | 'notices'> = { problems: [], notices: [] };
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return listing;
  }
  const known = new Set<string>(COLLECTIONS.map((collection) => collection.folder));
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (known.has(entry.name) || SYSTEM_FILES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const file = relative(root, path) || path;
    const kind = entryKind(entry, path);
    if (kind === 'folder') {
      listing.problems.push({ file, field: '', message: `non è una delle cartelle delle schede (${FOLDERS}): quello che contiene non viene pubblicato. Sposta le schede nella cartella giusta.` });
    } else if (kind === 'broken' || NEAR_MISS.test(entry.name)) {
      listing.problems.push({ file, field: '', message: `è fuori dalle cartelle delle schede e non viene pubblicato: spostalo in ${FOLDERS.replace(/, ([^,]*)$/, ' o $1')} secondo il tipo di scheda.` });
    } else {
      listing.notices.push({ file, field: '', message: 'non è una scheda e non viene pubblicato.' });
    }
  }
  return listing;
}
