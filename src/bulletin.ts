/**
 * The bulletin of this build, computed once and shared by every page, the feed and
 * the e-mails. In a build, the content was read and checked by the build script, which
 * hands it over as a model file (`BULLETIN_MODEL`); in the dev preview, the content folder
 * is read here, and content problems stop the page with the Italian report.
 */
import { formatProblems } from './lib/content/problems.ts';
import { contentDirFrom, loadContent } from './lib/content/load.ts';
import { bulletinToday } from './lib/issue/dates.ts';
import { buildBulletin, type Bulletin } from './lib/issue/model.ts';
import { MODEL_ENV, readModel } from './lib/publish/model.ts';
import { settings } from './settings.ts';

let cached: Bulletin | undefined;

function readBulletin(): Bulletin {
  const modelFile = process.env[MODEL_ENV];
  if (modelFile) {
    const model = readModel(modelFile);
    return buildBulletin(model.items, model.today, model.firstIssueWeek);
  }
  const { items, problems } = loadContent(contentDirFrom());
  if (problems.length) throw new Error(formatProblems(problems));
  return buildBulletin(items, bulletinToday(), settings.firstIssueWeek);
}

export function getBulletin(): Bulletin {
  if (cached) return cached;
  const bulletin = readBulletin();
  // In the dev preview every page view reads the files again, so edits show on reload.
  if (import.meta.env.PROD) cached = bulletin;
  return bulletin;
}

export { settings };
