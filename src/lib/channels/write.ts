/** Writes the current issue's channel texts into the build: `canali/<week>.<channel>.<lang>.txt`, one per reader language. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGS } from '../../i18n/index.ts';
import type { Issue } from '../issue/model.ts';
import type { Settings } from '../settings/settings.ts';
import { issueData } from '../view/issue-data.ts';
import { readerFor } from '../view/reader.ts';
import { channelMessages, type Channel } from './render.ts';
import { joinMessages } from './split.ts';

const CHANNELS: readonly Channel[] = ['whatsapp', 'telegram'];

/** File name of an issue's channel text. */
export const channelFile = (week: string, channel: Channel, lang: string) => `${week}.${channel}.${lang}.txt`;

/** Returns the files written, relative to `outDir`. */
export async function writeChannelTexts(outDir: string, issue: Issue | undefined, settings: Settings): Promise<string[]> {
  if (!issue) return [];
  await mkdir(join(outDir, 'canali'), { recursive: true });
  const written: string[] = [];
  for (const lang of LANGS) {
    const data = issueData(issue, settings, Infinity, readerFor(settings, lang));
    for (const channel of CHANNELS) {
      const file = join('canali', channelFile(issue.week, channel, lang));
      await writeFile(join(outDir, file), joinMessages(channelMessages(data, channel)));
      written.push(file);
    }
  }
  return written;
}
