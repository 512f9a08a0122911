/** The decisions of `npm run pubblica`, step by step, without building or sending. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nothingToSend, sendVerdict } from '../../../src/lib/publish/weekly.ts';
import { emptySummary } from '../../../src/lib/send/run.ts';

const noDatabase = { SUBSCRIBERS_DB: join(mkdtempSync(join(tmpdir(), 'pubblica-')), 'iscritti.sqlite') };
const subscribers = { siteOnly: false, testAddress: undefined, subscribersFile: 'iscritti.csv', env: noDatabase };
const current = { week: '2026-W49' as const, itemCount: 30 };

describe('whether pubblica sends today', () => {
  it('sends the current issue to a list, or one test message even for an empty issue', () => {
    expect(nothingToSend(subscribers, current)).toBeUndefined();
    expect(nothingToSend({ ...subscribers, subscribersFile: undefined, testAddress: 'prova@example.org' }, { ...current, itemCount: 0 })).toBeUndefined();
    expect(nothingToSend({ ...subscribers, subscribersFile: undefined, env: { DATABASE_URL: 'postgres://127.0.0.1/iscritti' } }, current)).toBeUndefined();
  });

  it('says why it sends nothing: site only, no current issue, no list, an issue without entries', () => {
    expect(nothingToSend({ ...subscribers, siteOnly: true, testAddress: 'prova@example.org' }, current)).toBe('E-mail: non inviata (--solo-sito).');
    expect(nothingToSend(subscribers, { week: undefined, itemCount: 0 })).toBe('E-mail: nessun numero da inviare oggi.');
    expect(nothingToSend({ ...subscribers, subscribersFile: undefined }, current)).toMatch(/^E-mail: non inviata \(nessun elenco iscritti: usa --iscritti FILE/);
    expect(nothingToSend(subscribers, { ...current, itemCount: 0 })).toBe('E-mail: il numero 2026-W49 non ha annunci, non è stata inviata.');
  });
});

describe('when a week counts as sent', () => {
  const summary = (change: Partial<ReturnType<typeof emptySummary>> = {}) => ({ ...emptySummary(3), sent: 3, ...change });
  const failure = { recipient: 'p***@example.org', reply: '451 riprova' };

  it('is complete when everyone has it, or was refused for good', () => {
    expect(sendVerdict(0, summary())).toBe('complete');
    expect(sendVerdict(3, summary({ sent: 2, failed: [{ ...failure, reply: '550 5.1.1 sconosciuto' }] }))).toBe('refused');
  });

  it('is incomplete, to resume on the next run, when anyone is postponed, uncertain or the send stopped', () => {
    expect(sendVerdict(3, summary({ sent: 2, deferred: [failure] }))).toBe('incomplete');
    expect(sendVerdict(3, summary({ sent: 2, uncertain: [failure] }))).toBe('incomplete');
    expect(sendVerdict(3, summary({ sent: 1, aborted: 'autenticazione rifiutata' }))).toBe('incomplete');
    expect(sendVerdict(3, undefined)).toBe('incomplete');
    expect(sendVerdict(4, undefined)).toBe('usage');
  });
});
