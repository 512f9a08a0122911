import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isReaderPage } from '../../bench/page-weight.ts';
import { settings } from '../../src/settings.ts';
import { builtDir } from '../helpers/build.ts';
import { allFiles, readPage } from '../helpers/site.ts';

const out = builtDir('basic');
const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms'));

describe('the web editor in the build', () => {
  it('is at /admin/, not indexed, loading Decap CMS and the preview from the site itself', () => {
    const $ = readPage(out, '/admin/');
    expect($('html').attr('lang')).toBe('it');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    const scripts = $('script[src]').map((_, el) => $(el).attr('src')).get();
    expect(scripts).toEqual(['decap-cms.js', 'preview.js']);
    expect(statSync(join(out, 'admin', 'decap-cms.js')).size).toBe(statSync(join(decapDist, 'decap-cms.js')).size);
    for (const wasm of ['dd5d52671a5763720504.wasm', 'f728dc876b39e5273411.wasm']) expect(statSync(join(out, 'admin', wasm)).size).toBeGreaterThan(0);
    expect(allFiles(join(out, 'admin')).some((file) => file.endsWith('.map'))).toBe(false);
  });

  it('has the configuration generated for the production backend and its editorial workflow', () => {
    const config = parse(readFileSync(join(out, 'admin', 'config.yml'), 'utf8'));
    expect(config).toMatchObject({ locale: 'it', publish_mode: 'editorial_workflow', backend: { name: settings.editor.backend, repo: settings.editor.repo } });
    expect(config).not.toHaveProperty('local_backend');
    expect(config.collections.map((collection: { folder: string }) => collection.folder)).toEqual(['tests/fixtures/basic/offers', 'tests/fixtures/basic/courses', 'tests/fixtures/basic/services']);
  });

  it('stays out of the readers\' pages, the sitemap and the page budgets', () => {
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toContain('/admin');
    const pages = allFiles(out).filter((file) => isReaderPage(relative(out, file)));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.some((file) => relative(out, file).startsWith('admin'))).toBe(false);
    for (const file of pages) expect(readFileSync(file, 'utf8').includes('/admin'), file).toBe(false);
  });
});
