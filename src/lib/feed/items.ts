/** The RSS feed's items: one per issue, newest first, with the issue's HTML. */
import type { Issue } from '../issue/model.ts';
import { publicationInstant } from '../issue/dates.ts';
import { absoluteUrl, type Settings } from '../settings/settings.ts';
import { fillTemplate, readTemplate } from '../text/template.ts';
import { withoutInvalidChars } from '../text/text-chars.ts';
import { issueData } from '../view/issue-data.ts';
import { issuePath, issueSummary, issueTitle } from '../view/issue-view.ts';
import { readerFor } from '../view/reader.ts';

export const FEED_ISSUES = 20;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
}

export function feedItems(issues: readonly Issue[], settings: Settings, template = readTemplate('feed-issue.html')): FeedItem[] {
  return issues.slice(0, FEED_ISSUES).map((issue) => ({
    // The feed library escapes markup but keeps characters XML forbids: they are dropped here.
    title: withoutInvalidChars(issueTitle(issue, settings.name, readerFor(settings))),
    link: absoluteUrl(settings, issuePath(issue.week)),
    pubDate: publicationInstant(issue.monday),
    description: withoutInvalidChars(issueSummary(issue, readerFor(settings))),
    content: fillTemplate(template, issueData(issue, settings)),
  }));
}
