/**
 * Posts an issue's Telegram messages to a chat through the Bot API's `sendMessage`, once per
 * chat: each message is recorded by the hash of its text as "sending" before the call and
 * "posted" after Telegram confirms it (`telegram-state.ts`), under a lock per chat, issue and
 * language. A later run posts exactly the messages not confirmed; one that was in flight when a
 * run stopped (kill, timeout, dropped connection) is posted again, and the run says it may
 * appear twice. Every call has a time limit.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CommandError } from '../cli/exit-codes.ts';
import { acquireLock, LockedError } from '../send/lock.ts';
import { sleep } from '../send/sleep.ts';
import { chatKey, chatStateFile, legacyStateFile, messageKeys, postedKeys, readChatState, writeChatState, type ChatState } from './telegram-state.ts';

export interface TelegramOptions {
  /** `https://api.telegram.org`, or a test server. */
  apiUrl: string;
  token: string;
  chatId: string;
  week: string;
  lang: string;
  messages: readonly string[];
  /** The folder of the state (`out/telegram-state`). */
  stateDir: string;
  /** How many 429 "Too Many Requests" replies to wait out for one message. */
  maxWaits?: number;
  /** The longest `retry_after` waited out; a longer one stops the run (seconds). */
  maxRetryAfter?: number;
  /** Time limit of one Bot API call, answer included (milliseconds). */
  timeoutMs?: number;
  log: (line: string) => void;
}

export interface TelegramResult {
  posted: number;
  /** Confirmed posted by an earlier run. */
  skipped: number;
  total: number;
  /** Posted again because an earlier run stopped while sending them: they may appear twice. */
  uncertain: number;
}

interface TelegramReply {
  ok: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** A run that stopped: `usage` (settings, state) or `incomplete` (run again to resume). */
export class TelegramError extends CommandError {}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Errors raised before a connection exists: the message cannot have reached Telegram. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}

/** An earlier version's counter for this issue and language, if any: it named no chat. */
function legacyCount(stateDir: string, week: string, lang: string): number {
  const file = legacyStateFile(stateDir, week, lang);
  if (!existsSync(file)) return 0;
  try {
    const next = (JSON.parse(readFileSync(file, 'utf8')) as { next?: unknown }).next;
    return typeof next === 'number' && Number.isInteger(next) ? next : 0;
  } catch {
    return 0;
  }
}

export async function postToTelegram(options: TelegramOptions): Promise<TelegramResult> {
  const { week, lang, stateDir } = options;
  const hide = (text: string) => text.replaceAll(options.token, '***');
  const chat = chatKey(options.chatId);
  if (!chat) {
    throw new TelegramError('usage', `TELEGRAM_CHAT_ID "${options.chatId}" non è una chat di Telegram: scrivi il nome pubblico del canale (per esempio @bollettino_quartiere) o il suo numero (per esempio -1001234567890).`);
  }
  const file = chatStateFile(stateDir, week, lang, chat);
  let release: () => void;
  try {
    mkdirSync(dirname(file), { recursive: true });
    release = acquireLock(`${file}.lock`);
  } catch (error) {
    if (error instanceof LockedError) {
      throw new TelegramError('incomplete', `Un'altra pubblicazione del numero ${week} (${lang}) su ${chat} è in corso (processo ${error.owner.pid}): questa non pubblica nulla. Aspetta che finisca; rilanciando dopo, dice che cosa manca.`);
    }
    throw new TelegramError('usage', `Non riesco a scrivere lo stato di Telegram in ${file} (${errorCode(error)}): controlla la cartella di --stato.`);
  }
  try {
    return await postWithState(options, chat, file, hide);
  } finally {
    release();
  }
}

function readState(file: string, identity: Omit<ChatState, 'messages'>): ChatState {
  try {
    return readChatState(file, identity);
  } catch {
    throw new TelegramError('usage', `Lo stato di Telegram ${file} è illeggibile: non so che cosa è già stato pubblicato su ${identity.chat}. Controlla il canale; per ripubblicare tutto il numero sposta quel file altrove e rilancia.`);
  }
}

