import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SuppressionList, suppressionFileFor } from '../../../src/lib/send/suppression.ts';

describe('the suppression list', () => {
  it('keeps hashes only, once per address, and lets a removal be undone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'suppressed-')), 'suppressed.jsonl');
    const list = new SuppressionList(file);
    expect(list.add('Anna@Example.org', 'disiscritto', { date: '2026-11-23' })).toBe(true);
    expect(list.add('anna@example.org', 'rifiutato', { date: '2026-11-24' })).toBe(false);
    expect(new SuppressionList(file).reasonFor(' ANNA@example.org ')).toBe('disiscritto');
    expect(readFileSync(file, 'utf8')).not.toMatch(/anna|example/i);

    expect(list.add('anna@example.org', 'riattivato', { date: '2026-11-25' })).toBe(true);
    expect(new SuppressionList(file).reasonFor('anna@example.org')).toBeUndefined();
    expect(list.add('bruno@example.org', 'riattivato', { date: '2026-11-25' })).toBe(false);
  });

  it('sits beside the weeks\' state folders', () => {
    expect(suppressionFileFor(join('out', 'send-state', '2026-W48'))).toBe(join('out', 'send-state', 'suppressed.jsonl'));
  });
});

describe('the subscribers\' file in git', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const ignored = (path: string) => {
    try {
      execFileSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: root });
      return true;
    } catch {
      return false;
    }
  };

  it('is ignored whatever the case of its name, while fixtures and templates are not', () => {
    for (const path of ['iscritti.csv', 'Iscritti.CSV', 'dati/ISCRITTI.Csv']) expect(ignored(path), path).toBe(true);
    for (const path of ['tests/fixtures/import/offerte.csv', 'templates/offerte.csv']) expect(ignored(path), path).toBe(false);
  });
});
