import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCompiler } from '../../../src/lib/email/mjml-cache.ts';
import { compileMjml } from '../../../src/lib/email/render.ts';

const mjml = (text: string) => `<mjml><mj-body><mj-section><mj-column><mj-text>${text}</mj-text></mj-column></mj-section></mj-body></mjml>`;

describe('the e-mail cache', () => {
  it('gives the same HTML as compiling, and compiles an unchanged e-mail only once across builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-mjml-'));
    const first = cachedCompiler(dir, compileMjml);
    const html = await first.compile(mjml('Numero 1'));
    expect(html).toBe(await compileMjml(mjml('Numero 1')));
    expect(first.compiled()).toBe(1);
    const next = cachedCompiler(dir, compileMjml);
    expect(await next.compile(mjml('Numero 1'))).toBe(html);
    expect(await next.compile(mjml('Numero 2'))).toContain('Numero 2');
    expect([next.compiled(), next.reused()]).toEqual([1, 1]);
  });

  it('compiles again when a single character of the e-mail changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-mjml-'));
    const cache = cachedCompiler(dir, compileMjml);
    await cache.compile(mjml('Scade il 30 novembre'));
    expect(await cache.compile(mjml('Scade il 31 novembre'))).toContain('31 novembre');
    expect(cache.compiled()).toBe(2);
  });

  it('keeps only what the last build used, and never removes files it did not write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bollettino-mjml-'));
    writeFileSync(join(dir, 'note.txt'), 'not ours');
    await cachedCompiler(dir, compileMjml).compile(mjml('vecchio'));
    const next = cachedCompiler(dir, compileMjml);
    await next.compile(mjml('nuovo'));
    next.prune();
    const files = readdirSync(dir);
    expect(files).toContain('note.txt');
    expect(files.filter((name) => name.endsWith('.html'))).toHaveLength(1);
  });
});
