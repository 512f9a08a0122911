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
});
