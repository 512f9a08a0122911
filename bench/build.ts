/**
 * npm run bench:build [-- --sizes 1000,2000,10000 --weeks 104 --seed bench]
 *
 * For each size N: generates N items over about two years of weekly issues, runs the real
 * build (`node scripts/build.ts`, a child process), and in the same run builds a bare Astro
 * site (same installed Astro) with one plain page per Markdown file of the same content: the
 * floor for "Astro turning N Markdown files into N pages". Prints wall time, peak memory of
 * the build's process tree (VmRSS of the child and its descendants, sampled every 100 ms),
 * pages produced, the time ratio to the bare site, where the bulletin's time goes, and how
 * time grows from the smallest to the largest N.
 * Then builds the same content again "the next day" into the same output with the same cache
 * (the daily cron), and prints it beside the cold build.
 * Goals: ratio ≤ 1.5 at 2,000 items (stretch 1.2); next-day rebuild ≤ 35 % of the cold build at
 * 2,000 items; linear growth (10,000 ≤ 11 × 1,000); peak < 1 GB at 2,000 items and < 1.5 GB at 10,000
 * with Node's default heap.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { getHeapStatistics } from 'node:v8';
import { addDays, addWeeks, mondayOfWeek } from '../src/lib/issue/dates.ts';
import { htmlFilesUnder } from '../src/lib/files/walk.ts';
import { writeContent } from './generate/content.ts';
import { benchWorkspace } from './generate/project.ts';
import { settings } from '../src/settings.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = commandLine({
  name: 'bench:build',
  options: {
    sizes: { type: 'string', default: '1000,2000,10000' },
    weeks: { type: 'string', default: '104' },
    seed: { type: 'string', default: 'bench' },
    keep: { type: 'boolean', default: false },
    /** Build a snapshot of this git ref instead of the working tree. */
    ref: { type: 'string' },
    /** Build this project folder instead (a copy of the project with a change to try; node_modules linked). */
    project: { type: 'string' },
  },
  help: {
    usage: 'npm run bench:build -- [opzioni]',
    summary: 'Misura la costruzione del sito su contenuti generati (1.000–10.000 annunci su più settimane) contro un sito Astro essenziale con lo stesso Markdown, misurato nella stessa esecuzione: tempi, rapporto, memoria.',
    options: {
      sizes: { value: 'N,N', text: 'quanti annunci generare, separati da virgole (predefinito 1000,2000,10000)' },
      weeks: { value: 'N', text: 'su quante settimane distribuirli (predefinito 104)' },
      seed: { value: 'TESTO', text: 'seme dei contenuti generati (stesso seme, stessi contenuti)' },
      keep: { text: 'tiene le cartelle di lavoro per guardarle' },
      ref: { value: 'REF', text: 'costruisce questa versione git invece della cartella di lavoro' },
      project: { value: 'CARTELLA', text: 'costruisce questa copia del progetto (con una modifica da provare)' },
    },
  },
});
const SIZES = values.sizes.split(',').map((size) => Number(size.trim()));
if (SIZES.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: positive integers, comma separated (not "${values.sizes}")`);
const WEEKS = Number(values.weeks);
// "Today" is the Monday of the last of WEEKS issues counted from issue n. 1: the archive has exactly WEEKS issues.
const TODAY = mondayOfWeek(addWeeks(settings.firstIssueWeek, WEEKS - 1));

const { work, project } = benchWorkspace(ROOT, 'build', values);

// ---------------------------------------------------------------------------------------------
// Peak memory of a process tree, from /proc.

interface Sample {
  pid: number;
  ppid: number;
  rssKb: number;
  hwmKb: number;
  cmd: string;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

function readProcess(pid: number, ppid: number): Sample | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return { pid, ppid, rssKb, hwmKb, cmd };
  } catch {
    return undefined;
  }
}

/** The process `root` and its descendants. */
function processTree(root: number): Sample[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  const inTree = new Map<number, number>([[root, parents.get(root) ?? 0]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) if (!inTree.has(pid) && inTree.has(ppid)) { inTree.set(pid, ppid); grew = true; }
  }
  return [...inTree].flatMap(([pid, ppid]) => readProcess(pid, ppid) ?? []);
}

interface Run {
  seconds: number;
  /** Highest sum of VmRSS over the tree at one sample. */
  peakTreeMb: number;
  /** Highest VmHWM of one process of the tree, and which process it was. */
  peakProcessMb: number;
  peakProcess: string;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time), when available. */
  cpuSeconds: number | undefined;
  /** 1-minute load average at the start and at the end. */
  load: [number, number];
  /** Seconds from the start to the named events (first time each was seen). */
  marks: Map<string, number>;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs a command, sampling its process tree; `watch` names events seen in the tree or on disk. */
function measure(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; watch?: (tree: Sample[]) => string[] }): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const loadBefore = loadavg()[0]!;
    // /usr/bin/time reports the CPU time of the whole tree (children are waited for).
    const command = TIME ? TIME : process.execPath;
    const commandArgs = TIME ? ['-f', 'BENCH_TIME %U %S', process.execPath, ...args] : args;
    const child = spawn(command, commandArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const marks = new Map<string, number>();
    const mark = (name: string) => { if (!marks.has(name)) marks.set(name, (performance.now() - started) / 1000); };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      for (const line of String(chunk).split('\n')) if (line.trim()) mark(`out:${line.split(':')[0]}`);
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    let peakProcess = '';
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      peakTreeKb = Math.max(peakTreeKb, tree.reduce((sum, p) => sum + p.rssKb, 0));
      for (const p of tree) {
        if (p.hwmKb <= peakProcessKb) continue;
        peakProcessKb = p.hwmKb;
        peakProcess = p.cmd.includes('astro.mjs') ? 'astro build' : p.cmd.includes('scripts/build.ts') ? 'scripts/build.ts' : p.cmd.split(' ').slice(0, 2).join(' ');
      }
      for (const name of options.watch?.(tree) ?? []) mark(name);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const time = /BENCH_TIME ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      const cpuSeconds = time ? Number(time[1]) + Number(time[2]) : undefined;
      resolvePromise({
        seconds: (performance.now() - started) / 1000, cpuSeconds, load: [loadBefore, loadavg()[0]!],
        peakTreeMb: peakTreeKb / 1024, peakProcessMb: peakProcessKb / 1024, peakProcess, marks, stdout, stderr, code,
      });
    });
  });
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Pages {
  total: number;
  /** Megabytes of HTML. */
  mb: number;
  /** Pages by kind of route. */
  kinds: Map<string, number>;
}

function routeKind(path: string): string {
  if (/^(offerte|corsi|servizi)\//.test(path)) return 'item pages';
  if (/^bollettino\/[^/]+\/index\.html$/.test(path)) return 'issue pages';
  if (/^bollettino\/[^/]+\/./.test(path)) return `per-issue pages (${path.split('/')[2]}/…)`;
  if (path.startsWith('email/')) return 'e-mails';
  return 'other pages';
}

function pagesOf(dir: string): Pages {
  const kinds = new Map<string, number>();
  let bytes = 0;
  const files = htmlFilesUnder(dir, (sub) => sub !== 'email' && sub !== 'admin');
  for (const path of files) {
    const kind = routeKind(path);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    bytes += statSync(join(dir, path)).size;
  }
  return { total: files.length, mb: bytes / 1024 / 1024, kinds };
}

// ---------------------------------------------------------------------------------------------
// The bare site: one `[collection]/[slug].astro` page over three glob collections, no schema.

function bareProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'astro.config.mjs'), `export default {
  site: 'https://bare.example.org',
  build: { format: 'directory', inlineStylesheets: 'always' },
  cacheDir: './cache',
  devToolbar: { enabled: false },
};
`);
  writeFileSync(join(dir, 'src', 'content.config.mjs'), `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const files = (folder) => glob({ pattern: '*.md', base: ${JSON.stringify(contentDir)} + '/' + folder });
export const collections = {
  offers: defineCollection({ loader: files('offers') }),
  courses: defineCollection({ loader: files('courses') }),
  services: defineCollection({ loader: files('services') }),
};
`);
  writeFileSync(join(dir, 'src', 'pages', '[collection]', '[slug].astro'), `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const paths = [];
  for (const collection of ['offers', 'courses', 'services']) {
    for (const entry of await getCollection(collection)) paths.push({ params: { collection, slug: entry.id }, props: { entry } });
  }
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="it">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`);
}

// ---------------------------------------------------------------------------------------------

interface Row {
  items: number;
  bulletin: Run;
  bulletinPages: Pages;
  emails: number;
  bare: Run;
  barePages: Pages;
  /** The same content built again the next day (the daily cron), after the cold build. */
  nextDay: Run;
}

const isAstro = (p: Sample) => p.cmd.includes('astro.mjs build');
const NEXT_DAY = addDays(TODAY, 1);
const ratioOf = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
const fixed = (value: number | undefined, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));
const percentOf = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : (100 * a) / b);
const heapLimitMb = getHeapStatistics().heap_size_limit / 1024 / 1024;
const secs = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)} s`);
const rows: Row[] = [];
console.log(`bench:build — sizes ${SIZES.join(', ')}, ${WEEKS} weekly issues up to ${TODAY}, seed ${values.seed}`);
console.log(`project: ${project.description}`);
console.log(`work folder ${work}; bulletin output under ${project.outBase}`);

