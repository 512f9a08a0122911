/**
 * What a card shows about an item, shared by the site, the feed, the e-mail and the
 * plain-text twin: words already in the reader's language, marks as data, links already safe.
 */
import type { CalendarDate } from '../issue/dates.ts';
import type { IssueEntry } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import type { CefrLevel, Location } from '../schema/fields.ts';
import { ROUTES } from './urls.ts';
import { closedByHandFrom, closureOn, type Closure } from '../issue/validity.ts';
import { applyActions, type ApplyAction } from './apply.ts';
import { itemTokens } from './filters.ts';
import { encodeUriText } from '../text/text-chars.ts';
import type { Reader } from './reader.ts';
import { itemTexts, type ItemTexts, type ShownList, type ShownText } from '../translations/resolve.ts';

export interface Fact {
  /** Stable key for styling and tests: `sector`, `hours`, `place`… */
  key: string;
  label: string;
  value: string;
  /** A link for the value (a map for places). */
  href?: string;
  /** Written by an editor (free text, any script): shown with `dir="auto"`. */
  written?: true;
  /** `it` when the value is the editor's Italian text on a page in another language. */
  lang?: 'it';
  /** One plain line for a jargon word ("Somministrazione": an agency hires you…), in the reader's language. */
  explain?: string;
}

/** The marks of a card, in the order they are shown. */
export type MarkCode = 'new' | 'km0' | 'school' | 'childcare' | 'closed' | 'soon';

export interface Mark {
  code: MarkCode;
  /** In the reader's language: "Nuovo", "Scade questa settimana". */
  label: string;
}

/** One chip of a card's single line of facts: short, a mark (school hours, childcare) or a fact. */
export interface Chip {
  /** Fact key (`sector`, `hours`, `italian`, `place`, `kind`, `level`, `cost`, `category`, `isee`) or mark code (`school`, `childcare`). */
  key: string;
  label: string;
  /** Present when the chip is one of the card's marks (styled as a mark). */
  mark?: MarkCode;
  /** `it` when the chip is the editor's Italian text on a page in another language. */
  lang?: 'it';
}

export interface CardView {
  id: string;
  kind: Item['kind'];
  /** The kind in one word, shown with its icon: "Lavoro", "Corso", "Aiuto". */
  kindLabel: string;
  /** Route path of the item page (`/offerte/x/`), the same in every language. */
  path: string;
  /** Link to the item page in the reader's language, with the site's base path. */
  href: string;
  /** Absolute URL of that page (e-mail, feed). */
  url: string;
  title: string;
  /** `it` when the title is the Italian original on a page in another language. */
  titleLang: 'it' | undefined;
  summary: string | undefined;
  summaryLang: 'it' | undefined;
  /** Who offers it: employer, provider (as the editor wrote it). */
  by: string | undefined;
  isNew: boolean;
  km0: boolean;
  /** New, km 0, school hours, childcare, closed or ends this week: what renderers loop over. */
  marks: Mark[];
  facts: Fact[];
  /** The issue page's one line of chips: sector or kind, hours, school hours, Italian level, place, childcare, free. */
  chips: Chip[];
  /** The marks not shown among the chips (new, km 0, closed, ends this week): the line above the title. */
  headMarks: Mark[];
  /** "Scade il 30 novembre 2026" / "Iscrizioni entro…" */
  deadline: string | undefined;
  /** Its last day has passed or it was closed by hand: shown as closed, with no way to apply. */
  closed: boolean;
  /** When closed, its own words in the reader's language: "Chiuso", "Posto già coperto", "Posti esauriti". */
  closedWords: string | undefined;
  /** Ways to apply, the one a reader on a phone prefers first (shown as the big button); none when closed. */
  actions: ApplyAction[];
  /** The ways a short card shows: the links (call, write, web), or where to go when there is no link; the item page has all. None when closed. */
  shortActions: ApplyAction[];
  /** "Come candidarsi" / "Come iscriversi" / "Come fare domanda": the label of the list of actions. */
  applyHeading: string;
  /** The editor's note on how to apply; none when closed. */
  applyNote: string | undefined;
  applyNoteLang: 'it' | undefined;
  /** "Traduzione automatica" in the reader's language when some text shown is an unchecked machine translation. */
  autoNote: string | undefined;
  /** Filter tokens (`settore-pulizie`) for the issue page's filters. */
  filters: string[];
}

/**
 * Facts for the item page only: an issue page's compact cards leave them out to stay
 * light on prepaid data.
 */
export const DETAIL_FACTS: ReadonlySet<string> = new Set(['salary', 'requirements', 'hoursTotal', 'certificate', 'documents']);

