/** Validity of an item: shown on day D when `published <= D <= expires`. The one place for expiry defaults. */
import { addDays, type CalendarDate } from './dates.ts';

export const OFFER_DEFAULT_DAYS = 30;
export const COURSE_DEFAULT_DAYS = 60;

/** The fields that decide an item's last day. */
export type ExpiryFields =
  | { kind: 'offer'; published: CalendarDate; expires?: CalendarDate | undefined }
  | { kind: 'course'; published: CalendarDate; expires?: CalendarDate | undefined; enrollBy?: CalendarDate | undefined; start?: CalendarDate | undefined }
  | { kind: 'service'; published: CalendarDate; expires?: CalendarDate | undefined; deadline?: CalendarDate | undefined };

/** Last day an item is shown; `undefined` means until removed (services without dates). */
export function expiryOf(item: ExpiryFields): CalendarDate | undefined {
  if (item.expires) return item.expires;
  switch (item.kind) {
    case 'offer':
      return addDays(item.published, OFFER_DEFAULT_DAYS);
    case 'course':
      return item.enrollBy ?? item.start ?? addDays(item.published, COURSE_DEFAULT_DAYS);
    case 'service':
      return item.deadline;
  }
}

/** True when the item is shown on `day`. */
export function isValidOn(item: { published: CalendarDate; expiresOn: CalendarDate | undefined }, day: CalendarDate): boolean {
  return item.published <= day && (item.expiresOn === undefined || day <= item.expiresOn);
}

/** Closed on `day`: its last day has passed. Items without a last day never close. */
export function isClosedOn(expiresOn: CalendarDate | undefined, day: CalendarDate): boolean {
  return expiresOn !== undefined && expiresOn < day;
}

/** Its last day falls on or before `lastDay` (ends within a week, when `lastDay` is that week's Sunday). */
export function endsBy(expiresOn: CalendarDate | undefined, lastDay: CalendarDate): boolean {
  return expiresOn !== undefined && expiresOn <= lastDay;
}

/** Why an item is closed: its last day has passed, or the editor closed it ("posto coperto", "posti esauriti"). */
export type Closure = 'expired' | 'filled' | 'full';

/** What decides whether an item is open: its kind, the day closed by hand, its last day. */
export interface ClosableItem {
  kind: 'offer' | 'course' | 'service';
  data: { published: CalendarDate; filled?: CalendarDate | undefined; full?: CalendarDate | undefined };
  expiresOn: CalendarDate | undefined;
}

/** The first day an item is closed by hand: an offer's `filled`, a course's `full`. */
export function closedByHandFrom(item: ClosableItem): CalendarDate | undefined {
  return item.kind === 'offer' ? item.data.filled : item.kind === 'course' ? item.data.full : undefined;
}

/**
 * Why the item is closed on `day`, or undefined while it is open. Closed by hand wins when
 * it happened while the item was still open; an item that expired first stays "expired".
 */
export function closureOn(item: ClosableItem, day: CalendarDate): Closure | undefined {
  const byHand = closedByHandFrom(item);
  if (byHand !== undefined && byHand <= day && (item.expiresOn === undefined || byHand <= addDays(item.expiresOn, 1))) {
    return item.kind === 'offer' ? 'filled' : 'full';
  }
  return isClosedOn(item.expiresOn, day) ? 'expired' : undefined;
}

/** The day an item closes for good: the day after its last day, or the day it was closed by hand, whichever comes first. */
export function closesOn(item: ClosableItem): CalendarDate | undefined {
  const byHand = closedByHandFrom(item);
  const expiry = item.expiresOn === undefined ? undefined : addDays(item.expiresOn, 1);
  if (byHand === undefined) return expiry;
  return expiry === undefined || byHand < expiry ? byHand : expiry;
}

/** Published by `day` and not closed on it (neither expired nor closed by hand). */
export function isOpenOn(item: ClosableItem, day: CalendarDate): boolean {
  return item.data.published <= day && closureOn(item, day) === undefined;
}
