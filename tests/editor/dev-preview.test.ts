/**
 * `npm run dev` (Astro's dev server), the editors' live preview: it loads astro.config and its
 * integrations in a way a build does not (a module runner closed once the config is read), and
 * renders pages from the content folder on each request.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/editor/serve.ts';
import { FIXTURE_TODAY, OUTPUT, ROOT, SITE_URL } from '../helpers/build.ts';

const text = (url: string) => fetch(url).then(async (response) => ({ status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() }), () => undefined);

describe('npm run dev', () => {
  it('serves the issue with its stylesheet inline, item pages that link the stylesheet, and the stylesheet itself', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // Not the test runner's environment (NODE_ENV=test and Vite's variables change what the dev server serves).
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', BULLETIN_CONTENT_DIR: 'tests/fixtures/basic', BULLETIN_DATE: FIXTURE_TODAY, SITE_URL, BULLETIN_CACHE_DIR: join(OUTPUT, 'cache-dev'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const site = `http://127.0.0.1:${port}`;
    try {
      await expect.poll(async () => (await text(`${site}/`))?.status, { timeout: 110_000, interval: 500, message: out }).toBe(200);
      expect(out).not.toMatch(/ERROR/);
      const home = load((await text(`${site}/`))!.body);
      expect(home('head style').text()).toContain('.card{');
      expect(home('article[data-id=km0-monday]').length).toBe(1);
      const item = await text(`${site}/offerte/km0-monday/`);
      expect(item?.status).toBe(200);
      const href = load(item!.body)('link[rel=stylesheet]').attr('href')!;
      expect(href).toMatch(/^\/bollettino\.css\?v=/);
      const css = await text(`${site}${href}`);
      expect(css?.type).toContain('text/css');
      expect(css?.body).toContain('.card{');
    } finally {
      child.kill('SIGTERM');
    }
  }, 150_000);
});
