import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeFilesDigest } from '../../../src/lib/publish/page-keys.ts';

/** A project folder holding only the files pages read while they render. */
function project(script: string, css: string): string {
  const root = mkdtempSync(join(tmpdir(), 'chiavi-'));
  mkdirSync(join(root, 'src', 'client'), { recursive: true });
  mkdirSync(join(root, 'src', 'styles'), { recursive: true });
  writeFileSync(join(root, 'src', 'client', 'issue-enhance.ts'), script);
  writeFileSync(join(root, 'src', 'styles', 'global.css'), css);
  return root;
}

describe('the files every page key covers besides the page\'s own view', () => {
  it('change with the page script and with the stylesheet, which pages read outside Astro\'s module graph', () => {
    const base = runtimeFilesDigest(project('filter();', '.card{margin:0}'));
    expect(runtimeFilesDigest(project('filter();', '.card{margin:0}'))).toBe(base);
    expect(runtimeFilesDigest(project('filter(1);', '.card{margin:0}'))).not.toBe(base);
    // An edited stylesheet must not leave yesterday's inline CSS or link version in pages kept from the last build.
    expect(runtimeFilesDigest(project('filter();', '.card{margin:1rem}'))).not.toBe(base);
  });
});
