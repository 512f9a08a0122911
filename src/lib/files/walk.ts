/** Walking a folder: the one file walker of the project (build, checks, tests, benchmarks). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files under `dir`, as `/`-separated paths relative to it, sorted.
 * `enter` decides which sub-folders to walk (all by default); symbolic links are not followed.
 */
export function filesUnder(dir: string, options: { suffix?: string; enter?: (relativeDir: string) => boolean } = {}): string[] {
  const found: string[] = [];
  const walk = (prefix: string): void => {
    for (const entry of readdirSync(prefix ? join(dir, prefix) : dir, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!options.enter || options.enter(path)) walk(path);
      } else if (!options.suffix || entry.name.endsWith(options.suffix)) {
        found.push(path);
      }
    }
  };
  walk('');
  return found.sort();
}

/** HTML files under `dir`, relative paths. */
export const htmlFilesUnder = (dir: string, enter?: (relativeDir: string) => boolean): string[] =>
  filesUnder(dir, enter ? { suffix: '.html', enter } : { suffix: '.html' });
