import { getRssString } from '@astrojs/rss';
import { load } from 'cheerio';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EMAIL_HTML_BUDGET, renderEmail } from '../../src/lib/email/render.ts';
import { feedItems } from '../../src/lib/feed/items.ts';
import { issueForWeek } from '../../src/lib/issue/model.ts';
import type { Item } from '../../src/lib/content/items.ts';
import { defineSettings } from '../../src/lib/settings/settings.ts';
import { itemJsonLd, serializeJsonLd } from '../../src/lib/view/json-ld.ts';
import { settings as projectSettings } from '../../src/settings.ts';
import { course, offer, service } from '../helpers/items.ts';

const settings = defineSettings(projectSettings, { SITE_URL: 'https://bollettino.test' });

/** What editors paste and attackers try: controls, lone surrogates, RTL marks, markup, CDATA ends, long words. */
const nasty = fc.constantFrom('\u0000', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff', '\u200f', '\u202e', '\u2028', '\ufeff', '\uffff',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', '<![CDATA[', '&amp;', '&#0;', '"', "'", '{{x}}', '</title>', '\r\n', 'مرحبا', 'සිංහල', '😀');
const piece = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constant('x'.repeat(120)));
/** A field's text, kept to its schema's limit (title ≤ 140): the renderers get it unchecked. */
const text = (max: number) => fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').slice(0, max));

interface Texts {
  title: string;
  summary: string;
  small: string;
  note: string;
}
const texts = fc.record({ title: text(140), summary: text(280), small: text(80), note: text(140) });

/** One item of each kind, every text field filled with `t`, past validation (the renderers' own safety is under test). */
function items(t: Texts): Item[] {
  const apply = { phone: '02 1234 5678', email: 'info@example.org', url: 'https://example.org/', inPerson: t.small, note: t.note };
  const o = offer('offerta', { published: '2026-11-23', km0: true });
  const c = course('corso', { published: '2026-11-23' });
  const s = service('servizio', { published: '2026-11-23' });
  return [
    { ...o, data: { ...o.data, title: t.title, summary: t.summary, employer: t.small, schedule: t.small, salary: t.small, requirements: [t.small, t.note], source: t.small, reference: t.small, location: { city: t.small, zone: t.small, address: t.small }, apply } } as Item,
    { ...c, data: { ...c.data, title: t.title, summary: t.summary, provider: t.small, schedule: t.small, certificate: t.small, location: { city: t.small, zone: t.small, address: t.small }, apply } } as Item,
    { ...s, data: { ...s.data, title: t.title, summary: t.summary, provider: t.small, who: t.note, amount: t.small, documents: [t.small], apply } } as Item,
  ];
}

/**
 * The oracle, written from XML 1.0's list of allowed characters (not the code under test): tab,
 * line ends, U+0020–U+D7FF, U+E000–U+FFFD and whole surrogate pairs; the C1 controls
 * (U+0080–U+009F) and DEL, allowed by XML but never meant in a bulletin, are dropped too.
 */
function isWanted(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code > 0xffff) return true;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}
/** `[...text]` splits by code point: a lone surrogate comes out alone, a pair whole. */
const readable = (value: string): string => [...value].filter(isWanted).join('');
const hasOnlyWantedChars = (value: string): boolean => readable(value) === value;
/** What a reader should find: the text without the characters no output can hold, line ends and spaces as HTML shows them. */
const expected = (value: string): string => readable(value).replace(/\s+/g, ' ').trim();
const shown = (value: string): string => value.replace(/\s+/g, ' ');

describe('outputs stay well-formed whatever editors write', () => {
  it('the issue HTML parses, shows every title as text and runs nothing', () => {
    fc.assert(fc.property(texts, (t) => {
      const issue = issueForWeek(items(t), '2026-W48', '2026-W44');
      const html = feedItems([issue], settings)[0]!.content;
      const $ = load(html);
      expect($('script, img, iframe, [onerror]').length).toBe(0);
      expect(shown($.root().text())).toContain(expected(t.title));
      expect(hasOnlyWantedChars(html)).toBe(true);
    }), { numRuns: 40 });
  });

  it('the RSS feed is well-formed XML for a strict parser', async () => {
    await fc.assert(fc.asyncProperty(texts, async (t) => {
      const issue = issueForWeek(items(t), '2026-W48', '2026-W44');
      const feed = await getRssString({ title: settings.name, description: settings.tagline, site: settings.siteUrl, items: feedItems([issue], settings) });
      expect(XMLValidator.validate(feed)).toBe(true);
    }), { numRuns: 40 });
  });

  it('the JSON-LD reads back with JSON.parse, every value as written, and cannot close its script', () => {
    fc.assert(fc.property(texts, (t) => {
      for (const item of items(t)) {
        const value = itemJsonLd(item, settings);
        const json = serializeJsonLd(value);
        expect(json).not.toMatch(/<\/script|<!--/i);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(Object.values(JSON.parse(json) as object)).toContain(item.data.title);
      }
    }), { numRuns: 40 });
  });

  it('the e-mail stays under its budget, with every title in its HTML and its text twin', async () => {
    await fc.assert(fc.asyncProperty(texts, async (t) => {
      const issue = issueForWeek(items(t), '2026-W48', '2026-W44');
      const email = await renderEmail(issue, settings);
      expect(email.bytes).toBeLessThanOrEqual(EMAIL_HTML_BUDGET);
      expect(hasOnlyWantedChars(email.html)).toBe(true);
      expect(hasOnlyWantedChars(email.text)).toBe(true);
      const $ = load(email.html);
      expect($('script, [onerror]').length).toBe(0);
      // Three items, one title: each card's heading, and each card's line of the text twin.
      const title = expected(t.title);
      expect($('h3 a').map((_, a) => shown($(a).text()).trim()).get()).toEqual([title, title, title]);
      expect(shown(email.text).split(title).length - 1).toBeGreaterThanOrEqual(3);
    }), { numRuns: 8 });
  });
});
