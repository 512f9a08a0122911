/**
 * One build of the bulletin: check content, build the site with Astro into a staging
 * folder, add the e-mails, clean item bodies, then swap the staging folder into place.
 * A failure at any step leaves the previous output untouched: nothing half-written is published.
 * One build per output at a time (a lock beside it); only a folder marked as ours is replaced.
 */
import { CommandError, UsageError } from '../cli/exit-codes.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mondayOfWeek } from '../issue/dates.ts';
import { mediumDate } from '../view/format.ts';
import { acquireLock, LockedError } from '../send/lock.ts';
import { loadContent } from '../content/load.ts';
import { htmlFilesUnder } from '../files/walk.ts';
import { collectionOf, COLLECTIONS } from '../content/items.ts';
import { isMdx, renderMarkdownBody } from '../content/body.ts';
import { formatProblem, formatProblems } from '../content/problems.ts';
import type { CalendarDate } from '../issue/dates.ts';
import { LANGS, type Lang } from '../../i18n/languages.ts';
import { writeAdmin } from '../editor/admin.ts';
import { statusTable } from '../editor/item-status.ts';
import { emailFileBase, emailMeta } from '../email/meta.ts';
import { buildEmails, emailJobs } from '../email/issue-emails.ts';
import { buildBulletin, type Bulletin } from '../issue/model.ts';
import { MODEL_ENV, withRenderedBodies, writeModel } from './model.ts';
import type { Settings } from '../settings/settings.ts';
import { astroEnvironment } from './child-env.ts';
import { writeSearchIndex } from './search-index.ts';
import { BUILD_MARKER, checkOutputDir, OutputRefusedError } from './output-guard.ts';
import { sanitizePage } from './sanitize.ts';
import { INCREMENTAL_ENV, openPageCache } from './page-cache.ts';
import { openContentCache } from './content-cache.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { isInside, realPath } from '../files/paths.ts';
import { writeChannelTexts } from '../channels/write.ts';

export interface BuildOptions {
  /** Project root (where astro.config.ts is). */
  root: string;
  /** Content folder, relative to root. */
  contentDir: string;
  /** Output folder, relative to root or absolute. */
  outDir: string;
  today: CalendarDate;
  settings: Settings;
  /** Extra environment for Astro (cache folder, site URL). */
  env?: Record<string, string | undefined>;
  /** The web editor's local backend (decap-server) address, for `npm run redazione`; otherwise the git host's. */
  localBackend?: string;
  log?: (line: string) => void;
}

/** A problem the user can fix (content, output folder, another build running): its message is the whole report. */
/** Content problems: the files must be fixed. */
export class ContentError extends CommandError {
  constructor(message: string) {
    super('content', message);
  }
}

export interface BuildResult {
  bulletin: Bulletin;
  outDir: string;
  emails: { week: string; lang: Lang; bytes: number; cardsPerSection: number }[];
}

/**
 * Node's default heap (a quarter of the RAM) lets V8 put off collecting until the build
 * holds gigabytes it no longer needs; a limit sized to the content keeps it near what it uses.
 * Never below 1.5 GB; `NODE_OPTIONS` with its own limit wins.
 */
export function astroHeapMb(items: number): number {
  return Math.max(1536, Math.ceil(items * 0.15));
}

interface AstroRun {
  done: Promise<void>;
  /** Stops the build (content problems found meanwhile); resolves once the child has exited. */
  stop: () => Promise<void>;
}

const DIE_WITH_PARENT = pathToFileURL(join(import.meta.dirname, 'die-with-parent.ts')).href;

