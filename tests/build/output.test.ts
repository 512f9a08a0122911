import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/walk.ts';
import { BUILD_MARKER } from '../../src/lib/publish/output-guard.ts';
import { waitUntil } from '../helpers/wait.ts';
import { buildCommand, leftovers, OUTPUT, ROOT, runBuildInto, withBuildLockAsync } from '../helpers/build.ts';

const NO_STACK = /^\s+at /m;

/** Path and content hash of every file under `dir`, to prove nothing was touched (a same-length rewrite too). */
const snapshot = (dir: string): string[] =>
  filesUnder(join(ROOT, dir)).map((file) => `${file}:${createHash('sha256').update(readFileSync(join(ROOT, dir, file))).digest('hex')}`);

describe('invalid settings', () => {
  it('stop the build with an Italian line naming SITE_URL, no stack trace', () => {
    const run = runBuildInto('basic', join(OUTPUT, 'bad-settings'), { SITE_URL: 'ftp://example.org' });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('✗ la variabile SITE_URL: "ftp://example.org" non è un indirizzo web valido');
    expect(run.stderr).not.toMatch(NO_STACK);
  });
});

describe('the build refuses an output folder it could destroy', () => {
  for (const out of ['src/content', 'src', '.', 'tests/fixtures/basic', 'scripts/sito', '..']) {
    it(`refuses --out ${out}, in Italian, touching nothing`, () => {
      const before = snapshot('src');
      const run = runBuildInto('basic', out);
      expect(run.status).toBe(4);
      expect(run.stderr).toMatch(/La cartella di uscita ".*" (è|è dentro|contiene) /);
      expect(run.stderr).toContain('niente è stato cambiato');
      expect(run.stderr).not.toMatch(NO_STACK);
      expect(snapshot('src')).toEqual(before);
      expect(existsSync(join(ROOT, 'scripts/sito'))).toBe(false);
    });
  }

  it('refuses a non-empty folder that is not one of its builds, and leaves it as it was', () => {
    const out = join(OUTPUT, 'not-ours');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'tesi.docx'), 'uncommitted work');
    const run = runBuildInto('basic', relative(ROOT, out));
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`manca il file ${BUILD_MARKER}`);
    expect(readFileSync(join(out, 'tesi.docx'), 'utf8')).toBe('uncommitted work');
    expect(leftovers(out)).toEqual([]);
  });

  it('refuses a "today" before issue n. 1 instead of publishing an empty site', () => {
    const out = join(OUTPUT, 'too-early');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, BUILD_MARKER), '');
    writeFileSync(join(out, 'index.html'), 'previous issue');
    const run = runBuildInto('basic', out, { BULLETIN_DATE: '2025-11-24' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(2025-11-24, 24 novembre 2025) viene prima del numero 1');
    expect(run.stderr).toContain('settimana 2026-W44');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous issue');
  });
});

describe('an output folder next to the project', () => {
  it('builds into a folder whose path merely starts with the project\'s (/srv/bollettino-sito for /srv/bollettino), leaving nothing behind', () => {
    // A sibling of the checkout: the name Astro's plain prefix test took for inside the project.
    const out = `${ROOT}-sito-${process.pid}`;
    try {
      const first = runBuildInto('basic', out);
      expect(first.status, first.stderr).toBe(0);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('2026-W48');
      for (const file of ['rss.xml', 'email/2026-W48.html', 'canali/2026-W48.telegram.it.txt', BUILD_MARKER]) expect(existsSync(join(out, file)), file).toBe(true);
      // A second build replaces its own output there too.
      const second = runBuildInto('basic', out);
      expect(second.status, second.stderr).toBe(0);
      expect(leftovers(out)).toEqual([]);
      expect(readdirSync(join(ROOT, 'node_modules')).filter((name) => name.startsWith('.bollettino-staging-'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

interface Finished {
  code: number | null;
  stderr: string;
}

function start(out: string): { pid: number; done: Promise<Finished> } {
  const { args, options } = buildCommand('basic', out);
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { pid: child.pid!, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr }))) };
}

/** A zombie (dead, not yet reaped by whoever adopted it) counts as gone. */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
};


describe('one build per output at a time', () => {
  const out = join(OUTPUT, 'contended');

  it('refuses a second build into the same output while one runs; the published site is complete', async () => {
    rmSync(out, { recursive: true, force: true });
    const [first, second] = await withBuildLockAsync(async () => {
      const a = start(out);
      const b = start(out);
      return Promise.all([a.done, b.done]);
    });
    const results = [first, second].sort((x, y) => (x.code ?? 9) - (y.code ?? 9));
    expect(results.map((r) => r.code)).toEqual([0, 2]);
    expect(results[1]!.stderr).toContain('è già in corso');
    expect(results[1]!.stderr).not.toMatch(NO_STACK);
    for (const file of ['index.html', 'rss.xml', 'email/2026-W48.html', BUILD_MARKER]) expect(existsSync(join(out, file)), file).toBe(true);
    expect(leftovers(out)).toEqual([]);
  });

  it('takes its Astro child down when killed, and the next build cleans up after it', async () => {
    await withBuildLockAsync(async () => {
      const build = start(out);
      const staging = `${out}.staging`;
      // Wait until Astro is at work in the staging folder.
      let child: number | undefined;
      await waitUntil(() => {
        const children = existsSync(`/proc/${build.pid}/task/${build.pid}/children`) ? readFileSync(`/proc/${build.pid}/task/${build.pid}/children`, 'utf8').trim() : '';
        child = Number(children.split(' ')[0]) || undefined;
        return child !== undefined && existsSync(join(staging, 'site'));
      }, 'the build to start Astro in its staging folder', { timeoutMs: 120_000, everyMs: 100 });
      process.kill(build.pid, 'SIGKILL');
      await build.done;
      // The README promises the orphaned Astro child stops within a second (with margin for a busy machine).
      await waitUntil(() => !alive(child!), 'the Astro child to stop after its parent was killed', { timeoutMs: 10_000, everyMs: 100 });
    });
    const { args, options } = buildCommand('basic', out);
    const next = await withBuildLockAsync(async () => spawnSync(process.execPath, args, { ...options, encoding: 'utf8' }));
    expect(next.status).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });
});
