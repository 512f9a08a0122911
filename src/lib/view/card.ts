/**
 * What a card shows about an item, shared by the site, the feed, the e-mail and the
 * plain-text twin: labels and values already in Italian, links already safe.
 */
import type { CalendarDate } from '../dates.ts';
import { mediumDate, relativeDay } from '../format.ts';
import type { IssueEntry } from '../issue.ts';
import { itemPath, type Item } from '../items.ts';
import {
  cefrLabel, CONTRACT_LABELS, COURSE_KIND_LABELS, HOURS_LABELS, label, SECTOR_LABELS, SERVICE_CATEGORY_LABELS,
} from '../labels.ts';
import type { Location } from '../schema/fields.ts';
import { applyActions, type ApplyAction } from './apply.ts';
import { itemTokens } from './filters.ts';
import { encodeUriText } from '../text-chars.ts';

export interface Fact {
  /** Stable key for styling and tests: `sector`, `hours`, `place`… */
  key: string;
  label: string;
  value: string;
  /** A link for the value (a map for places). */
  href?: string;
}

export interface CardView {
  id: string;
  kind: Item['kind'];
  path: string;
  title: string;
  summary: string | undefined;
  /** Who offers it: employer, provider. */
  by: string | undefined;
  isNew: boolean;
  km0: boolean;
  /** Hours fit school times (offers) or a space for children (courses). */
  familyFriendly: string | undefined;
  facts: Fact[];
  /** "Scade il 30 novembre 2026" / "Iscrizioni fino a…" */
  deadline: string | undefined;
  endsSoon: boolean;
  /** Its last day has passed: shown as closed, with no way to apply. */
  closed: boolean;
  /** Ways to apply, the one a reader on a phone prefers first (shown as the big button). */
  actions: ApplyAction[];
  applyNote: string | undefined;
  /** Filter tokens (`settore-pulizie`) for the issue page's filters. */
  filters: string[];
}

/**
 * Facts for the item page only: an issue page's compact cards leave them out (with the
 * summary) to stay light on prepaid data.
 */
export const DETAIL_FACTS: ReadonlySet<string> = new Set(['salary', 'requirements', 'hoursTotal', 'certificate', 'documents']);

/** "via Padova 36, NoLo (Municipio 2), Milano" */
export function placeText(location: Location): string {
  const parts = [location.address, location.zone, location.municipio ? `Municipio ${location.municipio}` : undefined];
  const local = parts.filter(Boolean).join(', ');
  return local ? `${local}, ${location.city}` : location.city;
}

