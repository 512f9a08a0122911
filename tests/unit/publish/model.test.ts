/**
 * The model one build hands to Astro: bodies rendered once (translated bodies too, MDX left to
 * Astro), written whole or not at all, and a page waiting for it gives up, in Italian, when the
 * build that should write it is gone.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { readModel, withRenderedBodies, writeModel, type BuildModel } from '../../../src/lib/publish/model.ts';

const OFFER = `---
title: Lavapiatti a Loreto
published: 2026-11-23
sector: ristorazione
contract: determinato
hours: part-time
location:
  zone: Loreto
apply:
  phone: "02 1234 5678"
translations:
  ar:
    title: غسّال صحون في لوريتو
    body: "العمل **صباحًا** فقط."
---
Si lavora **la mattina**, dal lunedì al venerdì.
`;

function items() {
  const root = mkdtempSync(join(tmpdir(), 'modello-'));
  mkdirSync(join(root, 'offers'));
  writeFileSync(join(root, 'offers', 'lavapiatti.md'), OFFER);
  writeFileSync(join(root, 'offers', 'cuoco.mdx'), OFFER.replace('Lavapiatti', 'Cuoco').replace(/translations:[\s\S]*?---/, '---'));
  const loaded = loadContent('.', root);
  expect(loaded.problems).toEqual([]);
  return loaded.items;
}

describe('the build model', () => {
  it('renders each Markdown body once, its translations too, and leaves MDX to Astro', async () => {
    const rendered = await withRenderedBodies(items());
    const markdown = rendered.find((item) => item.slug === 'lavapiatti')!;
    expect(markdown.rendered?.html).toContain('<strong>la mattina</strong>');
    expect(markdown.rendered?.text).toContain('Si lavora la mattina');
    expect(markdown.renderedTranslations?.['ar']?.html).toContain('<strong>صباحًا</strong>');
    const mdx = rendered.find((item) => item.slug === 'cuoco')!;
    expect(mdx.rendered).toBeUndefined();
  });

  it('is written whole (no half file left) and read back the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modello-file-'));
    const file = join(dir, 'model.json');
    const model = { today: '2026-11-25', firstIssueWeek: '2026-W01', items: await withRenderedBodies(items()) } as BuildModel;
    writeModel(file, model);
    expect(existsSync(`${file}.part`)).toBe(false);
    expect(readModel(file)).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('a page waiting for a model whose build is gone stops with an Italian message', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const file = join(mkdtempSync(join(tmpdir(), 'modello-mai-')), 'model.json');
    expect(() => readModel(file, gone)).toThrow(/non è stato scritto: la costruzione del sito è stata interrotta/);
    expect(() => readModel(file, 1)).toThrow(/interrotta/);
  });
});
