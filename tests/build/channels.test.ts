/** The current issue's WhatsApp and Telegram texts in the fixture build, checked against its issue page. */
import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from '../../src/lib/channels/split.ts';
import { builtDir, SITE_URL } from '../helpers/build.ts';

const dist = builtDir('basic');
const $ = load(readFileSync(join(dist, 'index.html'), 'utf8'));
// Items closed since the Monday stay on the page, marked closed, but not in the channel texts.
const onPage = $('article[data-id]:not([data-closed])').map((_, el) => ({ id: $(el).attr('data-id')!, kind: $(el).attr('data-kind')! })).get();
const closedOnPage = $('article[data-closed]').map((_, el) => $(el).attr('data-id')!).get();
const FOLDERS: Record<string, string> = { offer: 'offerte', course: 'corsi', service: 'servizi' };

describe('channel texts of the current issue', () => {
  it('are written for WhatsApp and Telegram, in every reader language, for the current week only', () => {
    const expected = ['ar', 'en', 'es', 'fr', 'it', 'si'].flatMap((lang) => [`2026-W48.telegram.${lang}.txt`, `2026-W48.whatsapp.${lang}.txt`]);
    expect(readdirSync(join(dist, 'canali')).sort()).toEqual(expected.sort());
  });

  it('give the Arabic reader the same items as the Arabic issue page, with links to its pages', () => {
    const arabic = load(readFileSync(join(dist, 'ar', 'index.html'), 'utf8'));
    const ids = arabic('article[data-id]:not([data-closed])').map((_, el) => arabic(el).attr('data-id')!).get();
    const text = readFileSync(join(dist, 'canali', '2026-W48.whatsapp.ar.txt'), 'utf8');
    expect(ids.length).toBe(onPage.length);
    for (const id of ids) expect(text.match(new RegExp(`${SITE_URL}/ar/(offerte|corsi|servizi)/${id}/`, 'g')), id).toHaveLength(1);
  });

  for (const [channel, limit] of [['whatsapp', WHATSAPP_LIMIT], ['telegram', TELEGRAM_LIMIT]] as const) {
    const messages = splitMessages(readFileSync(join(dist, 'canali', `2026-W48.${channel}.it.txt`), 'utf8'));
    const text = messages.join('\n');

    it(`${channel}: every item of the issue page appears exactly once, with its absolute link`, () => {
      expect(onPage.length).toBeGreaterThan(5);
      for (const { id, kind } of onPage) {
        const link = `Dettagli: ${SITE_URL}/${FOLDERS[kind]}/${id}/`;
        expect(text.split('\n').filter((line) => line === link), id).toHaveLength(1);
      }
      expect(text.match(/^Dettagli: /gm)).toHaveLength(onPage.length);
    });

    it(`${channel}: leaves out, in every language, the items closed since the Monday`, () => {
      expect(closedOnPage).toContain('expires-on-monday');
      for (const file of readdirSync(join(dist, 'canali')).filter((name) => name.includes(channel))) {
        const all = readFileSync(join(dist, 'canali', file), 'utf8');
        for (const id of closedOnPage) expect(all, `${file}: ${id}`).not.toContain(`/${id}/`);
      }
    });

    it(`${channel}: no message is over ${limit} characters`, () => {
      for (const message of messages) expect(message.length).toBeLessThanOrEqual(limit);
    });
  }
});