function startAstro(root: string, outDir: string, env: NodeJS.ProcessEnv, files: number, started: (child: ChildProcess) => void): AstroRun {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const heap = env['NODE_OPTIONS']?.includes('max-old-space-size') ? [] : [`--max-old-space-size=${astroHeapMb(files)}`];
  const child = spawn(process.execPath, [...heap, '--import', DIE_WITH_PARENT, astro, 'build', '--outDir', outDir, '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started(child);
  // Astro's output is shown only if Astro itself fails: a build stopped for content problems
  // shows the Italian report alone, never what Astro printed meanwhile.
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString('utf8')).slice(-200_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let stopping = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolveExit) => {
    child.on('error', (error) => resolveExit({ code: null, signal: null, error }));
    // 'close', not 'exit': all of Astro's output has been read.
    child.on('close', (code, signal) => resolveExit({ code, signal }));
  });
  const done = exited.then(({ code, signal, error }) => {
    if (error) throw error;
    if (code !== 0 && !stopping && output.trim()) process.stderr.write(`${output.trimEnd()}\n`);
    if (code !== 0 && !stopping) throw new Error(`Astro non è riuscito a costruire il sito (${signal ?? `codice ${code}`}): il messaggio qui sopra dice in quale file. Il sito già pubblicato non è cambiato.`);
  });
  return {
    done,
    stop: async () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Files in the content folders: what sizes Astro's heap before the content is read. */
function contentFileCount(root: string, contentDir: string): number {
  return COLLECTIONS.reduce((sum, collection) => {
    const dir = resolve(root, contentDir, collection.folder);
    return sum + (existsSync(dir) ? readdirSync(dir).length : 0);
  }, 0);
}

/** A "today" before issue n. 1 (a mistyped BULLETIN_DATE) would publish an empty site over a full one. */
function refuseTodayBeforeFirstIssue(today: CalendarDate, firstIssueWeek: string): never {
  const monday = mondayOfWeek(firstIssueWeek);
  throw new ContentError(
    `Il bollettino non è stato pubblicato: la data di oggi usata per la costruzione (${today}, ${mediumDate(today)}) viene prima del numero 1, ` +
      `che esce nella settimana ${firstIssueWeek} (lunedì ${mediumDate(monday)}). Il sito sarebbe vuoto. ` +
      `Controlla BULLETIN_DATE (scrivila come AAAA-MM-GG) oppure "firstIssueWeek" in src/settings.ts.`,
  );
}

const writeMarker = (dir: string): Promise<void> =>
  writeFile(join(dir, BUILD_MARKER), 'Cartella costruita da "npm run build": la prossima costruzione la sostituisce per intero.\n');

/** Staging and old folders of builds that were killed (their pid is gone); only marked ones, so only ours. */
async function removeLeftovers(outDir: string): Promise<void> {
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|old)-(\\d+)$`);
  for (const name of await readdir(dirname(outDir))) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || isRunning(pid) || !existsSync(join(dirname(outDir), name, BUILD_MARKER))) continue;
    await rm(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

/**
 * Where Astro builds: the staging folder when the output is inside the project, else a folder
 * of ours in the project's node_modules, moved out once built. Astro must build inside the
 * project: its chunks import the project's packages, and it tells inside from outside with a
 * plain string prefix (an output at /srv/bollettino-sito for a project at /srv/bollettino
 * counted as inside, and its chunks found no package).
 */
function astroFolderFor(root: string, outDir: string): string | undefined {
  // Named for the output, not the process: Astro's incremental build finds the last build's
  // pages only when it builds into the folder it built into last time (its module ids include it).
  return isInside(realPath(outDir), realPath(root)) ? undefined : join(root, 'node_modules', `${INSIDE_STAGING}${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}`);
}

const INSIDE_STAGING = '.bollettino-staging-';

/** Astro's folders of killed builds outside-bound (their pid is gone); only marked ones, so only ours. */
async function removeInsideLeftovers(root: string): Promise<void> {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return;
  for (const name of await readdir(modules)) {
    if (!name.startsWith(INSIDE_STAGING)) continue;
    const pid = Number(name.slice(INSIDE_STAGING.length));
    if (!pid || isRunning(pid) || !existsSync(join(modules, name, BUILD_MARKER))) continue;
    await rm(join(modules, name), { recursive: true, force: true });
  }
}

/** A folder moved where it goes: renamed, or copied then removed when it crosses file systems. */
async function moveFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await rm(from, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function buildBulletinSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.root, options.outDir);
  try {
    checkOutputDir(options.root, options.contentDir, outDir, options.outDir);
  } catch (error) {
    if (error instanceof OutputRefusedError) throw new UsageError(error.message);
    throw error;
  }
  await mkdir(dirname(outDir), { recursive: true });
  let release: () => void;
  try {
    release = acquireLock(`${outDir}.lock`);
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    throw new CommandError('build', `Un'altra costruzione nella stessa cartella "${options.outDir}" è già in corso (processo ${error.owner.pid}): aspetta che finisca e riprova. Il sito pubblicato non è cambiato.`);
  }
  // One name per output (the lock keeps other builds out of it): Astro's incremental build
  // reuses the last build's pages only when it builds into the same folder.
  const staging = `${outDir}.staging`;
  const astroFolder = astroFolderFor(options.root, outDir);
  let child: ChildProcess | undefined;
  const stop = (signal: NodeJS.Signals): void => {
    child?.kill('SIGKILL');
    rmSync(staging, { recursive: true, force: true });
    if (astroFolder) rmSync(astroFolder, { recursive: true, force: true });
    release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await stagedBuild(options, outDir, staging, astroFolder, (started) => (child = started));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    release();
  }
}

