import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { renderMarkdownBody } from '../../../src/lib/content/body.ts';
import { codeFingerprint } from '../../../src/lib/publish/code-fingerprint.ts';
import { openContentCache } from '../../../src/lib/publish/content-cache.ts';
import { withRenderedBodies } from '../../../src/lib/publish/model.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function contentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
  for (const folder of ['offers', 'courses', 'services']) mkdirSync(join(dir, folder));
  return dir;
}

const offer = (title: string, body = 'Turni **brevi**, vicino a scuola.') =>
  `---\ntitle: ${title}\npublished: 2026-11-23\nsector: pulizie\ncontract: determinato\nhours: part-time\nlocation:\n  zone: Loreto\napply:\n  phone: 02 1234 5678\n---\n${body}\n`;

/** One build's use of the cache: load, render the bodies, save. */
async function build(dir: string, cacheFile: string, fingerprint = 'f') {
  const cache = openContentCache(cacheFile, fingerprint);
  const loaded = loadContent(dir, dir, cache.validate);
  const items = await withRenderedBodies(loaded.items, cache.renderer(renderMarkdownBody));
  cache.save();
  return { loaded, items, counts: cache.counts() };
}

describe('the content cache', () => {
  it('gives the same items and bodies as a cold read, and checks only the files that changed', async () => {
    const dir = contentFolder();
    const cacheFile = join(dir, '..', `${dir.split('/').at(-1)}-cache.json`);
    writeFileSync(join(dir, 'offers', 'uno.md'), offer('Pulizie uffici'));
    writeFileSync(join(dir, 'offers', 'due.md'), offer('Pulizie scale', 'Altro testo.'));
    const first = await build(dir, cacheFile);
    expect(first.counts).toMatchObject({ itemsChecked: 2, itemsReused: 0, bodiesRendered: 2 });

    const second = await build(dir, cacheFile);
    expect(second.counts).toMatchObject({ itemsChecked: 0, itemsReused: 2, bodiesReused: 2, bodiesRendered: 0 });
    const cold = await withRenderedBodies(loadContent(dir, dir).items);
    expect(JSON.stringify(second.items)).toBe(JSON.stringify(cold));

    writeFileSync(join(dir, 'offers', 'due.md'), offer('Pulizie scale e cortili', 'Altro testo.'));
    const third = await build(dir, cacheFile);
    expect(third.counts).toMatchObject({ itemsChecked: 1, itemsReused: 1 });
    expect(third.items.find((item) => item.slug === 'due')?.data.title).toBe('Pulizie scale e cortili');
  });

  it('reports a file made wrong since the last build, never the old item', async () => {
    const dir = contentFolder();
    const cacheFile = join(dir, 'cache.json');
    writeFileSync(join(dir, 'offers', 'uno.md'), offer('Pulizie uffici'));
    await build(dir, cacheFile);
    writeFileSync(join(dir, 'offers', 'uno.md'), offer('Pulizie uffici').replace('part-time', 'mezza-giornata'));
    const { loaded } = await build(dir, cacheFile);
    expect(loaded.items).toHaveLength(0);
    expect(loaded.problems.map((problem) => problem.field)).toContain('hours');
  });

  it('starts empty for other code (another fingerprint) or a file that cannot be read', async () => {
    const dir = contentFolder();
    const cacheFile = join(dir, 'cache.json');
    writeFileSync(join(dir, 'offers', 'uno.md'), offer('Pulizie uffici'));
    await build(dir, cacheFile, 'f');
    expect((await build(dir, cacheFile, 'g')).counts.itemsReused).toBe(0);
    writeFileSync(cacheFile, '{"version": 1, "fingerp');
    expect((await build(dir, cacheFile, 'g')).counts).toMatchObject({ itemsReused: 0, itemsChecked: 1 });
  });

  it('has a code fingerprint that changes with the rules', () => {
    const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    mkdirSync(join(root, 'src', 'lib', 'schema'), { recursive: true });
    writeFileSync(join(root, 'src', 'lib', 'schema', 'offer.ts'), 'export const max = 140;');
    const before = codeFingerprint(root);
    expect(codeFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src', 'lib', 'schema', 'offer.ts'), 'export const max = 120;');
    expect(codeFingerprint(root)).not.toBe(before);
    expect(codeFingerprint(ROOT)).toMatch(/^[0-9a-f]{64}$/);
  });
});
