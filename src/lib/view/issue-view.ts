/** Names, paths and headings of issues in the reader's language, shared by every renderer. */
import type { Issue } from '../issue/model.ts';
import type { WeekId } from '../issue/dates.ts';
import { ROUTES } from './urls.ts';
import type { Reader } from './reader.ts';

/** Route path of an issue (see `urls.ts` for links). */
export const issuePath = (week: WeekId): string => ROUTES.issue(week);

/** "n. 5" */
export const issueNumber = (issue: Pick<Issue, 'number'>, reader: Reader): string => reader.t.issue.number(issue.number);

/** "Bollettino n. 5 — lunedì 23 novembre 2026" */
export function issueTitle(issue: Issue, bulletinName: string, reader: Reader): string {
  return reader.t.issue.title(bulletinName, issueNumber(issue, reader), reader.dates.long(issue.monday));
}

/** "32 annunci, 6 nuovi." */
export function issueCounts(issue: Pick<Issue, 'itemCount' | 'newCount'>, reader: Reader): string {
  return reader.t.issue.counts(issue.itemCount, issue.newCount);
}

/** One line that says what is inside: "24 annunci, 6 nuovi. Lavoro a km 0: 5 · …". */
export function issueSummary(issue: Issue, reader: Reader): string {
  if (issue.itemCount === 0) return reader.t.issue.none;
  const parts = issue.sections
    .filter((section) => section.entries.length > 0)
    .map((section) => `${reader.t.sections[section.id].title}: ${section.entries.length}`);
  return `${issueCounts(issue, reader)} ${parts.join(' · ')}.`;
}

/** The heading of an issue page, under the bulletin's name: "n. 5 — lunedì 23 novembre 2026" */
export function issueHeading(issue: Issue, reader: Reader): string {
  return `${issueNumber(issue, reader)} — ${reader.dates.long(issue.monday)}`;
}
