/**
 * An issue as plain data for templates (e-mail, feed) and the text twin: absolute
 * links, Italian labels, and at most `maxCardsPerSection` cards per section, the rest
 * counted and linked to the web issue.
 */
import type { Issue } from '../issue.ts';
import { absoluteUrl, type Settings } from '../settings.ts';
import { longDate } from '../format.ts';
import { entryCard, factLine, type CardView } from './card.ts';
import { issueNumber, issuePath, issueSummary, issueTitle } from './issue-view.ts';
import { telHref } from '../phone.ts';

export interface CardData extends Omit<CardView, 'path'> {
  url: string;
  /** The main facts on one line: "Ristorazione · Part-time · Loreto, Milano". */
  factLine: string;
  /** Only the first way to apply, for short formats. */
  firstAction: CardView['actions'][number] | undefined;
}

export interface SectionData {
  id: string;
  title: string;
  url: string;
  total: number;
  cards: CardData[];
  /** Present when some cards were left out to keep the e-mail short. */
  more: { count: number; text: string; url: string } | undefined;
}

export interface IssueData {
  name: string;
  title: string;
  number: string;
  date: string;
  summary: string;
  preheader: string;
  url: string;
  sections: SectionData[];
  hubs: { name: string; address: string; hours: string; phone?: string | undefined; phoneHref?: string | undefined }[];
  contact: { name: string; email: string };
  unsubscribe: { text: string; href: string };
}


function cardData(card: CardView, settings: Settings): CardData {
  const { path, ...rest } = card;
  return {
    ...rest,
    url: absoluteUrl(settings, path),
    factLine: factLine(card),
    firstAction: card.actions[0],
  };
}

/** The unsubscribe link of the published e-mail; each recipient's message gets a personal one. */
export function genericUnsubscribeHref(settings: Settings): string {
  return settings.email.unsubscribeUrl ?? `mailto:${settings.email.unsubscribeEmail}?subject=${encodeURIComponent('Cancellami dal bollettino')}`;
}

/** The issue as template data. `maxCardsPerSection` bounds each section (Infinity = all). */
export function issueData(issue: Issue, settings: Settings, maxCardsPerSection = Infinity): IssueData {
  const url = absoluteUrl(settings, issuePath(issue.week));
  return {
    name: settings.name,
    title: issueTitle(issue, settings.name),
    number: issueNumber(issue),
    date: longDate(issue.monday),
    summary: issueSummary(issue),
    preheader: issueSummary(issue),
    url,
    sections: issue.sections.map((section) => {
      const shown = section.entries.slice(0, maxCardsPerSection);
      const hidden = section.entries.length - shown.length;
      return {
        id: section.id,
        title: section.title,
        url: `${url}#${section.id}`,
        total: section.entries.length,
        cards: shown.map((entry) => cardData(entryCard(entry), settings)),
        more: hidden > 0 ? { count: hidden, text: `Altri ${hidden} annunci in «${section.title}»: leggili sul sito`, url: `${url}#${section.id}` } : undefined,
      };
    }),
    hubs: settings.hubs.map((hub) => ({ name: hub.name, address: hub.address, hours: hub.hours, phone: hub.phone, phoneHref: hub.phone ? telHref(hub.phone) : undefined })),
    contact: { name: settings.contact.name, email: settings.contact.email },
    unsubscribe: {
      text: 'Non vuoi più ricevere il bollettino? Cancellati qui',
      href: genericUnsubscribeHref(settings),
    },
  };
}
