/** Writes the current issue's channel texts into the build: `canali/<week>.<channel>.<lang>.txt`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Issue } from '../issue.ts';
import type { Settings } from '../settings.ts';
import { issueData } from '../view/issue-data.ts';
import { channelMessages, type Channel } from './render.ts';
import { joinMessages } from './split.ts';
import { CHANNEL_WORDS_IT, type ChannelWords } from './words.ts';

const LANGUAGES: Record<string, ChannelWords> = { it: CHANNEL_WORDS_IT };
const CHANNELS: readonly Channel[] = ['whatsapp', 'telegram'];

/** File name of an issue's channel text. */
export const channelFile = (week: string, channel: Channel, lang: string) => `${week}.${channel}.${lang}.txt`;

/** Returns the files written, relative to `outDir`. */
export async function writeChannelTexts(outDir: string, issue: Issue | undefined, settings: Settings): Promise<string[]> {
  if (!issue) return [];
  await mkdir(join(outDir, 'canali'), { recursive: true });
  const data = issueData(issue, settings);
  const written: string[] = [];
  for (const [lang, words] of Object.entries(LANGUAGES)) {
    for (const channel of CHANNELS) {
      const file = join('canali', channelFile(issue.week, channel, lang));
      await writeFile(join(outDir, file), joinMessages(channelMessages(data, channel, words)));
      written.push(file);
    }
  }
  return written;
}