async function stagedBuild(options: BuildOptions, outDir: string, staging: string, astroFolder: string | undefined, started: (child: ChildProcess) => void): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  await removeLeftovers(outDir);
  await removeInsideLeftovers(options.root);
  if (existsSync(staging) && !existsSync(join(staging, BUILD_MARKER))) {
    throw new CommandError('build', `La cartella "${staging}" non è stata creata da "npm run build": spostala o cancellala tu, poi riprova. Il sito pubblicato non è cambiato.`);
  }
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeMarker(staging);
  if (astroFolder) {
    await rm(astroFolder, { recursive: true, force: true });
    await mkdir(astroFolder, { recursive: true });
    await writeMarker(astroFolder);
  }
  // Astro empties the folder it builds into: the site goes one level down, the marker stays.
  const site = join(staging, 'site');
  const astroSite = astroFolder ? join(astroFolder, 'site') : site;
  // Astro starts at once and waits for this file, written once the content is checked
  // (src/lib/publish/model.ts): its start-up and the content check run side by side.
  const modelFile = join(staging, 'model.json');
  await rm(modelFile, { force: true });
  const cacheDir = resolve(options.root, options.env?.['BULLETIN_CACHE_DIR'] || process.env['BULLETIN_CACHE_DIR'] || 'node_modules/.astro');
  const pageCache = openPageCache(cacheDir);
  if (pageCache.enabled && !pageCache.coldReason) log('Pagine: riprendo quelle non cambiate dalla costruzione precedente.');
  const astro = startAstro(options.root, astroSite, astroEnvironment({
    ...process.env,
    ...options.env,
    BULLETIN_CONTENT_DIR: options.contentDir,
    BULLETIN_DATE: options.today,
    // Checked here: Astro's integration need not read every file again.
    BULLETIN_CONTENT_CHECKED: '1',
    [MODEL_ENV]: modelFile,
    [INCREMENTAL_ENV]: pageCache.enabled ? '1' : '0',
    SITE_URL: options.settings.siteUrl,
  }), contentFileCount(options.root, options.contentDir), started);
  try {
    // Files unchanged since the last build are not checked or rendered again.
    const fingerprint = codeFingerprint(options.root);
    const contentCache = openContentCache(join(cacheDir, 'bollettino-content.json'), fingerprint);
    const { items, problems, notices } = loadContent(options.contentDir, options.root, contentCache.validate);
    if (problems.length) throw new ContentError(formatProblems(problems));
    for (const notice of notices) log(`! ${formatProblem(notice)}`);
    const bulletin = buildBulletin(items, options.today, options.settings.firstIssueWeek);
    if (bulletin.issues.length === 0 && items.length > 0) refuseTodayBeforeFirstIssue(options.today, options.settings.firstIssueWeek);
    log(`Sito: ${bulletin.issues.length} numeri, ${bulletin.itemPages.length} schede (oggi ${options.today})…`);
    writeModel(modelFile, { today: options.today, firstIssueWeek: options.settings.firstIssueWeek, items: await withRenderedBodies(items, contentCache.renderer(renderMarkdownBody)) });
    contentCache.save();
    // The e-mails are rendered while Astro builds the site, on the other core.
    const rendering = buildEmails(emailJobs(bulletin, options.settings, fingerprint), join(cacheDir, 'bollettino-email-issues'), {
      settings: options.settings, mjmlCacheDir: join(cacheDir, 'bollettino-email'), root: options.root,
    });
    // Both settle before anything is written: a failure of either leaves the old output.
    const [siteResult, emailResult] = await Promise.allSettled([astro.done, rendering]);
    if (siteResult.status === 'rejected') throw siteResult.reason;
    if (emailResult.status === 'rejected') throw emailResult.reason;
    pageCache.seal();
    if (astroFolder) await moveFolder(astroSite, site);
    // MDX bodies are rendered by Astro as components: their item pages (in every language) are cleaned now.
    const mdxPages = items.filter(isMdx).map((item) => `${collectionOf(item.kind).urlPath}/${item.slug}/index.html`);
    for (const path of htmlFilesUnder(site).filter((page) => mdxPages.some((end) => page === end || page.endsWith(`/${end}`)))) {
      const file = join(site, path);
      const html = await readFile(file, 'utf8');
      const clean = sanitizePage(html);
      if (clean !== html) await writeFile(file, clean);
    }
    const emails: BuildResult['emails'] = [];
    await mkdir(join(site, 'email'), { recursive: true });
    for (const { job: { issue, lang, langs }, email } of emailResult.value.rendered) {
      // Italian keeps <week>.html/.txt/.json; the other languages are <week>.<lang>.html/.txt/.json.
      const base = join(site, 'email', emailFileBase(issue.week, lang));
      await writeFile(`${base}.html`, email.html);
      await writeFile(`${base}.txt`, email.text);
      await writeFile(`${base}.json`, `${JSON.stringify(emailMeta(issue, options.settings, langs, lang), null, 2)}\n`);
      emails.push({ week: issue.week, lang, bytes: email.bytes, cardsPerSection: email.cardsPerSection });
    }
    const { renderedNow, reused } = emailResult.value;
    log(`E-mail: ${bulletin.issues.length} numeri, il corrente in ${LANGS.length} lingue (${emails.length} e-mail, ${renderedNow} preparate ora${reused ? `, ${reused} riprese dalla costruzione precedente` : ''}).`);
    await writeChannelTexts(site, bulletin.current, options.settings);
    const indexed = await writeSearchIndex(site);
    log(`Ricerca: un indice per lingua (${Object.entries(indexed).map(([lang, pages]) => `${lang} ${pages}`).join(', ')} schede).`);
    await writeAdmin(site, options.root, options.settings, {
      contentDir: relative(options.root, resolve(options.root, options.contentDir)),
      ...(options.localBackend ? { localBackend: options.localBackend } : {}),
      previewDay: options.today,
      // The editor on this computer lists every item; the public site's /admin/ only what the site already shows
      // (no draft, nothing published after today: their titles would otherwise be in stato.json and config.yml).
      statuses: statusTable(options.localBackend ? items : bulletin.itemPages.map((page) => page.item), options.today),
    });
    await writeMarker(site);
    // Swap: the old output (checked to be ours) is removed only once the new one is complete.
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(site, outDir);
    await rm(old, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
    return { bulletin, outDir, emails };
  } catch (error) {
    await astro.stop();
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    pageCache.release();
    await rm(modelFile, { force: true });
    if (astroFolder) await rm(astroFolder, { recursive: true, force: true });
  }
}
