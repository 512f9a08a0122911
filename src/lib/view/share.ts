/** Share links for an item or an issue: WhatsApp and e-mail, a short Italian text and the absolute URL. */
import type { Issue } from '../issue.ts';
import { itemPath, type Item } from '../items.ts';
import { absoluteUrl, type Settings } from '../settings.ts';
import { issueNumber, issuePath } from './issue-view.ts';
import { encodeUriText } from '../text-chars.ts';

export interface ShareLink {
  kind: 'whatsapp' | 'email';
  /** What the reader taps: "Condividi su WhatsApp". */
  text: string;
  href: string;
}

export interface Share {
  /** The message, as sent: "Offerta di lavoro: Aiuto cuoco. Guarda qui: https://…" */
  message: string;
  url: string;
  links: ShareLink[];
}

const KIND_WORDS: Record<Item['kind'], string> = { offer: 'Offerta di lavoro', course: 'Corso', service: 'Aiuto utile' };

/** `mailto:` with subject and body encoded as RFC 6068 wants (%20 for spaces, never `+`). */
export function mailtoHref(subject: string, body: string, to = ''): string {
  return `mailto:${to}?subject=${encodeUriText(subject)}&body=${encodeUriText(body)}`;
}

/** WhatsApp lets the reader choose whom to send the text to. */
export function whatsappShareHref(text: string): string {
  return `https://wa.me/?text=${encodeUriText(text)}`;
}

function share(subject: string, intro: string, url: string): Share {
  const message = `${intro} Guarda qui: ${url}`;
  return {
    message,
    url,
    links: [
      { kind: 'whatsapp', text: 'Condividi su WhatsApp', href: whatsappShareHref(message) },
      { kind: 'email', text: 'Manda per e-mail', href: mailtoHref(subject, message) },
    ],
  };
}

/** "Offerta di lavoro: Aiuto cuoco in zona Loreto. Guarda qui: https://…/offerte/…/" */
export function itemShare(item: Item, settings: Pick<Settings, 'siteUrl'>): Share {
  const subject = `${KIND_WORDS[item.kind]}: ${item.data.title}`;
  return share(subject, `${subject}.`, absoluteUrl(settings, itemPath(item)));
}

/** "Bollettino Lavoro n. 5: 32 annunci di lavoro, corsi e aiuti. Guarda qui: https://…/bollettino/2026-W48/" */
export function issueShare(issue: Issue, settings: Pick<Settings, 'siteUrl' | 'name'>): Share {
  const subject = `${settings.name} ${issueNumber(issue)}`;
  const what = issue.itemCount === 1 ? '1 annuncio' : `${issue.itemCount} annunci`;
  return share(subject, `${subject}: ${what} di lavoro, corsi e aiuti.`, absoluteUrl(settings, issuePath(issue.week)));
}
