import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/settings.ts';
import { buildBulletin, type Bulletin } from '../../../src/lib/issue/model.ts';
import type { Item } from '../../../src/lib/content/items.ts';
import { issuePageKey, itemPageKey } from '../../../src/lib/publish/page-keys.ts';
import { filterOptions } from '../../../src/lib/view/filters.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { offer, service } from '../../helpers/items.ts';

const FIRST_WEEK = settings.firstIssueWeek;
const it_ = readerFor(settings);

/** Fresh items each time: keys must not depend on object identity. */
const items = (title = 'Aiuto cuoco'): Item[] => [
  offer('cuoco', { title, published: '2026-11-23', expires: '2026-12-31' }),
  offer('pulizie', { published: '2026-11-23', expires: '2026-11-27' }),
  service('affitto', { published: '2026-11-02' }),
];

const bulletinOn = (today: string, list: Item[] = items()): Bulletin => buildBulletin(list, today, FIRST_WEEK);

function itemKey(bulletin: Bulletin, slug: string, reader = it_): string {
  const page = bulletin.itemPages.find((each) => each.item.slug === slug);
  if (!page) throw new Error(`no page for ${slug}`);
  return itemPageKey(bulletin, page, reader);
}

describe('item page keys', () => {
  it('are the same for the same content and day, whatever the objects', () => {
    expect(itemKey(bulletinOn('2026-11-24'), 'cuoco')).toBe(itemKey(bulletinOn('2026-11-24'), 'cuoco'));
  });

  it('stay the same the next day when nothing the page shows changed, so the page is reused', () => {
    expect(itemKey(bulletinOn('2026-11-25'), 'cuoco')).toBe(itemKey(bulletinOn('2026-11-24'), 'cuoco'));
    expect(itemKey(bulletinOn('2026-11-25'), 'affitto')).toBe(itemKey(bulletinOn('2026-11-24'), 'affitto'));
  });

  it('change when the day moves a deadline countdown ("tra 3 giorni" → "tra 2 giorni")', () => {
    expect(itemKey(bulletinOn('2026-11-25'), 'pulizie')).not.toBe(itemKey(bulletinOn('2026-11-24'), 'pulizie'));
  });

  it('change when the item closes', () => {
    // Friday 27 is its last day ("scade oggi"); on Saturday 28 it is closed, and stays so.
    expect(itemKey(bulletinOn('2026-11-28'), 'pulizie')).not.toBe(itemKey(bulletinOn('2026-11-27'), 'pulizie'));
    expect(itemKey(bulletinOn('2026-11-29'), 'pulizie')).toBe(itemKey(bulletinOn('2026-11-28'), 'pulizie'));
    expect(bulletinOn('2026-11-28').itemPages.find((page) => page.item.slug === 'pulizie')?.closed).toBe(true);
  });

  it('change when the editors change the item', () => {
    expect(itemKey(bulletinOn('2026-11-24', items('Cuoco')), 'cuoco')).not.toBe(itemKey(bulletinOn('2026-11-24'), 'cuoco'));
  });

  it('change when the item leaves the current issue (its page is then Italian only)', () => {
    // The offer ends on 2026-12-31: the issue of Monday 2027-01-04 no longer has it.
    const before = bulletinOn('2026-12-31');
    const after = bulletinOn('2027-01-04');
    expect(before.current?.sections.some((section) => section.entries.some((entry) => entry.item.slug === 'cuoco'))).toBe(true);
    expect(itemKey(after, 'cuoco')).not.toBe(itemKey(before, 'cuoco'));
  });

  it('differ by language and by settings', () => {
    const bulletin = bulletinOn('2026-11-24');
    expect(itemKey(bulletin, 'cuoco', readerFor(settings, 'ar'))).not.toBe(itemKey(bulletin, 'cuoco'));
    const elsewhere = { ...settings, siteUrl: 'https://altrove.example/' };
    expect(itemKey(bulletin, 'cuoco', readerFor(elsewhere))).not.toBe(itemKey(bulletin, 'cuoco'));
  });
});

describe('issue page keys', () => {
  const current = (today: string, list?: Item[]) => bulletinOn(today, list).current!;

  it('stay the same from one day to the next when no entry closed', () => {
    expect(issuePageKey(current('2026-11-25'), it_)).toBe(issuePageKey(current('2026-11-24'), it_));
  });

  it('change when an entry closes during the week', () => {
    expect(issuePageKey(current('2026-11-28'), it_)).not.toBe(issuePageKey(current('2026-11-27'), it_));
  });

  it('change when an entry is edited, and differ per filter and language', () => {
    const issue = current('2026-11-24');
    expect(issuePageKey(current('2026-11-24', items('Cuoco')), it_)).not.toBe(issuePageKey(issue, it_));
    const [first, second] = filterOptions(issue, it_);
    expect(issuePageKey(issue, it_, first)).not.toBe(issuePageKey(issue, it_, second));
    expect(issuePageKey(issue, readerFor(settings, 'fr'))).not.toBe(issuePageKey(issue, it_));
  });
});
