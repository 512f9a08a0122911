/**
 * The checked content of one build, handed to Astro as a file: the build script reads and
 * validates every file once, renders Markdown bodies once, and Astro's pages read this
 * instead of the content folder (`BULLETIN_MODEL`). Without it (the dev preview), pages
 * read the content folder themselves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMdx, renderMarkdownBody } from '../content/body.ts';
import type { CalendarDate, WeekId } from '../dates.ts';
import type { Item } from '../items.ts';

export interface BuildModel {
  today: CalendarDate;
  firstIssueWeek: WeekId;
  items: Item[];
}

/** Environment variable naming the model file of the build under way. */
export const MODEL_ENV = 'BULLETIN_MODEL';

/** Items with their Markdown bodies rendered (MDX bodies are left to Astro). */
export async function withRenderedBodies(items: readonly Item[]): Promise<Item[]> {
  return Promise.all(items.map(async (item) => (isMdx(item) ? item : { ...item, rendered: await renderMarkdownBody(item.body) })));
}

export function writeModel(file: string, model: BuildModel): void {
  writeFileSync(file, JSON.stringify(model));
}

export function readModel(file: string): BuildModel {
  return JSON.parse(readFileSync(file, 'utf8')) as BuildModel;
}