for (const items of SIZES) {
  const content = join(work, `content-${items}`);
  const generated = performance.now();
  writeContent(content, { items, weeks: WEEKS, seed: values.seed, until: TODAY });
  console.log(`\n${items} items generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

  const bareDir = join(work, `bare-${items}`);
  bareProject(bareDir, content);
  const bare = await measure([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', bareDir, '--silent'], {
    cwd: bareDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (bare.code !== 0) throw new Error(`bare site build failed (exit ${bare.code}):\n${bare.stderr.slice(-4000)}`);
  const barePages = pagesOf(join(bareDir, 'dist'));
  console.log(`bare Astro site   ${secs(bare.seconds)} wall, ${secs(bare.cpuSeconds)} CPU, ${barePages.total} pages (${barePages.mb.toFixed(1)} MB HTML), peak ${bare.peakTreeMb.toFixed(0)} MB, load ${bare.load[0].toFixed(1)}→${bare.load[1].toFixed(1)}`);
  if (!values.keep) rmSync(bareDir, { recursive: true, force: true });

  const out = join(project.outBase, `out-${items}`);
  // The build stages into `<out>.staging`.
  const staging = (): string | undefined => readdirSync(project.outBase).find((name) => name === `${basename(out)}.staging`);
  let astroSeen = false;
  const buildEnv = (today: string) => ({ ...process.env, BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: today, BULLETIN_CACHE_DIR: join(work, `cache-${items}`), ASTRO_TELEMETRY_DISABLED: '1' });
  const bulletin = await measure(['scripts/build.ts', '--out', out], {
    cwd: project.root,
    env: buildEnv(TODAY),
    watch: (tree) => {
      const astroNow = tree.some(isAstro);
      astroSeen ||= astroNow;
      return [
        ...(astroNow ? ['astro:start'] : []),
        ...(astroSeen && !astroNow ? ['astro:end'] : []),
        ...(staging() && existsSync(join(project.outBase, staging()!, 'site', 'email')) ? ['email:start'] : []),
      ];
    },
  });
  if (bulletin.code !== 0) throw new Error(`bulletin build failed (exit ${bulletin.code}):\n${bulletin.stdout.slice(-2000)}\n${bulletin.stderr.slice(-4000)}`);
  const bulletinPages = pagesOf(out);
  const emails = readdirSync(join(out, 'email')).filter((name) => name.endsWith('.html')).length;
  console.log(`bollettino build  ${secs(bulletin.seconds)} wall, ${secs(bulletin.cpuSeconds)} CPU, ${bulletinPages.total} pages (${bulletinPages.mb.toFixed(1)} MB HTML) + ${emails} e-mails, peak ${bulletin.peakTreeMb.toFixed(0)} MB, load ${bulletin.load[0].toFixed(1)}→${bulletin.load[1].toFixed(1)}`);
  console.log(`  pages: ${[...bulletinPages.kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
  const at = (name: string) => bulletin.marks.get(name);
  const phases: [string, number | undefined, number | undefined][] = [
    ['before Astro (load, issue model)', 0, at('astro:start')],
    ['astro build', at('astro:start'), at('astro:end')],
    ['sanitize bodies (every page read)', at('astro:end'), at('email:start')],
    ['e-mails (MJML) and swap', at('email:start'), bulletin.seconds],
  ];
  for (const [name, from, to] of phases) console.log(`  ${name.padEnd(34)} ${from !== undefined && to !== undefined ? `${(to - from).toFixed(1)} s` : '(not seen)'}`);
  // The daily cron: the same content the next day, into the same output with the same cache.
  const nextDay = await measure(['scripts/build.ts', '--out', out], { cwd: project.root, env: buildEnv(NEXT_DAY) });
  if (nextDay.code !== 0) throw new Error(`next-day build failed (exit ${nextDay.code}):\n${nextDay.stdout.slice(-2000)}\n${nextDay.stderr.slice(-4000)}`);
  console.log(`next-day rebuild  ${secs(nextDay.seconds)} wall, ${secs(nextDay.cpuSeconds)} CPU (${fixed(nextDay.seconds / bulletin.seconds)} of the cold build, CPU ${fixed(ratioOf(nextDay.cpuSeconds, bulletin.cpuSeconds))}), peak ${nextDay.peakTreeMb.toFixed(0)} MB, load ${nextDay.load[0].toFixed(1)}→${nextDay.load[1].toFixed(1)}`);
  rows.push({ items, bulletin, bulletinPages, emails, bare, barePages, nextDay });
  if (!values.keep) rmSync(out, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

const mb = (value: number) => `${value.toFixed(0)} MB`;
console.log(`\nbench:build — ${project.description}; ${WEEKS} weekly issues up to ${TODAY}; Node heap limit ${heapLimitMb.toFixed(0)} MB (${/max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '') ? `set by NODE_OPTIONS=${process.env['NODE_OPTIONS']}` : 'default, not raised'})`);
const header = ['items', 'bollettino', 'bare Astro', 'ratio', 'CPU bollettino', 'CPU bare', 'CPU ratio', 'next day', 'next/cold', 'CPU next day', 'CPU next/cold', 'pages', 'bare pages', 'HTML MB', 'e-mails', 'peak tree', 'peak 1 proc', 'bare peak'];
const table = rows.map((row) => [
  String(row.items),
  secs(row.bulletin.seconds),
  secs(row.bare.seconds),
  fixed(row.bulletin.seconds / row.bare.seconds),
  secs(row.bulletin.cpuSeconds),
  secs(row.bare.cpuSeconds),
  fixed(ratioOf(row.bulletin.cpuSeconds, row.bare.cpuSeconds)),
  secs(row.nextDay.seconds),
  fixed(row.nextDay.seconds / row.bulletin.seconds),
  secs(row.nextDay.cpuSeconds),
  fixed(ratioOf(row.nextDay.cpuSeconds, row.bulletin.cpuSeconds)),
  String(row.bulletinPages.total),
  String(row.barePages.total),
  `${row.bulletinPages.mb.toFixed(0)} (${row.barePages.mb.toFixed(1)})`,
  String(row.emails),
  mb(row.bulletin.peakTreeMb),
  `${mb(row.bulletin.peakProcessMb)} (${row.bulletin.peakProcess})`,
  mb(row.bare.peakTreeMb),
]);
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i]!.length)));
console.log(`| ${header.map((title, i) => title.padStart(widths[i]!)).join(' | ')} |`);
console.log(`| ${widths.map((width) => `${'-'.repeat(width - 1)}:`).join(' | ')} |`);
for (const cells of table) console.log(`| ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`);

const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
const at2000 = rows.find((row) => row.items === 2000);
if (at2000) {
  const ratio = at2000.bulletin.seconds / at2000.bare.seconds;
  const cpu = ratioOf(at2000.bulletin.cpuSeconds, at2000.bare.cpuSeconds);
  console.log(`\ngoal: time ratio to the bare site ≤ 1.5 at 2,000 items (stretch 1.2): ${verdict(ratio <= 1.5)}${ratio <= 1.2 ? ', stretch met' : ''} (${ratio.toFixed(2)} wall, ${fixed(cpu)} CPU)`);
  const next = at2000.nextDay.seconds / at2000.bulletin.seconds;
  console.log(`goal: next-day rebuild ≤ 35 % of the cold build at 2,000 items: ${verdict(next <= 0.35)} (${(next * 100).toFixed(0)} % wall, ${fixed(percentOf(at2000.nextDay.cpuSeconds, at2000.bulletin.cpuSeconds), 0)} % CPU; ${(at2000.nextDay.seconds / at2000.bare.seconds).toFixed(2)} × the bare site's cold build)`);
  console.log(`goal: peak memory < 1 GB at 2,000 items: ${verdict(at2000.bulletin.peakTreeMb < 1024)} (tree ${mb(at2000.bulletin.peakTreeMb)}, largest process ${mb(at2000.bulletin.peakProcessMb)}: ${at2000.bulletin.peakProcess})`);
}
const ratios = rows.map((row) => row.bulletin.seconds / row.bare.seconds);
console.log(`ratio at every size: ${rows.map((row, i) => `${row.items}: ${ratios[i]!.toFixed(2)}`).join(', ')}`);
const first = rows[0]!;
const last = rows[rows.length - 1]!;
if (rows.length > 1) {
  const factor = last.items / first.items;
  const growth = last.bulletin.seconds / first.bulletin.seconds;
  console.log(`goal: linear growth, ${last.items} items ≤ ${(factor * 1.1).toFixed(1)} × ${first.items} items: ${verdict(growth <= factor * 1.1)} (bollettino ×${growth.toFixed(2)} wall, ×${fixed(ratioOf(last.bulletin.cpuSeconds, first.bulletin.cpuSeconds))} CPU; bare ×${(last.bare.seconds / first.bare.seconds).toFixed(2)} wall; items ×${factor})`);
}
if (last.items >= 10_000) {
  console.log(`goal: peak memory < 1.5 GB at ${last.items} items, heap not raised: ${verdict(last.bulletin.peakTreeMb < 1536)} (tree ${mb(last.bulletin.peakTreeMb)}, largest process ${mb(last.bulletin.peakProcessMb)}: ${last.bulletin.peakProcess})`);
}
