/**
 * The bulletin in the reader languages, in a real browser: accessibility of the Arabic (right
 * to left) and Sinhala pages, no sideways scroll, a switcher that keeps the page, and a reader
 * of Arabic only finding a job with school hours and calling about it.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir, ROOT } from '../helpers/build.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const ISSUE = 'bollettino/2026-W48/';
/** The issue and item pages of the two languages furthest from Italian, and an Italian-only page. */
const PAGES = ['/ar/', `/ar/${ISSUE}`, '/ar/offerte/km0-monday/', '/ar/corsi/corso-digitale/', `/ar/${ISSUE}filtri/orario-scuola/`, '/ar/bollettino/',
  '/si/', `/si/${ISSUE}`, '/si/offerte/km0-monday/', '/si/servizi/affitto/', '/offerte/published-today/', '/ar/iscriviti/', '/si/iscriviti/', '/iscriviti/'];

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(builtDir('basic'));
  browser = await launchChromium();
  context = await browser.newContext();
  context.setDefaultTimeout(5_000);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, viewport = { width: 390, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('pages in Arabic and Sinhala', () => {
  it('have no axe-core violations (WCAG 2.2 AA and best practices)', async () => {
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(site.url + path);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
    await page.close();
  });

  it('are right to left in Arabic, mirrored, with phone numbers kept left to right', async () => {
    const page = await open('/ar/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const card = page.locator('article[data-km0]').first();
    // The km 0 stripe is on the reading side: the right.
    expect(await card.evaluate((el) => getComputedStyle(el).borderRightWidth)).toBe('6px');
    const phone = card.locator('a[href^="tel:"] small');
    expect(await phone.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await phone.textContent()).toMatch(/^[0-9 \u00A0+]+$/);
    await page.close();
  });

  it('never scroll sideways at 320 px', async () => {
    for (const path of PAGES) {
      const page = await open(path, { width: 320, height: 700 });
      const summary = page.locator('details.filters > summary');
      if ((await summary.count()) > 0) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at 320 px`).toBe(0);
      await page.close();
    }
  });

  it('save screenshots of /ar/ and /si/ at 360 px', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const lang of ['ar', 'si']) {
      const page = await open(`/${lang}/`, { width: 360, height: 900 });
      await page.screenshot({ path: join(SCREENSHOTS, `home-${lang}-360.png`), fullPage: true });
      await page.close();
    }
  });
});

describe('the Arabic e-mail', () => {
  it('lays out every block right to left, starting on the right, with addresses and numbers left to right', async () => {
    const page = await open('/email/2026-W48.ar.html', { width: 360, height: 900 });
    const blocks = await page.locator('body div, body td, body p, body h1, body h2, body h3').evaluateAll((els) =>
      // Editors' Italian text (dir="auto") and addresses (dir="ltr") keep their own direction.
      els.filter((el) => !el.closest('[dir="ltr"], [dir="auto"]') && (el as HTMLElement).offsetParent !== null && el.textContent?.trim())
        .map((el) => ({ tag: el.tagName, direction: getComputedStyle(el).direction, align: getComputedStyle(el).textAlign, text: el.textContent!.trim().slice(0, 40) })));
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.filter((block) => block.direction !== 'rtl')).toEqual([]);
    // Text blocks start on the right; the buttons' labels are centred.
    expect(blocks.filter((block) => ['P', 'H1', 'H2', 'H3'].includes(block.tag) && !['right', 'start'].includes(block.align))).toEqual([]);
    const phone = page.locator('a[href^="tel:"]').first();
    expect(await phone.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'email-ar-360.png'), fullPage: true });
    await page.close();
  });
});

describe('the language switcher', () => {
  it('leads to the same page in each language, each named in itself', async () => {
    const path = 'offerte/km0-monday/';
    const page = await open(`/ar/${path}`);
    for (const [name, prefix] of [['Español', '/es/'], ['සිංහල', '/si/'], ['Français', '/fr/'], ['English', '/en/'], ['Italiano', '/'], ['العربية', '/ar/']] as const) {
      await page.locator('nav.langs').getByRole('link', { name, exact: true }).click();
      await page.waitForURL(`${site.url}${prefix}${path}`);
      expect(await page.locator('article[data-id]').getAttribute('data-id')).toBe('km0-monday');
      expect(await page.locator('html').getAttribute('lang')).toBe(prefix === '/' ? 'it' : prefix.slice(1, -1));
    }
    await page.close();
  });

  it('keeps a filter page a filter page', async () => {
    const page = await open(`/en/${ISSUE}filtri/orario-scuola/`);
    await page.locator('nav.langs').getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL(`${site.url}/${ISSUE}filtri/orario-scuola/`);
    expect(await page.locator('article[data-id]').count()).toBe(1);
    await page.close();
  });
});

describe('a reader of Arabic only', () => {
  it('finds a part-time job that fits school hours and calls about it', async () => {
    const page = await open('/ar/');
    await page.locator('summary', { hasText: 'اختر الإعلانات' }).click();
    await page.getByRole('link', { name: /يناسب أوقات المدرسة/ }).click();
    const card = page.locator('article[data-id]:visible');
    expect(await card.count()).toBe(1);
    expect(await card.locator('.mark').allTextContents()).toContain('ساعات تناسب أوقات المدرسة');
    expect(await card.locator('[data-fact="hours"]').textContent()).toBe('دوام جزئي');
    const call = card.getByRole('link', { name: /اتصل/ });
    expect(await call.getAttribute('href')).toBe('tel:+390212345678');
    await page.close();
  });
});
