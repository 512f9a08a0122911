/**
 * The confirmation e-mail, in the reader's language: fixed words and the link, nothing the
 * person typed (spammers put URLs in a name field to send them through us).
 */
import { createHash } from 'node:crypto';
import { DICTIONARIES } from '../../i18n/index.ts';
import { dirOf, type Lang } from '../../i18n/languages.ts';
import { escapeHtml } from '../text/escape.ts';
import type { Settings } from '../settings/settings.ts';
import { asciiDomainAddress } from '../send/address.ts';
import type { OutgoingMessage } from '../send/message.ts';

export function confirmationMessage(to: string, lang: Lang, link: string, settings: Pick<Settings, 'name' | 'email'>, nowMs: number): OutgoingMessage {
  const words = DICTIONARIES[lang].subscription;
  const subject = words.mailSubject(settings.name);
  const text = [words.mailIntro, '', words.mailAction, link, '', words.mailIgnore, '', settings.name, ''].join('\n');
  const html = `<!doctype html><html lang="${lang}" dir="${dirOf(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`
    + `<body style="font-family:sans-serif;font-size:18px;line-height:1.5;max-width:32em;margin:1em auto;padding:0 1em">`
    + `<p>${escapeHtml(words.mailIntro)}</p><p>${escapeHtml(words.mailAction)}</p>`
    + `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:.6em 1.2em;background:#0b5394;color:#fff;text-decoration:none;border-radius:.3em">${escapeHtml(words.confirmButton)}</a></p>`
    + `<p style="word-break:break-all">${escapeHtml(link)}</p><p>${escapeHtml(words.mailIgnore)}</p><p>${escapeHtml(settings.name)}</p></body></html>`;
  const domain = settings.email.replyTo.split('@')[1] ?? 'localhost';
  const id = createHash('sha256').update(`${link}\n${nowMs}`).digest('hex').slice(0, 32);
  return {
    from: settings.email.from,
    replyTo: settings.email.replyTo,
    // No display name: the name field is the reader's text and stays out of the message.
    to: { name: '', address: asciiDomainAddress(to) ?? to },
    subject,
    html,
    text,
    messageId: `<conferma.${id}@${domain}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
    textEncoding: 'base64',
  };
}
