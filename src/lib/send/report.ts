/**
 * What a send tells the editors: the end-of-run summary on the terminal and the report
 * written next to the state (`report.txt` in Italian, `report.json` for tools). Counts
 * and masked addresses only.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SendSummary } from './run.ts';
import type { SubscriberProblem } from './subscribers.ts';

export interface SendReport {
  week: string;
  /** When the run ended (ISO instant). */
  finishedAt: string;
  /** "SMTP host:port" or "file .eml in …". */
  via: string;
  summary: SendSummary;
  /** Rows of the subscribers' file that were skipped. */
  badRows: SubscriberProblem[];
  /** Languages sent in Italian because their e-mail was missing. */
  languageFallbacks: string[];
}

/** The end-of-run summary, in Italian, with masked addresses only. */
export function formatSummary(summary: SendSummary): string {
  const problems = summary.failed.length + summary.deferred.length;
  const lines = [
    `Destinatari: ${summary.total} · inviati ora: ${summary.sent} · già inviati prima: ${summary.skipped} · esclusi (lista di esclusione): ${summary.suppressed} · non riusciti: ${problems} · esito incerto: ${summary.uncertain.length}`,
  ];
  for (const failure of summary.failed) lines.push(`  ✗ ${failure.recipient}: rifiutato dal server (${failure.reply})`);
  for (const failure of summary.deferred) lines.push(`  … ${failure.recipient}: non consegnato per ora (${failure.reply}). Riesegui lo stesso comando per riprovare.`);
  for (const failure of summary.uncertain) lines.push(`  ? ${failure.recipient}: inviato ma il server non ha confermato (${failure.reply}); rieseguendo verrà inviato di nuovo e potrebbe arrivare due volte.`);
  if (summary.maybeTwice.length) lines.push(`Possibili doppioni: ${summary.maybeTwice.length} messaggi inviati di nuovo dopo un tentativo senza conferma (${summary.maybeTwice.slice(0, 10).join(', ')}${summary.maybeTwice.length > 10 ? ', …' : ''}).`);
  if (summary.aborted) {
    lines.push(`Invio interrotto: ${summary.aborted}. Non inviati: ${summary.notTried}.`);
    if (summary.stateFailed) {
      lines.push(`Libera spazio sul disco (o correggi i permessi della cartella) e riesegui lo stesso comando.${summary.unrecorded ? ` ${summary.unrecorded} messaggi accettati dal server non sono stati registrati: rieseguendo, quelle persone lo riceveranno di nuovo.` : ''}`);
    } else {
      lines.push('Correggi la configurazione e riesegui lo stesso comando: chi ha già ricevuto il bollettino, con conferma del server, non lo riceverà di nuovo.');
    }
  }
  return lines.join('\n');
}

function reportText(report: SendReport): string {
  const { summary } = report;
  const lines = [
    `Invio del numero ${report.week} — ${report.finishedAt} — via ${report.via}`,
    '',
    `Destinatari attivi nel file: ${summary.total}`,
    `Inviati ora: ${summary.sent}`,
    `Già inviati in un invio precedente: ${summary.skipped}`,
    `Esclusi (lista di esclusione: rifiutati per sempre, disiscritti): ${summary.suppressed}`,
    `Rifiutati dal server: ${summary.failed.length}`,
    `Non consegnati per ora (da riprovare): ${summary.deferred.length}`,
    `Esito incerto (inviati, senza conferma del server): ${summary.uncertain.length}`,
    `Possibili doppioni: ${summary.maybeTwice.length}`,
    `Righe del file scartate: ${report.badRows.length}`,
  ];
  if (summary.notTried) lines.push(`Non inviati perché l'invio si è fermato: ${summary.notTried}`);
  if (report.languageFallbacks.length) lines.push(`Inviati in italiano perché manca la loro lingua: ${report.languageFallbacks.join(', ')}`);
  lines.push('', formatSummary(summary));
  if (report.badRows.length) {
    lines.push('', 'Righe scartate del file degli iscritti:');
    for (const row of report.badRows) lines.push(`  riga ${row.line}: ${row.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `report.txt` and `report.json` in `dir`, each whole or not at all. */
export function writeReport(dir: string, report: SendReport): void {
  for (const [name, content] of [['report.txt', reportText(report)], ['report.json', `${JSON.stringify(report, null, 2)}\n`]] as const) {
    const file = join(dir, name);
    writeFileSync(`${file}.tmp`, content);
    renameSync(`${file}.tmp`, file);
  }
}
