import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, SITE_URL } from '../helpers/build.ts';

const xml = readFileSync(join(builtDir('basic'), 'rss.xml'), 'utf8');
type Item = { title?: string; link?: string; guid?: string; pubDate?: string; 'content:encoded'?: string; contentEncoded?: string };
let feed: Awaited<ReturnType<Parser<Record<string, unknown>, Item>['parseString']>>;

beforeAll(async () => {
  feed = await new Parser<Record<string, unknown>, Item>({ customFields: { item: [['content:encoded', 'contentEncoded']] } }).parseString(xml);
});

describe('the RSS feed', () => {
  it('has one item per issue, newest first, with permanent links as guids', () => {
    expect(feed.title).toBe('Bollettino Lavoro Municipi 2 e 3');
    expect(feed.items.map((item) => item.link)).toEqual(
      ['2026-W48', '2026-W47', '2026-W46', '2026-W45', '2026-W44'].map((week) => `${SITE_URL}/bollettino/${week}/`),
    );
    for (const item of feed.items) expect(item.guid).toBe(item.link);
    expect(feed.items[0]?.title).toContain('n. 5');
  });

  it('dates each issue on its Monday morning in Milan', () => {
    expect(new Date(feed.items[0]!.pubDate!).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(new Date(feed.items[4]!.pubDate!).toISOString()).toBe('2026-10-26T06:00:00.000Z');
  });

  it('carries the full issue as HTML, with content escaped', () => {
    const html = feed.items[0]!.contentEncoded!;
    const $ = load(html);
    const titles = $('h3 a').map((_, el) => $(el).text()).get();
    expect(titles).toContain('Aiuto cuoco km 0 pubblicato di lunedì');
    expect(titles).toContain('Cuoco </script><script>alert("x")</script> & <b>aiuto</b>');
    expect($('script, b, img').length).toBe(0);
    expect($('h2').map((_, el) => $(el).text()).get()).toEqual([
      'Lavoro a km 0 (1)', 'Offerte di lavoro (5)', 'Corsi e politiche attive (2)', 'Italiano per il lavoro (1)', 'Servizi utili (1)',
    ]);
    expect(html).not.toContain('Bozza da non pubblicare');
  });

  it('points to itself with atom:link and dates the build by the newest issue, not the clock', () => {
    const $ = load(xml, { xml: true });
    const self = $('channel > atom\\:link');
    expect(self.attr('href')).toBe(`${SITE_URL}/rss.xml`);
    expect(self.attr('rel')).toBe('self');
    expect($('channel > lastBuildDate').text()).toBe('Mon, 23 Nov 2026 06:00:00 GMT');
    expect($('rss').attr('xmlns:content')).toBe('http://purl.org/rss/1.0/modules/content/');
  });
});
