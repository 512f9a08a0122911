/**
 * The programme's numbers for a period, as counts: pure, computed once from the items,
 * the issue model and the senders' records. An item counts in the month of its `published`
 * date; "items per issue" counts what each issue showed, from the issue model itself.
 */
import { addDays, daysBetween, mondayOfWeek, weekOf, type CalendarDate, type WeekId } from '../issue/dates.ts';
import { closesOn, closureOn } from '../issue/validity.ts';
import { issueForWeek, sectionOf, weeksFromTo, type SectionId } from '../issue/model.ts';
import type { Item, Offer } from '../content/items.ts';
import { OTHER_LANGS } from '../../i18n/languages.ts';
import { CEFR_LEVELS, type CefrLevel } from '../schema/fields.ts';
import { CONTRACTS, SECTORS } from '../schema/offer.ts';
import { LANGUAGE_KINDS } from '../schema/course.ts';
import { isLang, LANGS, type Lang } from '../../i18n/languages.ts';
import { isInPeriod, monthOf, monthsOf, type MonthId, type Period } from './period.ts';
import type { SendRecords, SubscriberEvents } from './records.ts';

export const SECTION_IDS: readonly SectionId[] = ['km0', 'lavoro', 'corsi', 'italiano', 'servizi'];

export interface IssueCount {
  week: WeekId;
  number: number;
  monday: CalendarDate;
  /** Items the issue showed. */
  items: number;
  /** Of which new that week. */
  fresh: number;
}

export interface MonthClosing {
  month: MonthId;
  /** Offers published that month. */
  published: number;
  /** Closed by the editors as "posto coperto" by the end of the period. */
  filled: number;
  /** Reached their last day by the end of the period. */
  expired: number;
  /** Still open at the end of the period. */
  open: number;
  /** Median days the closed ones stayed open; undefined when none closed. */
  medianDays: number | undefined;
}

export interface TranslationCount {
  lang: (typeof OTHER_LANGS)[number];
  items: number;
  translated: number;
  /** Machine drafts not yet checked (`auto: true`). */
  unchecked: number;
}

export interface ReportModel {
  period: Period;
  months: MonthId[];
  issues: IssueCount[];
  sectionsByMonth: { month: MonthId; counts: Record<SectionId, number> }[];
  /** Offers by sector, then contract. */
  offersBySector: { sector: (typeof SECTORS)[number]; counts: Record<(typeof CONTRACTS)[number], number> }[];
  shares: { offers: number; km0: number; schoolHours: number; courses: number; childcare: number; free: number };
  italianByLevel: { level: CefrLevel; courses: number }[];
  closing: { months: MonthClosing[]; total: MonthClosing };
  translations: TranslationCount[];
  emails: { week: WeekId; sent: number; failed: number; pending: number }[];
  /** `unsubscribedDb`: unsubscriptions recorded by the subscription database, when there is one. */
  suppressions: { month: MonthId; unsubscribed: number; refused: number; unsubscribedDb?: number }[];
  /** Active subscribers per language at the end of each month; undefined without a subscription database. */
  subscribers: { month: MonthId; active: Record<Lang, number> }[] | undefined;
  telegram: { week: WeekId; posts: Record<Lang, number> }[];
}

/** Events that make someone an active subscriber, and those that end it. */
const JOINS = new Set(['conferma', 'aggiunta', 'importazione']);
const LEAVES = new Set(['disiscrizione', 'cancellazione']);

/**
 * Active subscribers per language at the end of each month, counted forward from every event up
 * to the month (people who join minus people who leave). Events without a language are left
 * out: the store records them only for addresses that had no subscription.
 */
