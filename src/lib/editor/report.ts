/** The `controlla` report, in Italian: errors first, then warnings, then what to do this week. */
import { formatProblem } from '../content/problems.ts';
import { longDate } from '../format.ts';
import type { CheckReport, Finding } from './check.ts';

function block(title: string, mark: string, findings: readonly Finding[]): string[] {
  if (!findings.length) return [];
  return ['', `${title} (${findings.length})`, ...findings.map((f) => `${mark} ${f.file}: ${f.message}`)];
}

export function hasErrors(report: CheckReport): boolean {
  return report.problems.length > 0 || report.brokenLinks.length > 0;
}

export function formatReport(report: CheckReport, options: { checkedLinks: boolean }): string {
  const lines = [`Controllo dei contenuti per il numero di ${longDate(report.upcomingMonday)}.`];
  if (report.problems.length) {
    lines.push('', `ERRORI: il bollettino non si può pubblicare finché non li correggi (${report.problems.length})`, ...report.problems.map((p) => `✗ ${formatProblem(p)}`));
  }
  lines.push(...block('ERRORI: link interni rotti nel sito costruito', '✗', report.brokenLinks));
  lines.push(...block('AVVISI: possibili doppioni', '!', report.duplicates));
  lines.push(...block('AVVISI: mancano informazioni importanti per chi cerca lavoro', '!', report.missingFields));
  lines.push(...block('AVVISI: contatti o link da controllare', '!', report.suspicious));
  lines.push(...block('AVVISI: file che non sono schede (non pubblicati)', '!', report.otherFiles));
  lines.push(...block('DA SAPERE: scadono nella settimana del prossimo numero', '·', report.expiringThisWeek));
  lines.push(...block('DA SAPERE: annunci scaduti, da archiviare', '·', report.expired));
  if (!options.checkedLinks) lines.push('', 'I link del sito non sono stati controllati: esegui prima "npm run build".');
  const warnings = report.duplicates.length + report.missingFields.length + report.suspicious.length + report.otherFiles.length;
  lines.push('', hasErrors(report)
    ? `Risultato: ${report.problems.length + report.brokenLinks.length} errori, ${warnings} avvisi.`
    : `Risultato: nessun errore${warnings ? `, ${warnings} avvisi da guardare` : ''}.`);
  return lines.join('\n');
}
