/**
 * An issue as plain data for templates (e-mail, feed) and the text twin, in one reader
 * language: absolute links, words from the dictionary, and at most `maxCardsPerSection`
 * cards per section, the rest counted and linked to the web issue.
 */
import type { Issue } from '../issue/model.ts';
import type { Settings } from '../settings/settings.ts';
import { telHref } from '../text/phone.ts';
import { ROUTES } from './urls.ts';
import { entryCard, factLine, factParts, type CardView, type FactPart } from './card.ts';
import { issueNumber, issueSummary, issueTitle } from './issue-view.ts';
import { readerFor, type Hub, type Reader } from './reader.ts';

export interface CardData extends Omit<CardView, 'path' | 'href'> {
  /** The main facts on one line: "Ristorazione · Part-time · Loreto, Milano". */
  factLine: string;
  /** The same facts with their language, for HTML. */
  factParts: FactPart[];
  /** Only the first way to apply, for short formats; `inItalian` for templates. */
  firstAction: (CardView['actions'][number] & { inItalian: boolean }) | undefined;
  /** After "Chiuso:": "non è più possibile candidarsi / iscriversi / fare domanda", by the item's kind. */
  closedNoApply: string;
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
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Where lines start in the reader's direction (`left`, or `right` in Arabic): MJML's `align`. */
  start: 'left' | 'right';
  /** `it` when editors' text (titles, hubs) may be Italian inside another language. */
  italian: string | undefined;
  name: string;
  title: string;
  number: string;
  date: string;
  summary: string;
  preheader: string;
  url: string;
  sections: SectionData[];
  hubs: (Hub & { phoneHref?: string | undefined })[];
  contact: { name: string; email: string };
  unsubscribe: { text: string; href: string };
  /** Every other word the templates show, in the reader's language (Mustache takes strings, not functions). */
  words: {
    readIssueOnSite: string;
    readOnSite: string;
    whereToFindUs: string;
    whereIntro: string;
    why: string;
    closed: string;
    sectionEmpty: string;
    details: string;
    phone: string;
  };
}

function cardData(card: CardView, reader: Reader): CardData {
  const { path: _path, href: _href, ...rest } = card;
  return { ...rest, factLine: factLine(card, reader), factParts: factParts(card, reader), firstAction: card.actions[0] && { ...card.actions[0], inItalian: card.actions[0].lang === 'it' }, closedNoApply: reader.t.deadline.closedNoApply[card.kind] };
}

/** The unsubscribe link of the published e-mail; each recipient's message gets a personal one. */
export function genericUnsubscribeHref(settings: Settings): string {
  return settings.email.unsubscribeUrl ?? `mailto:${settings.email.unsubscribeEmail}?subject=${encodeURIComponent('Cancellami dal bollettino')}`;
}

/** The issue as template data. `maxCardsPerSection` bounds each section (Infinity = all). */
export function issueData(issue: Issue, settings: Settings, maxCardsPerSection = Infinity, reader: Reader = readerFor(settings)): IssueData {
  const { t } = reader;
  const url = reader.urls.absolute(ROUTES.issue(issue.week));
  const summary = issueSummary(issue, reader);
  return {
    lang: reader.lang,
    dir: reader.dir,
    start: reader.dir === 'rtl' ? 'right' : 'left',
    italian: reader.italian,
    name: settings.name,
    title: issueTitle(issue, settings.name, reader),
    number: issueNumber(issue, reader),
    date: reader.dates.long(issue.monday),
    summary,
    preheader: summary,
    url,
    sections: issue.sections.map((section) => {
      const title = t.sections[section.id].title;
      const shown = section.entries.slice(0, maxCardsPerSection);
      const hidden = section.entries.length - shown.length;
      return {
        id: section.id,
        title,
        url: `${url}#${section.id}`,
        total: section.entries.length,
        cards: shown.map((entry) => cardData(entryCard(entry, reader), reader)),
        more: hidden > 0 ? { count: hidden, text: t.issue.more(hidden, title), url: `${url}#${section.id}` } : undefined,
      };
    }),
    hubs: reader.hubs.map((hub) => ({ ...hub, phoneHref: hub.phone ? telHref(hub.phone) : undefined })),
    contact: { name: settings.contact.name, email: settings.contact.email },
    unsubscribe: { text: t.email.unsubscribe, href: genericUnsubscribeHref(settings) },
    words: {
      readIssueOnSite: t.issue.readOnSite,
      readOnSite: t.email.readOnSite,
      whereToFindUs: t.site.whereToFindUs,
      whereIntro: t.email.whereIntro,
      why: t.email.why(settings.name),
      closed: t.marks.closed,
      sectionEmpty: t.issue.sectionEmpty,
      details: t.email.details,
      phone: t.email.phone,
    },
  };
}
