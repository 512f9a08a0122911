import { describe, expect, it } from 'vitest';
import { buildBulletin, issueForWeek, weeksFromTo } from '../../../src/lib/issue/model.ts';
import type { Issue } from '../../../src/lib/issue/model.ts';
import { course, offer, service } from '../../helpers/items.ts';

const FIRST = '2026-W44';
const idsIn = (issue: Issue, section?: string) =>
  issue.sections.filter((s) => !section || s.id === section).flatMap((s) => s.entries.map((e) => e.item.slug));
const isNew = (issue: Issue, slug: string) => issue.sections.flatMap((s) => s.entries).find((e) => e.item.slug === slug)?.isNew;

describe('issue of a week', () => {
  it('includes an item published on the Monday and marks it new', () => {
    const items = [offer('monday', { published: '2026-11-23' })];
    const w48 = issueForWeek(items, '2026-W48', FIRST);
    expect(idsIn(w48)).toEqual(['monday']);
    expect(isNew(w48, 'monday')).toBe(true);
    expect(idsIn(issueForWeek(items, '2026-W47', FIRST))).toEqual([]);
  });

  it('leaves an item published on Tuesday for the next issue, where it is new', () => {
    const items = [offer('tuesday', { published: '2026-11-17' })];
    expect(idsIn(issueForWeek(items, '2026-W47', FIRST))).toEqual([]);
    expect(isNew(issueForWeek(items, '2026-W48', FIRST), 'tuesday')).toBe(true);
    expect(isNew(issueForWeek(items, '2026-W49', FIRST), 'tuesday')).toBe(false);
  });

  it('is not new when published on the previous Monday (it was in the previous issue)', () => {
    const items = [offer('prev', { published: '2026-11-16' })];
    expect(isNew(issueForWeek(items, '2026-W47', FIRST), 'prev')).toBe(true);
    expect(isNew(issueForWeek(items, '2026-W48', FIRST), 'prev')).toBe(false);
  });

  it('keeps an item expiring on the Monday and drops it the day after', () => {
    const items = [
      offer('on-monday', { published: '2026-11-01', expires: '2026-11-23' }),
      offer('on-sunday', { published: '2026-11-01', expires: '2026-11-22' }),
    ];
    const w48 = issueForWeek(items, '2026-W48', FIRST);
    expect(idsIn(w48)).toEqual(['on-monday']);
    expect(w48.sections.flatMap((s) => s.entries)[0]?.endsThisWeek).toBe(true);
    expect(idsIn(issueForWeek(items, '2026-W49', FIRST))).toEqual([]);
  });

  it('applies the 30-day default at the Monday boundary', () => {
    const items = [offer('in', { published: '2026-10-24' }), offer('out', { published: '2026-10-23' })];
    expect(idsIn(issueForWeek(items, '2026-W48', FIRST))).toEqual(['in']);
  });

  it('applies the 60-day course default at the Monday boundary', () => {
    const items = [course('in', { published: '2026-09-24' }), course('out', { published: '2026-09-23' })];
    expect(idsIn(issueForWeek(items, '2026-W48', FIRST))).toEqual(['in']);
  });

  it('never includes drafts', () => {
    const items = [offer('draft', { published: '2026-11-02', draft: true })];
    expect(idsIn(issueForWeek(items, '2026-W48', FIRST))).toEqual([]);
  });

  it('puts each item in its section, in the order of the bulletin', () => {
    const items = [
      service('aid', { published: '2026-11-02' }),
      course('lang', { published: '2026-11-02', kind: 'italiano-lavoro', level: 'A2' }),
      course('lang2', { published: '2026-11-02', kind: 'italiano', level: 'pre-A1' }),
      course('skill', { published: '2026-11-02', kind: 'digitale' }),
      offer('open', { published: '2026-11-02' }),
      offer('local', { published: '2026-11-02', km0: true }),
    ];
    const issue = issueForWeek(items, '2026-W48', FIRST);
    expect(issue.sections.map((s) => s.id)).toEqual(['km0', 'lavoro', 'corsi', 'italiano', 'servizi']);
    expect(idsIn(issue, 'km0')).toEqual(['local']);
    expect(idsIn(issue, 'lavoro')).toEqual(['open']);
    expect(idsIn(issue, 'corsi')).toEqual(['skill']);
    expect(idsIn(issue, 'italiano').sort()).toEqual(['lang', 'lang2']);
    expect(idsIn(issue, 'servizi')).toEqual(['aid']);
  });

  it('lists newest first within a section', () => {
    const items = [offer('older', { published: '2026-11-02' }), offer('newer', { published: '2026-11-20' })];
    expect(idsIn(issueForWeek(items, '2026-W48', FIRST))).toEqual(['newer', 'older']);
  });

  it('numbers issues from the first week, across the new year', () => {
    expect(issueForWeek([], '2026-W44', FIRST).number).toBe(1);
    expect(issueForWeek([], '2027-W01', FIRST).number).toBe(11);
  });
});

describe('the whole bulletin', () => {
  it('lists every issue from the first to the current week, newest first, through W53', () => {
    expect(weeksFromTo('2026-W52', '2027-W02')).toEqual(['2027-W02', '2027-W01', '2026-W53', '2026-W52']);
    const bulletin = buildBulletin([], '2027-01-06', '2026-W52');
    expect(bulletin.currentWeek).toBe('2027-W01');
    expect(bulletin.issues.map((i) => i.week)).toEqual(['2027-W01', '2026-W53', '2026-W52']);
    expect(bulletin.current?.week).toBe('2027-W01');
  });

  it('makes a page for items published up to today, marks expired ones closed, skips drafts and future items', () => {
    const items = [
      offer('open', { published: '2026-11-20' }),
      offer('closed', { published: '2026-10-01', expires: '2026-10-20' }),
      offer('draft', { published: '2026-11-20', draft: true }),
      offer('future', { published: '2026-11-26' }),
      offer('today', { published: '2026-11-25' }),
    ];
    const bulletin = buildBulletin(items, '2026-11-25', FIRST);
    expect(bulletin.itemPages.map((p) => [p.item.slug, p.closed])).toEqual([
      ['closed', true], ['open', false], ['today', false],
    ]);
    expect(idsIn(bulletin.current!)).toEqual(['open']);
  });

  it('gives the same items for a past week whatever today is', () => {
    const items = [offer('a', { published: '2026-11-02' }), offer('b', { published: '2026-11-10', expires: '2026-11-12' })];
    const then = buildBulletin(items, '2026-11-11', FIRST).issues.find((i) => i.week === '2026-W46');
    const later = buildBulletin(items, '2027-03-01', FIRST).issues.find((i) => i.week === '2026-W46');
    expect(idsIn(later!)).toEqual(idsIn(then!));
  });

  it('has no issue before the first week', () => {
    const bulletin = buildBulletin([], '2026-10-01', FIRST);
    expect(bulletin.issues).toEqual([]);
    expect(bulletin.current).toBeUndefined();
  });
});

describe('entries closed since the Monday', () => {
  it('stay in their issue, marked closed from the day after their last day', () => {
    const items = [offer('filled', { published: '2026-11-02', expires: '2026-11-24' }), offer('open', { published: '2026-11-02' })];
    const entries = (today: string) => buildBulletin(items, today, FIRST).current!.sections.flatMap((s) => s.entries);
    expect(entries('2026-11-24').map((e) => [e.item.slug, e.closed])).toEqual([['filled', false], ['open', false]]);
    expect(entries('2026-11-25').map((e) => [e.item.slug, e.closed])).toEqual([['filled', true], ['open', false]]);
  });
});
