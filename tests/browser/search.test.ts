/**
 * Search in Chromium on the built fixture: Pagefind offline (served by the static server, no
 * CDN), nothing requested before the field is focused, an Italian word on `/`, an Arabic word of a
 * translation on `/ar/`, a past item from the archive, and a plain link without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir, runBuild } from '../helpers/build.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(builtDir('basic'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  context.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every request the page makes, to any host (a CDN would show here). */
async function open(path: string): Promise<{ page: Page; requested: string[] }> {
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => void requested.push(request.url()));
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  return { page, requested };
}

async function search(page: Page, term: string): Promise<string[]> {
  await page.locator('#cerca').fill(term);
  await page.locator('.found a').first().waitFor();
  return page.locator('.found a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds an offer by an Italian word on the home page, loading Pagefind only once the field is focused', async () => {
    const { page, requested } = await open('/');
    expect(await page.locator('#cerca').isVisible()).toBe(true);
    expect(await page.locator('[data-find-fallback]').isVisible()).toBe(false);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#cerca').focus();
    await expect.poll(() => requested.some((url) => url.includes('/pagefind/pagefind.js')), { timeout: 10_000 }).toBe(true);
    const found = await search(page, 'cuoco');
    expect(found).toContain('/offerte/km0-monday/');
    expect(await page.locator('[data-find-count]').textContent()).toMatch(/\d+ annunci|1 annuncio/);
    // The Italian index, from this server only: nothing fetched from another host.
    expect(requested.some((url) => /\/pagefind\/pagefind\.it_[0-9a-f]+\.pf_meta/.test(url))).toBe(true);
    expect(requested.filter((url) => !url.startsWith(site.url))).toEqual([]);
    await page.close();
  });

  it('finds the offer by a word of its Arabic translation on /ar/, in the Arabic pages', async () => {
    const { page, requested } = await open('/ar/');
    await page.locator('#cerca').focus();
    const found = await search(page, 'طباخ');
    expect(found).toContain('/ar/offerte/km0-monday/');
    expect(found.every((path) => path.startsWith('/ar/'))).toBe(true);
    expect(requested.some((url) => /\/pagefind\/pagefind\.ar_[0-9a-f]+\.pf_meta/.test(url))).toBe(true);
    await page.close();
  });

  it('finds an item of a past issue from the archive', async () => {
    const { page } = await open('/bollettino/');
    await page.locator('#cerca').focus();
    expect(await search(page, 'scaduta')).toContain('/offerte/expired-sunday/');
    await page.close();
  });

  it('says when nothing matches', async () => {
    const { page } = await open('/');
    await page.locator('#cerca').focus();
    await page.locator('#cerca').fill('zzzqqqxxx');
    await expect.poll(() => page.locator('[data-find-count]').textContent(), { timeout: 10_000 }).toBe('Nessun annuncio');
    expect(await page.locator('.found').isVisible()).toBe(false);
    await page.close();
  });

  it('finds items under a SITE_URL with a path, with links under that path', async () => {
    const run = runBuild('basic', 'search-sub-path', { SITE_URL: 'https://example.org/bollettino/' });
    expect(run.status, run.stderr).toBe(0);
    const sub = await serveStatic(builtDir('search-sub-path'), '/bollettino');
    try {
      const page = await context.newPage();
      expect((await page.goto(`${sub.url}/bollettino/`))?.status()).toBe(200);
      await page.locator('#cerca').focus();
      expect(await search(page, 'cuoco')).toContain('/bollettino/offerte/km0-monday/');
      expect(sub.requests.some((path) => path.startsWith('/bollettino/pagefind/'))).toBe(true);
      await page.close();
    } finally {
      await sub.close();
    }
  }, 300_000);

  it('is a link to the archive without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(site.url + '/');
    expect(await page.locator('[data-find-fallback] a').getAttribute('href')).toBe('/bollettino/');
    expect(await page.locator('[data-find-fallback] a').isVisible()).toBe(true);
    expect(await page.locator('#cerca').isVisible()).toBe(false);
    await noJs.close();
  });
});
