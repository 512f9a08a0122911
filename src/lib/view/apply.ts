/** The ways to apply for an item, as actions with safe links (tel:, mailto:, https:, wa.me). */
import { it as italian, type Dictionary } from '../../i18n/it.ts';
import type { Item } from '../content/items.ts';
import type { Apply } from '../schema/fields.ts';
import { telHref, whatsappHref } from '../text/phone.ts';
import { encodeUriText } from '../text/text-chars.ts';

export interface ApplyAction {
  kind: 'phone' | 'whatsapp' | 'email' | 'url' | 'inPerson';
  /** Short verb for a button: "Chiama". */
  verb: string;
  /** What it points to, as the reader sees it: "02 1234 5678". */
  text: string;
  /** Link; absent for "where to go". */
  href?: string;
  /** `it` when the text is the editor's Italian on a page in another language. */
  lang?: 'it' | undefined;
}

/** Only these schemes ever become links. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(href);
}

/** What the actions are for: the item's kind picks the words ("Candidati", "Iscriviti", "Fai domanda"). */
export interface ApplyTarget {
  kind: Item['kind'];
  /** The Italian title. */
  title: string;
  /** The offer's code, which employers ask to find in the subject. */
  reference?: string | undefined;
}

/** The subject the employer reads: the title, and the offer's code when it has one ("Aiuto cuoco (rif. MI-2231)"). */
export function applySubject(target: ApplyTarget): string {
  return target.reference ? `${target.title} (rif. ${target.reference})` : target.title;
}

/**
 * Actions in the order a reader on a phone prefers: call, WhatsApp, e-mail, web, in person.
 * Verbs are in the reader's language; the prefilled WhatsApp message and e-mail subject go to
 * an Italian employer, so they stay Italian (the Italian title and the offer's reference).
 */
export function applyActions(apply: Apply, target: ApplyTarget, t: Dictionary = italian, inPerson: { text: string; lang: 'it' | undefined } | undefined = apply.inPerson ? { text: apply.inPerson, lang: undefined } : undefined): ApplyAction[] {
  const verbs = t.apply;
  const subject = applySubject(target);
  const actions: ApplyAction[] = [];
  if (apply.phone) actions.push({ kind: 'phone', verb: verbs.phone, text: apply.phone, href: telHref(apply.phone) });
  if (apply.whatsapp) actions.push({ kind: 'whatsapp', verb: verbs.whatsapp, text: apply.whatsapp, href: whatsappHref(apply.whatsapp, `Buongiorno, vi scrivo per: ${subject}`) });
  if (apply.email) actions.push({ kind: 'email', verb: verbs.email, text: apply.email, href: `mailto:${apply.email}?subject=${encodeUriText(subject)}` });
  if (apply.url) actions.push({ kind: 'url', verb: verbs.url[target.kind], text: displayUrl(apply.url), href: apply.url });
  if (inPerson) actions.push({ kind: 'inPerson', verb: verbs.inPerson, text: inPerson.text, ...(inPerson.lang ? { lang: inPerson.lang } : {}) });
  return actions.filter((action) => action.href === undefined || isSafeHref(action.href));
}

/** "www.example.org/lavoro" — a link as people read it. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
