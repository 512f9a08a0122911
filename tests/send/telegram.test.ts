/** `npm run telegram` against a local server that speaks the Bot API's sendMessage. */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinMessages } from '../../src/lib/channels/split.ts';
import { ROOT } from '../helpers/build.ts';
import { workDir } from '../helpers/send.ts';

const TOKEN = '123456:segreto-del-bot';
const messages = ['Primo messaggio: il numero 2026-W48', 'Secondo: offerte di lavoro', 'Terzo: corsi', 'Quarto: servizi utili'];
const dir = workDir();
mkdirSync(join(dir, 'dist', 'canali'), { recursive: true });
writeFileSync(join(dir, 'dist', 'canali', '2026-W48.telegram.it.txt'), joinMessages(messages));

/** What the server accepted, in order; a reply decided per call for the faults. */
const accepted: { chat: string; text: string }[] = [];
let calls = 0;
let reply: (call: number, text: string) => { status: number; body: unknown } = () => ({ status: 200, body: { ok: true } });
let server: Server;
let url = '';

function telegram(): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['scripts/telegram.ts', '--week', '2026-W48', '--dist', join(dir, 'dist'), '--stato', join(dir, 'stato')], {
    cwd: ROOT,
    env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_CHAT_ID: '@bollettino_prova', TELEGRAM_API_URL: url },
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

describe('npm run telegram', () => {
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const call = ++calls;
        const sent = JSON.parse(body) as { chat_id: string; text: string };
        const answer = request.url === `/bot${TOKEN}/sendMessage` ? reply(call, sent.text) : { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
        if (answer.status === 200) accepted.push({ chat: sent.chat_id, text: sent.text });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('waits when told to (429), stops at an error, and the next run resumes without repeating a message', async () => {
    let failedOnce = false;
    reply = (call, text) => {
      if (call === 2) return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
      if (text === messages[2] && !failedOnce) {
        failedOnce = true;
        return { status: 500, body: { ok: false, error_code: 500, description: `Internal Server Error for bot${TOKEN}` } };
      }
      return { status: 200, body: { ok: true, result: { message_id: call } } };
    };
    const stopped = await telegram();
    expect(stopped.code).toBe(3);
    expect(stopped.out).toContain('Telegram chiede di aspettare 1 secondi');
    expect(stopped.out).toContain('Telegram ha rifiutato il messaggio 3 di 4 (500');
    expect(accepted.map((m) => m.text)).toEqual(messages.slice(0, 2));

    const resumed = await telegram();
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain('Numero 2026-W48 pubblicato su Telegram: 2 messaggi ora, 2 già prima.');
    expect(accepted.map((m) => m.text)).toEqual(messages);
    expect(new Set(accepted.map((m) => m.chat))).toEqual(new Set(['@bollettino_prova']));
    for (const output of [stopped.out, resumed.out]) expect(output).not.toContain('segreto-del-bot');
  });

  it('posts nothing more for a week already posted', async () => {
    const before = calls;
    const again = await telegram();
    expect(again.code).toBe(0);
    expect(again.out).toContain('era già stato pubblicato su Telegram (4 messaggi)');
    expect(calls).toBe(before);
  });
});
