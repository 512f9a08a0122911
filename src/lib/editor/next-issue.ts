/**
 * Next Monday's issue as editors need it on a Friday: what is new, what stays from the
 * previous issue, what leaves before it (expired, filled, full), and which drafts would enter
 * if published. Read from the one issue model (`issue.ts`), never a second set of rules.
 */
import { addDays, mondayOf, weekOf, type CalendarDate, type WeekId } from '../issue/dates.ts';
import { isInIssue, issueForWeek, sectionOf, type SectionId } from '../issue/model.ts';
import type { Item } from '../content/items.ts';
import { closedByHandFrom, closureOn, isOpenOn, type Closure } from '../issue/validity.ts';

export interface PlannedItem {
  item: Item;
  section: SectionId;
}

export interface LeavingItem extends PlannedItem {
  /** Why it will not be in the issue. */
  closure: Closure;
  /** Its last day (expired) or the day it was closed by hand. */
  day: CalendarDate;
}

export interface NextIssuePlan {
  /** The issue's Monday: today if today is a Monday, else the coming one. */
  monday: CalendarDate;
  week: WeekId;
  /** Published since the previous Monday: marked "Nuovo". */
  fresh: PlannedItem[];
  /** In the previous issue too. */
  carried: PlannedItem[];
  /** In the previous issue or open today, but closed by that Monday. */
  leaving: LeavingItem[];
  /** Drafts that would be in the issue if "draft" were taken off. */
  drafts: PlannedItem[];
}

/** The next issue's Monday: today if it is Monday, else the coming one. */
export function upcomingMondayFrom(today: CalendarDate): CalendarDate {
  const monday = mondayOf(today);
  return monday === today ? today : addDays(monday, 7);
}

const planned = (item: Item): PlannedItem => ({ item, section: sectionOf(item) });

export function nextIssuePlan(items: readonly Item[], today: CalendarDate): NextIssuePlan {
  const monday = upcomingMondayFrom(today);
  const week = weekOf(monday);
  const previousMonday = addDays(monday, -7);
  const issue = issueForWeek(items, week, week);
  const entries = issue.sections.flatMap((section) => section.entries);
  const leaving = items
    .filter((item) => !item.data.draft && !isInIssue(item, monday) && item.data.published <= monday && (isInIssue(item, previousMonday) || isOpenOn(item, today)))
    .map((item): LeavingItem => {
      const closure = closureOn(item, monday) ?? 'expired';
      const day = closure === 'expired' ? item.expiresOn! : closedByHandFrom(item)!;
      return { ...planned(item), closure, day };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.item.data.title.localeCompare(b.item.data.title, 'it'));
  const drafts = items
    .filter((item) => item.data.draft && isInIssue({ ...item, data: { ...item.data, draft: false } } as Item, monday))
    .map(planned)
    .sort((a, b) => a.item.data.title.localeCompare(b.item.data.title, 'it'));
  return {
    monday,
    week,
    fresh: entries.filter((entry) => entry.isNew).map((entry) => planned(entry.item)),
    carried: entries.filter((entry) => !entry.isNew).map((entry) => planned(entry.item)),
    leaving,
    drafts,
  };
}
