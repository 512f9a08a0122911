/** The `controlla` report, in Italian: errors first, then warnings, then what to do this week. */
import { formatProblem } from '../content/problems.ts';
import { longDate } from '../view/format.ts';
import { it } from '../../i18n/it.ts';
import type { CheckReport, Finding } from './check.ts';
import { statusLine } from '../translations/status.ts';
import type { NextIssuePlan, PlannedItem } from './next-issue.ts';

interface Block {
  title: string;
  mark: string;
  lines: string[];
}

/** What leaves the issue, in words: "scade il 28 novembre 2026", "posto coperto dal…". */
const LEAVING_WORDS = { expired: 'ultimo giorno', filled: 'posto coperto dal', full: 'posti esauriti dal' } as const;

const line = ({ item, section }: PlannedItem, extra = ''): string => `«${item.data.title}» (${it.sections[section].title})${extra} — ${item.file}`;

/** Next Monday's issue as blocks: new, carried over, leaving, drafts that would enter. */
export function nextIssueBlocks(plan: NextIssuePlan): Block[] {
  return [
    { title: 'NUOVI nel prossimo numero', mark: '+', lines: plan.fresh.map((entry) => line(entry)) },
    { title: 'RESTANO dal numero precedente', mark: '=', lines: plan.carried.map((entry) => line(entry)) },
    {
      title: 'ESCONO prima di lunedì',
      mark: '-',
      lines: plan.leaving.map((entry) => line(entry, `: ${LEAVING_WORDS[entry.closure]} ${longDate(entry.day).replace(/^\S+ /, '')}`)),
    },
    {
      title: 'BOZZE che entrerebbero se le pubblichi (togli "draft: true", nell\'editor web disattiva "Bozza")',
      mark: '?',
      lines: plan.drafts.map((entry) => line(entry)),
    },
  ];
}

/** "Il prossimo numero, lunedì 30 novembre 2026 (2026-W49): 9 annunci, 2 nuovi." */
export function nextIssueHeading(plan: NextIssuePlan): string {
  const count = plan.fresh.length + plan.carried.length;
  return `IL PROSSIMO NUMERO, ${longDate(plan.monday)} (${plan.week}): ${count} ${count === 1 ? 'annuncio' : 'annunci'}, ${plan.fresh.length} ${plan.fresh.length === 1 ? 'nuovo' : 'nuovi'}; ${plan.leaving.length} ${plan.leaving.length === 1 ? 'esce' : 'escono'}, ${plan.drafts.length} ${plan.drafts.length === 1 ? 'bozza pronta' : 'bozze pronte'}.`;
}

/** `controlla --prossimo`: only next Monday's issue, every block shown (empty ones say so). */
export function formatNextIssue(plan: NextIssuePlan): string {
  const lines = [nextIssueHeading(plan)];
  for (const block of nextIssueBlocks(plan)) {
    lines.push('', `${block.title} (${block.lines.length})`, ...(block.lines.length ? block.lines.map((text) => `${block.mark} ${text}`) : ['  nessuno']));
  }
  return lines.join('\n');
}

export interface ReportOptions {
  /** Whether the built site's links were checked; `skip` says nothing about them (they are checked elsewhere). */
  checkedLinks: boolean | 'skip';
  /** Markdown for a CI job summary or a pull-request comment, instead of plain text. */
  markdown?: boolean;
}

export function hasErrors(report: CheckReport): boolean {
  return report.problems.length > 0 || report.brokenLinks.length > 0;
}

const findings = (title: string, mark: string, list: readonly Finding[]): Block => ({ title, mark, lines: list.map((f) => `${f.file}: ${f.message}`) });

/** Editors' text and file names as Markdown text: no HTML, no formatting, no links of their own. */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|~!])/g, '\\$1');
}

export function formatReport(report: CheckReport, options: ReportOptions): string {
  const intro = `Controllo dei contenuti per il numero di ${longDate(report.upcomingMonday)}.`;
  const blocks: Block[] = [
    { title: `ERRORI: il bollettino non si può pubblicare finché non li correggi`, mark: '✗', lines: report.problems.map(formatProblem) },
    findings('ERRORI: link interni rotti nel sito costruito', '✗', report.brokenLinks),
    findings('AVVISI: possibili doppioni', '!', report.duplicates),
    findings('AVVISI: mancano informazioni importanti per chi cerca lavoro', '!', report.missingFields),
    findings('AVVISI: contatti o link da controllare', '!', report.suspicious),
    findings('AVVISI: bozze con campi indovinati dall\'importazione, da controllare', '!', report.doubts),
    findings('AVVISI: file che non sono schede (non pubblicati)', '!', report.otherFiles),
    findings('AVVISI: traduzioni vecchie (l\'italiano è cambiato)', '!', report.staleTranslations),
    findings('DA SAPERE: scadono nella settimana del prossimo numero', '·', report.expiringThisWeek),
    findings('DA SAPERE: annunci scaduti, da archiviare', '·', report.expired),
    { title: 'DA SAPERE: traduzioni degli annunci del prossimo numero', mark: '·', lines: report.translationStatus.map(statusLine) },
    // The coming issue, in short: what changes (the items that stay are only counted in the heading).
    ...nextIssueBlocks(report.next).filter((block) => block.mark !== '='),
  ].filter((block) => block.lines.length > 0);
  const notes = options.checkedLinks === false ? ['I link del sito non sono stati controllati: esegui prima "npm run build".'] : [];
  const warnings = report.duplicates.length + report.missingFields.length + report.suspicious.length + report.otherFiles.length + report.staleTranslations.length + report.doubts.length;
  const outcome = hasErrors(report)
    ? `Risultato: ${report.problems.length + report.brokenLinks.length} errori, ${warnings} avvisi.`
    : `Risultato: nessun errore${warnings ? `, ${warnings} avvisi da guardare` : ''}.`;

  if (options.markdown) {
    const lines = [`## ${hasErrors(report) ? '✗' : '✓'} ${escapeMarkdown(outcome)}`, '', escapeMarkdown(intro), '', escapeMarkdown(nextIssueHeading(report.next))];
    for (const block of blocks) {
      // Multi-line problems (with a "how to fix" line) stay inside their list item.
      lines.push('', `### ${escapeMarkdown(block.title)} (${block.lines.length})`, '', ...block.lines.map((line) => `- ${block.mark} ${escapeMarkdown(line).replace(/\n/g, '<br>')}`));
    }
    for (const note of notes) lines.push('', `_${escapeMarkdown(note)}_`);
    return `${lines.join('\n')}\n`;
  }
  const lines = [intro, nextIssueHeading(report.next), 'Il numero completo: npm run controlla -- --prossimo'];
  for (const block of blocks) lines.push('', `${block.title} (${block.lines.length})`, ...block.lines.map((line) => `${block.mark} ${line}`));
  for (const note of notes) lines.push('', note);
  lines.push('', outcome);
  return lines.join('\n');
}
