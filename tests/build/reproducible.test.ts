import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/build.ts';
import { relativeFiles } from '../helpers/site.ts';

describe('reproducible builds', () => {
  it('gives byte-identical output for the same content and BULLETIN_DATE', () => {
    const first = builtDir('basic');
    const second = builtDir('basic-again');
    const files = relativeFiles(first);
    expect(relativeFiles(second)).toEqual(files);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });
});
