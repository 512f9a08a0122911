import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEmail, parseSubscribers, SubscribersFileError } from '../../../src/lib/send/subscribers.ts';

describe('the subscribers CSV', () => {
  it('keeps active subscribers and counts the unsubscribed', () => {
    const list = parseSubscribers('email,name,status\nmaria@example.org,Maria,active\nluca@example.org,Luca,unsubscribed\n"sara@example.org","Sara, mamma di Omar",active\n');
    expect(list.active.map((s) => [s.email, s.name, s.line])).toEqual([
      ['maria@example.org', 'Maria', 2],
      ['sara@example.org', 'Sara, mamma di Omar', 4],
    ]);
    expect(list.unsubscribed).toBe(1);
    expect(list.problems).toEqual([]);
  });

  it('reports bad rows with their line number and keeps going', () => {
    const list = parseSubscribers([
      'email,name,status',
      'buona@example.org,Buona,active',
      'senza-chiocciola,X,active',
      'stato@example.org,Y,attivo',
      'colonne@example.org,Nome,Cognome,active',
      'BUONA@example.org,Doppia,active',
      'ultima@example.org,Ultima,active',
    ].join('\n'));
    expect(list.active.map((s) => s.email)).toEqual(['buona@example.org', 'ultima@example.org']);
    expect(list.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(list.problems[1]?.message).toContain('"attivo" non è valido');
    expect(list.problems[2]?.message).toContain('4 campi invece di 3');
    expect(list.problems[3]?.message).toContain('già alla riga 2');
  });

  it('never writes to an address that asked to be removed, even if listed again as active', () => {
    const list = parseSubscribers('email,name,status\nanna@example.org,Anna,active\nAnna@example.org,Anna,unsubscribed\n');
    expect(list.active).toEqual([]);
    expect(list.unsubscribed).toBe(1);
  });

  it('refuses a file without the expected header', () => {
    expect(() => parseSubscribers('mail;nome\nx@example.org;X\n')).toThrow(SubscribersFileError);
  });

  it('masks addresses for the logs', () => {
    expect(maskEmail('maria.rossi@example.org')).toBe('m***@example.org');
    expect(maskEmail('nonsense')).toBe('***');
  });

  it('reads Italian Excel: ";" separators, a BOM and CRLF line ends', () => {
    const list = parseSubscribers('\uFEFFemail;name;status\r\nmaria@example.org;Rossi, Maria;active\r\nluca@example.org;Luca;unsubscribed\r\n;;\r\n');
    expect(list.active.map((s) => [s.email, s.name, s.line])).toEqual([['maria@example.org', 'Rossi, Maria', 2]]);
    expect(list.unsubscribedAddresses).toEqual(['luca@example.org']);
    expect(list.problems).toEqual([]);
  });

  it('skips a row whose quotes are broken, by its line number, and keeps the others', () => {
    const list = parseSubscribers([
      'email,name,status',
      'uno@example.org,"Anna,active',
      'due@example.org,Bruno "il Rosso",active',
      'tre@example.org,"Carla "la Bionda" Neri",active',
      'quattro@example.org,Dario,active',
    ].join('\n'));
    expect(list.active.map((s) => s.email)).toEqual(['due@example.org', 'quattro@example.org']);
    expect(list.active[0]?.name).toBe('Bruno "il Rosso"');
    expect(list.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(list.problems[0]?.message).toContain('virgolette');
  });

  it('takes an optional language column, Italian by default, and reports unknown languages', () => {
    const list = parseSubscribers('email,name,status,lang\na@example.org,A,active,ar\nb@example.org,B,active,\nc@example.org,C,active\nd@example.org,D,active,SI\ne@example.org,E,active,arabo\n');
    expect(list.active.map((s) => s.lang)).toEqual(['ar', 'it', 'it', 'si', 'it']);
    expect(list.warnings).toEqual([{ line: 6, message: expect.stringContaining('"arabo" non è tra quelle del bollettino') }]);
    expect(list.problems).toEqual([]);
  });

  it('never echoes an address typed in another column', () => {
    const list = parseSubscribers('email,name,status\nanna@example.org,Anna,luigi.verdi@example.org\n');
    expect(list.problems[0]?.message).toContain('"l***@example.org"');
    expect(JSON.stringify(list.problems)).not.toContain('luigi.verdi');
  });

  it('accounts for every line, whatever the names hold', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', "'", '\t', 'é', 'ع') , maxLength: 12 });
    fc.assert(fc.property(fc.array(name, { maxLength: 8 }), fc.constantFrom(',', ';'), (names, separator) => {
      const rows = names.map((n, i) => `p${i}@example.org${separator}${n}${separator}active`);
      const list = parseSubscribers([`email${separator}name${separator}status`, ...rows].join('\r\n'));
      const lines = new Set([...list.active.map((s) => s.line), ...list.problems.map((p) => p.line)]);
      expect(lines.size).toBe(names.length);
    }));
  });
});
