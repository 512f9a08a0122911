/**
 * Checks all content as written before Astro reads it, and stops with the Italian
 * report (every problem of every file) instead of Astro's first English stack trace.
 */
import type { AstroIntegration } from 'astro';

export function contentCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'bollettino:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // The build script has checked the same files a moment ago.
        if (env['BULLETIN_CONTENT_CHECKED'] === '1') return;
        // Loaded only when they run: a build's Astro starts without the content checker's modules.
        const [{ contentDirFrom, loadContent }, { formatProblems }] = await Promise.all([import('../lib/content/load.ts'), import('../lib/content/problems.ts')]);
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
