/**
 * `npm run telegram` against a local server that speaks the Bot API's sendMessage: waits,
 * refusals, a silent API, a kill in the middle of a call, two overlapping runs, a test post to
 * another chat and a rebuild between runs. The server records a message as posted when it
 * receives it, as Telegram does, whether or not its answer reaches the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { joinMessages } from '../../src/lib/channels/split.ts';
import { ROOT } from '../helpers/build.ts';
import { workDir } from '../helpers/send.ts';
import { waitUntil } from '../helpers/wait.ts';

const TOKEN = '123456:segreto-del-bot';
const CHANNEL = '@bollettino_prova';
const messages = ['Primo messaggio: il numero 2026-W48', 'Secondo: offerte di lavoro', 'Terzo: corsi', 'Quarto: servizi utili'];
const dir = workDir();

type Answer = { status: number; body: unknown } | 'hang';
interface Received {
  chat: string;
  text: string;
}

/** Every sendMessage the server received, in order (each one is in the chat, answered or not). */
let received: Received[] = [];
let reply: (call: number, text: string) => Answer = () => ({ status: 200, body: { ok: true } });
let calls = 0;
const hanging: ServerResponse[] = [];
let server: Server;
let url = '';

/** A site folder holding `texts` as the week's Telegram file. */
function site(texts: readonly string[]): string {
  const dist = mkdtempSync(join(dir, 'dist-'));
  mkdirSync(join(dist, 'canali'), { recursive: true });
  writeFileSync(join(dist, 'canali', '2026-W48.telegram.it.txt'), joinMessages(texts));
  return dist;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
}

function telegram(dist: string, state: string, env: Record<string, string> = {}, whileRunning?: (child: ChildProcess) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, ['scripts/telegram.ts', '--week', '2026-W48', '--dist', dist, '--stato', state], {
    cwd: ROOT,
    env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHANNEL, TELEGRAM_API_URL: url, ...env },
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out })));
  return whileRunning ? whileRunning(child).then(() => done) : done;
}

const textsTo = (chat: string) => received.filter((m) => m.chat === chat).map((m) => m.text);

