/**
 * The bulletin of this build, computed once and shared by every page, the feed and
 * the e-mails. Content problems stop the build here (the build script reports them first).
 */
import { formatProblems } from './lib/content/problems.ts';
import { contentDirFrom, loadContent } from './lib/content/load.ts';
import { bulletinToday } from './lib/dates.ts';
import { buildBulletin, type Bulletin } from './lib/issue.ts';
import { settings } from './settings.ts';

let cached: Bulletin | undefined;

export function getBulletin(): Bulletin {
  if (cached) return cached;
  const { items, problems } = loadContent(contentDirFrom());
  if (problems.length) throw new Error(formatProblems(problems));
  const bulletin = buildBulletin(items, bulletinToday(), settings.firstIssueWeek);
  // In the dev preview every page view reads the files again, so edits show on reload.
  if (import.meta.env.PROD) cached = bulletin;
  return bulletin;
}

export { settings };

