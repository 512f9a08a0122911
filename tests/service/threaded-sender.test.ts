/**
 * The sender on a worker thread (the subscription service's confirmation e-mails): messages
 * written as files and sent over real SMTP arrive whole; a refusal comes back as an error
 * with the server's words and the after-data mark; a wrong SMTP_URL stops at once.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { threadedSender } from '../../src/lib/send/threaded.ts';
import type { Sender } from '../../src/lib/send/transport.ts';
import type { OutgoingMessage } from '../../src/lib/send/message.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

const message = (to: string, subject: string): OutgoingMessage => ({
  from: 'Bollettino <bollettino@example.org>',
  replyTo: 'redazione@example.org',
  to: { name: '', address: to },
  subject,
  text: 'Conferma la tua iscrizione: https://bollettino.test/conferma/abc',
  html: '<p>Conferma la tua iscrizione</p>',
  messageId: `<${subject.replace(/\W/g, '')}@example.org>`,
  headers: {},
  textEncoding: 'base64',
});

let sender: Sender | undefined;
let smtp: TestSmtp | undefined;
afterEach(async () => {
  sender?.close();
  await smtp?.close();
  sender = undefined;
  smtp = undefined;
});

describe('a sender on its own thread', () => {
  it('writes each message whole as <key>.eml, however many are in flight', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'threaded-')), 'conferme');
    sender = threadedSender({ kind: 'file', dir });
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => sender!.send(message(`lettore${i}@example.org`, `Conferma ${i} مرحبا`), `m${i}`)));
    expect(responses).toEqual(Array.from({ length: 20 }, (_, i) => `salvato m${i}.eml`));
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}.eml`).sort());
    const parsed = await simpleParser(readFileSync(join(dir, 'm7.eml')));
    expect(parsed.subject).toBe('Conferma 7 مرحبا');
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe('lettore7@example.org');
  });

  it('sends over SMTP and brings a refusal back as an error with the server words', async () => {
    smtp = await startSmtp({ reject550: ['nessuno@example.org'] });
    sender = threadedSender({ kind: 'smtp', options: { url: smtp.url, rate: 0, connections: 1 } });
    expect(sender.description).toMatch(/^SMTP 127\.0\.0\.1:\d+$/);
    await sender.send(message('lettrice@example.org', 'Benvenuta'), 'a');
    expect(smtp.received.map((r) => [r.to, r.mail.subject])).toEqual([['lettrice@example.org', 'Benvenuta']]);
    await expect(sender.send(message('nessuno@example.org', 'Rifiutata'), 'b')).rejects.toThrow(/Recipient address rejected/);
  });

  it('marks a failure after the whole message went out (the server may have it)', async () => {
    smtp = await startSmtp({ dropAfterDataOn: [1] });
    sender = threadedSender({ kind: 'smtp', options: { url: smtp.url, rate: 0, connections: 1, socketTimeoutMs: 2000 } });
    const error = await sender.send(message('lettore@example.org', 'Persa'), 'a').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { afterData?: boolean }).afterData).toBe(true);
  });

  it('refuses a wrong SMTP_URL before starting, in Italian', () => {
    expect(() => threadedSender({ kind: 'smtp', options: { url: 'http://example.org', rate: 0, connections: 1 } })).toThrow(/SMTP_URL deve iniziare con smtp:\/\//);
  });

  it('refuses new messages once closed, rather than waiting forever', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'threaded-')), 'conferme');
    sender = threadedSender({ kind: 'file', dir });
    await sender.send(message('uno@example.org', 'Uno'), 'uno');
    sender.close();
    await expect(sender.send(message('due@example.org', 'Due'), 'due')).rejects.toThrow(/chiuso/);
  });
});
