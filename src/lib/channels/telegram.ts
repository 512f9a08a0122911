/**
 * Posts an issue's Telegram messages to a channel through the Bot API's `sendMessage`,
 * once: the index of the next message is saved after each one, so a run that stops
 * (error, kill) is resumed by the next without repeating what was posted.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sleep } from '../send/sleep.ts';

export interface TelegramOptions {
  /** `https://api.telegram.org`, or a test server. */
  apiUrl: string;
  token: string;
  chatId: string;
  messages: readonly string[];
  /** JSON file with the index of the next message to post. */
  stateFile: string;
  /** How many 429 "Too Many Requests" replies to wait out for one message. */
  maxWaits?: number;
  log: (line: string) => void;
}

export interface TelegramResult {
  posted: number;
  /** Posted by an earlier run. */
  skipped: number;
  total: number;
}

interface TelegramState {
  next: number;
}

interface TelegramReply {
  ok: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export class TelegramError extends Error {}

function readState(file: string): TelegramState {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as TelegramState;
    return Number.isInteger(state.next) && state.next >= 0 ? state : { next: 0 };
  } catch {
    return { next: 0 };
  }
}

/** Written whole or not at all: a kill never leaves a torn index. */
function writeState(file: string, state: TelegramState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}


export async function postToTelegram(options: TelegramOptions): Promise<TelegramResult> {
  const hide = (text: string) => text.replaceAll(options.token, '***');
  const endpoint = `${options.apiUrl.replace(/\/+$/, '')}/bot${options.token}/sendMessage`;
  const state = readState(options.stateFile);
  const total = options.messages.length;
  const skipped = Math.min(state.next, total);
  let posted = 0;
  for (let index = skipped; index < total; index++) {
    for (let waits = 0; ; waits++) {
      let reply: TelegramReply;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Plain text: nothing in editors' words is read as formatting; no previews of the many links.
          body: JSON.stringify({ chat_id: options.chatId, text: options.messages[index], link_preview_options: { is_disabled: true } }),
        });
        reply = (await response.json().catch(() => ({ ok: false, error_code: response.status, description: response.statusText }))) as TelegramReply;
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error));
        throw new TelegramError(hide(`Telegram non raggiungibile (${cause}) al messaggio ${index + 1} di ${total}. Riesegui il comando: riprende da questo messaggio.`));
      }
      if (reply.ok) break;
      const retryAfter = reply.parameters?.retry_after;
      if (reply.error_code === 429 && retryAfter !== undefined && waits < (options.maxWaits ?? 5)) {
        options.log(`Telegram chiede di aspettare ${retryAfter} secondi…`);
        await sleep(retryAfter * 1000);
        continue;
      }
      throw new TelegramError(hide(`Telegram ha rifiutato il messaggio ${index + 1} di ${total} (${reply.error_code ?? '?'}: ${reply.description ?? 'nessuna spiegazione'}). Controlla TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID e che il bot sia amministratore del canale, poi riesegui: riprende da questo messaggio.`));
    }
    writeState(options.stateFile, { next: index + 1 });
    posted++;
    options.log(`Messaggio ${index + 1} di ${total} pubblicato.`);
  }
  return { posted, skipped, total };
}
