/** Names, paths and headings of issues, shared by every renderer. */
import { longDate, mediumDate } from '../format.ts';
import type { Issue } from '../issue.ts';
import type { WeekId } from '../dates.ts';

export const issuePath = (week: WeekId): string => `/bollettino/${week}/`;

/** "n. 5" */
export const issueNumber = (issue: Pick<Issue, 'number'>): string => `n. ${issue.number}`;

/** "Bollettino n. 5 — lunedì 23 novembre 2026" */
export function issueTitle(issue: Issue, bulletinName: string): string {
  return `${bulletinName} ${issueNumber(issue)} — ${longDate(issue.monday)}`;
}

/** "32 annunci, 6 nuovi." */
export function issueCounts(issue: Pick<Issue, 'itemCount' | 'newCount'>): string {
  const fresh = issue.newCount === 1 ? '1 nuovo' : `${issue.newCount} nuovi`;
  return `${issue.itemCount} ${issue.itemCount === 1 ? 'annuncio' : 'annunci'}, ${fresh}.`;
}

/** One line that says what is inside: "24 annunci, 6 nuovi. Lavoro a km 0: 5 · …". */
export function issueSummary(issue: Issue): string {
  if (issue.itemCount === 0) return 'Questa settimana non ci sono annunci.';
  const parts = issue.sections
    .filter((section) => section.entries.length > 0)
    .map((section) => `${section.title}: ${section.entries.length}`);
  return `${issueCounts(issue)} ${parts.join(' · ')}.`;
}

/** "Settimana del 23 novembre 2026" */
export const weekLabel = (issue: Pick<Issue, 'monday'>): string => `Settimana del ${mediumDate(issue.monday)}`;

/** The heading of an issue page, under the bulletin's name: "n. 5 — lunedì 23 novembre 2026" */
export function issueHeading(issue: Issue): string {
  return `${issueNumber(issue)} — ${longDate(issue.monday)}`;
}
