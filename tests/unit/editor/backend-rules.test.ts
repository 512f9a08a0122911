import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBody, editorOrigins, isInside, isOwnHost, type BackendArea } from '../../../src/lib/editor/backend-rules.ts';

const AREA: BackendArea = { contentFolders: ['src/content/offers', 'src/content/courses', 'src/content/services'], mediaFolder: 'public/media' };
const OPTIONS = { commitMessage: 'Modifica', useWorkflow: false, status: 'draft', collectionName: 'offers' };
const persist = (path: string, extra: Record<string, unknown> = {}) => ({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path, raw: 'title: x\n', ...extra }, assets: [], options: OPTIONS } });

describe('the editor backend: hosts and origins', () => {
  it('accepts only 127.0.0.1 and localhost on its own port as Host', () => {
    expect(isOwnHost('127.0.0.1:8081', 8081)).toBe(true);
    expect(isOwnHost('localhost:8081', 8081)).toBe(true);
    for (const host of ['evil.example:8081', '127.0.0.1:8082', '127.0.0.1', 'localhost', '127.0.0.1.nip.io:8081', undefined, '']) expect(isOwnHost(host, 8081)).toBe(false);
  });

  it('names the editor page on both spellings of this computer', () => {
    expect(editorOrigins(8080)).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080']);
  });
});

describe('the editor backend: paths', () => {
  it('lets Decap read, list, write and delete entries in the content folders', () => {
    expect(checkBody({ action: 'info' }, AREA).ok).toBe(true);
    expect(checkBody({ action: 'entriesByFolder', params: { branch: 'main', folder: 'src/content/offers', extension: 'md', depth: 1 } }, AREA).ok).toBe(true);
    expect(checkBody({ action: 'getEntry', params: { branch: 'main', path: 'src/content/offers/a.md' } }, AREA).ok).toBe(true);
    expect(checkBody(persist('src/content/courses/nuovo.md'), AREA).ok).toBe(true);
    expect(checkBody(persist('src/content/courses/nuovo.md', { newPath: 'src/content/courses/altro.md' }), AREA).ok).toBe(true);
    expect(checkBody({ action: 'deleteFile', params: { branch: 'main', path: 'src/content/services/a.md' } }, AREA).ok).toBe(true);
    expect(checkBody({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'public/media' } }, AREA).ok).toBe(true);
  });

  it('refuses package.json, scripts, git hooks and every way of climbing out', () => {
    for (const path of ['package.json', 'scripts/build.ts', '.git/hooks/pre-commit', 'src/content/offers/../../../package.json', 'src/content/offers/./a.md', 'src/content/offers//a.md',
      '/etc/passwd', 'src/content/offers\\..\\..\\package.json', 'src/content/offers', 'src/content/offersx/a.md', 'src/content/a.md', 'C:/x/src/content/offers/a.md', 'src/content/offers/a.md\0.sh']) {
      const verdict = checkBody(persist(path), AREA);
      expect(verdict.ok, path).toBe(false);
    }
  });

  it('refuses a rename out of the content folders and writes of anything but .md entries', () => {
    expect(checkBody(persist('src/content/offers/a.md', { newPath: 'package.json' }), AREA).ok).toBe(false);
    expect(checkBody(persist('src/content/offers/a.js'), AREA).ok).toBe(false);
    expect(checkBody({ action: 'deleteFiles', params: { branch: 'main', paths: ['src/content/offers/a.md', 'package.json'] } }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'deleteFile', params: { branch: 'main', path: 'public/media/a.png' } }, AREA).ok).toBe(false);
  });

  it('refuses uploads, unknown actions, extra fields and listings outside the content folders', () => {
    const withAsset = { ...persist('src/content/offers/a.md'), params: { ...persist('src/content/offers/a.md').params, assets: [{ path: 'public/media/x.html', content: 'PGgxPg==', encoding: 'base64' }] } };
    expect(checkBody(withAsset, AREA).ok).toBe(false);
    expect(checkBody({ action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/x.png', content: '', encoding: 'base64' } } }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'publishUnpublishedEntry', params: {} }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'getEntry', params: { branch: 'main', path: 'src/content/offers/a.md', repo: '/' } }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'json', depth: 1 } }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'ts', depth: 8 } }, AREA).ok).toBe(false);
    expect(checkBody({ action: 'getMedia', params: { branch: 'main', mediaFolder: '.git' } }, AREA).ok).toBe(false);
    expect(checkBody(persist('src/content/offers/a.md'), AREA).ok).toBe(true);
  });

  it('refuses every write whose path is not a plain path inside a content folder (property)', () => {
    const segment = fc.oneof(fc.constantFrom('..', '.', '', 'src', 'content', 'offers', 'a.md', '.git', 'hooks', 'package.json', 'public', 'media'), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 7 }), fc.constantFrom('/', '\\'), (segments, glue) => {
      const path = segments.join(glue);
      const plain = glue === '/' && segments.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('/') && !part.includes('\\') && !part.includes('\0'));
      const inside = plain && segments.length >= 4 && segments[0] === 'src' && segments[1] === 'content' && ['offers', 'courses', 'services'].includes(segments[2]!) && path.toLowerCase().endsWith('.md');
      expect(checkBody(persist(path), AREA).ok).toBe(inside);
    }), { numRuns: 500 });
  });

  it('says where a path is not allowed, in Italian', () => {
    const verdict = checkBody(persist('package.json'), AREA);
    expect(verdict).toMatchObject({ ok: false, status: 403 });
    expect(!verdict.ok && verdict.message).toContain('"package.json" è fuori dalle cartelle delle schede');
    expect(isInside('src/content/offers/a.md', 'src/content/offers')).toBe(true);
  });
});
