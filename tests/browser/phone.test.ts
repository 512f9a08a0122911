/**
 * A 30-item issue on a 360 px phone: a few screens, not thirty-five. The same content as
 * the size budgets (the sample and variants of its items), built once for this file.
 */
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, ROOT, runBuild } from '../helpers/build.ts';
import { BUDGET_TODAY, writeBudgetContent } from '../build/budget-content.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

/** The goal of the card redesign: 28,000 px before it. */
const MAX_HOME_HEIGHT = 12_000;

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  const content = writeBudgetContent(join(OUTPUT, 'phone-30-content'), 30);
  const run = runBuild('basic', 'phone-30', { BULLETIN_CONTENT_DIR: relative(ROOT, content), BULLETIN_DATE: BUDGET_TODAY });
  if (run.status !== 0) throw new Error(`30-item build failed:\n${run.stdout}\n${run.stderr}`);
  site = await serveStatic(join(OUTPUT, 'phone-30'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  expect((await page.goto(site.url + path))?.status(), path).toBe(200);
  return page;
}

describe('the home of a 30-item issue at 360 px', () => {
  it(`is under ${MAX_HOME_HEIGHT.toLocaleString('en')} px tall in Italian and in Arabic`, async () => {
    for (const path of ['/', '/ar/']) {
      const page = await open(path);
      expect(await page.locator('article[data-id]').count()).toBeGreaterThanOrEqual(30);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${path}: ${height} px`).toBeLessThan(MAX_HOME_HEIGHT);
      await page.close();
    }
  });

  it('opens its filters in about one screen', async () => {
    const page = await open('/');
    await page.locator('details.filters > summary').click();
    const height = await page.locator('details.filters').evaluate((el) => el.getBoundingClientRect().height);
    expect(height, `${height} px`).toBeLessThan(1_000);
    await page.close();
  });
});
