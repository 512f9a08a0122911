/**
 * The issue model: which items are in which section of which week, which are new.
 * The only place these rules live; every renderer reads its result.
 */
import { addDays, addWeeks, mondayOf, mondayOfWeek, weekOf, weeksBetween, type CalendarDate, type WeekId } from './dates.ts';
import { it } from '../../i18n/it.ts';
import { LANGUAGE_KINDS } from '../schema/course.ts';
import type { Item } from '../content/items.ts';
import { closureOn, endsBy, isOpenOn, type Closure } from './validity.ts';

export type SectionId = 'km0' | 'lavoro' | 'corsi' | 'italiano' | 'servizi';

export interface SectionInfo {
  id: SectionId;
  title: string;
  /** One line under the title, for readers. */
  description: string;
}

/** The five sections, in the order of the bulletin (Italian words; views take each reader's from the dictionaries). */
export const SECTIONS: readonly SectionInfo[] = (['km0', 'lavoro', 'corsi', 'italiano', 'servizi'] as const).map((id) => ({ id, ...it.sections[id] }));

export function sectionOf(item: Item): SectionId {
  switch (item.kind) {
    case 'offer':
      return item.data.km0 ? 'km0' : 'lavoro';
    case 'course':
      return LANGUAGE_KINDS.has(item.data.kind) ? 'italiano' : 'corsi';
    case 'service':
      return 'servizi';
  }
}

export interface IssueEntry {
  item: Item;
  /** Published after the previous issue's Monday, up to this Monday. */
  isNew: boolean;
  /** Its last day falls within this issue's week (Monday to Sunday). */
  endsThisWeek: boolean;
  /** Its last day is before the day of the build, or it was closed by hand since: still part of the issue, but no longer open. */
  closed: boolean;
  /** Why it is closed (its own words: "Chiuso", "Posto già coperto", "Posti esauriti"). */
  closure: Closure | undefined;
}

export interface IssueSection extends SectionInfo {
  entries: IssueEntry[];
}

export interface Issue {
  week: WeekId;
  /** Issue number, counted from the first issue (n. 1). */
  number: number;
  /** Publication day: the Monday of the week. */
  monday: CalendarDate;
  /** The five sections in order, empty ones included. */
  sections: IssueSection[];
  itemCount: number;
  newCount: number;
  previousWeek: WeekId | undefined;
  nextWeek: WeekId | undefined;
  /** The issue of the current week (the last one): the only one with static filter pages. */
  isCurrent: boolean;
}

/** Newest first, then by title: the order of entries within a section. */
function byNewestThenTitle(a: Item, b: Item): number {
  if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
  return a.data.title.localeCompare(b.data.title, 'it') || a.slug.localeCompare(b.slug);
}

/** True when the item is part of the issue published on `monday`. */
export function isInIssue(item: Item, monday: CalendarDate): boolean {
  return !item.data.draft && isOpenOn(item, monday);
}

/**
 * The issue of `week`. `items` may hold anything: drafts, future and expired items are left out here.
 * `today` only marks entries that have closed since the Monday; it never changes which items are in.
 */
export function issueForWeek(items: readonly Item[], week: WeekId, firstWeek: WeekId, lastWeek: WeekId = week, today?: CalendarDate): Issue {
  const monday = mondayOfWeek(week);
  const previousMonday = addDays(monday, -7);
  const sunday = addDays(monday, 6);
  const sections: IssueSection[] = SECTIONS.map((info) => ({ ...info, entries: [] }));
  const sectionIndex = new Map(SECTIONS.map((info, index) => [info.id, index]));
  const included = items.filter((item) => isInIssue(item, monday)).sort(byNewestThenTitle);
  let newCount = 0;
  for (const item of included) {
    const isNew = item.data.published > previousMonday;
    if (isNew) newCount++;
    const closure = today === undefined ? undefined : closureOn(item, today);
    const entry: IssueEntry = {
      item,
      isNew,
      endsThisWeek: endsBy(item.expiresOn, sunday),
      closed: closure !== undefined,
      closure,
    };
    sections[sectionIndex.get(sectionOf(item))!]!.entries.push(entry);
  }
  return {
    week,
    number: weeksBetween(firstWeek, week) + 1,
    monday,
    sections,
    itemCount: included.length,
    newCount,
    previousWeek: week > firstWeek ? addWeeks(week, -1) : undefined,
    nextWeek: week < lastWeek ? addWeeks(week, 1) : undefined,
    isCurrent: week === lastWeek,
  };
}

export interface ItemPage {
  item: Item;
  /** Its last day is before today, or it was closed by hand. */
  closed: boolean;
  closure: Closure | undefined;
}

export interface Bulletin {
  today: CalendarDate;
  /** The ISO week of today. */
  currentWeek: WeekId;
  /** Every issue from the first to the current one, newest first. */
  issues: Issue[];
  /** The issue of the current week, when the bulletin has started. */
  current: Issue | undefined;
  /** One per non-draft item published on or before today, sorted by kind then slug. */
  itemPages: ItemPage[];
}

/** Weeks from `firstWeek` to `lastWeek`, newest first. */
export function weeksFromTo(firstWeek: WeekId, lastWeek: WeekId): WeekId[] {
  const weeks: WeekId[] = [];
  for (let week = lastWeek; week >= firstWeek; week = addWeeks(week, -1)) weeks.push(week);
  return weeks;
}

/** The whole bulletin as of `today`: computed once, shared by every page, feed and e-mail. */
export function buildBulletin(items: readonly Item[], today: CalendarDate, firstWeek: WeekId): Bulletin {
  const currentWeek = weekOf(mondayOf(today));
  const issues = weeksFromTo(firstWeek, currentWeek).map((week) => issueForWeek(items, week, firstWeek, currentWeek, today));
  const itemPages = items
    .filter((item) => !item.data.draft && item.data.published <= today)
    .map((item) => {
      const closure = closureOn(item, today);
      return { item, closed: closure !== undefined, closure };
    })
    .sort((a, b) => a.item.kind.localeCompare(b.item.kind) || a.item.slug.localeCompare(b.item.slug));
  return { today, currentWeek, issues, current: issues.find((issue) => issue.week === currentWeek), itemPages };
}
