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