function mapHref(location: Location): string {
  const query = [location.address, location.zone, location.city].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeUriText(query)}`;
}

function placeFact(location: Location | undefined, online = false): Fact[] {
  if (online) return [{ key: 'place', label: 'Dove', value: location ? `Online e ${placeText(location)}` : 'Online' }];
  if (!location) return [];
  return [{ key: 'place', label: 'Dove', value: placeText(location), href: mapHref(location) }];
}

function factsOf(item: Item): Fact[] {
  switch (item.kind) {
    case 'offer': {
      const d = item.data;
      const hours = [label(HOURS_LABELS, d.hours), d.schedule].filter(Boolean).join(' · ');
      return [
        { key: 'sector', label: 'Settore', value: label(SECTOR_LABELS, d.sector) },
        { key: 'contract', label: 'Contratto', value: label(CONTRACT_LABELS, d.contract) },
        { key: 'hours', label: 'Orario', value: hours },
        ...placeFact(d.location),
        { key: 'italian', label: 'Italiano richiesto', value: d.italian ? cefrLabel(d.italian) : 'non indicato' },
        ...(d.salary ? [{ key: 'salary', label: 'Paga', value: d.salary }] : []),
        ...(d.requirements?.length ? [{ key: 'requirements', label: 'Requisiti', value: d.requirements.join('; ') }] : []),
      ];
    }
    case 'course': {
      const d = item.data;
      const when = d.start ? (d.end ? `dal ${mediumDate(d.start)} al ${mediumDate(d.end)}` : `dal ${mediumDate(d.start)}`) : undefined;
      return [
        { key: 'kind', label: 'Tipo', value: label(COURSE_KIND_LABELS, d.kind) },
        ...(d.level ? [{ key: 'level', label: 'Livello', value: cefrLabel(d.level) }] : []),
        ...(when ? [{ key: 'dates', label: 'Quando', value: when }] : []),
        ...(d.schedule ? [{ key: 'schedule', label: 'Orario', value: d.schedule }] : []),
        ...(d.hoursTotal ? [{ key: 'hoursTotal', label: 'Durata', value: `${d.hoursTotal} ore` }] : []),
        ...placeFact(d.location, d.online),
        { key: 'cost', label: 'Costo', value: d.free ? 'Gratuito' : (d.cost ?? 'a pagamento') },
        ...(d.certificate ? [{ key: 'certificate', label: 'Alla fine', value: d.certificate }] : []),
      ];
    }
    case 'service': {
      const d = item.data;
      return [
        { key: 'category', label: 'Tipo di aiuto', value: label(SERVICE_CATEGORY_LABELS, d.category) },
        { key: 'who', label: 'Per chi', value: d.who },
        ...(d.isee !== undefined ? [{ key: 'isee', label: 'ISEE massimo', value: `${d.isee.toLocaleString('it-IT')} euro` }] : []),
        ...(d.amount ? [{ key: 'amount', label: 'Quanto', value: d.amount }] : []),
        ...(d.documents?.length ? [{ key: 'documents', label: 'Documenti da portare', value: d.documents.join('; ') }] : []),
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

/** The words before a deadline: "Scade", "Iscrizioni entro"… far away, and when it is near ("Scade tra 3 giorni"). */
function deadlineWords(item: Item): { far: string; near: string } {
  if (item.kind === 'course' && item.data.enrollBy && !item.data.expires) return { far: 'Iscrizioni entro il', near: 'Iscrizioni: chiudono' };
  if (item.kind === 'service' && item.data.deadline && !item.data.expires) return { far: 'Domande entro il', near: 'Domande: chiudono' };
  return { far: 'Scade il', near: 'Scade' };
}

function deadlineOf(item: Item, expiresOn: CalendarDate | undefined, today: CalendarDate | undefined): string | undefined {
  if (expiresOn === undefined) return undefined;
  const date = mediumDate(expiresOn);
  if (today !== undefined && expiresOn < today) return `Chiuso: scaduto il ${date}`;
  const words = deadlineWords(item);
  const soon = today === undefined ? '' : relativeDay(expiresOn, today);
  // Within a week the reader sees the days left first: "Scade tra 3 giorni (4 dicembre 2026)".
  if (soon && !soon.startsWith('il ')) return `${words.near} ${soon} (${date})`;
  return `${words.far} ${date}`;
}

function familyFriendlyOf(item: Item): string | undefined {
  if (item.kind === 'offer' && item.data.schoolHours) return 'Orario compatibile con la scuola';
  if (item.kind === 'course' && item.data.childcare) return 'Spazio bimbi durante le lezioni';
  return undefined;
}

/**
 * The card of an item. With `today`, deadlines read "tra 3 giorni" (item pages);
 * without it they are plain dates, so an issue reads the same any day it is opened.
 */
export function cardView(item: Item, options: { isNew?: boolean; today?: CalendarDate; endsSoon?: boolean; closed?: boolean }): CardView {
  return {
    id: item.slug,
    kind: item.kind,
    path: itemPath(item),
    title: item.data.title,
    summary: item.data.summary,
    by: byOf(item),
    isNew: options.isNew ?? false,
    km0: item.kind === 'offer' && item.data.km0,
    familyFriendly: familyFriendlyOf(item),
    facts: factsOf(item),
    deadline: deadlineOf(item, item.expiresOn, options.today),
    endsSoon: options.endsSoon ?? false,
    closed: options.closed ?? false,
    actions: options.closed ? [] : applyActions(item.data.apply, item.data.title),
    applyNote: item.data.apply.note,
    filters: itemTokens(item),
  };
}

/** The card of an entry of an issue; one closed since the Monday keeps its place but loses its apply buttons. */
export function entryCard(entry: IssueEntry): CardView {
  return cardView(entry.item, { isNew: entry.isNew, endsSoon: entry.endsThisWeek, closed: entry.closed });
}

const LINE_FACTS = new Set(['sector', 'contract', 'hours', 'place', 'italian', 'kind', 'level', 'dates', 'schedule', 'cost', 'category', 'who']);

/** The main facts on one line, for short formats: "Ristorazione · Part-time · Loreto, Milano · Italiano A2". */
export function factLine(card: Pick<CardView, 'facts'>): string {
  return card.facts
    .filter((fact) => LINE_FACTS.has(fact.key))
    .map((fact) => (fact.key === 'italian' ? `Italiano ${fact.value}` : fact.value))
    .join(' · ');
}