/** "A2 (elementare)" */
export const cefrText = (reader: Reader, level: CefrLevel): string => `${level} (${reader.t.enums.cefr[level]})`;

/** "via Padova 36, NoLo (Municipio 2), Milano" */
export function placeText(location: Location, reader: Reader): string {
  const parts = [location.address, location.zone, location.municipio ? reader.t.values.municipio(location.municipio) : undefined];
  const local = parts.filter(Boolean).join(', ');
  return local ? `${local}, ${location.city}` : location.city;
}

function mapHref(location: Location): string {
  const query = [location.address, location.zone, location.city].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeUriText(query)}`;
}

const withExplanation = (fact: Fact, explain: string | undefined): Fact => (explain ? { ...fact, explain } : fact);

function factsOf(item: Item, reader: Reader, texts: ItemTexts): Fact[] {
  const { t } = reader;
  const l = t.facts;
  // Editors' words keep their language: marked `lang="it"` on the other languages' pages.
  const written = (key: string, label: string, value: string): Fact => (reader.italian ? { key, label, value, written: true, lang: reader.italian } : { key, label, value, written: true });
  // Translatable text: the reader's language where a current translation exists.
  const shown = (key: string, label: string, text: ShownText | ShownList | undefined): Fact[] => {
    if (!text) return [];
    const value = 'lines' in text ? text.lines.join(text.lang ? '; ' : reader.t.values.listSeparator) : text.text;
    return [text.lang ? { key, label, value, written: true, lang: text.lang } : { key, label, value, written: true }];
  };
  const place = (location: Location | undefined, online = false): Fact[] => {
    if (online) return [{ key: 'place', label: l.place, value: location ? t.values.onlineAnd(placeText(location, reader)) : t.values.online }];
    if (!location) return [];
    return [{ ...written('place', l.place, placeText(location, reader)), href: mapHref(location) }];
  };
  switch (item.kind) {
    case 'offer': {
      const d = item.data;
      return [
        { key: 'sector', label: l.sector, value: t.enums.sector[d.sector] },
        withExplanation({ key: 'contract', label: l.contract, value: t.enums.contract[d.contract] }, t.explain.contract[d.contract]),
        { key: 'hours', label: l.hours, value: t.enums.hours[d.hours] },
        ...shown('schedule', l.schedule, texts.schedule),
        ...place(d.location),
        { key: 'italian', label: l.italian, value: d.italian ? cefrText(reader, d.italian) : t.values.notGiven },
        ...shown('salary', l.salary, texts.salary),
        ...shown('requirements', l.requirements, texts.requirements),
      ];
    }
    case 'course': {
      const d = item.data;
      const date = reader.dates.medium;
      const when = d.start ? (d.end ? t.values.fromTo(date(d.start), date(d.end)) : t.values.from(date(d.start))) : undefined;
      return [
        withExplanation({ key: 'kind', label: l.kind, value: t.enums.courseKind[d.kind] }, t.explain.courseKind[d.kind]),
        ...(d.level ? [{ key: 'level', label: l.level, value: cefrText(reader, d.level) }] : []),
        ...(when ? [{ key: 'dates', label: l.dates, value: when }] : []),
        ...shown('schedule', l.schedule, texts.schedule),
        ...(d.hoursTotal ? [{ key: 'hoursTotal', label: l.hoursTotal, value: t.values.hoursTotal(d.hoursTotal) }] : []),
        ...place(d.location, d.online),
        d.free ? { key: 'cost', label: l.cost, value: t.values.free } : d.cost ? written('cost', l.cost, d.cost) : { key: 'cost', label: l.cost, value: t.values.paid },
        ...shown('certificate', l.certificate, texts.certificate),
      ];
    }
    case 'service': {
      const d = item.data;
      return [
        { key: 'category', label: l.category, value: t.enums.serviceCategory[d.category] },
        ...shown('who', l.who, texts.who),
        ...(d.isee !== undefined ? [{ key: 'isee', label: l.isee, value: t.values.euro(d.isee.toLocaleString('it-IT')) }] : []),
        ...shown('amount', l.amount, texts.amount),
        ...shown('documents', l.documents, texts.documents),
      ];
    }
  }
}

/** Marks shown as chips, in the line of facts; the others go above the title. */
const CHIP_MARKS: ReadonlySet<MarkCode> = new Set(['school', 'childcare']);

/** Where, in two words: the zone, else the city; "Online" for online courses. */
function shortPlace(location: Location | undefined, reader: Reader, online = false): Chip[] {
  if (online) return [{ key: 'place', label: reader.t.values.online }];
  if (!location) return [];
  const label = location.zone ?? location.city;
  return [reader.italian ? { key: 'place', label, lang: reader.italian } : { key: 'place', label }];
}

function chipsOf(item: Item, reader: Reader, marks: Mark[]): Chip[] {
  const { t } = reader;
  const mark = (code: MarkCode): Chip[] => marks.filter((m) => m.code === code).map((m) => ({ key: m.code, label: m.label, mark: m.code }));
  switch (item.kind) {
    case 'offer': {
      const d = item.data;
      return [
        { key: 'sector', label: t.enums.sector[d.sector] },
        { key: 'hours', label: t.enums.hours[d.hours] },
        ...mark('school'),
        ...(d.italian ? [{ key: 'italian', label: t.values.italianLine(d.italian) }] : []),
        ...shortPlace(d.location, reader),
      ];
    }
    case 'course': {
      const d = item.data;
      return [
        { key: 'kind', label: t.enums.courseKind[d.kind] },
        ...(d.level ? [{ key: 'level', label: d.level }] : []),
        ...mark('childcare'),
        ...(d.free ? [{ key: 'cost', label: t.values.free }] : []),
        ...shortPlace(d.location, reader, d.online),
      ];
    }
    case 'service': {
      const d = item.data;
      return [
        { key: 'category', label: t.enums.serviceCategory[d.category] },
        ...(d.isee !== undefined ? [{ key: 'isee', label: `${t.facts.isee} ${t.values.euro(d.isee.toLocaleString('it-IT'))}` }] : []),
      ];
    }
  }
}

function byOf(item: Item): string | undefined {
  switch (item.kind) {
    case 'offer':
      return item.data.employer;
    case 'course':
    case 'service':
      return item.data.provider;
  }
}

/** The deadline in words: a date far away, the days left first within a week ("Scade tra 3 giorni (4 dicembre 2026)"). */
function deadlineOf(item: Item, reader: Reader, today: CalendarDate | undefined, closure: Closure | undefined): string | undefined {
  const { deadline } = reader.t;
  const byHand = closedByHandFrom(item);
  if ((closure === 'filled' || closure === 'full') && byHand !== undefined) return deadline[closure](reader.dates.medium(byHand));
  const { expiresOn } = item;
  if (expiresOn === undefined) return undefined;
  const date = reader.dates.medium(expiresOn);
  // An issue reads the same any day it is opened: there the "closed" words stand in for the date.
  if (closure === 'expired' && today !== undefined) return deadline.closed(date);
  const [far, near] =
    item.kind === 'course' && item.data.enrollBy && !item.data.expires ? [deadline.enroll, deadline.enrollNear]
    : item.kind === 'service' && item.data.deadline && !item.data.expires ? [deadline.apply, deadline.applyNear]
    : [deadline.expires, deadline.expiresNear];
  const soon = today === undefined ? undefined : reader.dates.soon(expiresOn, today);
  return soon ? near(soon, date) : far(date);
}

/** The words of a closed item: its own for one closed by hand, else "Chiuso". */
export function closedWordsOf(closure: Closure | undefined, reader: Reader): string | undefined {
  if (closure === undefined) return undefined;
  return closure === 'expired' ? reader.t.marks.closed : reader.t.marks[closure];
}

/** The line over a closed item's page: since when and why it is closed. */
export function closedBanner(item: Item, closure: Closure | undefined, reader: Reader): string | undefined {
  const { item: words } = reader.t;
  const byHand = closedByHandFrom(item);
  if ((closure === 'filled' || closure === 'full') && byHand !== undefined) return words[closure === 'filled' ? 'filledBanner' : 'fullBanner'](reader.dates.medium(byHand));
  return closure === 'expired' && item.expiresOn !== undefined ? words.closedBanner(reader.dates.medium(item.expiresOn)) : undefined;
}

function marksOf(item: Item, reader: Reader, flags: { isNew: boolean; endsSoon: boolean; closed: string | undefined }): Mark[] {
  const codes: MarkCode[] = [];
  if (flags.isNew) codes.push('new');
  if (item.kind === 'offer' && item.data.km0) codes.push('km0');
  if (item.kind === 'offer' && item.data.schoolHours) codes.push('school');
  if (item.kind === 'course' && item.data.childcare) codes.push('childcare');
  if (flags.closed) codes.push('closed');
  else if (flags.endsSoon) codes.push('soon');
  return codes.map((code) => ({ code, label: code === 'closed' && flags.closed ? flags.closed : reader.t.marks[code] }));
}

/**
 * How a reader can apply: the one place that decides that a closed item offers no way to apply,
 * in every output (site, e-mail and its text twin, feed, channel texts). Renderers print what they get.
 */
function applyOf(item: Item, reader: Reader, closed: boolean, texts: ItemTexts): Pick<CardView, 'actions' | 'applyNote' | 'applyNoteLang'> {
  if (closed) return { actions: [], applyNote: undefined, applyNoteLang: undefined };
  const about = { kind: item.kind, title: item.data.title, reference: item.kind === 'offer' ? item.data.reference : undefined };
  return { actions: applyActions(item.data.apply, about, reader.t, texts.inPerson), applyNote: texts.applyNote?.text, applyNoteLang: texts.applyNote?.lang };
}

export interface CardOptions {
  isNew?: boolean;
  /** The item page's day: deadlines then read "tra 3 giorni". */
  today?: CalendarDate;
  endsSoon?: boolean;
  /** Closed on the day it is shown; with `closure`, why (else "expired"). */
  closed?: boolean;
  closure?: Closure | undefined;
  /** Who reads it: words, dates, links and settings in one language. */
  reader: Reader;
}

/**
 * The card of an item. With `today`, deadlines read "tra 3 giorni" (item pages);
 * without it they are plain dates, so an issue reads the same any day it is opened.
 */
export function cardView(item: Item, options: CardOptions): CardView {
  const { reader } = options;
  const texts = itemTexts(item, reader.lang, reader.t.values);
  // Why it is closed: given by the issue or the item page, else read on `today` (the editor's preview).
  const closure = options.closed ? (options.closure ?? 'expired') : options.closed === undefined && options.today !== undefined ? closureOn(item, options.today) : undefined;
  const closed = closure !== undefined;
  const closedWords = closedWordsOf(closure, reader);
  const path = ROUTES.item(item);
  const marks = marksOf(item, reader, { isNew: options.isNew ?? false, endsSoon: options.endsSoon ?? false, closed: closedWords });
  const apply = applyOf(item, reader, closed, texts);
  const links = apply.actions.filter((action) => action.href !== undefined);
  return {
    id: item.slug,
    kind: item.kind,
    kindLabel: reader.t.kinds[item.kind],
    path,
    href: reader.urls.href(path),
    url: reader.urls.absolute(path),
    title: texts.title.text,
    titleLang: texts.title.lang,
    summary: texts.summary?.text,
    summaryLang: texts.summary?.lang,
    by: byOf(item),
    isNew: options.isNew ?? false,
    km0: item.kind === 'offer' && item.data.km0,
    marks,
    facts: factsOf(item, reader, texts),
    chips: chipsOf(item, reader, marks),
    headMarks: marks.filter((mark) => !CHIP_MARKS.has(mark.code)),
    deadline: deadlineOf(item, reader, options.today, closure),
    closed,
    closedWords,
    ...apply,
    autoNote: texts.auto ? reader.t.values.machineTranslation : undefined,
    applyHeading: reader.t.apply.heading[item.kind],
    shortActions: links.length > 0 ? links : apply.actions,
    filters: itemTokens(item),
  };
}

/** The card of an entry of an issue; one closed since the Monday keeps its place but loses its apply buttons. */
export function entryCard(entry: IssueEntry, reader: Reader): CardView {
  return cardView(entry.item, { isNew: entry.isNew, endsSoon: entry.endsThisWeek, closed: entry.closed, closure: entry.closure, reader });
}

const LINE_FACTS = new Set(['sector', 'contract', 'hours', 'place', 'italian', 'kind', 'level', 'dates', 'schedule', 'cost', 'category', 'who']);

export interface FactPart {
  text: string;
  /** `it` for the editor's Italian on a page in another language. */
  lang: 'it' | undefined;
  /** Not the first: a separator goes before it. */
  sep: boolean;
  /** The same as `lang === 'it'`, for templates (Mustache would find a parent's `lang`). */
  inItalian: boolean;
}

/** The main facts of a one-line summary, each with its language (HTML marks the Italian ones). */
export function factParts(card: Pick<CardView, 'facts'>, reader: Reader): FactPart[] {
  return card.facts
    .filter((fact) => LINE_FACTS.has(fact.key))
    .map((fact, index) => ({ text: fact.key === 'italian' ? reader.t.values.italianLine(fact.value) : fact.value, lang: fact.lang, sep: index > 0, inItalian: fact.lang === 'it' }));
}

/** The main facts on one line, for short formats: "Ristorazione · Part-time · Loreto, Milano · Italiano A2". */
export function factLine(card: Pick<CardView, 'facts'>, reader: Reader): string {
  return factParts(card, reader).map((part) => part.text).join(' · ');
}
