/**
 * The programme's report in Chromium: no axe-core violation, nothing requested but the page
 * itself, no sideways scrolling on a phone, and an A4 print that fits the paper.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../bench/generate/content.ts';
import { validateFile } from '../../src/lib/content/load.ts';
import { collectionOf } from '../../src/lib/content/items.ts';
import { periodFrom } from '../../src/lib/report/period.ts';
import { buildReport } from '../../src/lib/report/report.ts';
import { writeReportFiles } from '../../src/lib/report/write.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

let browser: Browser;
let site: StaticSite;
let dir: string;
const PAGE = '/rapporto.html';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapporto-browser-'));
  const items = generateFiles({ items: 300, weeks: 61, seed: 'browser', until: '2026-12-24' }).map((file) => validateFile(collectionOf(file.kind), file.path, file.source).item!);
  const report = await buildReport({
    items,
    period: periodFrom({ from: '2026-01-01', to: '2026-12-31' }, '2027-01-10'),
    firstWeek: '2025-W44',
    records: {
      emails: [{ week: '2026-W02', sent: 120, failed: 2, pending: 1 }, { week: '2026-W03', sent: 124, failed: 0, pending: 0 }],
      suppressions: [{ date: '2026-01-12', reason: 'disiscritto' }],
      telegram: [{ week: '2026-W02', lang: 'it', posted: 3 }, { week: '2026-W02', lang: 'ar', posted: 3 }],
    },
    name: 'Bollettino Lavoro Municipi 2 e 3',
  });
  writeReportFiles(dir, report.files);
  site = await serveStatic(dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(viewport = { width: 1024, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.url + PAGE);
  return { page, requests };
}

describe('the report page in Chromium', () => {
  it('has no axe-core violations (WCAG 2.2 AA and best practices)', async () => {
    const { page } = await open();
    // Open the data tables too: they are part of what a screen reader reaches.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('requests nothing but itself', async () => {
    const { page, requests } = await open();
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([site.url + PAGE]);
    expect(site.requests.filter((path) => path !== PAGE)).toEqual([]);
    expect(await page.locator('svg[role="img"]').count()).toBe(10);
    await page.close();
  });

  it('never scrolls sideways on a 360 px phone, and its charts fit the screen', async () => {
    const { page } = await open({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('prints on A4: nothing wider than the paper, the data tables left out', async () => {
    const { page } = await open({ width: 680, height: 960 }); // 180 mm of A4 between 15 mm margins, at 96 dpi
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.locator('details').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
