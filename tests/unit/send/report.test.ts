/** What editors read after a send: the progress line, the summary and the report files. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../../src/lib/send/progress.ts';
import { formatSummary, writeReport, type SendReport } from '../../../src/lib/send/report.ts';
import { emptySummary } from '../../../src/lib/send/run.ts';

/** A stream that keeps what is written; a terminal or a log file. */
function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const sink = { isTTY, text: '', write(chunk: string) { sink.text += chunk; return true; } };
  return sink as unknown as NodeJS.WriteStream & { text: string };
}

describe('the progress of a send', () => {
  it('says how many, how fast and how long is left', () => {
    expect(progressLine({ done: 50, total: 200, sent: 48, failed: 1, deferred: 1 }, 10_000)).toBe('Invio 50/200 (inviati 48 · non riusciti 2) · 5.0 msg/s · fine tra circa 30 s');
    expect(progressLine({ done: 0, total: 200, sent: 0, failed: 0, deferred: 0 }, 0)).toBe('Invio 0/200 (inviati 0) · 0.0 msg/s');
    expect(progressLine({ done: 200, total: 200, sent: 200, failed: 0, deferred: 0 }, 40_000)).toBe('Invio 200/200 (inviati 200) · 5.0 msg/s');
  });

  it('redraws one line on a terminal, writes a line every few seconds in a log', () => {
    let clock = 0;
    const counts = (done: number) => ({ done, total: 3, sent: done, failed: 0, deferred: 0 });
    const terminal = stream(true);
    const onTerminal = createProgress(terminal, { now: () => clock });
    const log = stream(false);
    const inLog = createProgress(log, { now: () => clock });
    for (const done of [1, 2]) {
      clock += 1_000;
      onTerminal.update(counts(done));
      inLog.update(counts(done));
    }
    clock += 5_000;
    inLog.update(counts(3));
    onTerminal.finish(counts(3));
    inLog.finish(counts(3));
    expect(terminal.text.split('\r\x1b[2K').filter(Boolean)).toEqual(['Invio 1/3 (inviati 1) · 1.0 msg/s · fine tra circa 2 s', 'Invio 2/3 (inviati 2) · 1.0 msg/s · fine tra circa 1 s', 'Invio 3/3 (inviati 3) · 0.4 msg/s\n']);
    // A log gets nothing in the first five seconds, then a line at most every five.
    expect(log.text).toBe('Invio 3/3 (inviati 3) · 0.4 msg/s\nInvio 3/3 (inviati 3) · 0.4 msg/s\n');
  });
});

describe('the summary of a send', () => {
  const failure = (recipient: string, reply: string) => ({ recipient, reply });

  it('lists who failed, who waits and who may have it twice, addresses masked as given', () => {
    const text = formatSummary({
      ...emptySummary(6), sent: 2, skipped: 1, suppressed: 1,
      failed: [failure('m***@example.org', '550 5.1.1 sconosciuto')], deferred: [failure('a***@example.org', '451 riprova')],
      uncertain: [], maybeTwice: ['b***@example.org'],
    });
    expect(text.split('\n')).toEqual([
      'Destinatari: 6 · inviati ora: 2 · già inviati prima: 1 · esclusi (lista di esclusione): 1 · non riusciti: 2 · esito incerto: 0',
      '  ✗ m***@example.org: rifiutato dal server (550 5.1.1 sconosciuto)',
      '  … a***@example.org: non consegnato per ora (451 riprova). Riesegui lo stesso comando per riprovare.',
      'Possibili doppioni: 1 messaggi inviati di nuovo dopo un tentativo senza conferma (b***@example.org).',
    ]);
  });

  it('says how to resume when the send stopped: free disk space, or fix the settings', () => {
    const full = formatSummary({ ...emptySummary(5), sent: 2, aborted: 'disco pieno', notTried: 3, stateFailed: true, unrecorded: 1 });
    expect(full).toContain('Invio interrotto: disco pieno. Non inviati: 3.');
    expect(full).toContain('Libera spazio sul disco (o correggi i permessi della cartella) e riesegui lo stesso comando. 1 messaggi accettati dal server non sono stati registrati');
    const auth = formatSummary({ ...emptySummary(5), aborted: 'autenticazione rifiutata', notTried: 5 });
    expect(auth).toContain('Correggi la configurazione e riesegui lo stesso comando');
    const many = formatSummary({ ...emptySummary(12), maybeTwice: Array.from({ length: 12 }, (_, i) => `p${i}***@example.org`) });
    expect(many).toContain('p9***@example.org, …).');
    expect(many).not.toContain('p10***');
  });

  it('writes report.txt and report.json whole, with the skipped rows and the languages sent in Italian', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const report: SendReport = {
      week: '2026-W49', finishedAt: '2026-11-30T07:00:00.000Z', via: 'file .eml in out/mail', summary: { ...emptySummary(3), sent: 2, notTried: 1, aborted: 'stop' },
      badRows: [{ line: 4, message: 'indirizzo non valido' }], languageFallbacks: ['si'],
    };
    writeReport(dir, report);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.txt']);
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text.split('\n')[0]).toBe('Invio del numero 2026-W49 — 2026-11-30T07:00:00.000Z — via file .eml in out/mail');
    expect(text).toContain("Non inviati perché l'invio si è fermato: 1");
    expect(text).toContain('Inviati in italiano perché manca la loro lingua: si');
    expect(text).toContain('  riga 4: indirizzo non valido');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(report);
  });
});
