import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/editor/serve.ts';
import { FIXTURE_TODAY, OUTPUT, ROOT, SITE_URL, takeBuildLock } from '../helpers/build.ts';

const reachable = (url: string) => fetch(url).then(() => true, () => false);

describe('npm run redazione', () => {
  it('serves the site of the day given with --data (Italian or ISO date, no environment syntax) with /admin/ on the local backend; Ctrl-C stops both', async () => {
    const [port, backendPort] = [await freePort(), await freePort()];
    const release = takeBuildLock();
    const child = spawn(process.execPath, ['scripts/redazione.ts', '--data', '30/11/2026', '--port', String(port), '--backend-port', String(backendPort), '--out', join(OUTPUT, 'redazione-cmd')], {
      cwd: ROOT,
      env: { ...process.env, BULLETIN_CONTENT_DIR: 'tests/fixtures/basic', BULLETIN_DATE: FIXTURE_TODAY, SITE_URL, BULLETIN_CACHE_DIR: join(OUTPUT, 'cache-redazione-cmd') },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => out, { timeout: 110_000, interval: 200 }).toContain('/admin/');
    } finally {
      release();
    }
    const site = `http://127.0.0.1:${port}`;
    expect(out).toContain(`${site}/admin/`);

    const config = parse(await (await fetch(`${site}/admin/config.yml`)).text());
    const backend = `http://127.0.0.1:${backendPort}/api/v1`;
    expect(config.local_backend).toEqual({ url: backend });
    expect(config).not.toHaveProperty('publish_mode');
    expect(config.collections[0].folder).toBe('tests/fixtures/basic/offers');
    expect((await fetch(`${site}/bollettino/2026-W48/`)).status).toBe(200);
    // BULLETIN_DATE says Wednesday 25 November; --data wins: next Monday's issue is the preview's current one.
    expect(out).toContain('come sarà lunedì 30 novembre 2026');
    expect((await fetch(`${site}/bollettino/2026-W49/`)).status).toBe(200);
    expect(await (await fetch(`${site}/admin/preview.js`)).text()).toContain('"2026-11-30"');

    const listed = await fetch(backend, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site },
      body: JSON.stringify({ action: 'entriesByFolder', params: { branch: 'main', folder: 'tests/fixtures/basic/offers', extension: 'md', depth: 1 } }),
    });
    const entries = (await listed.json()) as { file: { path: string } }[];
    expect(entries.map((entry) => entry.file.path)).toContain('tests/fixtures/basic/offers/km0-monday.md');

    // The backend hands out the content folders only, to the editor's page only, under its own name only.
    const post = (body: unknown, headers: Record<string, string> = {}) => fetch(backend, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: site, ...headers }, body: JSON.stringify(body) });
    const secret = await post({ action: 'getEntry', params: { branch: 'main', path: 'package.json' } });
    expect(secret.status).toBe(403);
    expect(await secret.text()).not.toContain('"scripts"');
    const foreign = await post({ action: 'entriesByFolder', params: { branch: 'main', folder: 'tests/fixtures/basic/offers', extension: 'md', depth: 1 } }, { Origin: 'http://localhost:1' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Redazione chiusa.');
    expect(await reachable(`${site}/admin/`)).toBe(false);
    expect(await reachable(backend)).toBe(false);
  });

  it('stops with an Italian message, and never says "Editor pronto", when the backend port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const backendPort = (holder.address() as AddressInfo).port;
    try {
      const run = spawnSync(process.execPath, ['scripts/redazione.ts', '--port', String(await freePort()), '--backend-port', String(backendPort), '--out', join(OUTPUT, 'redazione-busy')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 100_000,
        env: { ...process.env, BULLETIN_CONTENT_DIR: 'tests/fixtures/basic', BULLETIN_DATE: FIXTURE_TODAY, SITE_URL, BULLETIN_CACHE_DIR: join(OUTPUT, 'cache-redazione-busy') },
      });
      const out = run.stdout + run.stderr;
      expect(run.status, out).toBe(4);
      expect(out).toContain(`la porta ${backendPort} dell'editor locale è già in uso`);
      expect(out).not.toContain('Editor pronto');
      expect(out).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
