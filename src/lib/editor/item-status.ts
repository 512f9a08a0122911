/**
 * Where each item stands on a day, in the editors' words: the status shown beside each row
 * of the web editor's list and offered as its filters. Read from the one validity and issue
 * rules, on the day the site beside the editor was built.
 */
import { addDays, mondayOf, type CalendarDate } from '../issue/dates.ts';
import { shortDate } from '../view/format.ts';
import { collectionOf, type Item } from '../content/items.ts';
import { closureOn, endsBy } from '../issue/validity.ts';
import { upcomingMondayFrom } from './next-issue.ts';

export const STATUS_CODES = ['bozza', 'in-uscita', 'pubblicato', 'scade', 'scaduto', 'coperto'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** The words of each status, for filters (the row's own label may add a date). */
export const STATUS_LABELS: Record<StatusCode, string> = {
  bozza: 'bozza',
  'in-uscita': 'in uscita lunedì',
  pubblicato: 'pubblicato',
  scade: 'scade questa settimana',
  scaduto: 'scaduto',
  coperto: 'coperto',
};

export interface ItemStatus {
  code: StatusCode;
  /** "in uscita lunedì 14 dicembre" when it is not the coming Monday. */
  label: string;
}

/** The status of an item on `today`. */
export function itemStatus(item: Item, today: CalendarDate): ItemStatus {
  const status = (code: StatusCode, label = STATUS_LABELS[code]): ItemStatus => ({ code, label });
  if (item.data.draft) return status('bozza');
  const closure = closureOn(item, today);
  if (closure === 'filled' || closure === 'full') return status('coperto', closure === 'full' ? 'posti esauriti' : 'coperto');
  if (closure === 'expired') return status('scaduto');
  const firstMonday = upcomingMondayFrom(item.data.published);
  if (firstMonday > today) {
    return firstMonday === upcomingMondayFrom(today) ? status('in-uscita') : status('in-uscita', `in uscita lunedì ${shortDate(firstMonday)}`);
  }
  return endsBy(item.expiresOn, addDays(mondayOf(today), 6)) ? status('scade') : status('pubblicato');
}

/** Per content folder, per slug: the status of every item (drafts included), for the editor's list. */
export type StatusTable = Record<string, Record<string, ItemStatus & { title: string }>>;

export function statusTable(items: readonly Item[], today: CalendarDate): StatusTable {
  const table: StatusTable = {};
  for (const item of items) {
    const folder = collectionOf(item.kind).folder;
    (table[folder] ??= {})[item.slug] = { ...itemStatus(item, today), title: item.data.title };
  }
  return table;
}
