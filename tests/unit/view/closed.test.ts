/**
 * A closed item offers no way to apply, in any output. The rule lives once, in the card view;
 * each renderer is checked here against an open twin with the same ways to apply, so a
 * renderer that dropped every action would fail too.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { channelMessages } from '../../../src/lib/channels/render.ts';
import { renderEmail } from '../../../src/lib/email/render.ts';
import { feedItems } from '../../../src/lib/feed/items.ts';
import { issueForWeek } from '../../../src/lib/issue/model.ts';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { entryCard } from '../../../src/lib/view/card.ts';
import { issueData } from '../../../src/lib/view/issue-data.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { settings as projectSettings } from '../../../src/settings.ts';
import { offer } from '../../helpers/items.ts';

const settings = defineSettings(projectSettings, { SITE_URL: 'https://bollettino.test' });

/** Every way to apply, each value told apart by the item's number. */
const applyFor = (n: number) => ({
  phone: `02 ${n}${n}${n}${n} ${n}${n}${n}${n}`,
  whatsapp: `+39 333 ${n}${n}${n}${n}${n}${n}${n}`,
  email: `candidature${n}@example.org`,
  url: `https://lavoro${n}.example.org/candidati`,
  inPerson: `Sportello numero ${n}, via Padova`,
  note: `Portare il curriculum numero ${n}`,
});
const OPEN = applyFor(1);
const CLOSED = applyFor(2);
/** What a reader could use to apply, as any output may write it. */
const traces = (apply: ReturnType<typeof applyFor>) => [
  apply.phone, apply.phone.replace(/ /g, ''), apply.whatsapp, apply.whatsapp.replace(/\D/g, ''), apply.email,
  apply.url.replace(/^https:\/\//, ''), apply.inPerson, apply.note,
];

// The issue of 23 November 2026 read on the 25th: the second offer closed on the 24th.
const items = [
  offer('aperta', { title: 'Offerta aperta', published: '2026-11-20', expires: '2026-12-20', apply: OPEN }),
  offer('chiusa', { title: 'Offerta chiusa', published: '2026-11-20', expires: '2026-11-24', apply: CLOSED }),
];
const issue = issueForWeek(items, '2026-W48', '2026-W44', '2026-W48', '2026-11-25');
const entry = (slug: string) => issue.sections.flatMap((section) => section.entries).find((e) => e.item.slug === slug)!;

function expectNoWayToApply(output: string): void {
  // The open twin shows its ways (the renderer prints actions at all)…
  expect(output).toContain(OPEN.phone);
  // …and the closed one none.
  for (const trace of traces(CLOSED)) expect(output).not.toContain(trace);
  expect(output).toContain('Offerta chiusa');
}

describe('a closed item in every output', () => {
  it('is closed in the issue model, and its card has no action and no note', () => {
    expect(entry('chiusa').closed).toBe(true);
    expect(entry('aperta').closed).toBe(false);
    const closed = entryCard(entry('chiusa'), readerFor(settings));
    expect(closed.closed).toBe(true);
    expect(closed.actions).toEqual([]);
    expect(closed.applyNote).toBeUndefined();
    const open = entryCard(entry('aperta'), readerFor(settings));
    expect(open.actions.map((action) => action.kind)).toEqual(['phone', 'whatsapp', 'email', 'url', 'inPerson']);
    expect(open.applyNote).toBe(OPEN.note);
  });

  it('has no action in the template data of the e-mail and the feed (not even a first one)', () => {
    const card = issueData(issue, settings).sections.flatMap((section) => section.cards).find((c) => c.id === 'chiusa')!;
    expect(card.actions).toEqual([]);
    expect(card.firstAction).toBeUndefined();
    expect(card.applyNote).toBeUndefined();
  });

  it('offers no way to apply in the e-mail, its text twin, in every reader language', async () => {
    for (const lang of ['it', 'ar'] as const) {
      const email = await renderEmail(issue, settings, undefined, undefined, readerFor(settings, lang));
      for (const trace of traces(CLOSED)) expect(email.html).not.toContain(trace);
      expect(email.html).toContain(OPEN.phone);
      expectNoWayToApply(email.text);
    }
  });

  it('offers no way to apply in the WhatsApp and Telegram texts: the closed item is left out of them', () => {
    for (const channel of ['whatsapp', 'telegram'] as const) {
      const text = channelMessages(issueData(issue, settings), channel).join('\n');
      expect(text).toContain(OPEN.phone);
      for (const trace of traces(CLOSED)) expect(text).not.toContain(trace);
      expect(text).not.toContain('Offerta chiusa');
    }
  });

  it('offers no way to apply in the RSS feed', async () => {
    const feed = await getRssString({ title: settings.name, description: settings.tagline, site: settings.siteUrl, items: feedItems([issue], settings) });
    expectNoWayToApply(feed);
  });
});
