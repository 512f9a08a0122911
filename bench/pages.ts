/**
 * npm run bench:pages [-- --seed bench --ref HEAD]
 *
 * Page weight of the built site: raw and gzipped bytes of the home, an issue page and an
 * item page, with everything each page loads (scripts, style sheets, images: found by
 * parsing the HTML with cheerio), for three builds made in the same run:
 *  - the bundled sample (`src/content`, BULLETIN_DATE=2026-11-23, issue 2026-W48);
 *  - generated issues of 60 and 150 items (two weeks of content ending 2026-11-23).
 * Budgets (bench/page-weight.ts): issue page HTML gzipped < 14 KB up to 30 items, < 24 KB at 60;
 * every page in total (HTML + what it loads) < 160 KB raw and < 30 KB gzipped, on every page of every build.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { htmlFilesUnder } from '../src/lib/files/walk.ts';
import { writeContent } from './generate/content.ts';
import { benchWorkspace } from './generate/project.ts';
import { ISSUE_PAGE_BUDGET_ITEMS, ISSUE_PAGE_GZ_BUDGET, NOT_READER_DIRS, PAGE_TOTAL_BUDGET, PAGE_TOTAL_GZ_BUDGET, weighPage, type PageWeight } from './page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = commandLine({
  name: 'bench:pages',
  options: {
    seed: { type: 'string', default: 'bench' },
    sizes: { type: 'string', default: '60,150' },
    ref: { type: 'string' },
    project: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  help: {
    usage: 'npm run bench:pages -- [opzioni]',
    summary: 'Misura il peso delle pagine del sito costruito (home, pagina di un numero, pagina di un annuncio, con tutto quello che caricano; byte e byte compressi), contro i limiti delle pagine.',
    options: {
      seed: { value: 'TESTO', text: 'seme dei contenuti generati' },
      sizes: { value: 'N,N', text: 'quanti annunci per numero (predefinito 60,150)' },
      ref: { value: 'REF', text: 'misura questa versione git invece della cartella di lavoro' },
      project: { value: 'CARTELLA', text: 'misura questa copia del progetto' },
      keep: { text: 'tiene le cartelle di lavoro' },
    },
  },
});
const TODAY = '2026-11-23';
const WEEK = '2026-W48';
const KB = 1024;
const ISSUE_GZ_BUDGET = ISSUE_PAGE_GZ_BUDGET;
const ISSUE_BUDGET_ITEMS = ISSUE_PAGE_BUDGET_ITEMS;
const PAGE_BUDGET = PAGE_TOTAL_BUDGET;

const { work, project } = benchWorkspace(ROOT, 'pages', values);

interface Build {
  name: string;
  items: number;
  pages: PageWeight[];
  home: PageWeight;
  issue: PageWeight;
  item: PageWeight;
}

function build(name: string, contentDir: string | undefined): Build {
  const out = join(project.outBase, `pages-${name}`);
  const env: NodeJS.ProcessEnv = { ...process.env, BULLETIN_DATE: TODAY, BULLETIN_CACHE_DIR: join(work, `cache-${name}`), ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env['BULLETIN_CONTENT_DIR'] = contentDir;
  else delete env['BULLETIN_CONTENT_DIR'];
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { cwd: project.root, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build of ${name} failed:\n${run.stdout}\n${run.stderr}`);
  const items = Number(/\((\d+) annunci\)/.exec(run.stdout)?.[1] ?? NaN);
  const pages = htmlFilesUnder(out, (dir) => !NOT_READER_DIRS.has(dir)).map((path) => weighPage(out, path));
  const find = (path: string) => {
    const page = pages.find((p) => p.path === path);
    if (!page) throw new Error(`${name}: no ${path}`);
    return page;
  };
  const itemPages = pages.filter((p) => /^(offerte|corsi|servizi)\//.test(p.path));
  const item = itemPages.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(`built ${name}: ${pages.length} pages, current issue ${items} items (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return { name, items, pages, home: find('index.html'), issue: find(`bollettino/${WEEK}/index.html`), item };
}

console.log(`bench:pages — ${project.description}; issue ${WEEK} (BULLETIN_DATE=${TODAY})`);
const builds: Build[] = [build('sample', undefined)];
for (const size of values.sizes.split(',').map(Number)) {
  const content = join(work, `content-${size}`);
  writeContent(content, { items: size, weeks: 2, seed: values.seed, until: TODAY });
  builds.push(build(`generated-${size}`, content));
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const header = ['build', 'page', 'items', 'HTML KB', 'HTML gz KB', 'inline CSS KB', 'inline JS KB', 'loads', 'total KB', 'total gz KB', `issue gz < ${kb(ISSUE_GZ_BUDGET)} KB (≤ ${ISSUE_BUDGET_ITEMS} items)`, `total < ${kb(PAGE_BUDGET)} KB`];
const table: string[][] = [];
for (const b of builds) {
  for (const [label, page] of [['home', b.home], ['issue', b.issue], ['item (largest)', b.item]] as const) {
    const issueBudget = label === 'home' || label === 'issue'
      ? b.items <= ISSUE_BUDGET_ITEMS ? (page.htmlGz < ISSUE_GZ_BUDGET ? 'yes' : 'NO') : `n/a (${b.items} items)`
      : '';
    table.push([
      b.name,
      label === 'item (largest)' ? `item ${page.path.replace(/\/index\.html$/, '')}` : label,
      label === 'item (largest)' ? '' : String(b.items),
      kb(page.html),
      kb(page.htmlGz),
      kb(page.inlineCss),
      kb(page.inlineJs),
      page.resources.length ? page.resources.map((r) => `${r.kind} ${r.url} ${kb(r.bytes)} KB`).join(', ') : 'nothing',
      kb(page.total),
      kb(page.totalGz),
      issueBudget,
      page.total < PAGE_BUDGET ? 'yes' : `NO (gz ${page.totalGz < PAGE_TOTAL_GZ_BUDGET ? 'yes' : 'NO'})`,
    ]);
  }
}
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i]!.length)));
const left = new Set([0, 1, 7]);
const align = (cell: string, i: number) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!));
console.log(`\n| ${header.map(align).join(' | ')} |`);
console.log(`| ${widths.map((width, i) => (left.has(i) ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
for (const cells of table) console.log(`| ${cells.map(align).join(' | ')} |`);

console.log('');
for (const b of builds) {
  const worst = b.pages.reduce((a, c) => (c.total > a.total ? c : a));
  const worstGz = b.pages.reduce((a, c) => (c.totalGz > a.totalGz ? c : a));
  const over = b.pages.filter((p) => p.total >= PAGE_BUDGET);
  const scripts = new Set(b.pages.flatMap((p) => p.resources.filter((r) => r.kind === 'script').map((r) => r.url.split('?')[0])));
  const sheets = new Set(b.pages.flatMap((p) => p.resources.filter((r) => r.kind.includes('stylesheet')).map((r) => r.url)));
  const images = b.pages.reduce((sum, p) => sum + p.resources.filter((r) => ['img', 'source', 'video', 'audio', 'iframe'].includes(r.kind)).length, 0);
  const external = new Set(b.pages.flatMap((p) => p.external));
  console.log(`${b.name}: ${b.pages.length} pages; heaviest ${worst.path} ${kb(worst.total)} KB raw, heaviest gzipped ${worstGz.path} ${kb(worstGz.totalGz)} KB; ${over.length} pages over ${kb(PAGE_BUDGET)} KB raw`
    + `; scripts loaded: ${scripts.size ? [...scripts].join(', ') : 'none'}; external style sheets: ${sheets.size ? [...sheets].join(', ') : 'none'}; images: ${images}${external.size ? `; from other hosts: ${[...external].join(', ')}` : ''}`);
}

const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
const small = builds.filter((b) => b.items <= ISSUE_BUDGET_ITEMS);
const issueOk = small.every((b) => b.issue.htmlGz < ISSUE_GZ_BUDGET && b.home.htmlGz < ISSUE_GZ_BUDGET);
console.log(`\ngoal: issue page HTML gzipped < ${kb(ISSUE_GZ_BUDGET)} KB up to ${ISSUE_BUDGET_ITEMS} items: ${verdict(issueOk)} (${small.map((b) => `${b.name} ${b.items} items: ${kb(b.issue.htmlGz)} KB`).join('; ')})`);
const all = builds.flatMap((b) => b.pages);
const rawOk = all.every((p) => p.total < PAGE_BUDGET);
const gzOk = all.every((p) => p.totalGz < PAGE_TOTAL_GZ_BUDGET);
console.log(`goal: every page in total (HTML + what it loads) < ${kb(PAGE_BUDGET)} KB raw: ${verdict(rawOk)}, < ${kb(PAGE_TOTAL_GZ_BUDGET)} KB gzipped: ${verdict(gzOk)} (${all.length} pages in ${builds.length} builds; ${all.filter((p) => p.total >= PAGE_BUDGET).length} over raw, ${all.filter((p) => p.totalGz >= PAGE_TOTAL_GZ_BUDGET).length} over gzipped)`);
