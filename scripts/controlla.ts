/**
 * npm run controlla [-- --dist DIR]: checks all content without building (fast) and reports
 * what to look at for the next issue; with a built site, also its broken internal links.
 * Exit code 1 only for errors.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDirFrom, loadContent } from '../src/lib/content/load.ts';
import { bulletinToday } from '../src/lib/dates.ts';
import { checkContent } from '../src/lib/editor/check.ts';
import { findBrokenLinks } from '../src/lib/editor/links.ts';
import { formatReport, hasErrors } from '../src/lib/editor/report.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const { items, problems, notices } = loadContent(contentDirFrom());
const checkedLinks = existsSync(values.dist);
const report = checkContent(items, problems, bulletinToday(), checkedLinks ? findBrokenLinks(values.dist) : [], notices);
console.log(formatReport(report, { checkedLinks }));
process.exitCode = hasErrors(report) ? 1 : 0;
