/**
 * The site's one stylesheet (`global.css`), minified once per build. Pages that show an issue
 * carry it inline, so the issue reads from the first 14 KB the server sends; the other pages
 * (above all the thousands of item pages) link the same text as `/bollettino.css`, which a
 * phone keeps in its cache from page to page and week to week.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

export const SITE_STYLE_PATH = '/bollettino.css';

export interface SiteStyle {
  /** The minified stylesheet. */
  css: string;
  /** Where pages load it from: the path with a version that changes with the text, so it can be cached for long. */
  src: string;
}

/** `source` minified, and the versioned path of the file that holds it. */
export async function minifiedStyle(source: string): Promise<SiteStyle> {
  // No target: the rules stay as written (`max-width` media queries, which old phones read).
  const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none' });
  const css = code.trimEnd();
  const version = createHash('sha256').update(css).digest('hex').slice(0, 10);
  return { css, src: `${SITE_STYLE_PATH}?v=${version}` };
}

let minified: Promise<SiteStyle> | undefined;

const minifyProjectStyle = async (): Promise<SiteStyle> => minifiedStyle(await readFile(join(process.cwd(), 'src/styles/global.css'), 'utf8'));

/** The project's stylesheet (read again on every request of the dev preview, so edits show). */
export function siteStyle(): Promise<SiteStyle> {
  if (!import.meta.env.PROD) return minifyProjectStyle();
  return (minified ??= minifyProjectStyle());
}
