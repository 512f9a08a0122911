/**
 * What `npm run telegram` remembers: per chat, issue and language, each message by the hash
 * of its text, posted or in flight. A test post to another chat, a rebuild between runs or a
 * reordered file can then neither skip a message nor repeat one that was confirmed.
 * Layout: `<stato>/<week>.<lang>/<chat>.json`, written whole (temporary file, then rename).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A message in flight was sent but not confirmed: it may be in the chat already. */
export type MessageRecord = { posted: string; id?: number } | { sending: string };

export interface ChatState {
  chat: string;
  week: string;
  lang: string;
  /** By message key (`messageKeys`). */
  messages: Record<string, MessageRecord>;
}

/** A channel's public name (`@name`, 5–32 letters, digits or `_`) or a numeric chat id. */
const CHAT_ID = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?\d{1,20})$/;

/**
 * The chat as the state names it, or undefined when `chatId` is not one Telegram accepts.
 * Public names are case-insensitive at Telegram: `@Bollettino` and `@bollettino` are one chat.
 */
export function chatKey(chatId: string): string | undefined {
  const trimmed = chatId.trim();
  if (!CHAT_ID.test(trimmed)) return undefined;
  return trimmed.startsWith('@') ? trimmed.toLowerCase() : trimmed;
}

/** The state file of one chat, issue and language. */
export function chatStateFile(stateDir: string, week: string, lang: string, chat: string): string {
  return join(stateDir, `${week}.${lang}`, `${chat}.json`);
}

/** The file the earlier version kept: one counter per issue and language, for no chat in particular. */
export function legacyStateFile(stateDir: string, week: string, lang: string): string {
  return join(stateDir, `${week}.${lang}.json`);
}

/**
 * One key per message: the hash of its text, with the occurrence number when the same text
 * comes twice in one issue (each must be posted).
 */
export function messageKeys(messages: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((text) => {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? hash : `${hash}.${count}`;
  });
}

function isRecord(value: unknown): value is MessageRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['posted'] === 'string' || typeof record['sending'] === 'string';
}

/** The state, or an empty one; a record that does not parse is an error (never read as "nothing posted"). */
export function readChatState(file: string, identity: Omit<ChatState, 'messages'>): ChatState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...identity, messages: {} };
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<ChatState> | null;
  const messages: Record<string, MessageRecord> = {};
  if (typeof parsed?.messages !== 'object' || parsed.messages === null) throw new SyntaxError('no messages');
  for (const [key, value] of Object.entries(parsed.messages)) if (isRecord(value)) messages[key] = value;
  return { ...identity, messages };
}

/** Written whole or not at all: a kill never leaves a torn state. */
export function writeChatState(file: string, state: ChatState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(temporary, file);
}

/** The keys of the messages Telegram confirmed. */
export function postedKeys(state: Pick<ChatState, 'messages'>): string[] {
  return Object.entries(state.messages).filter(([, record]) => 'posted' in record).map(([key]) => key);
}