async function postWithState(options: TelegramOptions, chat: string, file: string, hide: (text: string) => string): Promise<TelegramResult> {
  const { week, lang, messages } = options;
  const state = readState(file, { chat, week, lang });
  const keys = messageKeys(messages);
  const total = messages.length;
  const legacy = legacyCount(options.stateDir, week, lang);
  if (legacy > 0 && Object.keys(state.messages).length === 0) {
    throw new TelegramError('usage', `${legacyStateFile(options.stateDir, week, lang)} dice che ${legacy} messaggi del numero ${week} (${lang}) sono già stati pubblicati, ma non su quale chat (lo ha scritto una versione precedente). Se sono già nel canale ${chat}, non serve altro; per pubblicare comunque, sposta quel file altrove e rilancia.`);
  }
  const current = new Set(keys);
  const gone = postedKeys(state).filter((key) => !current.has(key)).length;
  const missing = keys.filter((key) => !(state.messages[key] && 'posted' in state.messages[key])).length;
  if (gone > 0 && missing > 0) {
    options.log(`Il testo del numero è cambiato dopo che ${gone} messaggi erano già stati pubblicati su ${chat} (il numero è stato ricostruito): pubblico i ${missing} messaggi nuovi o cambiati, quindi alcune schede possono comparire due volte.`);
  }
  const endpoint = `${options.apiUrl.replace(/\/+$/, '')}/bot${options.token}/sendMessage`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let posted = 0;
  let skipped = 0;
  let uncertain = 0;
  for (let index = 0; index < total; index++) {
    const key = keys[index]!;
    const where = `messaggio ${index + 1} di ${total}`;
    const before = state.messages[key];
    if (before && 'posted' in before) {
      skipped++;
      continue;
    }
    if (before && 'sending' in before) {
      uncertain++;
      options.log(`Il ${where} era in invio quando la pubblicazione precedente si è interrotta: lo ripubblico, quindi potrebbe comparire due volte in ${chat}.`);
    }
    state.messages[key] = { sending: new Date().toISOString() };
    writeChatState(file, state);
    const forget = () => {
      // Telegram answered without posting it (or was never reached): nothing is in the chat.
      if (before && 'sending' in before) state.messages[key] = before;
      else delete state.messages[key];
      writeChatState(file, state);
    };
    for (let waits = 0; ; waits++) {
      let reply: TelegramReply;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Plain text: nothing in editors' words is read as formatting; no previews of the many links.
          body: JSON.stringify({ chat_id: options.chatId, text: messages[index], link_preview_options: { is_disabled: true } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        reply = (await response.json().catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'TimeoutError') throw error;
          return { ok: false, error_code: response.status, description: response.statusText };
        })) as TelegramReply;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'TimeoutError') {
          throw new TelegramError('incomplete', `Telegram non ha risposto entro ${timeoutMs / 1000} secondi al ${where}: potrebbe averlo pubblicato lo stesso. Rilancia il comando: riprende da questo messaggio, che potrebbe così comparire due volte.`);
        }
        const code = errorCode(error);
        if (NOT_CONNECTED.has(code)) {
          forget();
          throw new TelegramError('incomplete', hide(`Telegram non raggiungibile (${code}) al ${where}. Rilancia il comando: riprende da questo messaggio.`));
        }
        throw new TelegramError('incomplete', hide(`La connessione con Telegram si è interrotta (${code}) al ${where}: potrebbe averlo pubblicato lo stesso. Rilancia il comando: riprende da questo messaggio, che potrebbe così comparire due volte.`));
      }
      if (reply.ok) {
        const id = reply.result?.message_id;
        state.messages[key] = { posted: new Date().toISOString(), ...(typeof id === 'number' ? { id } : {}) };
        writeChatState(file, state);
        break;
      }
      const retryAfter = reply.parameters?.retry_after;
      if (reply.error_code === 429 && typeof retryAfter === 'number' && retryAfter <= (options.maxRetryAfter ?? 120) && waits < (options.maxWaits ?? 5)) {
        options.log(`Telegram chiede di aspettare ${retryAfter} secondi…`);
        await sleep(retryAfter * 1000);
        continue;
      }
      forget();
      if (reply.error_code === 429) {
        throw new TelegramError('incomplete', `Telegram chiede di aspettare ${retryAfter ?? '?'} secondi prima del ${where}: rilancia più tardi, riprende da questo messaggio.`);
      }
      throw new TelegramError('incomplete', hide(`Telegram ha rifiutato il ${where} (${reply.error_code ?? '?'}: ${reply.description ?? 'nessuna spiegazione'}). Controlla TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID e che il bot sia amministratore del canale, poi rilancia: riprende da questo messaggio.`));
    }
    posted++;
    options.log(`Messaggio ${index + 1} di ${total} pubblicato.`);
  }
  return { posted, skipped, total, uncertain };
}
