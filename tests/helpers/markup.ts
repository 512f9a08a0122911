/**
 * html-validate with the project's configuration (`.htmlvalidate.json`: the recommended rules;
 * `long-title` off because a page's title is the editor's item title, up to 140 characters, and
 * the programme's name — shortening it would cut what the reader needs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { ROOT } from './build.ts';

const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData);

/** Every problem html-validate finds in a page, one line each ("file:line:column rule: message"). */
export async function markupProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
