/**
 * Browser tests' harness: a tiny static server over a built site (node:http, no
 * dependencies) and the system's Chromium driven by playwright-core. No browser is ever
 * downloaded: `/usr/bin/chromium` (or `CHROMIUM_PATH`) must exist; CI installs it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticSite {
  url: string;
  /** Paths requested so far, for "nothing else was loaded" checks. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serves `root` as a static host would: `/a/` → `/a/index.html`, 404 for the rest. With `base`
 * (`/bollettino`), only under that sub-path, as GitHub Pages serves a project site.
 */
export async function serveStatic(root: string, base = ''): Promise<StaticSite> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const full = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(full);
    if (base && full !== base && !full.startsWith(`${base}/`)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('404');
      return;
    }
    const path = full.slice(base.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('404');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
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
