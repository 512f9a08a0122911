/** The ways to apply for an item, as actions with safe links (tel:, mailto:, https:, wa.me). */
import type { Apply } from '../schema/fields.ts';
import { telHref, whatsappHref } from '../phone.ts';
import { encodeUriText } from '../text-chars.ts';

export interface ApplyAction {
  kind: 'phone' | 'whatsapp' | 'email' | 'url' | 'inPerson';
  /** Short verb for a button: "Chiama". */
  verb: string;
  /** What it points to, as the reader sees it: "02 1234 5678". */
  text: string;
  /** Link; absent for "where to go". */
  href?: string;
}

/** Only these schemes ever become links. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(href);
}

/** Actions in the order a reader on a phone prefers: call, WhatsApp, e-mail, web, in person. */
export function applyActions(apply: Apply, subject: string): ApplyAction[] {
  const actions: ApplyAction[] = [];
  if (apply.phone) actions.push({ kind: 'phone', verb: 'Chiama', text: apply.phone, href: telHref(apply.phone) });
  if (apply.whatsapp) actions.push({ kind: 'whatsapp', verb: 'Scrivi su WhatsApp', text: apply.whatsapp, href: whatsappHref(apply.whatsapp, `Buongiorno, vi scrivo per: ${subject}`) });
  if (apply.email) actions.push({ kind: 'email', verb: 'Scrivi una e-mail', text: apply.email, href: `mailto:${apply.email}?subject=${encodeUriText(subject)}` });
  if (apply.url) actions.push({ kind: 'url', verb: 'Candidati online', text: displayUrl(apply.url), href: apply.url });
  if (apply.inPerson) actions.push({ kind: 'inPerson', verb: 'Vai di persona', text: apply.inPerson });
  return actions.filter((action) => action.href === undefined || isSafeHref(action.href));
}

/** "www.example.org/lavoro" — a link as people read it. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
