/**
 * One build of the bulletin: check content, build the site with Astro into a staging
 * folder, add the e-mails, clean item bodies, then swap the staging folder into place.
 * A failure at any step leaves the previous output untouched: nothing half-written is published.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { htmlFilesUnder } from '../files.ts';
import { collectionOf, COLLECTIONS } from '../items.ts';
import { isMdx } from '../content/body.ts';
import { formatProblems } from '../content/problems.ts';
import type { CalendarDate } from '../dates.ts';
import { emailMeta } from '../email/meta.ts';
import type { RenderedEmail } from '../email/render.ts';
import { buildBulletin, type Bulletin, type Issue } from '../issue.ts';
import { MODEL_ENV, withRenderedBodies, writeModel } from './model.ts';
import type { Settings } from '../settings.ts';
import { sanitizePage } from './sanitize.ts';

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
  log?: (line: string) => void;
}

export class ContentError extends Error {}

export interface BuildResult {
  bulletin: Bulletin;
  outDir: string;
  emails: { week: string; bytes: number; cardsPerSection: number }[];
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

function startAstro(root: string, outDir: string, env: NodeJS.ProcessEnv, files: number): AstroRun {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const heap = env['NODE_OPTIONS']?.includes('max-old-space-size') ? [] : [`--max-old-space-size=${astroHeapMb(files)}`];
  const child = spawn(process.execPath, [...heap, astro, 'build', '--outDir', outDir, '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

async function renderEmails(bulletin: Bulletin, settings: Settings, cacheDir: string): Promise<{ rendered: { issue: Issue; email: RenderedEmail }[]; compiled: number; reused: number }> {
  // Loaded here, once Astro is on its way: MJML takes a while to import.
  const [{ compileMjml, renderEmail }, { cachedCompiler }, { readTemplate }] = await Promise.all([import('../email/render.ts'), import('../email/mjml-cache.ts'), import('../template.ts')]);
  const cache = cachedCompiler(join(cacheDir, 'bollettino-email'), compileMjml);
  const template = readTemplate('email.mjml');
  const rendered: { issue: Issue; email: RenderedEmail }[] = [];
  // One at a time: the point is to overlap with Astro, not to compete with it.
  for (const issue of bulletin.issues) rendered.push({ issue, email: await renderEmail(issue, settings, template, cache.compile) });
  cache.prune();
  return { rendered, compiled: cache.compiled(), reused: cache.reused() };
}

export async function buildBulletinSite(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const outDir = resolve(options.root, options.outDir);
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(staging), { recursive: true });
  // Astro starts at once and waits for this file, written once the content is checked
  // (src/lib/publish/model.ts): its start-up and the content check run side by side.
  const modelFile = `${staging}.model.json`;
  await rm(modelFile, { force: true });
  const astro = startAstro(options.root, staging, {
    ...process.env,
    ...options.env,
    BULLETIN_CONTENT_DIR: options.contentDir,
    BULLETIN_DATE: options.today,
    // Checked here: Astro's integration need not read every file again.
    BULLETIN_CONTENT_CHECKED: '1',
    [MODEL_ENV]: modelFile,
    SITE_URL: options.settings.siteUrl,
  }, contentFileCount(options.root, options.contentDir));
  try {
    const { items, problems } = loadContent(options.contentDir, options.root);
    if (problems.length) throw new ContentError(formatProblems(problems));
    const bulletin = buildBulletin(items, options.today, options.settings.firstIssueWeek);
    log(`Sito: ${bulletin.issues.length} numeri, ${bulletin.itemPages.length} schede (oggi ${options.today})…`);
    writeModel(modelFile, { today: options.today, firstIssueWeek: options.settings.firstIssueWeek, items: await withRenderedBodies(items) });
    // The e-mails are rendered while Astro builds the site, on the other core.
    const cacheDir = resolve(options.root, options.env?.['BULLETIN_CACHE_DIR'] || process.env['BULLETIN_CACHE_DIR'] || 'node_modules/.astro');
    const rendering = renderEmails(bulletin, options.settings, cacheDir);
    // Both settle before anything is written: a failure of either leaves the old output.
    const [siteResult, emailResult] = await Promise.allSettled([astro.done, rendering]);
    if (siteResult.status === 'rejected') throw siteResult.reason;
    if (emailResult.status === 'rejected') throw emailResult.reason;
    // MDX bodies are rendered by Astro as components: their item pages (in every language) are cleaned now.
    const mdxPages = items.filter(isMdx).map((item) => `${collectionOf(item.kind).urlPath}/${item.slug}/index.html`);
    for (const path of htmlFilesUnder(staging).filter((page) => mdxPages.some((end) => page === end || page.endsWith(`/${end}`)))) {
      const file = join(staging, path);
      const html = await readFile(file, 'utf8');
      const clean = sanitizePage(html);
      if (clean !== html) await writeFile(file, clean);
    }
    const emails: BuildResult['emails'] = [];
    await mkdir(join(staging, 'email'), { recursive: true });
    for (const { issue, email } of emailResult.value.rendered) {
      await writeFile(join(staging, 'email', `${issue.week}.html`), email.html);
      await writeFile(join(staging, 'email', `${issue.week}.txt`), email.text);
      await writeFile(join(staging, 'email', `${issue.week}.json`), `${JSON.stringify(emailMeta(issue, options.settings), null, 2)}\n`);
      emails.push({ week: issue.week, bytes: email.bytes, cardsPerSection: email.cardsPerSection });
    }
    const { compiled, reused } = emailResult.value;
    log(`E-mail: ${emails.length} numeri (${compiled} compilate ora${reused ? `, ${reused} riprese dalla costruzione precedente` : ''}).`);
    // Swap: the old output is removed only once the new one is complete.
    const old = `${outDir}.old`;
    await rm(old, { recursive: true, force: true });
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
    return { bulletin, outDir, emails };
  } catch (error) {
    await astro.stop();
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(modelFile, { force: true });
  }
}
