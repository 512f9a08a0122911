/**
 * npm run controlla [-- --dist DIR] [--markdown FILE]: checks all content without building (fast)
 * and reports what to look at for the next issue; with a built site, also its broken internal links.
 * `--markdown FILE` also appends the report as Markdown to FILE (CI: "$GITHUB_STEP_SUMMARY").
 * Exit code 1 only for errors.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDirFrom, loadContent } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/issue/dates.ts';
import { checkContent } from '../src/lib/editor/check.ts';
import { findBrokenLinks } from '../src/lib/editor/links.ts';
import { formatReport, hasErrors } from '../src/lib/editor/report.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, markdown: { type: 'string' } } });
const { items, problems, notices } = loadContent(contentDirFrom());
const checkedLinks = existsSync(values.dist);
const report = checkContent(items, problems, bulletinToday(), checkedLinks ? findBrokenLinks(values.dist) : [], notices);
console.log(formatReport(report, { checkedLinks }));
if (values.markdown) appendFileSync(values.markdown, formatReport(report, { checkedLinks, markdown: true }));
process.exitCode = hasErrors(report) ? 1 : 0;
