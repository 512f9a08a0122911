/**
 * The web editor's static server over a built site (node:http, no dependencies; also the
 * browser tests' server). Decap's local backend is `backend.ts`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { isInside } from '../files/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Serves `root` as a static host would: `/a/` → `/a/index.html`, 404 for the rest. Port 0 picks a
 * free one. With `basePath` (`/bollettino`), only under that sub-path, as GitHub Pages serves a
 * project site. The one static server: `npm run redazione` and the browser tests.
 */
export async function serveFolder(
  root: string,
  options: { port?: number; host?: string; basePath?: string; onRequest?: (path: string) => void } = {},
): Promise<StaticSite> {
  const base = resolve(root);
  const prefix = options.basePath ?? '';
  const server: Server = createServer((request, response) => {
    let full: string;
    try {
      full = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    options.onRequest?.(full);
    if (prefix && full !== prefix && !full.startsWith(`${prefix}/`)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: pagina non trovata');
      return;
    }
    const path = full.slice(prefix.length) || '/';
    let file = normalize(join(base, path));
    if (!isInside(file, base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: pagina non trovata');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolvePromise);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}

/** A port nobody listens on right now. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolvePromise) => probe.listen(0, host, resolvePromise));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolvePromise) => probe.close(resolvePromise));
  return port;
}
