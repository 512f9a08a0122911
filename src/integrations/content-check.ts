/**
 * Checks all content as written before Astro reads it, and stops with the Italian
 * report (every problem of every file) instead of Astro's first English stack trace.
 */
import type { AstroIntegration } from 'astro';
// Imported statically: Astro loads this file with a module runner that is closed once the
// config is read, so an import inside the hook fails ("Vite module runner has been closed").
import { contentDirFrom, loadContent } from '../lib/content/load.ts';
import { formatProblems } from '../lib/content/problems.ts';

export function contentCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'bollettino:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // The build script has checked the same files a moment ago.
        if (env['BULLETIN_CONTENT_CHECKED'] === '1') return;
        const { problems } = loadContent(contentDirFrom(env));
        if (problems.length === 0) return;
        if (command === 'build') {
          process.stderr.write(`\n${formatProblems(problems)}\n`);
          process.exit(1);
        }
        logger.warn(`\n${formatProblems(problems)}`);
      },
    },
  };
}
