/** Runs the real build command (`node scripts/build.ts`) on a fixture content folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { waitUntil, waitUntilSync } from './wait.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where fixture builds go; `BULLETIN_TEST_OUTPUT` lets two test runs work side by side. */
export const OUTPUT = resolve(ROOT, process.env['BULLETIN_TEST_OUTPUT'] || 'tests/.output');
/** "Today" of the fixture builds: Wednesday of 2026-W48. */
export const FIXTURE_TODAY = '2026-11-25';
export const SITE_URL = 'https://bollettino.test';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Astro writes shared files under the project's .astro/ on every build (the list of MDX
 * modules among them), so builds from parallel test files take turns: one lock folder.
 */
const BUILD_LOCK = join(OUTPUT, '.build-lock');
/** A whole build, even on a busy machine, ends well within this; a lock older is a killed test run's. */
const LOCK_WAIT_MS = 15 * 60_000;
const lockWait = `the builds' lock ${BUILD_LOCK} (remove it if no test run is going)`;

/** Takes the lock if free; the function that gives it back, or undefined. */
function tryBuildLock(): (() => void) | undefined {
  mkdirSync(OUTPUT, { recursive: true });
  try {
    mkdirSync(BUILD_LOCK);
    return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return undefined;
  }
}

function withBuildLock<T>(run: () => T): T {
  const release = takeBuildLock();
  try {
    return run();
  } finally {
    release();
  }
}

/** Waits for the builds' turn; returns the function that gives it back (for builds run by long-lived commands). */
export function takeBuildLock(): () => void {
  let release: (() => void) | undefined;
  waitUntilSync(() => (release = tryBuildLock()) !== undefined, lockWait, { timeoutMs: LOCK_WAIT_MS });
  return release!;
}

/** The same turn-taking for work that builds asynchronously (commands killed, watched, or several builds at once). */
export async function withBuildLockAsync<T>(run: () => Promise<T>): Promise<T> {
  let release: (() => void) | undefined;
  await waitUntil(() => (release = tryBuildLock()) !== undefined, lockWait, { timeoutMs: LOCK_WAIT_MS, everyMs: 200 });
  try {
    return await run();
  } finally {
    release!();
  }
}

export function runBuild(fixture: string, outName: string, env: Record<string, string> = {}): BuildRun {
  return withBuildLock(() => spawnBuild(fixture, join(OUTPUT, outName), env));
}

/** Like `runBuild`, into any folder (`--out` exactly as given, relative to the project). */
export function runBuildInto(fixture: string, out: string, env: Record<string, string> = {}): BuildRun {
  return withBuildLock(() => spawnBuild(fixture, out, env));
}

/** Arguments and options of the build command, for tests that start it themselves. */
export function buildCommand(fixture: string, out: string, env: Record<string, string> = {}): { args: string[]; options: { cwd: string; env: NodeJS.ProcessEnv } } {
  return {
    args: ['scripts/build.ts', '--out', out],
    options: {
      cwd: ROOT,
      env: {
        ...process.env,
        BULLETIN_CONTENT_DIR: `tests/fixtures/${fixture}`,
        BULLETIN_DATE: FIXTURE_TODAY,
        BULLETIN_CACHE_DIR: join(OUTPUT, `cache-${out.split(/[\\/]/).at(-1)}`),
        SITE_URL,
        ...env,
      },
    },
  };
}

function spawnBuild(fixture: string, out: string, env: Record<string, string>): BuildRun {
  const { args, options } = buildCommand(fixture, out, env);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Output folder of a fixture build made by the global setup. */
export const builtDir = (outName: string): string => join(OUTPUT, outName);

/** What a finished build left beside its output: staging or old folders, its lock (none expected). */
export const leftovers = (out: string): string[] =>
  readdirSync(dirname(out)).filter((name) => name.startsWith(`${basename(out)}.`));
