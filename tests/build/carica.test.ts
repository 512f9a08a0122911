/** deploy/carica.sh with a local target folder (rsync treats it like a remote one). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'carica-'));
const site = join(dir, 'dist');

function carica(target: string) {
  const run = spawnSync('deploy/carica.sh', [site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, UPLOAD_TARGET: target } });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('deploy/carica.sh', () => {
  // A missing tool fails here, never skips: CI installs rsync (.ci/packages).
  it('finds rsync on this machine', () => {
    expect(spawnSync('rsync', ['--version']).status, 'rsync is missing: apt-get install rsync (see .ci/packages)').toBe(0);
  });

  it('uploads the site, then removes pages gone from the build, only in its own folder', () => {
    mkdirSync(join(site, 'offerte', 'vecchia'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'numero 1');
    writeFileSync(join(site, 'offerte', 'vecchia', 'index.html'), 'vecchia');
    const target = join(dir, 'www');
    expect(carica(target).code).toBe(0);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('numero 1');

    rmSync(join(site, 'offerte', 'vecchia'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'numero 2, nuovo');
    expect(carica(`${target}/`).code).toBe(0);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('numero 2, nuovo');
    expect(existsSync(join(target, 'offerte', 'vecchia'))).toBe(false);
    // No leftovers of --delay-updates.
    expect(readdirSync(target).sort()).toEqual(['.bollettino-sito', 'index.html', 'offerte']);
  });

  it('refuses a folder that holds someone else\'s files, and touches nothing there', () => {
    const foreign = join(dir, 'altro');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'blog.html'), 'non nostro');
    const refused = carica(foreign);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('contiene già file che non sono del bollettino');
    expect(readdirSync(foreign)).toEqual(['blog.html']);
  });

  it('does not take a file whose name merely ends in the mark for the mark, and deletes nothing there', () => {
    const foreign = join(dir, 'finto');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'x .bollettino-sito'), 'non nostro');
    writeFileSync(join(foreign, 'blog.html'), 'non nostro');
    const refused = carica(foreign);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('contiene già file che non sono del bollettino');
    expect(readdirSync(foreign).sort()).toEqual(['blog.html', 'x .bollettino-sito']);
  });

  it('does not take a folder named like the mark for the mark', () => {
    const foreign = join(dir, 'cartella-marchio');
    mkdirSync(join(foreign, '.bollettino-sito'), { recursive: true });
    writeFileSync(join(foreign, 'blog.html'), 'non nostro');
    const refused = carica(foreign);
    expect(refused.code).toBe(1);
    expect(readdirSync(foreign).sort()).toEqual(['.bollettino-sito', 'blog.html']);
  });

  it('refuses to upload a folder that is not a built site', () => {
    const refused = spawnSync('deploy/carica.sh', [join(dir, 'vuota')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, UPLOAD_TARGET: join(dir, 'www2') } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Costruisci prima il sito');
    expect(existsSync(join(dir, 'www2'))).toBe(false);
  });
});
