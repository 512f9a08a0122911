/**
 * The e-mails of a build: every issue in Italian, the current one in every reader language.
 * Each e-mail has a key (the issue as of the build's day, its language, the settings and the
 * code fingerprint); one rendered by an earlier build with the same key is taken as it is, so
 * a daily build renders only the e-mails whose issue changed. The others are rendered in a
 * short-lived worker thread (src/lib/email/render-worker.ts): MJML is loaded there, and the
 * build's own process never holds it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LANGS, type Lang } from '../../i18n/languages.ts';
import type { Bulletin, Issue } from '../issue/model.ts';
import { itemDigest } from '../publish/page-keys.ts';
import type { Settings } from '../settings/settings.ts';
import type { RenderedEmail } from './render.ts';

/** One e-mail to produce. */
export interface EmailJob {
  key: string;
  issue: Issue;
  lang: Lang;
  /** Every language this issue's e-mail is built in. */
  langs: readonly Lang[];
}

/** What the worker is given: the e-mails to render and where compiled MJML is kept. */
export interface EmailWork {
  jobs: { key: string; issue: Issue; lang: Lang }[];
  settings: Settings;
  /** Compiled MJML kept between builds (src/lib/email/mjml-cache.ts). */
  mjmlCacheDir: string;
  root: string;
}

export interface EmailWorkResult {
  emails: Record<string, RenderedEmail>;
  compiled: number;
}

const KEY_VERSION = 1;
const ENTRY = /^[A-Za-z0-9_-]{43}\.json$/;

/** The e-mail of `issue` in `lang`: everything it shows is the issue (items by digest), the settings and the code. */
export function emailKey(issue: Issue, lang: Lang, settings: Settings, fingerprint: string): string {
  const text = JSON.stringify([KEY_VERSION, fingerprint, lang, settings, issue], (_key, value: unknown) =>
    typeof value === 'object' && value !== null && 'slug' in value && 'file' in value && 'body' in value && 'data' in value ? itemDigest(value as Parameters<typeof itemDigest>[0]) : value);
  return createHash('sha256').update(text).digest('base64url');
}

/** The build's e-mails, in order: every issue, newest first; the current one in every language. */
export function emailJobs(bulletin: Bulletin, settings: Settings, fingerprint: string): EmailJob[] {
  return bulletin.issues.flatMap((issue) => {
    // Past issues stay Italian, as their pages do.
    const langs = issue.isCurrent ? LANGS : (['it'] as const);
    return langs.map((lang) => ({ key: emailKey(issue, lang, settings, fingerprint), issue, lang, langs }));
  });
}

/** Renders the e-mails of `work` (what the worker does; in-process for tests). */
export async function renderEmailWork(work: EmailWork): Promise<EmailWorkResult> {
  const [{ compileMjml, renderEmail }, { cachedCompiler }, { readTemplate }, { readerFor }] = await Promise.all([
    import('./render.ts'), import('./mjml-cache.ts'), import('../text/template.ts'), import('../view/reader.ts'),
  ]);
  const cache = cachedCompiler(work.mjmlCacheDir, compileMjml);
  const template = readTemplate('email.mjml', work.root);
  const emails: Record<string, RenderedEmail> = {};
  for (const job of work.jobs) emails[job.key] = await renderEmail(job.issue, work.settings, template, cache.compile, readerFor(work.settings, job.lang));
  cache.prune();
  return { emails, compiled: cache.compiled() };
}

/** Runs `work` in a worker thread that ends with it. */
export function renderInWorker(work: EmailWork): Promise<EmailWorkResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: work });
    let result: EmailWorkResult | undefined;
    worker.once('message', (message: EmailWorkResult) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`il processo che prepara le e-mail si è fermato (codice ${code}) senza finire.`))));
  });
}

export interface BuildEmails {
  rendered: { job: EmailJob; email: RenderedEmail }[];
  /** E-mails rendered now, and taken from the last build. */
  renderedNow: number;
  reused: number;
  /** MJML compilations done now. */
  compiled: number;
}

/**
 * Every e-mail of the build: those whose key an earlier build rendered are read from
 * `dir`, the others rendered by `render` (a worker in a build) and stored; entries no longer
 * used are removed, so the folder holds one build's e-mails.
 */
export async function buildEmails(jobs: readonly EmailJob[], dir: string, work: Omit<EmailWork, 'jobs'>, render: (work: EmailWork) => Promise<EmailWorkResult> = renderInWorker): Promise<BuildEmails> {
  mkdirSync(dir, { recursive: true });
  const known = new Map<string, RenderedEmail>();
  const missing: EmailJob[] = [];
  for (const job of jobs) {
    try {
      const stored = JSON.parse(readFileSync(join(dir, `${job.key}.json`), 'utf8')) as RenderedEmail;
      // JSON has no Infinity ("every card"): it is kept as null.
      known.set(job.key, { ...stored, cardsPerSection: stored.cardsPerSection ?? Infinity });
    } catch {
      missing.push(job);
    }
  }
  let compiled = 0;
  if (missing.length) {
    const result = await render({ ...work, jobs: missing.map(({ key, issue, lang }) => ({ key, issue, lang })) });
    compiled = result.compiled;
    for (const job of missing) {
      const email = result.emails[job.key];
      if (!email) throw new Error(`l'e-mail del numero ${job.issue.week} (${job.lang}) non è stata preparata.`);
      known.set(job.key, email);
      // Written whole or not at all: a build killed here leaves no half entry.
      const file = join(dir, `${job.key}.json`);
      writeFileSync(`${file}.part`, JSON.stringify(email));
      renameSync(`${file}.part`, file);
    }
  }
  const used = new Set(jobs.map((job) => `${job.key}.json`));
  for (const name of readdirSync(dir)) if ((ENTRY.test(name) || name.endsWith('.part')) && !used.has(name)) rmSync(join(dir, name), { force: true });
  return { rendered: jobs.map((job) => ({ job, email: known.get(job.key)! })), renderedNow: missing.length, reused: jobs.length - missing.length, compiled };
}
