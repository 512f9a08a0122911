/**
 * The issue page's script, bundled once per build from `issue-enhance.ts` (typed, sharing
 * `filter-match.ts` with the build) into one small external file, `/bollettino.js`: cached
 * from week to week, and outside the issue page's 14 KB. Old phones: ES2019, no modules.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'esbuild';

export const ENHANCE_SCRIPT_PATH = '/bollettino.js';

let bundled: Promise<{ code: string; src: string }> | undefined;

async function bundle(): Promise<{ code: string; src: string }> {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/client/issue-enhance.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text;
  // The version in the URL lets a browser keep the file as long as it does not change.
  const version = createHash('sha256').update(code).digest('hex').slice(0, 10);
  return { code, src: `${ENHANCE_SCRIPT_PATH}?v=${version}` };
}

/** The bundled script and the URL pages load it from (bundled again on every request of the dev preview). */
export function enhanceScript(): Promise<{ code: string; src: string }> {
  if (!import.meta.env.PROD) return bundle();
  return (bundled ??= bundle());
}
