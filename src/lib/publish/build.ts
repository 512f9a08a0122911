/**
 * One build of the bulletin: check content, build the site with Astro into a staging
 * folder, add the e-mails, clean item bodies, then swap the staging folder into place.
 * A failure at any step leaves the previous output untouched: nothing half-written is published.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { htmlFilesUnder } from '../files.ts';
import { COLLECTIONS } from '../items.ts';
import { formatProblems } from '../content/problems.ts';
import type { CalendarDate } from '../dates.ts';
import { emailMeta } from '../email/meta.ts';
import { renderEmail, type RenderedEmail } from '../email/render.ts';
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

function runAstro(root: string, outDir: string, env: NodeJS.ProcessEnv, items: number): Promise<void> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const heap = env['NODE_OPTIONS']?.includes('max-old-space-size') ? [] : [`--max-old-space-size=${astroHeapMb(items)}`];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...heap, astro, 'build', '--outDir', outDir, '--silent'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`Astro non è riuscito a costruire il sito (${signal ?? `codice ${code}`}): il messaggio qui sopra dice in quale file. Il sito già pubblicato non è cambiato.`))));
  });
}

async function renderEmails(bulletin: Bulletin, settings: Settings): Promise<{ issue: Issue; email: RenderedEmail }[]> {
  const rendered: { issue: Issue; email: RenderedEmail }[] = [];
  // One at a time: the point is to overlap with Astro, not to compete with it.
  for (const issue of bulletin.issues) rendered.push({ issue, email: await renderEmail(issue, settings) });
  return rendered;
}

export async function buildBulletinSite(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const { items, problems } = loadContent(options.contentDir, options.root);
  if (problems.length) throw new ContentError(formatProblems(problems));
  const bulletin = buildBulletin(items, options.today, options.settings.firstIssueWeek);
  const rendered = await withRenderedBodies(items);

  const outDir = resolve(options.root, options.outDir);
  const staging = `${outDir}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(staging), { recursive: true });
  try {
    log(`Sito: ${bulletin.issues.length} numeri, ${bulletin.itemPages.length} schede (oggi ${options.today})…`);
    // Astro reads the checked content from this file instead of reading the folder again.
    const modelFile = `${staging}.model.json`;
    writeModel(modelFile, { today: options.today, firstIssueWeek: options.settings.firstIssueWeek, items: rendered });
    const site = runAstro(options.root, staging, {
      ...process.env,
      ...options.env,
      BULLETIN_CONTENT_DIR: options.contentDir,
      BULLETIN_DATE: options.today,
      // Checked above: Astro's integration need not read every file again.
      BULLETIN_CONTENT_CHECKED: '1',
      [MODEL_ENV]: modelFile,
      SITE_URL: options.settings.siteUrl,
    }, items.length).finally(() => rm(modelFile, { force: true }));
    // The e-mails are rendered while Astro builds the site, on the other core.
    const rendering = renderEmails(bulletin, options.settings);
    // Both settle before anything is written: a failure of either leaves the old output.
    const [siteResult, emailResult] = await Promise.allSettled([site, rendering]);
    if (siteResult.status === 'rejected') throw siteResult.reason;
    if (emailResult.status === 'rejected') throw emailResult.reason;
    // Bodies only exist on item pages.
    for (const collection of COLLECTIONS) {
      const dir = join(staging, collection.urlPath);
      if (!existsSync(dir)) continue;
      for (const file of htmlFilesUnder(dir).map((path) => join(dir, path))) {
        const html = await readFile(file, 'utf8');
        const clean = sanitizePage(html);
        if (clean !== html) await writeFile(file, clean);
      }
    }
    const emails: BuildResult['emails'] = [];
    await mkdir(join(staging, 'email'), { recursive: true });
    for (const { issue, email } of emailResult.value) {
      await writeFile(join(staging, 'email', `${issue.week}.html`), email.html);
      await writeFile(join(staging, 'email', `${issue.week}.txt`), email.text);
      await writeFile(join(staging, 'email', `${issue.week}.json`), `${JSON.stringify(emailMeta(issue, options.settings), null, 2)}\n`);
      emails.push({ week: issue.week, bytes: email.bytes, cardsPerSection: email.cardsPerSection });
    }
    log(`E-mail: ${emails.length} numeri.`);
    // Swap: the old output is removed only once the new one is complete.
    const old = `${outDir}.old`;
    await rm(old, { recursive: true, force: true });
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
    return { bulletin, outDir, emails };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
