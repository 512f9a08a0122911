/**
 * Browser tests' harness: the project's static server over a built site (src/lib/editor/serve.ts)
 * and the system's Chromium driven by playwright-core. No browser is ever
 * downloaded: `/usr/bin/chromium` (or `CHROMIUM_PATH`) must exist; CI installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveFolder } from '../../src/lib/editor/serve.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export interface StaticSite {
  url: string;
  /** Paths requested so far, for "nothing else was loaded" checks. */
  requests: string[];
  close: () => Promise<void>;
}

/** The project's static server over `root` (under the sub-path `base`, if any), recording what is requested. */
export async function serveStatic(root: string, base = ''): Promise<StaticSite> {
  const requests: string[] = [];
  const site = await serveFolder(root, { basePath: base, onRequest: (path) => void requests.push(path) });
  return { url: site.url, requests, close: site.close };
}

/** One headless Chromium per test file. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH. Browsers are never downloaded.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
