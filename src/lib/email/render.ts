/**
 * The e-mail of an issue: the MJML template filled with the issue data and compiled.
 * Gmail clips messages over 102 KB, so when the full issue is too big, sections are
 * shortened (the rest linked to the web issue) until it fits the budget.
 */
import mjml2html from 'mjml';
import type { Issue } from '../issue/model.ts';
import type { Settings } from '../settings/settings.ts';
import { issueData } from '../view/issue-data.ts';
import { readerFor, type Reader } from '../view/reader.ts';
import { fillTemplate, readTemplate } from '../text/template.ts';
import { withoutInvalidChars } from '../text/text-chars.ts';
import type { MjmlCompiler } from './mjml-cache.ts';
import { alignToDirection } from './direction.ts';
import { renderEmailText } from './text.ts';

/** Gmail's clipping limit is 102 KB; keep a margin for what the sender adds per recipient. */
export const EMAIL_HTML_BUDGET = 90 * 1024;

/** Cards per section tried in turn: all, then fewer and fewer. */
const SECTION_CAPS = [Infinity, 25, 15, 10, 6, 3, 1, 0];

export interface RenderedEmail {
  html: string;
  /** The plain-text twin, with the same cards as the HTML. */
  text: string;
  bytes: number;
  /** Cards per section actually shown (Infinity = all). */
  cardsPerSection: number;
}

export async function compileMjml(mjml: string): Promise<string> {
  const result = await mjml2html(mjml, { validationLevel: 'strict', keepComments: false, fonts: {}, minify: false });
  return result.html;
}

/**
 * The e-mail of an issue in the reader's language (Italian by default), within the budget in every language.
 * `compile` may be a cached compiler (src/lib/email/mjml-cache.ts): the output is the same.
 */
export async function renderEmail(
  issue: Issue, settings: Settings, template = readTemplate('email.mjml'), compile: MjmlCompiler = compileMjml, reader: Reader = readerFor(settings),
): Promise<RenderedEmail> {
  let last: RenderedEmail | undefined;
  for (const cap of SECTION_CAPS) {
    const biggest = Math.max(...issue.sections.map((section) => section.entries.length));
    if (cap !== Infinity && cap >= biggest) continue;
    const data = issueData(issue, settings, cap, reader);
    const html = alignToDirection(await compile(fillTemplate(template, data)), data.dir);
    last = { html, text: withoutInvalidChars(renderEmailText(data)), bytes: Buffer.byteLength(html, 'utf8'), cardsPerSection: cap };
    if (last.bytes <= EMAIL_HTML_BUDGET) return last;
  }
  throw new Error(`L'e-mail del numero ${issue.week} supera ${EMAIL_HTML_BUDGET} byte anche senza annunci (${last?.bytes ?? 0} byte): accorcia il modello templates/email.mjml.`);
}
