import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelMessages, wrapFacts } from '../../../src/lib/channels/render.ts';
import { joinMessages, MESSAGE_DELIMITER, packMessages, splitMessages, TELEGRAM_LIMIT, WHATSAPP_LIMIT } from '../../../src/lib/channels/split.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { buildBulletin } from '../../../src/lib/issue/model.ts';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { issueData } from '../../../src/lib/view/issue-data.ts';
import { settings as projectSettings } from '../../../src/settings.ts';
import { course, offer, service } from '../../helpers/items.ts';

const MONDAY = '2026-11-23';
const settings = defineSettings({ ...projectSettings, siteUrl: 'https://example.org/sotto/cartella/' }, {});

const long = (n: number) => `Offerta numero ${n} ` + 'con un titolo lungo da leggere '.repeat(4);
const items = [
  ...Array.from({ length: 70 }, (_, i) => offer(`offerta-${i}`, {
    title: long(i).slice(0, 140).trim(),
    summary: 'Un riassunto di due frasi. '.repeat(10).trim(),
    published: '2026-11-20',
    km0: i % 3 === 0,
    schedule: 'lun–ven 8:30–12:30',
    apply: { phone: '02 1234 5678', email: 'lavoro@example.org', url: 'https://example.org/candidature/', inPerson: 'Bell NETT, largo Cervi 1', note: 'Porta il CV.' },
  })),
  offer('asterischi', { title: 'Cuoco *esperto* a Loreto', published: '2026-11-23' }),
  course('corso', { published: '2026-11-01' }),
  service('aiuto', { published: '2026-11-01' }),
];
const issue = buildBulletin(items, MONDAY, projectSettings.firstIssueWeek).current!;
const data = issueData(issue, settings);

