/** Reading what `npm run importa` wrote. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import type { Item } from '../../src/lib/content/items.ts';

export const offerFiles = (content: string): string[] => readdirSync(join(content, 'offers')).sort();

/** Copies the drafts with `draft: false`, as an editor would publish them, and checks them as the build does. */
export function expectValidOnceUndrafted(content: string): Item[] {
  const published = mkdtempSync(join(tmpdir(), 'importa-published-'));
  mkdirSync(join(published, 'offers'));
  for (const name of offerFiles(content)) {
    const text = readFileSync(join(content, 'offers', name), 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    // As an editor does once the guesses are checked: the list of fields to check goes too.
    writeFileSync(join(published, 'offers', name), text.replace(/^draft: true$/m, 'draft: false').replace(/^daControllare: .*$/m, ''));
  }
  const { items, problems } = loadContent(published, '/');
  expect(problems, formatProblems(problems)).toEqual([]);
  expect(items).toHaveLength(offerFiles(content).length);
  expect(items.every((item) => !item.data.draft)).toBe(true);
  return items;
}
