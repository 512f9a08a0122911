/**
 * The site under a sub-path (`SITE_URL=https://example.org/bollettino/`, as on GitHub Pages):
 * built there, served only there, every internal link and asset followed from the home.
 */
import { load } from 'cheerio';
import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/editor/links.ts';
import { serveStatic, type StaticSite } from '../browser/harness.ts';
import { OUTPUT, runBuild } from '../helpers/build.ts';
import { jsonLd, readPage } from '../helpers/site.ts';

const SITE = 'https://example.org/bollettino';
const BASE = '/bollettino';
const out = join(OUTPUT, 'sub-path');
let site: StaticSite;

beforeAll(async () => {
  const run = runBuild('basic', 'sub-path', { SITE_URL: `${SITE}/` });
  if (run.status !== 0) throw new Error(`Sub-path build failed:\n${run.stdout}\n${run.stderr}`);
  site = await serveStatic(out, BASE);
});
afterAll(() => site?.close());

/** Site-relative URLs a page links to or loads; absolute ones under SITE are mapped back to the local server. */
function internalUrls(html: string): string[] {
  const $ = load(html);
  const urls = $('a[href], link[href], script[src]').map((_, el) => $(el).attr('href') ?? $(el).attr('src')).get() as string[];
  return urls
    .map((url) => (url.startsWith(`${SITE}/`) ? url.slice('https://example.org'.length) : url))
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.split('#')[0]!);
}

describe('a site built for a sub-path', () => {
  it('links every page and asset under the sub-path, and none of them is missing', async () => {
    const seen = new Set<string>([`${BASE}/`]);
    const queue = [`${BASE}/`];
    const broken: string[] = [];
    const outside: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await fetch(`${site.url}${path}`);
      if (response.status !== 200) {
        broken.push(`${path}: ${response.status}`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      for (const url of internalUrls(await response.text())) {
        if (!url.startsWith(`${BASE}/`)) outside.push(`${path} → ${url}`);
        if (!seen.has(url)) {
          seen.add(url);
          queue.push(url);
        }
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    // Home, archive, issues, items and filters in six languages, the script and the feed.
    expect(seen.size).toBeGreaterThan(150);
    expect([...seen]).toEqual(expect.arrayContaining([`${BASE}/ar/`, `${BASE}/rss.xml`, expect.stringMatching(/^\/bollettino\/bollettino\.js\?v=/)]));
  });

  it('writes canonical links, JSON-LD, sitemap, feed and e-mail links under the sub-path', () => {
    const $ = readPage(out, '/offerte/km0-monday/');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/offerte/km0-monday/`);
    expect(jsonLd($)['url']).toBe(`${SITE}/offerte/km0-monday/`);
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const loc of sitemap.match(/<loc>[^<]+<\/loc>/g) ?? []) expect(loc).toMatch(/^<loc>https:\/\/example\.org\/bollettino\//);
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain(`<link>${SITE}/bollettino/2026-W48/</link>`);
    for (const name of ['2026-W48.html', '2026-W48.ar.html']) {
      const hrefs = [...readFileSync(join(out, 'email', name), 'utf8').matchAll(/href="(https:\/\/example\.org[^"]*)"/g)].map((match) => match[1]!);
      expect(hrefs.length).toBeGreaterThan(5);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.org\/bollettino\//);
    }
  });

  it('passes controlla\'s link check, which reads the sub-path from the build', () => {
    expect(findBrokenLinks(out)).toEqual([]);
  });

  it('makes controlla report a link that forgets the sub-path', () => {
    const copy = join(OUTPUT, 'sub-path-broken');
    mkdirSync(copy, { recursive: true });
    cpSync(join(out, 'index.html'), join(copy, 'index.html'));
    cpSync(join(out, 'offerte'), join(copy, 'offerte'), { recursive: true });
    writeFileSync(join(copy, 'extra.html'), '<a href="/offerte/km0-monday/">root-relative</a><a href="/bollettino/offerte/km0-monday/">ok</a>');
    const findings = findBrokenLinks(copy).filter((finding) => finding.file === 'extra.html');
    expect(findings.map((finding) => finding.message)).toEqual(['il link "/offerte/km0-monday/" porta a una pagina che non esiste (il sito è pubblicato sotto /bollettino/).']);
  });
});
