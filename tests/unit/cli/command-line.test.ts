import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommandLine } from '../../../src/lib/cli/command-line.ts';

const spec = {
  name: 'prova',
  allowPositionals: false,
  options: { out: { type: 'string', default: 'dist' }, markdown: { type: 'string' }, batch: { type: 'boolean', short: 'b' } },
  help: {
    usage: 'npm run prova [-- --out CARTELLA]',
    summary: 'Un comando di prova.',
    options: { out: { value: 'CARTELLA', text: 'dove scrivere' }, markdown: { value: 'FILE', text: 'il rapporto in Markdown' }, batch: { text: 'senza domande' } },
    examples: ['npm run prova'],
  },
} as const;

describe('command lines', () => {
  it('answers --help and -h anywhere on the line with the usage, every option and the help option', () => {
    for (const args of [['--help'], ['-h'], ['--out', 'x', '--help'], ['--nonesiste', '-h']]) {
      const line = parseCommandLine(spec, args);
      expect(line.kind).toBe('help');
      if (line.kind !== 'help') continue;
      expect(line.text).toBe(helpText(spec));
      expect(line.text).toMatch(/^Uso: npm run prova/);
      for (const text of ['--out CARTELLA', 'dove scrivere', '--markdown FILE', '-b, --batch', '-h, --help', 'mostra questo aiuto', 'Esempi:']) expect(line.text).toContain(text);
    }
  });

  it('reads values, defaults and the "--" npm leaves behind', () => {
    const line = parseCommandLine(spec, ['--', '--markdown', 'r.md', '-b']);
    expect(line).toMatchObject({ kind: 'run', values: { out: 'dist', markdown: 'r.md', batch: true } });
  });

  it('says what is wrong in Italian, with the usage and the nearest option', () => {
    const cases: [string[], string][] = [
      [['--markdwn', 'x'], "l'opzione --markdwn non esiste (forse intendevi: --markdown)."],
      [['--out'], "l'opzione --out vuole un valore"],
      [['--batch=si'], "l'opzione --batch non vuole un valore"],
      [['avanti'], '"avanti" non è un\'opzione di questo comando'],
    ];
    for (const [args, why] of cases) {
      const line = parseCommandLine(spec, args);
      expect(line.kind, args.join(' ')).toBe('wrong');
      if (line.kind !== 'wrong') continue;
      expect(line.text).toContain(`npm run prova: ${why}`);
      expect(line.text).toContain('Uso: npm run prova [-- --out CARTELLA]');
      expect(line.text).toContain("Per l'aiuto completo: npm run prova -- --help");
    }
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('--out', '--batch', '-b', '--', '--x=1', '-'))), (args) => {
      const line = parseCommandLine(spec, args);
      expect(['run', 'help', 'wrong']).toContain(line.kind);
      if (line.kind === 'wrong') expect(line.text).toMatch(/^npm run prova: /);
    }));
  });
});
