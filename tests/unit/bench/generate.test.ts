import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { addDays, mondayOf, weekOf } from '../../../src/lib/issue/dates.ts';
import { generateFiles, generateItems, kindCounts, writeContent, type GenerateOptions } from '../../../bench/generate/content.ts';
import { issueForWeek, sectionOf } from '../../../src/lib/issue/model.ts';

const OPTIONS: GenerateOptions = { items: 300, weeks: 12, seed: 'test', until: '2026-11-25' };

describe('generated content', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bollettino-generate-'));
    writeContent(dir, OPTIONS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the content checks with no problem', () => {
    const { items, problems } = loadContent('.', dir);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(300);
  });

  it('has offers, courses and services about 60/25/15, and every section', () => {
    const { items } = loadContent('.', dir);
    const byKind = { offer: 0, course: 0, service: 0 };
    for (const item of items) byKind[item.kind]++;
    expect(byKind).toEqual({ offer: 180, course: 75, service: 45 });
    expect(kindCounts(300)).toEqual(byKind);
    expect(new Set(items.map(sectionOf))).toEqual(new Set(['km0', 'lavoro', 'corsi', 'italiano', 'servizi']));
    const levels = new Set(items.flatMap((item) => (item.kind === 'course' && item.data.level ? [item.data.level] : [])));
    expect(levels.size).toBeGreaterThanOrEqual(4);
  });

  it('spreads the items evenly over the weeks ending at --until, none after it', () => {
    const { items } = loadContent('.', dir);
    const lastMonday = mondayOf(OPTIONS.until);
    const weeks = Array.from({ length: OPTIONS.weeks }, (_, k) => weekOf(addDays(lastMonday, -7 * k)));
    const perWeek = new Map<string, number>();
    for (const item of items) {
      expect(item.data.published <= OPTIONS.until).toBe(true);
      const week = weekOf(item.data.published);
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
    expect([...perWeek.keys()].sort()).toEqual([...weeks].sort());
    for (const count of perWeek.values()) expect(count).toBe(300 / 12);
  });

  it('is the same for the same seed, different for another', () => {
    const again = generateFiles(OPTIONS);
    expect(again).toEqual(generateFiles(OPTIONS));
    for (const file of again.slice(0, 20)) expect(readFileSync(join(dir, file.path), 'utf8')).toBe(file.source);
    const other = generateFiles({ ...OPTIONS, seed: 'other' });
    expect(other.map((f) => f.source)).not.toEqual(again.map((f) => f.source));
  });

  it('puts every item of a two-week window into the issue of its last Monday', () => {
    const items = generateItems({ items: 50, weeks: 2, seed: 7, until: '2026-11-23' });
    expect(issueForWeek(items, '2026-W48', '2026-W44').itemCount).toBe(50);
  });
});
