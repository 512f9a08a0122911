/**
 * Builds the fixture bulletin twice (for the reproducibility test) before the build and
 * browser tests read it; once per test run, whichever project asks first.
 */
import { rmSync } from 'node:fs';
import { OUTPUT, runBuild } from '../helpers/build.ts';

const DONE = 'BULLETIN_FIXTURES_BUILT';

export default function setup(): void {
  // Global setups run in the main Vitest process: the second project finds the mark.
  if (process.env[DONE] === '1') return;
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const out of ['basic', 'basic-again']) {
    const run = runBuild('basic', out);
    if (run.status !== 0) throw new Error(`Fixture build failed:\n${run.stdout}\n${run.stderr}`);
  }
  process.env[DONE] = '1';
}
