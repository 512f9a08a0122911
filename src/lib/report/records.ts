/**
 * What the sending commands left on disk, read as counts: the e-mail send state of each
 * issue (`out/send-state/<week>/state.jsonl`), the suppression list beside it and the
 * Telegram state (`out/telegram-state/<week>.<lang>/<chat>.json`). Keys are hashes and replies are
 * not read: nothing here can hold an address.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWeekId, type CalendarDate, type WeekId } from '../issue/dates.ts';
import { isLang, type Lang } from '../../i18n/languages.ts';
import { SUPPRESSION_FILE } from '../send/suppression.ts';
import { postedKeys, readChatState } from '../channels/telegram-state.ts';
import type { RecipientStatus } from '../send/state.ts';

/** One issue's e-mail send: how many recipients ended in each state. */
export interface EmailSend {
  week: WeekId;
  sent: number;
  /** Refused for good by the server. */
  failed: number;
  /** Not delivered yet (temporary failure, unconfirmed, or in flight when the send stopped). */
  pending: number;
}

/** One record of the suppression list: someone unsubscribed, or their server refused the address for good. */
export interface SuppressionEvent {
  date: CalendarDate;
  reason: 'disiscritto' | 'rifiutato';
}

/** Messages of one issue posted to Telegram in one language. */
export interface TelegramPosts {
  week: WeekId;
  lang: Lang;
  posted: number;
}

/** Events of the subscription database in one month (counts only: the store keeps no address in its events). */
export interface SubscriberEvents {
  /** `YYYY-MM`. */
  month: string;
  /** `richiesta`, `conferma`, `aggiunta`, `importazione`, `disiscrizione`, `cancellazione`. */
  kind: string;
  lang: string | null;
  count: number;
}

export interface SendRecords {
  emails: EmailSend[];
  suppressions: SuppressionEvent[];
  telegram: TelegramPosts[];
  /** Undefined when there is no subscription database. */
  subscribers?: SubscriberEvents[] | undefined;
}

/** JSON lines, skipping any torn by a crash (as the sender does). */
function jsonLines(file: string): unknown[] {
  const records: unknown[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line));
    } catch {
      // a line torn by a crash
    }
  }
  return records;
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? value as Record<string, unknown> : {});

/** The latest status of each recipient of one send, counted. */
export function countSendState(records: readonly unknown[]): Omit<EmailSend, 'week'> {
  const latest = new Map<string, RecipientStatus>();
  for (const record of records.map(asRecord)) {
    if (typeof record['k'] === 'string' && typeof record['s'] === 'string') latest.set(record['k'], record['s'] as RecipientStatus);
  }
  const counts = { sent: 0, failed: 0, pending: 0 };
  for (const status of latest.values()) {
    if (status === 'sent') counts.sent++;
    else if (status === 'failed') counts.failed++;
    else counts.pending++;
  }
  return counts;
}

/** Every issue's send under `stateRoot` (`out/send-state`), oldest first. */
export function readEmailSends(stateRoot: string): EmailSend[] {
  if (!existsSync(stateRoot)) return [];
  return readdirSync(stateRoot)
    .filter((name) => isWeekId(name) && existsSync(join(stateRoot, name, 'state.jsonl')))
    .sort()
    .map((week) => ({ week, ...countSendState(jsonLines(join(stateRoot, week, 'state.jsonl'))) }));
}

/** Unsubscriptions and refused addresses, by the day they were recorded. */
export function readSuppressions(stateRoot: string): SuppressionEvent[] {
  const file = join(stateRoot, SUPPRESSION_FILE);
  if (!existsSync(file)) return [];
  return jsonLines(file)
    .map(asRecord)
    .filter((record) => (record['s'] === 'disiscritto' || record['s'] === 'rifiutato') && typeof record['d'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record['d']))
    .map((record) => ({ date: record['d'] as string, reason: record['s'] as SuppressionEvent['reason'] }));
}

const LEGACY_TELEGRAM_STATE = /^(\d{4}-W\d{2})\.([a-z]{2})\.json$/;
const TELEGRAM_ISSUE = /^(\d{4}-W\d{2})\.([a-z]{2})$/;

/** Messages confirmed posted in one chat's state file (`telegram-state.ts`); none for a file that does not parse. */
function postedInChat(file: string): string[] {
  try {
    return postedKeys(readChatState(file, { chat: '', week: '', lang: '' }));
  } catch {
    return [];
  }
}

/**
 * Telegram messages posted per issue and language under `telegramRoot` (`out/telegram-state`):
 * distinct messages, whatever the chat (a test post to a second chat counts once), or the
 * counter an earlier version kept, whichever is larger.
 */
export function readTelegramPosts(telegramRoot: string): TelegramPosts[] {
  if (!existsSync(telegramRoot)) return [];
  const counts = new Map<string, TelegramPosts>();
  const add = (week: string, lang: string, posted: number) => {
    if (!isWeekId(week) || !isLang(lang) || posted <= 0) return;
    const key = `${week}.${lang}`;
    counts.set(key, { week, lang, posted: Math.max(posted, counts.get(key)?.posted ?? 0) });
  };
  for (const entry of readdirSync(telegramRoot, { withFileTypes: true })) {
    const legacy = entry.isFile() ? LEGACY_TELEGRAM_STATE.exec(entry.name) : null;
    if (legacy) {
      try {
        const next = asRecord(JSON.parse(readFileSync(join(telegramRoot, entry.name), 'utf8')))['next'];
        if (Number.isInteger(next)) add(legacy[1]!, legacy[2]!, next as number);
      } catch {
        // torn or foreign: not a count
      }
      continue;
    }
    const issue = entry.isDirectory() ? TELEGRAM_ISSUE.exec(entry.name) : null;
    if (!issue) continue;
    const distinct = new Set<string>();
    for (const chat of readdirSync(join(telegramRoot, entry.name))) {
      if (chat.endsWith('.json')) for (const key of postedInChat(join(telegramRoot, entry.name, chat))) distinct.add(key);
    }
    add(issue[1]!, issue[2]!, distinct.size);
  }
  return [...counts.values()].sort((a, b) => a.week.localeCompare(b.week) || a.lang.localeCompare(b.lang));
}

/** Everything the senders recorded, from their default folders under `outRoot` (`out`). */
export function readSendRecords(folders: { sendState: string; telegramState: string }): SendRecords {
  return {
    emails: readEmailSends(folders.sendState),
    suppressions: readSuppressions(folders.sendState),
    telegram: readTelegramPosts(folders.telegramState),
  };
}
