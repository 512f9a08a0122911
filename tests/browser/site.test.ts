/**
 * The fixture site in a real browser (system Chromium, headless): accessibility with
 * axe-core, filters with and without JavaScript, print, narrow screens and zoom.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir, ROOT } from '../helpers/build.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const ISSUE = '/bollettino/2026-W48/';
/** Home, an issue, the archive, one page of each item kind, a static filtered page. */
const PAGES = ['/', ISSUE, '/bollettino/', '/offerte/km0-monday/', '/corsi/corso-digitale/', '/servizi/affitto/', '/offerte/expired-sunday/', `${ISSUE}filtri/orario-scuola/`];

let site: StaticSite;
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  site = await serveStatic(builtDir('basic'));
  browser = await launchChromium();
  withJs = await browser.newContext();
  withoutJs = await browser.newContext({ javaScriptEnabled: false });
  for (const context of [withJs, withoutJs]) context.setDefaultTimeout(5_000);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(context: BrowserContext, path: string, viewport = { width: 390, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Opens the filters, when the page has them, so that their links are measured too. */
async function openFilters(page: Page): Promise<void> {
  const summary = page.locator('details.filters > summary');
  if ((await summary.count()) > 0 && (await page.locator('details.filters[open]').count()) === 0) await summary.click();
}

const visibleIds = (page: Page) => page.locator('article[data-id]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

describe('accessibility', () => {
  it('has no axe-core violations (WCAG 2.2 AA and best practices) on every kind of page', async () => {
    const page = await withJs.newPage();
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

  it('makes every control a target of at least 44 × 44 px (links inside running text excepted)', async () => {
    for (const path of [ISSUE, '/offerte/km0-monday/', '/bollettino/']) {
      const page = await open(withJs, path, { width: 360, height: 800 });
      await openFilters(page);
      const small = await page.locator('a:visible, button:visible, summary:visible').evaluateAll((els) =>
        els
          .filter((el) => !el.closest('[data-content-body]'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, path).toEqual([]);
      await page.close();
    }
  });

  it('shows where the keyboard focus is', async () => {
    const page = await open(withJs, ISSUE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    await page.close();
  });
});

describe('filters', () => {
  it('work without JavaScript: each one is a link to a static page with only its cards', async () => {
    const page = await open(withoutJs, ISSUE);
    expect(await page.locator('button[data-print]').isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Filtra' }).click();
    await page.getByRole('link', { name: /Compatibile con la scuola/ }).click();
    await page.waitForURL(`**${ISSUE}filtri/orario-scuola/`);
    expect(await visibleIds(page)).toEqual(['km0-monday']);
    expect(await page.locator('[data-count]').textContent()).toBe('1 annuncio');
    await page.getByRole('link', { name: /Togli i filtri/ }).click();
    await page.waitForURL(`**${ISSUE}`);
    expect(await page.locator('article[data-id]').count()).toBe(10);
    await page.close();
  });

  it('work in place with JavaScript, combine, keep their state in the URL and say how many items match', async () => {
    const page = await open(withJs, ISSUE);
    await page.locator('summary', { hasText: 'Filtra' }).click();
    // Sectors are many: folded under their title.
    await page.locator('summary', { hasText: 'Settore' }).click();
    await page.getByRole('link', { name: /Ristorazione/ }).click();
    expect(page.url()).toBe(`${site.url}${ISSUE}?settore=ristorazione`);
    expect(await visibleIds(page)).toEqual(['km0-monday', 'escaping']);
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe('2 annunci');
    expect(await page.locator('section#corsi').isVisible()).toBe(false);

    await page.getByRole('link', { name: /Compatibile con la scuola/ }).click();
    expect(page.url()).toBe(`${site.url}${ISSUE}?orario=scuola&settore=ristorazione`);
    expect(await visibleIds(page)).toEqual(['km0-monday']);
    expect(await page.locator('[data-count]').textContent()).toBe('1 annuncio');
    expect(await page.getByRole('link', { name: /Ristorazione/ }).getAttribute('aria-current')).toBe('true');

    await page.goBack();
    expect(await visibleIds(page)).toEqual(['km0-monday', 'escaping']);
    await page.getByRole('link', { name: /Togli i filtri/ }).click();
    expect(page.url()).toBe(`${site.url}${ISSUE}`);
    expect(await page.locator('article[data-id]:visible').count()).toBe(10);
    await page.close();
  });

  it('answer where the reader tapped: the count in sight, the header and the sections follow, "Mostra" goes to the cards', async () => {
    const page = await open(withJs, ISSUE, { width: 360, height: 640 });
    await page.locator('summary', { hasText: 'Filtra' }).click();
    await page.getByRole('link', { name: /Compatibile con la scuola/ }).click();
    const show = page.locator('button[data-show]');
    expect(await show.textContent()).toBe('Mostra 1 annuncio');
    // In the viewport while the reader is still in the panel.
    const box = await show.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(await page.locator('[data-lead]').textContent()).toBe('Annunci mostrati: 1 su 10');
    expect(await page.locator('.toc li:visible').allTextContents()).toEqual(['Lavoro a km 0 (1)']);
    expect(await page.locator('main section[id]:visible').evaluateAll((els) => els.map((el) => el.id))).toEqual(['km0']);
    await show.click();
    expect(await page.locator('details.filters').getAttribute('open')).toBeNull();
    const status = page.locator('[data-count]');
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    const top = await status.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.getByRole('link', { name: /Togli i filtri/ }).click();
    expect(await page.locator('[data-lead]').textContent()).toBe('10 annunci, 4 nuovi.');
    expect(await page.locator('.toc li:visible').count()).toBe(5);
    await page.close();
  });

  it('open a shared filtered address with the filters on', async () => {
    const page = await open(withJs, `${ISSUE}?corso=digitale`);
    expect(await visibleIds(page)).toEqual(['corso-digitale']);
    expect(await page.locator('details.filters').getAttribute('open')).not.toBeNull();
    await page.close();
  });
});

describe('print', () => {
  it('shows only the bulletin: no navigation, filters, share links or buttons; the address printed; cards whole', async () => {
    const page = await open(withJs, ISSUE);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header nav', 'nav.toc, .toc', 'details.filters', '.share', '.pager', 'button[data-print]', '.skip']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.some((el) => el.getBoundingClientRect().height > 0));
      expect(shown, selector).toBe(false);
    }
    expect(await page.locator('.print-only').first().textContent()).toContain('https://bollettino.test/bollettino/2026-W48/');
    expect(await page.locator('article[data-id="km0-monday"]').isVisible()).toBe(true);
    expect(await page.locator('article').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    // The phone number is one word: it never breaks across two lines of the sheet.
    expect(await page.locator('article[data-id="km0-monday"]').textContent()).toContain('02\u00A01234\u00A05678');
    // The noticeboard sheet leaves out what closed since the Monday.
    expect(await page.locator('article[data-id="expires-on-monday"]').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('has a "Stampa" button that appears with JavaScript and opens the print dialog', async () => {
    const page = await open(withJs, ISSUE);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Stampa' }).click();
    expect(await page.locator('body[data-printed]').count()).toBe(1);
    await page.close();
  });
});

describe('small screens', () => {
  it('never scroll sideways at 320 px, nor at 200 % zoom of a 1280 px window', async () => {
    for (const width of [320, 640]) {
      for (const path of PAGES) {
        const page = await open(withJs, path, { width, height: 700 });
        await openFilters(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBe(0);
        await page.close();
      }
    }
  });

  it('saves screenshots of the home at 360 px and 1280 px, the name and the first card on the first screen', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [360, 1280]) {
      const page = await open(withJs, '/', { width, height: 900 });
      const png = await page.screenshot({ path: join(SCREENSHOTS, `home-${width}.png`) });
      // PNG header: width and height of the image at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, 900]);
      for (const selector of ['h1', '.card']) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, `${selector} at ${width} px`).not.toBeNull();
        expect(box!.y + Math.min(box!.height, 40), `${selector} at ${width} px`).toBeLessThan(900);
        expect(box!.x + box!.width, `${selector} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });
});