describe('npm run telegram', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.url !== `/bot${TOKEN}/sendMessage`) {
          response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
          return;
        }
        const call = ++calls;
        const sent = JSON.parse(body) as { chat_id: string; text: string };
        const answer = reply(call, sent.text);
        if (answer === 'hang') {
          received.push({ chat: sent.chat_id, text: sent.text });
          hanging.push(response);
          return;
        }
        if (answer.status === 200) received.push({ chat: sent.chat_id, text: sent.text });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    for (const response of hanging.splice(0)) response.destroy();
    received = [];
    calls = 0;
    reply = (call) => ({ status: 200, body: { ok: true, result: { message_id: call } } });
  });

  it('waits when told to (429), stops at an error, and the next run resumes without repeating a message', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-429');
    let failedOnce = false;
    reply = (call, text) => {
      if (call === 2) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (text === messages[2] && !failedOnce) {
        failedOnce = true;
        return { status: 500, body: { ok: false, error_code: 500, description: `Internal Server Error for bot${TOKEN}` } };
      }
      return { status: 200, body: { ok: true, result: { message_id: call } } };
    };
    const stopped = await telegram(dist, state);
    expect(stopped.code).toBe(3);
    expect(stopped.out).toContain('Telegram chiede di aspettare 1 secondi');
    expect(stopped.out).toContain('Telegram ha rifiutato il messaggio 3 di 4 (500');
    expect(textsTo(CHANNEL)).toEqual(messages.slice(0, 2));

    const resumed = await telegram(dist, state);
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain('Numero 2026-W48 pubblicato su Telegram: 2 messaggi ora, 2 già prima.');
    expect(resumed.out).not.toContain('due volte');
    expect(received.map((m) => m.text)).toEqual(messages);
    expect(new Set(received.map((m) => m.chat))).toEqual(new Set([CHANNEL]));
    for (const output of [stopped.out, resumed.out]) expect(output).not.toContain('segreto-del-bot');

    const before = calls;
    const again = await telegram(dist, state);
    expect(again.code).toBe(0);
    expect(again.out).toContain('era già stato pubblicato su Telegram (4 messaggi)');
    expect(calls).toBe(before);
  });

  it('a test post to a second chat does not mark the real channel\'s issue as posted', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-prova');
    const test = await telegram(dist, state, { TELEGRAM_CHAT_ID: '@Redazione_Prova' });
    expect(test.code, test.out).toBe(0);
    expect(textsTo('@Redazione_Prova')).toEqual(messages);

    const real = await telegram(dist, state);
    expect(real.code, real.out).toBe(0);
    expect(real.out).toContain('Numero 2026-W48 pubblicato su Telegram: 4 messaggi ora.');
    expect(textsTo(CHANNEL)).toEqual(messages);
    // The same chat written another way (public names ignore case) is the same chat.
    const sameChat = await telegram(dist, state, { TELEGRAM_CHAT_ID: '@redazione_prova' });
    expect(sameChat.out).toContain('era già stato pubblicato');
    expect(received).toHaveLength(8);
  });

  it('after a rebuild between two runs, posts every message not posted yet and none twice that was confirmed', async () => {
    const state = join(dir, 'stato-ricostruito');
    reply = (call, text) => (text === messages[2] ? { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request' } } : { status: 200, body: { ok: true, result: { message_id: call } } });
    const first = await telegram(site(messages), state);
    expect(first.code).toBe(3);
    expect(textsTo(CHANNEL)).toEqual(messages.slice(0, 2));

    // The rebuilt issue: an item added at the top moves every message's text but the last.
    reply = (call) => ({ status: 200, body: { ok: true, result: { message_id: call } } });
    const rebuilt = ['Primo messaggio: il numero 2026-W48, con una nuova offerta', messages[1]!, 'Terzo: corsi e un corso nuovo', messages[3]!];
    const second = await telegram(site(rebuilt), state);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toContain('Il testo del numero è cambiato dopo che 1 messaggi erano già stati pubblicati');
    expect(textsTo(CHANNEL)).toEqual([messages[0], messages[1], rebuilt[0], rebuilt[2], rebuilt[3]]);
    // Every message of the rebuilt issue is in the chat; the one confirmed before is there once.
    for (const text of rebuilt) expect(textsTo(CHANNEL)).toContain(text);
    expect(textsTo(CHANNEL).filter((text) => text === messages[1])).toHaveLength(1);
  });

  it('gives up on a silent API after TELEGRAM_TIMEOUT_MS, says the message may appear twice, and the next run posts it again', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-silenzio');
    reply = (call) => (call === 2 ? 'hang' : { status: 200, body: { ok: true, result: { message_id: call } } });
    // Long enough for a loaded machine's answers, far shorter than the old ~300 s wait.
    const silent = await telegram(dist, state, { TELEGRAM_TIMEOUT_MS: '5000' });
    expect(silent.code, silent.out).toBe(3);
    expect(silent.out).toContain('Telegram non ha risposto entro 5 secondi al messaggio 2 di 4: potrebbe averlo pubblicato lo stesso.');
    expect(textsTo(CHANNEL)).toEqual(messages.slice(0, 2));

    const resumed = await telegram(dist, state);
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain('Il messaggio 2 di 4 era in invio quando la pubblicazione precedente si è interrotta: lo ripubblico, quindi potrebbe comparire due volte');
    expect(resumed.out).toContain('1 di questi erano in invio');
    expect(textsTo(CHANNEL)).toEqual([messages[0], messages[1], messages[1], messages[2], messages[3]]);
  });

  it('killed while Telegram holds a message, then run again: only that message may appear twice, and the run says so', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-kill');
    reply = (call) => (call === 3 ? 'hang' : { status: 200, body: { ok: true, result: { message_id: call } } });
    const killed = await telegram(dist, state, {}, async (child) => {
      await waitUntil(() => calls >= 3, 'the third message at the server');
      child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(textsTo(CHANNEL)).toEqual(messages.slice(0, 3));
    // The dead run's lock is taken over.
    const resumed = await telegram(dist, state);
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain('Il messaggio 3 di 4 era in invio');
    expect(resumed.out).toContain('Numero 2026-W48 pubblicato su Telegram: 2 messaggi ora, 2 già prima.');
    expect(textsTo(CHANNEL)).toEqual([...messages.slice(0, 3), messages[2], messages[3]]);
  });

  it('two overlapping runs for the same chat post each message once', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-insieme');
    // The server holds the first run's first message while the second run starts.
    reply = (call) => (call === 1 ? 'hang' : { status: 200, body: { ok: true, result: { message_id: call } } });
    // Held as long as the second run takes to start, however slow the machine: no time limit of its own.
    const first = telegram(dist, state, { TELEGRAM_TIMEOUT_MS: '600000' });
    await waitUntil(() => calls >= 1, 'the first run at the server');
    const second = await telegram(dist, state);
    expect(second.code).toBe(3);
    expect(second.out).toContain("Un'altra pubblicazione del numero 2026-W48 (it) su @bollettino_prova è in corso");
    expect(calls).toBe(1);
    // Let the first run's held message through: it finishes alone.
    const held = hanging.shift()!;
    held.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: { message_id: 1 } }));
    const done = await first;
    expect(done.code, done.out).toBe(0);
    expect(textsTo(CHANNEL)).toEqual(messages);
    const third = await telegram(dist, state);
    expect(third.out).toContain('era già stato pubblicato');
    expect(textsTo(CHANNEL)).toEqual(messages);
  });

  it('refuses a chat that is not one and a counter left by the earlier version, posting nothing', async () => {
    const dist = site(messages);
    const state = join(dir, 'stato-vecchio');
    for (const chat of ['../../package', '@a/b', 'bollettino']) {
      const wrong = await telegram(dist, state, { TELEGRAM_CHAT_ID: chat });
      expect(wrong.code, chat).toBe(4);
      expect(wrong.out).toContain('non è una chat di Telegram');
    }
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, '2026-W48.it.json'), '{"next":2}\n');
    const legacy = await telegram(dist, state);
    expect(legacy.code).toBe(4);
    expect(legacy.out).toContain('dice che 2 messaggi del numero 2026-W48 (it) sono già stati pubblicati, ma non su quale chat');
    expect(received).toHaveLength(0);
    expect(existsSync(join(state, '2026-W48.it', `${CHANNEL}.json`))).toBe(false);
    expect(readFileSync(join(state, '2026-W48.it.json'), 'utf8')).toBe('{"next":2}\n');
  });
});
