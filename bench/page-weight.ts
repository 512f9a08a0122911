/**
 * What a reader's browser downloads for a built page, and the budgets it must keep.
 * Shared by the size tests (tests/build/budget.test.ts) and `npm run bench:pages`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

/**
 * An issue page's HTML, gzipped, in any language: within the first round trip of a connection
 * (≈ 14 KB) up to 30 items, and ≤ 24,000 B at 60, now that cards carry the editor's summary.
 */
export const ISSUE_PAGE_GZ_BUDGETS: readonly { items: number; gz: number }[] = [
  { items: 30, gz: 14_000 },
  { items: 60, gz: 24_000 },
];
export const ISSUE_PAGE_GZ_BUDGET = ISSUE_PAGE_GZ_BUDGETS[0]!.gz;
/** The largest issue (in items) that must stay within ISSUE_PAGE_GZ_BUDGET. */
export const ISSUE_PAGE_BUDGET_ITEMS = ISSUE_PAGE_GZ_BUDGETS[0]!.items;

/** The gzipped budget of an issue page of `items` items; undefined past the largest size budgeted. */
export function issuePageGzBudget(items: number): number | undefined {
  return ISSUE_PAGE_GZ_BUDGETS.find((budget) => items <= budget.items)?.gz;
}

/**
 * Every page with everything it loads, raw bytes. Arabic takes two bytes a letter and Sinhala
 * three, so a 60-item issue in those scripts is ~1.3× the Italian one before gzip.
 */
export const PAGE_TOTAL_BUDGET = 160_000;
/** Every page with everything it loads, gzipped: what a reader on prepaid data pays for. */
export const PAGE_TOTAL_GZ_BUDGET = 30_000;
/** The page script, gzipped. */
export const SCRIPT_GZ_BUDGET = 2_000;

/** Folders of the build readers never open: the e-mails (sent, not browsed) and the editors' web editor. */
export const NOT_READER_DIRS: ReadonlySet<string> = new Set(['email', 'admin']);

/** Whether a path relative to the output folder is a page readers open (and so within the budgets). */
export const isReaderPage = (path: string): boolean => path.endsWith('.html') && !NOT_READER_DIRS.has(path.split(/[\\/]/)[0]!);

export const gzipped = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export interface Resource {
  url: string;
  kind: string;
  bytes: number;
  gz: number;
}

export interface PageWeight {
  /** Path relative to the output folder. */
  path: string;
  html: number;
  htmlGz: number;
  /** Inline <style> and <script> text inside the HTML. */
  inlineCss: number;
  inlineJs: number;
  /** Same-site files the page loads. */
  resources: Resource[];
  /** Loaded from other hosts: not counted, but listed (there should be none). */
  external: string[];
  total: number;
  totalGz: number;
}

/** `basePath` is the site's sub-path ("/" or "/bollettino/"), stripped from root-relative URLs. */
export function weighPage(out: string, path: string, basePath = '/'): PageWeight {
  const file = join(out, path);
  const html = readFileSync(file);
  const $ = load(html.toString('utf8'));
  const urls = new Map<string, string>();
  $('script[src]').each((_, el) => void urls.set($(el).attr('src')!, 'script'));
  $('link[rel~="stylesheet"][href], link[rel~="modulepreload"][href], link[rel~="preload"][href], link[rel~="icon"][href]').each((_, el) => void urls.set($(el).attr('href')!, String($(el).attr('rel'))));
  $('img[src], source[src], video[src], audio[src], iframe[src]').each((_, el) => void urls.set($(el).attr('src')!, el.tagName));
  const resources: Resource[] = [];
  const external: string[] = [];
  for (const [url, kind] of urls) {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) {
      if (!url.startsWith('data:')) external.push(url);
      continue;
    }
    let local = url.split(/[?#]/)[0]!;
    if (basePath !== '/' && local.startsWith(basePath)) local = `/${local.slice(basePath.length)}`;
    const target = local.startsWith('/') ? join(out, local) : join(file, '..', local);
    const resolved = existsSync(target) && !target.endsWith('/') ? target : join(target, 'index.html');
    if (!existsSync(resolved)) throw new Error(`${path} loads ${url}, which is not in the build`);
    const data = readFileSync(resolved);
    resources.push({ url, kind, bytes: data.length, gz: gzipped(data) });
  }
  const inlineCss = $('style').toArray().reduce((sum, el) => sum + Buffer.byteLength($(el).text()), 0);
  const inlineJs = $('script:not([src])').toArray().filter((el) => !/json/.test($(el).attr('type') ?? '')).reduce((sum, el) => sum + Buffer.byteLength($(el).text()), 0);
  const htmlGz = gzipped(html);
  return {
    path,
    html: html.length,
    htmlGz,
    inlineCss,
    inlineJs,
    resources,
    external,
    total: html.length + resources.reduce((sum, r) => sum + r.bytes, 0),
    totalGz: htmlGz + resources.reduce((sum, r) => sum + r.gz, 0),
  };
}
