/**
 * The sign-up forms in real Chromium against the real service (a child process, SQLite), with
 * the proof-of-work on and the stricter limit for submissions without it set to zero: the
 * widget (served by the service, in the reader's language) solves its puzzle while the reader
 * fills in the form, and the sign-up goes through; without JavaScript the same form gets the
 * stricter limit. Both the service's own form and the site's static `/ar/iscriviti/`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { builtDir, runBuild } from '../helpers/build.ts';
import { confirmationMails, startService, tempDir, waitFor, type RunningService } from '../helpers/service.ts';
import { launchChromium, serveStatic, type StaticSite } from './harness.ts';

const ar = DICTIONARIES.ar.subscription;
let browser: Browser;
let site: StaticSite;
let service: RunningService;
let dir: string;

beforeAll(async () => {
  mkdirSync(builtDir('sign-up-browser'), { recursive: true });
  site = await serveStatic(builtDir('sign-up-browser'));
  dir = tempDir();
  service = await startService(dir, {
    SUBSCRIBERS_DB: join(dir, 'iscritti.sqlite'), SITE_URL: site.url, SUBSCRIBE_ALTCHA_COST: '1000',
    SUBSCRIBE_MIN_SECONDS: '0', SUBSCRIBE_RATE_IP_HOUR: '100', SUBSCRIBE_RATE_IP_HOUR_STRICT: '0',
  });
  const run = runBuild('basic', 'sign-up-browser', { SUBSCRIBE_URL: service.url, SITE_URL: site.url });
  if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await site?.close();
});

async function fillIn(page: Page, email: string): Promise<void> {
  await page.fill('input[name=email]', email);
  await page.check('input[name=consenso]');
}

/** The widget's payload, once it has solved the puzzle (its hidden field is filled). */
async function solved(page: Page): Promise<string> {
  await page.waitForFunction(() => (document.querySelector('input[name=altcha]') as HTMLInputElement | null)?.value, undefined, { timeout: 30_000 });
  return page.inputValue('input[name=altcha]');
}

describe('the proof-of-work widget on the sign-up forms', () => {
  it('the service form: solved while filling in, in Arabic, and the sign-up goes through', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Every request the page makes answers (the browser's own favicon guess aside).
    page.on('response', (response) => { if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`); });
    await page.goto(`${service.url}/iscrizione?lang=ar`);
    await fillIn(page, 'lettrice.servizio@example.org');
    expect(await solved(page)).not.toBe('');
    // The widget speaks the page's language (our words, not its English ones).
    expect(await page.locator('altcha-widget').innerText()).toContain(ar.robotCheck.verified);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(await page.locator('h1').innerText()).toBe(ar.checkMailTitle);
    await waitFor(() => confirmationMails(dir).find((mail) => mail.includes('lettrice.servizio@example.org')), 'the confirmation e-mail');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the site page /ar/iscriviti/: the widget comes from the service and the sign-up goes through', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${site.url}/ar/iscriviti/`);
    await page.waitForSelector('form altcha-widget', { state: 'attached' });
    await fillIn(page, 'lettore.sito@example.org');
    expect(await solved(page)).not.toBe('');
    expect(await page.inputValue('input[name=t]')).not.toBe('');
    await Promise.all([page.waitForNavigation(), page.click('form[data-token-url] button[type=submit]')]);
    expect(page.url()).toBe(`${service.url}/iscrizione`);
    expect(await page.locator('h1').innerText()).toBe(ar.checkMailTitle);
    await waitFor(() => confirmationMails(dir).find((mail) => mail.includes('lettore.sito@example.org')), 'the confirmation e-mail');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript the form still posts, and gets the stricter limit instead of the puzzle', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/ar/iscriviti/`);
    expect(await page.locator('altcha-widget').count()).toBe(0);
    await fillIn(page, 'senza.javascript@example.org');
    const [response] = await Promise.all([page.waitForNavigation(), page.click('form[data-token-url] button[type=submit]')]);
    expect(response?.status()).toBe(429);
    expect(await page.locator('main').innerText()).toContain(ar.tooMany);
    expect(confirmationMails(dir).some((mail) => mail.includes('senza.javascript@example.org'))).toBe(false);
    await context.close();
  });
});
