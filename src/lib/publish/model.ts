/**
 * The checked content of one build, handed to Astro as a file: the build script reads and
 * validates every file once, renders Markdown bodies once, and Astro's pages read this
 * instead of the content folder (`BULLETIN_MODEL`). Without it (the dev preview), pages
 * read the content folder themselves.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isMdx, renderMarkdownBody, type RenderedBody } from '../content/body.ts';
import type { CalendarDate, WeekId } from '../issue/dates.ts';
import type { Item } from '../content/items.ts';

export interface BuildModel {
  today: CalendarDate;
  firstIssueWeek: WeekId;
  items: Item[];
}

/** Environment variable naming the model file of the build under way. */
export const MODEL_ENV = 'BULLETIN_MODEL';

/** Items with their Markdown bodies rendered (MDX bodies are left to Astro); `render` may be the build's cached renderer. */
export async function withRenderedBodies(items: readonly Item[], render: (markdown: string) => Promise<RenderedBody> = renderMarkdownBody): Promise<Item[]> {
  return Promise.all(items.map(async (item) => {
    const rendered = isMdx(item) ? {} : { rendered: await render(item.body) };
    // Translated bodies are Markdown, whatever the original.
    const bodies = Object.entries(item.data.translations ?? {}).filter(([, block]) => block?.body);
    const renderedTranslations = bodies.length
      ? Object.fromEntries(await Promise.all(bodies.map(async ([lang, block]) => [lang, await render(block!.body!)] as const)))
      : undefined;
    return { ...item, ...rendered, ...(renderedTranslations ? { renderedTranslations } : {}) };
  }));
}

/** Written whole or not at all: Astro may be waiting for it. */
export function writeModel(file: string, model: BuildModel): void {
  writeFileSync(`${file}.part`, JSON.stringify(model));
  renameSync(`${file}.part`, file);
}

/**
 * Astro starts before the content is checked and its pages wait here for the model. Astro's
 * pages are synchronous, so the wait is too; it ends if the build script is gone.
 */
export function readModel(file: string, parentPid = process.ppid): BuildModel {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (!isAlive(parentPid)) throw new Error(`il file ${file} non è stato scritto: la costruzione del sito è stata interrotta.`);
    Atomics.wait(pause, 0, 0, 20);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as BuildModel;
}

function isAlive(pid: number): boolean {
  if (pid <= 1) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
