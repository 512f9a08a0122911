import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatKey, chatStateFile, messageKeys, postedKeys, readChatState, writeChatState } from '../../../src/lib/channels/telegram-state.ts';
import { readTelegramPosts } from '../../../src/lib/report/records.ts';

describe('the Telegram state', () => {
  it('names a message by its text, wherever it stands, and each repeat of a text apart', () => {
    const keys = messageKeys(['a', 'b', 'a']);
    expect(new Set(keys).size).toBe(3);
    expect(messageKeys(['b', 'a'])).toEqual([keys[1], keys[0]]);
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 30 }), (texts) => {
      expect(new Set(messageKeys(texts)).size).toBe(texts.length);
    }), { numRuns: 300 });
  });

  it('accepts a channel name (any case) or a chat number, and nothing that could leave the state folder', () => {
    expect(chatKey('@Bollettino_Quartiere')).toBe('@bollettino_quartiere');
    expect(chatKey('-1001234567890')).toBe('-1001234567890');
    for (const wrong of ['', 'bollettino', '@ab', '@a/b', '../x', '@../../x', '1.5', '@bollettino quartiere']) expect(chatKey(wrong), wrong).toBeUndefined();
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const key = chatKey(text);
      if (key === undefined) return;
      const file = chatStateFile('/stato', '2026-W48', 'it', key);
      expect(dirname(file)).toBe('/stato/2026-W48.it');
      expect(basename(file)).toBe(`${key}.json`);
    }), { numRuns: 1000 });
  });

  it('reads back what it wrote, and refuses a torn file rather than reading it as "nothing posted"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'telegram-stato-'));
    const file = chatStateFile(dir, '2026-W48', 'it', '@bollettino');
    const identity = { chat: '@bollettino', week: '2026-W48', lang: 'it' };
    expect(readChatState(file, identity).messages).toEqual({});
    writeChatState(file, { ...identity, messages: { a: { posted: '2026-11-23T08:00:00Z', id: 7 }, b: { sending: '2026-11-23T08:00:01Z' } } });
    expect(postedKeys(readChatState(file, identity))).toEqual(['a']);
    writeFileSync(file, '{"chat":"@bollettino","messages":{"a":{"pos');
    expect(() => readChatState(file, identity)).toThrow();
  });

  it('counts for the report the distinct messages posted per issue and language, a test chat adding none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'telegram-rapporto-'));
    const identity = { week: '2026-W48', lang: 'it' };
    const [a, b, c] = messageKeys(['a', 'b', 'c']);
    writeChatState(chatStateFile(dir, '2026-W48', 'it', '@bollettino'), { ...identity, chat: '@bollettino', messages: { [a!]: { posted: 'x' }, [b!]: { posted: 'x' }, [c!]: { sending: 'x' } } });
    writeChatState(chatStateFile(dir, '2026-W48', 'it', '@prova'), { ...identity, chat: '@prova', messages: { [a!]: { posted: 'x' } } });
    writeChatState(chatStateFile(dir, '2026-W48', 'ar', '@bollettino'), { ...identity, lang: 'ar', chat: '@bollettino', messages: { [c!]: { posted: 'x' } } });
    writeFileSync(join(dir, '2026-W47.it.json'), '{"next":5}\n');
    expect(readTelegramPosts(dir)).toEqual([
      { week: '2026-W47', lang: 'it', posted: 5 },
      { week: '2026-W48', lang: 'ar', posted: 1 },
      { week: '2026-W48', lang: 'it', posted: 2 },
    ]);
  });
});
