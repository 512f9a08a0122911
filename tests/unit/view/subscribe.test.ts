import { describe, expect, it } from 'vitest';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { subscribeWays } from '../../../src/lib/view/subscribe.ts';
import { settings as projectSettings } from '../../../src/settings.ts';

const withSubscribe = (subscribe: Record<string, string>) => defineSettings({ ...projectSettings, siteUrl: 'https://example.org/lavoro', subscribe }, {});

/** The ways an Italian page shows for these subscribe settings. */
const waysFor = (subscribe: Record<string, string>) => {
  const settings = withSubscribe(subscribe);
  return subscribeWays(settings, readerFor(settings));
};

describe('the "Ricevi il bollettino" ways', () => {
  it('always offers the e-mail (to the editors by default) and the feed, with absolute links', () => {
    const ways = waysFor({});
    expect(ways.map((way) => way.kind)).toEqual(['email', 'rss']);
    expect(ways[0]!.href).toMatch(/^mailto:redazione@example\.org\?subject=Iscrizione%20al%20/);
    expect(ways[1]!.href).toBe('https://example.org/lavoro/rss.xml');
  });

  it('adds the WhatsApp and Telegram channels when the settings have them, and a separate address for requests', () => {
    const ways = waysFor({ email: 'iscrizioni@example.org', whatsapp: 'https://whatsapp.com/channel/0029Va', telegram: 'https://t.me/bollettino_lavoro' });
    expect(ways.map((way) => way.kind)).toEqual(['email', 'whatsapp', 'telegram', 'rss']);
    expect(ways[0]!.action).toBe('Scrivi a iscrizioni@example.org');
    expect(ways[2]!.href).toBe('https://t.me/bollettino_lavoro');
  });

  it('refuses a channel link that leads elsewhere, saying which setting and how it should look', () => {
    expect(() => withSubscribe({ telegram: 'https://whatsapp.com/channel/0029Va' })).toThrow(/campo "subscribe\.telegram": "https:\/\/whatsapp\.com\/channel\/0029Va" deve essere un link a t\.me o telegram\.me, per esempio https:\/\/t\.me\/nome_del_canale/);
    expect(() => withSubscribe({ whatsapp: 'javascript:alert(1)' })).toThrow(/subscribe\.whatsapp/);
    expect(() => withSubscribe({ whatsapp: 'https://evilwhatsapp.com/x' })).toThrow(/subscribe\.whatsapp/);
  });
});
