/** Builds the fixture bulletin twice (for the reproducibility test) before the build tests read it. */
import { rmSync } from 'node:fs';
import { OUTPUT, runBuild } from '../helpers/build.ts';

export default function setup(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const out of ['basic', 'basic-again']) {
    const run = runBuild('basic', out);
    if (run.status !== 0) throw new Error(`Fixture build failed:\n${run.stdout}\n${run.stderr}`);
  }
}
