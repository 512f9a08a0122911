/**
 * `postToTelegram` in this process against a local server speaking the Bot API's sendMessage
 * (port 0): the failures the command tests cannot reach cheaply — no server at all, a
 * connection cut after the message arrived, an answer that is not JSON, waits that are too
 * long or too many, a state folder that cannot be written or read. Each says in Italian what
 * happened, never shows the bot's token, and leaves the state so that the next run posts
 * exactly what is missing. The command as typed is tests/send/telegram.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, exitCodeOf } from '../../../src/lib/cli/exit-codes.ts';
import { postToTelegram, TelegramError, type TelegramOptions } from '../../../src/lib/channels/telegram.ts';
import { chatStateFile, messageKeys } from '../../../src/lib/channels/telegram-state.ts';

const TOKEN = '987654:token-segreto-del-bot';
const CHAT = '@bollettino_prova';
const MESSAGES = ['Numero 2026-W49: offerte', 'Corsi e servizi'];

type Handler = (request: IncomingMessage, response: ServerResponse, text: string) => void;
const hanging: ServerResponse[] = [];
let handle: Handler;
/** Texts the server received, in order (each one is in the chat once received). */
let received: string[] = [];
let url = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    const text = (JSON.parse(body) as { text: string }).text;
    received.push(text);
    handle(request, response, text);
  });
});
const json = (response: ServerResponse, status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
const posted: Handler = (_request, response) => json(response, 200, { ok: true, result: { message_id: received.length } });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  for (const response of hanging) response.destroy();
  server.closeAllConnections();
  server.close(() => resolve());
}));
beforeEach(() => {
  received = [];
  handle = posted;
});

function options(stateDir: string, logs: string[], overrides: Partial<TelegramOptions> = {}): TelegramOptions {
  return { apiUrl: url, token: TOKEN, chatId: CHAT, week: '2026-W49', lang: 'it', messages: MESSAGES, stateDir, timeoutMs: 10_000, log: (line) => logs.push(line), ...overrides };
}

/** The run's error (a TelegramError), with its exit code. */
async function failure(run: Promise<unknown>): Promise<{ message: string; code: number }> {
  const error = await run.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(TelegramError);
  return { message: (error as Error).message, code: exitCodeOf(error, 'incomplete') };
}

const stateOf = (stateDir: string) => JSON.parse(readFileSync(chatStateFile(stateDir, '2026-W49', 'it', CHAT), 'utf8')) as { messages: Record<string, { posted?: string; sending?: string; id?: number }> };
const stateDir = () => mkdtempSync(join(tmpdir(), 'telegram-'));

