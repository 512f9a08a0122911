/** The ways to get the bulletin, for the "Ricevi il bollettino" page: from the settings, the ones that exist, in the reader's words. */
import { absoluteUrl, type Settings } from '../settings/settings.ts';
import type { Reader } from './reader.ts';
import { mailtoHref } from './share.ts';

export interface SubscribeWay {
  kind: 'email' | 'whatsapp' | 'telegram' | 'rss';
  /** Section heading: "Per e-mail". */
  title: string;
  /** One or two plain sentences. */
  text: string;
  /** What the reader taps. */
  action: string;
  href: string;
  /** The action is an address (e-mail, feed): shown left to right in every language. */
  address?: true;
}

/**
 * The message to the editors stays Italian (they read it); from another language it says which
 * one, so that the subscriber is added with it.
 */
export function subscribeWays(settings: Pick<Settings, 'siteUrl' | 'name' | 'contact' | 'subscribe'>, reader: Reader): SubscribeWay[] {
  const words = reader.t.subscribePage;
  const email = settings.subscribe.email ?? settings.contact.email;
  const language = reader.lang === 'it' ? '' : ` Lingua: ${reader.lang}.`;
  const ways: SubscribeWay[] = [{
    kind: 'email',
    title: words.email.title,
    text: words.email.text,
    action: words.email.action(email),
    href: mailtoHref(`Iscrizione al ${settings.name}`, `Buongiorno, voglio ricevere il bollettino ogni lunedì a questo indirizzo e-mail.${language} Grazie.`, email),
  }];
  if (settings.subscribe.whatsapp) ways.push({ kind: 'whatsapp', ...words.whatsapp, href: settings.subscribe.whatsapp });
  if (settings.subscribe.telegram) ways.push({ kind: 'telegram', ...words.telegram, href: settings.subscribe.telegram });
  const feed = absoluteUrl(settings, '/rss.xml');
  ways.push({ kind: 'rss', ...words.rss, action: feed, href: feed, address: true });
  return ways;
}