describe('channel messages', () => {
  for (const [channel, limit] of [['whatsapp', WHATSAPP_LIMIT], ['telegram', TELEGRAM_LIMIT]] as const) {
    const messages = channelMessages(data, channel);
    const text = messages.join('\n');

    it(`${channel}: every item of the issue appears exactly once, with an absolute link under the sub-path`, () => {
      expect(issue.itemCount).toBe(items.length);
      for (const item of items) {
        const link = `Dettagli: https://example.org/sotto/cartella/${item.kind === 'offer' ? 'offerte' : item.kind === 'course' ? 'corsi' : 'servizi'}/${item.slug}/`;
        expect(text.split(`${link}\n`).length - 1 + (text.endsWith(link) ? 1 : 0), item.slug).toBe(1);
      }
      expect(text).toContain('Leggi il bollettino sul sito: https://example.org/sotto/cartella/bollettino/2026-W48/');
    });

    it(`${channel}: no message is over ${limit} characters, and several are needed`, () => {
      expect(messages.length).toBeGreaterThan(1);
      for (const message of messages) expect(message.length).toBeLessThanOrEqual(limit);
    });

    it(`${channel}: the file gives back the same messages`, () => {
      expect(splitMessages(joinMessages(messages))).toEqual(messages);
    });
  }

  it('whatsapp: titles in bold, an asterisk in a title cannot break the bold', () => {
    const text = channelMessages(data, 'whatsapp').join('\n');
    expect(text).toContain('\n*Cuoco ∗esperto∗ a Loreto*\nNuovo\n');
    expect(text).toMatch(/^\*LAVORO A KM 0 \(24\)\*$/m);
    expect(text).toContain('Candidati online: https://example.org/candidature/');
  });

  it('whatsapp: no editor string can format anything: employer, facts, notes, "vai di persona", title', () => {
    const hostile = offer('formattata', {
      title: 'Barista _serale_ ~turni~',
      employer: '*Bar* ```Centrale```',
      schedule: '~mattina~ e `sera`',
      published: '2026-11-23',
      apply: { phone: '02 1234 5678', email: 'mario_rossi@example.org', inPerson: '_HUB_ *Rizzoli*', note: '> porta il CV ~subito~' },
    });
    const formatted = issueData(buildBulletin([hostile], MONDAY, projectSettings.firstIssueWeek).current!, settings);
    const text = channelMessages(formatted, 'whatsapp').join('\n');
    const block = text.slice(text.indexOf('Barista'));
    // Our own bold opens and closes the title; no other mark survives in the item's lines.
    const [titleLine, ...rest] = block.split('\n');
    expect(titleLine).toBe('Barista ˍseraleˍ ∼turni∼*');
    const body = rest.join('\n').replace('mario_rossi@example.org', '');
    expect(body).not.toMatch(/[*_~`]/);
    expect(body).toContain('∼mattina∼');
    expect(body).toContain('∗Bar∗ ˋˋˋCentraleˋˋˋ');
    expect(body).toContain('ˍHUBˍ ∗Rizzoli∗');
    expect(body).toMatch(/^› porta il CV ∼subito∼$/m);
    // An address keeps its underscore: it must still work when tapped.
    expect(text).toContain('mario_rossi@example.org');
  });

  it('an editor\'s bidi controls never reach a channel text, so the Arabic isolates stay whole', () => {
    // The content check refuses these now; the channel texts must hold even if one slipped through.
    const tricky = offer('bidi', { title: 'Cuoco esperto', employer: 'Bar Loreto', published: '2026-11-23', apply: { phone: '02 1234 5678', inPerson: 'via Padova 36' } });
    Object.assign(tricky.data, { title: 'Cuoco \u2069\u202Eesperto', employer: 'Bar \u2066Loreto', apply: { phone: '02 1234 5678', inPerson: 'via Padova\u2069 36' } });
    const arabic = issueData(buildBulletin([tricky], MONDAY, projectSettings.firstIssueWeek).current!, settings, Infinity, readerFor(settings, 'ar'));
    for (const channel of ['whatsapp', 'telegram'] as const) {
      const text = channelMessages(arabic, channel).join('\n');
      expect(text).not.toMatch(/[\u202A-\u202E\u200E\u200F\u061C]/);
      // Every isolate we open is closed on its own line, and nothing else closes one.
      for (const line of text.split('\n')) {
        const opens = [...line].filter((char) => char === '\u2066' || char === '\u2067' || char === '\u2068').length;
        const closes = [...line].filter((char) => char === '\u2069').length;
        expect(closes, line).toBe(opens);
      }
    }
  });

  it('telegram: plain text, the apply actions written out', () => {
    const text = channelMessages(data, 'telegram').join('\n');
    // Editors' asterisks are kept as written: Telegram gets no parse mode.
    expect(text).toContain('\n► Cuoco *esperto* a Loreto\nNuovo\n');
    expect(text.replaceAll('*esperto*', '')).not.toContain('*');
    expect(text).toContain('=== OFFERTE DI LAVORO (47) ===');
    expect(text).toContain('Chiama: 02 1234 5678\nScrivi una e-mail: lavoro@example.org\nCandidati online: https://example.org/candidature/\nVai di persona: Bell NETT, largo Cervi 1\nPorta il CV.\n');
  });

  it('wraps the facts into short lines at their separators', () => {
    expect(wrapFacts('Ristorazione · Tempo determinato · Part-time · Loreto, Municipio 2, Milano · Italiano A2', 40)).toEqual([
      'Ristorazione · Tempo determinato',
      'Part-time · Loreto, Municipio 2, Milano',
      'Italiano A2',
    ]);
  });
});

describe('channel messages in the readers\' languages', () => {
  const italian = issueData(issue, settings, Infinity, readerFor(settings, 'it'));
  for (const lang of ['ar', 'en', 'es', 'fr', 'si'] as const) {
    const local = issueData(issue, settings, Infinity, readerFor(settings, lang));
    it(`${lang}: the programme's words in that language, every item once, links under the language's sub-path`, () => {
      for (const channel of ['whatsapp', 'telegram'] as const) {
        const messages = channelMessages(local, channel);
        const text = messages.join('\n');
        for (const message of messages) expect(message.length).toBeLessThanOrEqual(channel === 'whatsapp' ? WHATSAPP_LIMIT : TELEGRAM_LIMIT);
        expect(text).toContain(local.sections[0]!.title);
        expect(local.sections[0]!.title).not.toBe(italian.sections[0]!.title);
        expect(text).not.toContain(italian.words.details);
        for (const item of items) expect(text.split(`/${lang}/${item.kind === 'offer' ? 'offerte' : item.kind === 'course' ? 'corsi' : 'servizi'}/${item.slug}/`).length - 1, item.slug).toBe(1);
      }
    });
  }

  it('ar: links and phone numbers stay whole, left to right, inside the Arabic lines', () => {
    const text = channelMessages(issueData(issue, settings, Infinity, readerFor(settings, 'ar')), 'telegram').join('\n');
    expect(text).toContain('\u2066https://example.org/sotto/cartella/ar/offerte/offerta-0/\u2069');
    expect(text).toContain('\u206602 1234 5678\u2069');
  });
});

describe('packing into messages', () => {
  it('never exceeds the limit, loses no text, and keeps blocks whole when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 700 }), { maxLength: 30 }), fc.integer({ min: 40, max: 600 }), (blocks, limit) => {
        const messages = packMessages(blocks, limit);
        for (const message of messages) {
          expect(message.length).toBeLessThanOrEqual(limit);
          expect(message.trim()).not.toBe('');
        }
        expect(messages.join('').replace(/\s/g, '')).toBe(blocks.join('').replace(/\s/g, ''));
        for (const block of blocks.map((b) => b.trim()).filter((b) => b && b.length <= limit)) {
          expect(messages.some((message) => message.includes(block))).toBe(true);
        }
      }),
    );
  });

  it('keeps editors from faking a message boundary', () => {
    const fake = offer('finta', { title: `Titolo ${MESSAGE_DELIMITER}`, published: '2026-11-23' });
    const fakeIssue = buildBulletin([fake], MONDAY, projectSettings.firstIssueWeek).current!;
    const messages = channelMessages(issueData(fakeIssue, settings), 'telegram');
    expect(splitMessages(joinMessages(messages))).toEqual(messages);
  });
});
