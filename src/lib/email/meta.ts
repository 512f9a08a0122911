/** What the sender needs to know of an issue's e-mail besides its HTML and text (`dist/email/<week>.json`). */
import type { Issue } from '../issue.ts';
import type { Settings } from '../settings.ts';
import { issueTitle } from '../view/issue-view.ts';
import { genericUnsubscribeHref } from '../view/issue-data.ts';

export interface EmailMeta {
  week: string;
  number: number;
  /** Subject with number and date, so mail clients never thread two weeks together. */
  subject: string;
  /** The unsubscribe link of the built files, replaced by each recipient's own when sending. */
  unsubscribeHref: string;
}

export function emailMeta(issue: Issue, settings: Settings): EmailMeta {
  return { week: issue.week, number: issue.number, subject: issueTitle(issue, settings.name), unsubscribeHref: genericUnsubscribeHref(settings) };
}
