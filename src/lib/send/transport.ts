/**
 * Where messages go: `.eml` files in a folder (the default, needs no server) or an
 * SMTP server through nodemailer's pooled transport. The pool never re-queues a
 * message on its own (maxRequeues 0): retries are ours, so the state sees every try.
 * An SMTP failure after the whole message went out is marked `afterData`: the server may
 * have accepted it, so its fate is uncertain.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { DkimOptions } from './dkim.ts';
import type { OutgoingMessage } from './message.ts';

export interface Sender {
  /** "SMTP smtp.example.org:587" or "file .eml in out/mail/2026-W48" — never credentials. */
  description: string;
  send(message: OutgoingMessage, key: string): Promise<string>;
  close(): void;
}

export interface SmtpOptions {
  /** smtp:// or smtps:// URL with credentials. */
  url: string;
  /** Messages per second; 0 = no limit. */
  rate: number;
  connections: number;
  /** Idle time after which a silent server is given up, in ms (default 60 s). */
  socketTimeoutMs?: number;
  /** Sign each message for the sender's domain (when the relay does not). */
  dkim?: DkimOptions | undefined;
}

/** Set on a send error when the message had been handed over whole before it happened. */
export interface AfterDataMark {
  afterData?: boolean;
}

/** `smtp://user:pass@host:587` → nodemailer options; the password stays out of every message we print. */
export function smtpOptions(options: SmtpOptions) {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new Error('SMTP_URL non è un indirizzo valido: scrivilo come smtp://utente:password@server:587 oppure smtps://…:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL deve iniziare con smtp:// o smtps:// (trovato ${url.protocol}//).`);
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true as const,
    maxConnections: options.connections,
    maxMessages: 100,
    maxRequeues: 0,
    ...(options.rate > 0 ? { rateLimit: options.rate, rateDelta: 1000 } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: options.socketTimeoutMs || 60_000,
    ...(options.dkim ? { dkim: options.dkim } : {}),
  };
}

/** How a sender names itself in logs: "SMTP smtp.example.org:587", "file .eml in out/mail/…" (never credentials). */
export function senderDescription(spec: { smtp: SmtpOptions } | { dir: string }): string {
  if ('dir' in spec) return `file .eml in ${spec.dir}`;
  const config = smtpOptions(spec.smtp);
  return `SMTP ${config.host}:${config.port}`;
}

export function smtpSender(options: SmtpOptions): Sender {
  const config = smtpOptions(options);
  const transport = nodemailer.createTransport(config);
  // Message-IDs whose stream the connection read to its end: past that point only the
  // final "." and the server's reply are missing, and the server may have the message.
  const handedOver = new Set<string>();
  transport.use('stream', (mail, done) => {
    const id = String(mail.data.messageId ?? '');
    mail.message.processFunc((input) => {
      input.once('end', () => handedOver.add(id));
      return input;
    });
    done();
  });
  return {
    description: senderDescription({ smtp: options }),
    async send(message) {
      handedOver.delete(message.messageId);
      try {
        const info = await transport.sendMail(message);
        return String(info.response ?? '');
      } catch (error) {
        if (handedOver.has(message.messageId) && error && typeof error === 'object') (error as AfterDataMark).afterData = true;
        throw error;
      } finally {
        handedOver.delete(message.messageId);
      }
    },
    close: () => transport.close(),
  };
}

/** Writes each message as `<dir>/<key>.eml` (written whole, then renamed: never half a file). */
export function fileSender(dir: string): Sender {
  mkdirSync(dir, { recursive: true });
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: senderDescription({ dir }),
    async send(message, key) {
      const info = await transport.sendMail(message);
      const file = join(dir, `${key}.eml`);
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
      return `salvato ${key}.eml`;
    },
    close: () => transport.close(),
  };
}
