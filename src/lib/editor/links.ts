/** Internal links and assets of a built site that lead nowhere, wherever the site lives (root or a sub-path). */
import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder } from '../files/walk.ts';
import { basePathOf } from '../view/urls.ts';
import type { Finding } from './check.ts';

/**
 * The base path a site was built for (`/bollettino` or `''`), read from its home's canonical
 * link: the build, not today's `SITE_URL`, decides where its links point.
 */
export function builtBasePath(distDir: string): string | undefined {
  const home = join(distDir, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = load(readFileSync(home, 'utf8'))('link[rel="canonical"]').attr('href');
  try {
    return canonical ? basePathOf(canonical) : undefined;
  } catch {
    return undefined;
  }
}

/** The file a site path is served from, in a `format: directory` build; undefined when it is outside the site. */
function targetOf(distDir: string, base: string, href: string): string | undefined {
  const clean = decodeURI(href.split(/[?#]/)[0]!);
  if (base && clean !== base && !clean.startsWith(`${base}/`)) return undefined;
  const path = clean.slice(base.length) || '/';
  if (path.endsWith('/')) return join(distDir, path, 'index.html');
  return /\.[a-z0-9]+$/i.test(path) ? join(distDir, path) : join(distDir, path, 'index.html');
}

export function findBrokenLinks(distDir: string, base = builtBasePath(distDir) ?? ''): Finding[] {
  const findings: Finding[] = [];
  for (const file of htmlFilesUnder(distDir)) {
    const $ = load(readFileSync(join(distDir, file), 'utf8'));
    const seen = new Set<string>();
    $('a[href^="/"], link[href^="/"], script[src^="/"]').each((_, element) => {
      const href = $(element).attr('href') ?? $(element).attr('src') ?? '';
      if (href.startsWith('//') || seen.has(href)) return;
      seen.add(href);
      const target = targetOf(distDir, base, href);
      if (target === undefined || !existsSync(target)) {
        findings.push({ file, message: `il link "${href}" porta a una pagina che non esiste${target === undefined ? ` (il sito è pubblicato sotto ${base}/)` : ''}.` });
      }
    });
  }
  return findings;
}
