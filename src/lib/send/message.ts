/**
 * One subscriber's message: the built e-mail of the issue with a personal unsubscribe
 * link (visible line and List-Unsubscribe headers) and a stable Message-ID.
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmailMeta } from '../email/meta.ts';
import { escapeHtml } from '../text/escape.ts';
import type { Settings } from '../settings/settings.ts';
import { asciiDomainAddress } from './address.ts';
import type { Subscriber, SubscriberLang } from './subscribers.ts';

export interface IssueEmail {
  meta: EmailMeta;
  html: string;
  text: string;
}

export class MissingEmailError extends Error {}

/** `<week>.<ext>` for Italian, `<week>.<lang>.<ext>` for the other languages. */
function readEmailFiles(distDir: string, week: string, lang: SubscriberLang): IssueEmail | undefined {
  const base = join(distDir, 'email', lang === 'it' ? week : `${week}.${lang}`);
  try {
    const email: IssueEmail = {
      meta: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as EmailMeta,
      html: readFileSync(`${base}.html`, 'utf8'),
      text: readFileSync(`${base}.txt`, 'utf8'),
    };
    // Every part must carry the link each subscriber gets their own copy of.
    const { subject, unsubscribeHref } = email.meta;
    const complete = typeof subject === 'string' && subject !== '' && typeof unsubscribeHref === 'string' && unsubscribeHref !== ''
      && email.html.includes(escapeHtml(unsubscribeHref)) && email.text.includes(unsubscribeHref);
    return complete ? email : undefined;
  } catch {
    return undefined;
  }
}

/** Reads `<dist>/email/<week>.{html,txt,json}` written by the build. */
export function loadIssueEmail(distDir: string, week: string): IssueEmail {
  const email = readEmailFiles(distDir, week, 'it');
  if (!email) throw new MissingEmailError(`Non trovo l'e-mail del numero ${week} in ${join(distDir, 'email')} (o è incompleta): esegui prima "npm run build" (con BULLETIN_DATE se il numero non è quello di questa settimana).`);
  return email;
}

/** Names of the languages in the editors' messages. */
export const LANG_NAMES: Record<SubscriberLang, string> = { it: 'italiano', ar: 'arabo', en: 'inglese', fr: 'francese', es: 'spagnolo', si: 'singalese' };

export interface IssueEmails {
  /** One per language asked for; a language without its files maps to the Italian e-mail. */
  byLang: Map<SubscriberLang, IssueEmail>;
  /** Languages asked for whose files are missing or incomplete: sent in Italian. */
  fallbacks: SubscriberLang[];
}

/** The Italian e-mail (required) and each language's own, falling back to Italian per language. */
export function loadIssueEmails(distDir: string, week: string, langs: Iterable<SubscriberLang>): IssueEmails {
  const italian = loadIssueEmail(distDir, week);
  const byLang = new Map<SubscriberLang, IssueEmail>([['it', italian]]);
  const fallbacks: SubscriberLang[] = [];
  for (const lang of new Set(langs)) {
    if (byLang.has(lang)) continue;
    const email = readEmailFiles(distDir, week, lang);
    if (!email) fallbacks.push(lang);
    byLang.set(lang, email ?? italian);
  }
  return { byLang, fallbacks };
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

/**
 * The mailto and, when there is a page, the one-click link: the subscription service's
 * `/disiscrizione/<token>` when `SUBSCRIBE_URL` (or `settings.subscribe.endpoint`) is set,
 * else `UNSUBSCRIBE_URL?t=<token>` for set-ups without the service.
 */
export function unsubscribeLinks(email: string, settings: Pick<Settings, 'email' | 'subscribe'>, secret: string): UnsubscribeLinks {
  const token = unsubscribeToken(email, secret);
  const mailto = `mailto:${settings.email.unsubscribeEmail}?subject=${encodeURIComponent(`cancellami ${token}`)}`;
  const { unsubscribeUrl } = settings.email;
  const endpoint = settings.subscribe?.endpoint;
  const https = endpoint ? `${endpoint}/disiscrizione/${token}` : unsubscribeUrl ? `${unsubscribeUrl}${unsubscribeUrl.includes('?') ? '&' : '?'}t=${token}` : undefined;
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
    // An ASCII local part then needs no SMTPUTF8: `mario@bücher.example` goes as `mario@xn--bcher-kva.example`.
    to: { name: subscriber.name, address: asciiDomainAddress(subscriber.email) ?? subscriber.email },
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
