/** Internal links of a built site that lead nowhere. */
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder } from '../files.ts';
import type { Finding } from './check.ts';

/** The file a site path is served from, in a `format: directory` build. */
function targetOf(distDir: string, path: string): string {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  if (clean.endsWith('/')) return join(distDir, clean, 'index.html');
  return /\.[a-z0-9]+$/i.test(clean) ? join(distDir, clean) : join(distDir, clean, 'index.html');
}

export function findBrokenLinks(distDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of htmlFilesUnder(distDir)) {
    const $ = load(readFileSync(join(distDir, file), 'utf8'));
    const seen = new Set<string>();
    $('a[href^="/"]').each((_, element) => {
      const href = $(element).attr('href') ?? '';
      if (href.startsWith('//') || seen.has(href)) return;
      seen.add(href);
      if (!existsSync(targetOf(distDir, href))) {
        findings.push({ file, message: `il link "${href}" porta a una pagina che non esiste.` });
      }
    });
  }
  return findings;
}
