/** The ways to get the bulletin, for the "Ricevi il bollettino" page: from the settings, the ones that exist. */
import { absoluteUrl, type Settings } from '../settings/settings.ts';
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
}

export function subscribeWays(settings: Pick<Settings, 'siteUrl' | 'name' | 'contact' | 'subscribe'>): SubscribeWay[] {
  const email = settings.subscribe.email ?? settings.contact.email;
  const ways: SubscribeWay[] = [{
    kind: 'email',
    title: 'Per e-mail',
    text: 'Scrivi alla redazione: «Voglio ricevere il bollettino». Ti arriva ogni lunedì. Ti puoi cancellare quando vuoi, con il link in fondo a ogni e-mail.',
    action: `Scrivi a ${email}`,
    href: mailtoHref(`Iscrizione al ${settings.name}`, 'Buongiorno, voglio ricevere il bollettino ogni lunedì a questo indirizzo e-mail. Grazie.', email),
  }];
  if (settings.subscribe.whatsapp) {
    ways.push({ kind: 'whatsapp', title: 'Su WhatsApp', text: 'Segui il nostro canale: ogni lunedì ricevi le offerte sul telefono.', action: 'Apri il canale WhatsApp', href: settings.subscribe.whatsapp });
  }
  if (settings.subscribe.telegram) {
    ways.push({ kind: 'telegram', title: 'Su Telegram', text: 'Segui il nostro canale: ogni lunedì ricevi le offerte sul telefono.', action: 'Apri il canale Telegram', href: settings.subscribe.telegram });
  }
  ways.push({
    kind: 'rss',
    title: 'Con un lettore di notizie (RSS)',
    text: 'Se usi un lettore di notizie (feed RSS), aggiungi questo indirizzo: ogni numero arriva da solo.',
    action: absoluteUrl(settings, '/rss.xml'),
    href: absoluteUrl(settings, '/rss.xml'),
  });
  return ways;
}
