/** Share links for an item or an issue: WhatsApp and e-mail, a short text in the reader's language and the absolute URL. */
import type { Issue } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import type { Settings } from '../settings/settings.ts';
import { ROUTES } from './urls.ts';
import { itemTexts } from '../translations/resolve.ts';
import { issueNumber } from './issue-view.ts';
import { readerFor, type Reader } from './reader.ts';
import { encodeUriText } from '../text/text-chars.ts';

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

/** `mailto:` with subject and body encoded as RFC 6068 wants (%20 for spaces, never `+`). */
export function mailtoHref(subject: string, body: string, to = ''): string {
  return `mailto:${to}?subject=${encodeUriText(subject)}&body=${encodeUriText(body)}`;
}

/** WhatsApp lets the reader choose whom to send the text to. */
export function whatsappShareHref(text: string): string {
  return `https://wa.me/?text=${encodeUriText(text)}`;
}

function share(subject: string, intro: string, url: string, reader: Reader): Share {
  const message = `${intro} ${reader.t.share.lookHere} ${url}`;
  return {
    message,
    url,
    links: [
      { kind: 'whatsapp', text: reader.t.share.whatsapp, href: whatsappShareHref(message) },
      { kind: 'email', text: reader.t.share.email, href: mailtoHref(subject, message) },
    ],
  };
}

/** "Offerta di lavoro: Aiuto cuoco in zona Loreto. Guarda qui: https://…/offerte/…/" */
export function itemShare(item: Item, settings: Settings, reader: Reader = readerFor(settings)): Share {
  const title = itemTexts(item, reader.lang, reader.t.values).title.text;
  const subject = `${reader.t.share.kinds[item.kind]}: ${title}`;
  return share(subject, `${subject}.`, reader.urls.absolute(ROUTES.item(item)), reader);
}

/** "Bollettino Lavoro n. 5: 32 annunci di lavoro, corsi e aiuti. Guarda qui: https://…/bollettino/2026-W48/" */
export function issueShare(issue: Issue, settings: Settings, reader: Reader = readerFor(settings)): Share {
  const subject = `${settings.name} ${issueNumber(issue, reader)}`;
  return share(subject, reader.t.share.issueIntro(subject, issue.itemCount), reader.urls.absolute(ROUTES.issue(issue.week)), reader);
}
