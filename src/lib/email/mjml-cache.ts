/**
 * Compiled e-mails kept between builds, keyed by the exact MJML they come from (and the
 * MJML version): past issues do not change, so most builds compile only the current one.
 * The cache is a folder of our own (in Astro's cache folder); entries a build did not use
 * are removed at its end, so it holds at most one build's e-mails.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type MjmlCompiler = (mjml: string) => Promise<string>;

export interface CachedCompiler {
  compile: MjmlCompiler;
  /** Compilations done (not found in the cache). */
  compiled: () => number;
  /** E-mails taken from the cache. */
  reused: () => number;
  /** Removes entries this build did not use. */
  prune: () => void;
}

const mjmlVersion = (createRequire(import.meta.url)('mjml/package.json') as { version: string }).version;
const ENTRY = /^[0-9a-f]{64}\.html$/;

export function cachedCompiler(dir: string, compile: MjmlCompiler): CachedCompiler {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let compiled = 0;
  return {
    compile: async (mjml) => {
      const name = `${createHash('sha256').update(`mjml ${mjmlVersion}\n`).update(mjml).digest('hex')}.html`;
      used.add(name);
      const file = join(dir, name);
      try {
        return readFileSync(file, 'utf8');
      } catch {
        const html = await compile(mjml);
        compiled += 1;
        // Written whole or not at all: a build killed here leaves no half entry.
        writeFileSync(`${file}.part`, html);
        renameSync(`${file}.part`, file);
        return html;
      }
    },
    compiled: () => compiled,
    reused: () => used.size - compiled,
    prune: () => {
      for (const name of readdirSync(dir)) if ((ENTRY.test(name) || name.endsWith('.part')) && !used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
