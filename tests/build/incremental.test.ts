/**
 * The daily rebuild reuses the last build's pages (Astro's incremental build with our page keys)
 * and must publish exactly what a cold build publishes: one output folder built day after day,
 * compared byte for byte with cold builds (no cache) of the same content and day. Also an
 * edited item, and a cache damaged on disk, which must make a cold build, not a stale page.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/walk.ts';
import { OUTPUT, ROOT, runBuildInto } from '../helpers/build.ts';

const WORK = join(OUTPUT, 'incremental');
const CONTENT = join(WORK, 'content');
const DAILY = join(WORK, 'daily');
const DAILY_CACHE = join(WORK, 'cache-daily');
/** Up to three builds per test, which wait for their turn behind other test files' builds on a busy machine. */
const BUILDS_TIMEOUT = 600_000;

function build(out: string, today: string, cache: string): void {
  const run = runBuildInto('basic', out, { BULLETIN_CONTENT_DIR: CONTENT, BULLETIN_DATE: today, BULLETIN_CACHE_DIR: cache });
  if (run.status !== 0) throw new Error(`build of ${today} into ${out} failed:\n${run.stdout}\n${run.stderr}`);
}

/** A cold build: a cache folder of its own, removed before. */
function coldBuild(today: string, name: string): string {
  const out = join(WORK, `cold-${name}`);
  const cache = join(WORK, `cache-cold-${name}`);
  rmSync(cache, { recursive: true, force: true });
  build(out, today, cache);
  return out;
}

/** The daily build; returns how many stored pages Astro copied instead of rendering (their copies were not rewritten). */
function dailyBuild(today: string): number {
  const started = Date.now();
  build(DAILY, today, DAILY_CACHE);
  const stored = filesUnder(join(DAILY_CACHE, 'dist'));
  return stored.filter((path) => statSync(join(DAILY_CACHE, 'dist', path)).mtimeMs < started).length;
}

function expectSameTree(daily: string, cold: string): void {
  const files = filesUnder(cold);
  expect(filesUnder(daily)).toEqual(files);
  const different = files.filter((file) => !readFileSync(join(daily, file)).equals(readFileSync(join(cold, file))));
  expect(different).toEqual([]);
}

describe('daily rebuild (incremental)', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(join(ROOT, 'tests/fixtures/basic'), CONTENT, { recursive: true });
    // The MDX item imports a component by a path relative to itself.
    const mdx = join(CONTENT, 'courses', 'corso-digitale.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('../../../../src/components/', `${relative(dirname(mdx), join(ROOT, 'src/components'))}/`));
  });
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('publishes what a cold build publishes, day after day, reusing the pages that did not change', () => {
    expect(dailyBuild('2026-11-25')).toBe(0); // no cache yet: every page rendered
    const pages = filesUnder(join(DAILY_CACHE, 'dist')).length;
    expect(pages).toBeGreaterThan(100);

    // The next day: deadlines move ("tra 3 giorni"), an offer published that day appears.
    const reusedNextDay = dailyBuild('2026-11-26');
    expect(reusedNextDay).toBeGreaterThan(pages / 2);
    expectSameTree(DAILY, coldBuild('2026-11-26', 'thursday'));

  }, BUILDS_TIMEOUT);

  it('publishes what a cold build publishes on the Monday of a new issue', () => {
    // Last week's issue becomes a past one, items close and open.
    dailyBuild('2026-11-30');
    expectSameTree(DAILY, coldBuild('2026-11-30', 'monday'));
  }, BUILDS_TIMEOUT);

  it('shows an edited item everywhere it appears', () => {
    const file = join(CONTENT, 'offers', 'km0-monday.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Titolo cambiato dalla redazione"'));
    const reused = dailyBuild('2026-11-30');
    expect(reused).toBeGreaterThan(0);
    const cold = coldBuild('2026-11-30', 'edited');
    expectSameTree(DAILY, cold);
    expect(readFileSync(join(cold, 'offerte', 'km0-monday', 'index.html'), 'utf8')).toContain('Titolo cambiato dalla redazione');
  }, BUILDS_TIMEOUT);

  it('builds cold when a stored page was damaged, and never publishes it', () => {
    const stored = join(DAILY_CACHE, 'dist', 'offerte', 'lavoro-old', 'index.html');
    expect(existsSync(stored)).toBe(true);
    writeFileSync(stored, '<p>pagina rovinata</p>');
    expect(dailyBuild('2026-11-30')).toBe(0);
    expectSameTree(DAILY, join(WORK, 'cold-edited'));
  }, BUILDS_TIMEOUT);
});