describe('posting to Telegram, in process', () => {
  it('with no server at all: says Telegram is unreachable, keeps nothing as in flight, and the next run posts it once', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dir = stateDir();
    const logs: string[] = [];
    const { message, code } = await failure(postToTelegram(options(dir, logs, { apiUrl: `http://127.0.0.1:${port}/` })));
    expect(code).toBe(EXIT.incomplete);
    expect(message).toBe('Telegram non raggiungibile (ECONNREFUSED) al messaggio 1 di 2. Rilancia il comando: riprende da questo messaggio.');
    expect(stateOf(dir).messages).toEqual({});
    const result = await postToTelegram(options(dir, logs));
    expect(result).toEqual({ posted: 2, skipped: 0, total: 2, uncertain: 0 });
    expect(received).toEqual(MESSAGES);
    expect(logs.join('\n')).not.toContain('due volte');
  });

  it('when the connection drops after the message arrived: says it may appear twice, and the next run says so again', async () => {
    const dir = stateDir();
    const logs: string[] = [];
    handle = (request, response, text) => (text === MESSAGES[1] ? request.socket.destroy() : posted(request, response, text));
    const { message, code } = await failure(postToTelegram(options(dir, logs)));
    expect(code).toBe(EXIT.incomplete);
    expect(message).toMatch(/^La connessione con Telegram si è interrotta \(.+\) al messaggio 2 di 2: potrebbe averlo pubblicato lo stesso\./);
    expect(message).not.toContain(TOKEN);
    const [first, second] = messageKeys(MESSAGES);
    expect(stateOf(dir).messages[first!]).toMatchObject({ posted: expect.any(String), id: 1 });
    expect(stateOf(dir).messages[second!]).toEqual({ sending: expect.any(String) });

    // Refused on the next run: it stays "in flight", so a third run still warns.
    handle = (_request, response) => json(response, 400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    const refused = await failure(postToTelegram(options(dir, logs)));
    expect(refused.message).toContain('Telegram ha rifiutato il messaggio 2 di 2 (400: Bad Request: chat not found)');
    expect(stateOf(dir).messages[second!]).toEqual({ sending: expect.any(String) });

    handle = posted;
    logs.length = 0;
    const result = await postToTelegram(options(dir, logs));
    expect(result).toEqual({ posted: 1, skipped: 1, total: 2, uncertain: 1 });
    expect(logs[0]).toBe('Il messaggio 2 di 2 era in invio quando la pubblicazione precedente si è interrotta: lo ripubblico, quindi potrebbe comparire due volte in @bollettino_prova.');
    expect(received.filter((text) => text === MESSAGES[0])).toHaveLength(1);
  });

  it('reads an answer that is not JSON as a refusal with its HTTP status, and hides the token the server echoed', async () => {
    const dir = stateDir();
    handle = (request, response) => response.writeHead(502, `Bad Gateway for ${request.url}`, { 'content-type': 'text/html' }).end('<h1>502</h1>');
    const { message, code } = await failure(postToTelegram(options(dir, [])));
    expect(code).toBe(EXIT.incomplete);
    expect(message).toBe('Telegram ha rifiutato il messaggio 1 di 2 (502: Bad Gateway for /bot***/sendMessage). Controlla TELEGRAM_BOT_TOKEN, TELEGRAM_CHAT_ID e che il bot sia amministratore del canale, poi rilancia: riprende da questo messaggio.');
    expect(stateOf(dir).messages).toEqual({});
    expect(received).toEqual([MESSAGES[0]]);
  });

  it('waits out a short 429, but stops at once on a wait too long and after too many waits', async () => {
    const dir = stateDir();
    const logs: string[] = [];
    let calls = 0;
    handle = (request, response, text) => (++calls === 1 ? json(response, 429, { ok: false, error_code: 429, parameters: { retry_after: 0 } }) : posted(request, response, text));
    expect(await postToTelegram(options(dir, logs))).toEqual({ posted: 2, skipped: 0, total: 2, uncertain: 0 });
    expect(logs).toEqual(['Telegram chiede di aspettare 0 secondi…', 'Messaggio 1 di 2 pubblicato.', 'Messaggio 2 di 2 pubblicato.']);

    handle = (_request, response) => json(response, 429, { ok: false, error_code: 429, parameters: { retry_after: 3600 } });
    received = [];
    const tooLong = await failure(postToTelegram(options(stateDir(), logs, { maxRetryAfter: 60 })));
    expect(tooLong).toEqual({ code: EXIT.incomplete, message: 'Telegram chiede di aspettare 3600 secondi prima del messaggio 1 di 2: rilancia più tardi, riprende da questo messaggio.' });
    expect(received).toHaveLength(1);

    handle = (_request, response) => json(response, 429, { ok: false, error_code: 429, parameters: { retry_after: 0 } });
    received = [];
    const tooMany = await failure(postToTelegram(options(stateDir(), logs, { maxWaits: 2 })));
    expect(tooMany.message).toContain('Telegram chiede di aspettare 0 secondi prima del messaggio 1 di 2');
    expect(received).toHaveLength(3);
  });

  it('refuses a state folder it cannot write, or a state it cannot read, posting nothing (exit 4)', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'file'), '');
    const unwritable = await failure(postToTelegram(options(join(dir, 'file'), [])));
    expect(unwritable.code).toBe(EXIT.usage);
    expect(unwritable.message).toMatch(/^Non riesco a scrivere lo stato di Telegram in .*file\/2026-W49\.it\/@bollettino_prova\.json \(ENOTDIR\): controlla la cartella di --stato\.$/);

    const file = chatStateFile(dir, '2026-W49', 'it', CHAT);
    mkdirSync(join(dir, '2026-W49.it'), { recursive: true });
    writeFileSync(file, '{"chat":"@bollettino_prova","messages":{"ab');
    const torn = await failure(postToTelegram(options(dir, [], { chatId: '@Bollettino_Prova' })));
    expect(torn.code).toBe(EXIT.usage);
    expect(torn.message).toContain(`Lo stato di Telegram ${file} è illeggibile`);
    expect(received).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('{"chat":"@bollettino_prova","messages":{"ab');
  });

  it('gives up on a silent answer after the time limit, keeping the message as in flight', async () => {
    const dir = stateDir();
    handle = (_request, response) => void hanging.push(response);
    const { message, code } = await failure(postToTelegram(options(dir, [], { timeoutMs: 50 })));
    expect(code).toBe(EXIT.incomplete);
    expect(message).toBe('Telegram non ha risposto entro 0.05 secondi al messaggio 1 di 2: potrebbe averlo pubblicato lo stesso. Rilancia il comando: riprende da questo messaggio, che potrebbe così comparire due volte.');
    expect(stateOf(dir).messages[messageKeys(MESSAGES)[0]!]).toEqual({ sending: expect.any(String) });
  });

  it('posts nothing while another run holds the chat (exit 3), nor over an earlier version\'s counter (exit 4)', async () => {
    const dir = stateDir();
    const file = chatStateFile(dir, '2026-W49', 'it', CHAT);
    mkdirSync(join(dir, '2026-W49.it'), { recursive: true });
    // This very process, alive, holds the lock: as a second run started beside it would find it.
    const owner = JSON.stringify({ pid: process.pid, host: hostname() });
    writeFileSync(`${file}.lock`, owner);
    const locked = await failure(postToTelegram(options(dir, [])));
    expect(locked).toEqual({ code: EXIT.incomplete, message: `Un'altra pubblicazione del numero 2026-W49 (it) su @bollettino_prova è in corso (processo ${process.pid}): questa non pubblica nulla. Aspetta che finisca; rilanciando dopo, dice che cosa manca.` });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(owner);

    const legacy = stateDir();
    writeFileSync(join(legacy, '2026-W49.it.json'), '{"next":1}');
    const counter = await failure(postToTelegram(options(legacy, [])));
    expect(counter.code).toBe(EXIT.usage);
    expect(counter.message).toContain('dice che 1 messaggi del numero 2026-W49 (it) sono già stati pubblicati, ma non su quale chat');
    expect(received).toEqual([]);
  });

  it('after a rebuild changed a posted message, posts only the new text and warns that cards may repeat', async () => {
    const dir = stateDir();
    await postToTelegram(options(dir, []));
    const logs: string[] = [];
    const rebuilt = [MESSAGES[0]!, 'Corsi e servizi (aggiornato)'];
    expect(await postToTelegram(options(dir, logs, { messages: rebuilt }))).toEqual({ posted: 1, skipped: 1, total: 2, uncertain: 0 });
    expect(logs[0]).toBe('Il testo del numero è cambiato dopo che 1 messaggi erano già stati pubblicati su @bollettino_prova (il numero è stato ricostruito): pubblico i 1 messaggi nuovi o cambiati, quindi alcune schede possono comparire due volte.');
    expect(received).toEqual([...MESSAGES, rebuilt[1]]);
  });
});