function activeByMonth(months: readonly MonthId[], events: readonly SubscriberEvents[]): { month: MonthId; active: Record<Lang, number> }[] {
  return months.map((month) => {
    const active = zeros(LANGS);
    for (const event of events) {
      if (event.month > month || event.lang === null || !isLang(event.lang)) continue;
      if (JOINS.has(event.kind)) active[event.lang] += event.count;
      else if (LEAVES.has(event.kind)) active[event.lang] -= event.count;
    }
    return { month, active };
  });
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The day an offer stopped being open and why: closed by hand ("posto coperto") or past its last day (the one closing rule). */
function closingOf(offer: Offer): { day: CalendarDate; filled: boolean } {
  const day = closesOn(offer) ?? addDays(offer.data.published, 1);
  return { day, filled: closureOn(offer, day) === 'filled' };
}

function closingFor(month: MonthId, offers: readonly Offer[], until: CalendarDate): MonthClosing {
  const row: MonthClosing = { month, published: offers.length, filled: 0, expired: 0, open: 0, medianDays: undefined };
  const days: number[] = [];
  for (const offer of offers) {
    const closing = closingOf(offer);
    if (closing.day > until) {
      row.open++;
      continue;
    }
    if (closing.filled) row.filled++;
    else row.expired++;
    days.push(daysBetween(offer.data.published, closing.day));
  }
  row.medianDays = median(days);
  return row;
}

/** Weeks whose Monday falls in the period, from the first issue on, oldest first. */
function weeksIn(period: Period, firstWeek: WeekId): WeekId[] {
  if (period.from > period.until) return [];
  return weeksFromTo(weekOf(period.from), weekOf(period.until))
    .reverse()
    .filter((week) => week >= firstWeek && isInPeriod(period, mondayOfWeek(week)));
}

export interface ReportInput {
  items: readonly Item[];
  period: Period;
  /** Week of issue n. 1 (settings). */
  firstWeek: WeekId;
  records: SendRecords;
}

export function buildReportModel({ items, period, firstWeek, records }: ReportInput): ReportModel {
  const months = monthsOf(period);
  const counted = items.filter((item) => !item.data.draft && isInPeriod(period, item.data.published));
  const byMonth = new Map<MonthId, Item[]>(months.map((month) => [month, []]));
  for (const item of counted) byMonth.get(monthOf(item.data.published))!.push(item);

  const issues = weeksIn(period, firstWeek).map((week) => {
    const issue = issueForWeek(items, week, firstWeek);
    return { week, number: issue.number, monday: issue.monday, items: issue.itemCount, fresh: issue.newCount };
  });

  const sectionsByMonth = months.map((month) => {
    const counts = zeros(SECTION_IDS);
    for (const item of byMonth.get(month)!) counts[sectionOf(item)]++;
    return { month, counts };
  });

  const offers = counted.filter((item): item is Offer => item.kind === 'offer');
  const courses = counted.filter((item) => item.kind === 'course');
  const offersBySector = SECTORS.map((sector) => {
    const counts = zeros(CONTRACTS);
    for (const offer of offers) if (offer.data.sector === sector) counts[offer.data.contract]++;
    return { sector, counts };
  });

  const italianByLevel = CEFR_LEVELS.map((level) => ({
    level,
    courses: courses.filter((course) => LANGUAGE_KINDS.has(course.data.kind) && course.data.level === level).length,
  }));

  const closingMonths = months.map((month) => closingFor(month, offers.filter((offer) => monthOf(offer.data.published) === month), period.until));

  const translations = OTHER_LANGS.map((lang) => {
    const done = counted.map((item) => item.data.translations?.[lang] as { auto?: boolean } | undefined).filter((t) => t !== undefined);
    return { lang, items: counted.length, translated: done.length, unchecked: done.filter((t) => t.auto === true).length };
  });

  const inPeriodWeek = (week: WeekId) => isInPeriod(period, mondayOfWeek(week));
  const suppressions = months.map((month) => {
    const events = records.suppressions.filter((event) => isInPeriod(period, event.date) && monthOf(event.date) === month);
    const row = { month, unsubscribed: events.filter((e) => e.reason === 'disiscritto').length, refused: events.filter((e) => e.reason === 'rifiutato').length };
    if (!records.subscribers) return row;
    const fromDb = records.subscribers.filter((event) => event.month === month && event.kind === 'disiscrizione');
    return { ...row, unsubscribedDb: fromDb.reduce((total, event) => total + event.count, 0) };
  });
  const telegramWeeks = [...new Set(records.telegram.map((post) => post.week).filter(inPeriodWeek))].sort();

  return {
    period,
    months,
    issues,
    sectionsByMonth,
    offersBySector,
    shares: {
      offers: offers.length,
      km0: offers.filter((offer) => offer.data.km0).length,
      schoolHours: offers.filter((offer) => offer.data.schoolHours).length,
      courses: courses.length,
      childcare: courses.filter((course) => course.data.childcare).length,
      free: courses.filter((course) => course.data.free).length,
    },
    italianByLevel,
    closing: { months: closingMonths, total: closingFor('', offers, period.until) },
    translations,
    emails: records.emails.filter((send) => inPeriodWeek(send.week)).map(({ week, sent, failed, pending }) => ({ week, sent, failed, pending })),
    suppressions,
    subscribers: records.subscribers && activeByMonth(months, records.subscribers),
    telegram: telegramWeeks.map((week) => {
      const posts = zeros(LANGS);
      for (const post of records.telegram) if (post.week === week) posts[post.lang] += post.posted;
      return { week, posts };
    }),
  };
}
