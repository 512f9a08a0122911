/**
 * One subscriber's message: the built e-mail of the issue with a personal unsubscribe
 * link (visible line and List-Unsubscribe headers) and a stable Message-ID.
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmailMeta } from '../email/meta.ts';
import { escapeHtml } from '../escape.ts';
import type { Settings } from '../settings.ts';
import type { Subscriber } from './subscribers.ts';

export interface IssueEmail {
  meta: EmailMeta;
  html: string;
  text: string;
}

export class MissingEmailError extends Error {}

/** Reads `<dist>/email/<week>.{html,txt,json}` written by the build. */
export function loadIssueEmail(distDir: string, week: string): IssueEmail {
  const base = join(distDir, 'email', week);
  try {
    return {
      meta: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as EmailMeta,
      html: readFileSync(`${base}.html`, 'utf8'),
      text: readFileSync(`${base}.txt`, 'utf8'),
    };
  } catch {
    throw new MissingEmailError(`Non trovo l'e-mail del numero ${week} in ${join(distDir, 'email')}: esegui prima "npm run build" (con BULLETIN_DATE se il numero non è quello di questa settimana).`);
  }
}

/** A token that identifies the subscriber to the unsubscribe service without showing the address. */
export function unsubscribeToken(email: string, secret: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('base64url').slice(0, 24);
}

export interface UnsubscribeLinks {
  mailto: string;
  https: string | undefined;
  /** The link shown in the message: the web page when there is one, else the mailto. */
  visible: string;
}

export function unsubscribeLinks(email: string, settings: Settings, secret: string): UnsubscribeLinks {
  const token = unsubscribeToken(email, secret);
  const mailto = `mailto:${settings.email.unsubscribeEmail}?subject=${encodeURIComponent(`cancellami ${token}`)}`;
  const https = settings.email.unsubscribeUrl ? `${settings.email.unsubscribeUrl}${settings.email.unsubscribeUrl.includes('?') ? '&' : '?'}t=${token}` : undefined;
  return { mailto, https, visible: https ?? mailto };
}

/** `<2026-W48.3f2a…@example.org>`: the same for the same issue and address, so a resend is recognisable. */
export function messageId(week: string, email: string, settings: Settings): string {
  const domain = settings.email.replyTo.split('@')[1] ?? 'localhost';
  const hash = createHash('sha256').update(`${week}\n${email.trim().toLowerCase()}`).digest('hex').slice(0, 32);
  return `<${week}.${hash}@${domain}>`;
}

export interface OutgoingMessage {
  from: string;
  replyTo: string;
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
  /** base64 composes about twice as fast as nodemailer's automatic choice on a 40 KB issue. */
  textEncoding: 'base64';
}

function replaceAllOrFail(body: string, from: string, to: string, part: string): string {
  if (!body.includes(from)) throw new Error(`The ${part} part has no unsubscribe link to personalise: rebuild the e-mail.`);
  return body.split(from).join(to);
}

export function personalMessage(email: IssueEmail, subscriber: Subscriber, settings: Settings, options: { secret: string; test?: boolean }): OutgoingMessage {
  const links = unsubscribeLinks(subscriber.email, settings, options.secret);
  const listUnsubscribe = [links.mailto, links.https].filter(Boolean).map((link) => `<${link}>`).join(', ');
  return {
    from: settings.email.from,
    replyTo: settings.email.replyTo,
    to: { name: subscriber.name, address: subscriber.email },
    subject: options.test ? `[PROVA] ${email.meta.subject}` : email.meta.subject,
    html: replaceAllOrFail(email.html, escapeHtml(email.meta.unsubscribeHref), escapeHtml(links.visible), 'HTML'),
    text: replaceAllOrFail(email.text, email.meta.unsubscribeHref, links.visible, 'text'),
    messageId: messageId(options.test ? `${email.meta.week}-prova` : email.meta.week, subscriber.email, settings),
    textEncoding: 'base64',
    headers: {
      'List-Unsubscribe': listUnsubscribe,
      ...(links.https ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      'List-Id': `"${settings.name.replace(/"/g, '')}" <bollettino.${settings.email.replyTo.split('@')[1] ?? 'localhost'}>`,
    },
  };
}
