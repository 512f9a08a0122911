/**
 * `writeChannelTexts`, the build step that leaves the channel texts beside the site: one
 * WhatsApp and one Telegram file per reader language, each in its own words, read back the
 * way `npm run telegram` reads them. (The build runs it in its child process.)
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/index.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { splitMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from '../../../src/lib/channels/split.ts';
import { channelFile, writeChannelTexts } from '../../../src/lib/channels/write.ts';
import { buildBulletin } from '../../../src/lib/issue/model.ts';
import { settings } from '../../../src/settings.ts';
import { offer } from '../../helpers/items.ts';

const issue = buildBulletin([offer('magazziniere', { title: 'Magazziniere a Crescenzago', published: '2026-11-30' })], '2026-12-01', settings.firstIssueWeek).current!;

describe('the channel texts written with the build', () => {
  it('writes nothing, not even the folder, when there is no issue', async () => {
    const out = mkdtempSync(join(tmpdir(), 'canali-'));
    expect(await writeChannelTexts(out, undefined, settings)).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes both channels in every reader language, each within its message limit and with the item\'s page', async () => {
    const out = mkdtempSync(join(tmpdir(), 'canali-'));
    const written = await writeChannelTexts(out, issue, settings);
    const expected = LANGS.flatMap((lang) => [join('canali', `2026-W49.whatsapp.${lang}.txt`), join('canali', `2026-W49.telegram.${lang}.txt`)]);
    expect(issue.week).toBe('2026-W49');
    expect(written.sort()).toEqual(expected.sort());
    expect(readdirSync(join(out, 'canali')).sort()).toEqual(expected.map((file) => file.slice('canali/'.length)).sort());
    const texts = new Set<string>();
    for (const lang of LANGS) {
      for (const [channel, limit] of [['whatsapp', WHATSAPP_LIMIT], ['telegram', TELEGRAM_LIMIT]] as const) {
        const text = readFileSync(join(out, 'canali', channelFile('2026-W49', channel, lang)), 'utf8');
        texts.add(text);
        const messages = splitMessages(text);
        expect(messages.length, `${channel} ${lang}`).toBeGreaterThan(0);
        for (const message of messages) expect(message.length).toBeLessThanOrEqual(limit);
        expect(text).toContain('Magazziniere a Crescenzago');
        expect(text).toContain(`offerte/magazziniere/`);
        // The reader's own words around the item: the Arabic file is not the Italian one.
        expect(text).toContain(DICTIONARIES[lang].sections.lavoro.title);
      }
    }
    expect(texts.size).toBe(LANGS.length * 2);
  });
});
