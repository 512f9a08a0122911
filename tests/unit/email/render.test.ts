import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { EMAIL_HTML_BUDGET, renderEmail } from '../../../src/lib/email/render.ts';
import { emailMeta } from '../../../src/lib/email/meta.ts';
import { issueForWeek } from '../../../src/lib/issue/model.ts';
import { personalMessage } from '../../../src/lib/send/message.ts';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { readerFor } from '../../../src/lib/view/reader.ts';
import { settings as projectSettings } from '../../../src/settings.ts';
import { offer } from '../../helpers/items.ts';

const settings = defineSettings(projectSettings, { SITE_URL: 'https://bollettino.test' });

/** Gmail clips a message whose HTML passes 102 KB and hides the rest: a literal here, never the code's own budget. */
const GMAIL_CLIP_BYTES = 102 * 1024;

function bigIssue(count: number) {
  const items = Array.from({ length: count }, (_, i) =>
    offer(`offerta-${i}`, {
      title: `Offerta numero ${i} per addetto alle pulizie in zona Loreto, part-time mattina`,
      summary: 'Azienda di pulizie cerca personale per uffici e condomini, orario compatibile con la scuola dei figli.',
      published: '2026-11-20',
      km0: i % 3 === 0,
      schoolHours: true,
      schedule: 'lun–ven 8:30–12:30',
      italian: 'A2',
    }),
  );
  return issueForWeek(items, '2026-W48', '2026-W44');
}

describe('the e-mail of a big issue', () => {
  it('shortens sections to stay under the budget and links the rest to the web issue', async () => {
    const email = await renderEmail(bigIssue(500), settings);
    expect(email.bytes).toBeLessThanOrEqual(EMAIL_HTML_BUDGET);
    expect(Buffer.byteLength(email.html)).toBe(email.bytes);
    expect(email.cardsPerSection).toBeLessThan(500);
    const $ = load(email.html);
    const more = $('a').filter((_, el) => $(el).text().startsWith('Altri '));
    expect(more.length).toBe(2);
    expect(more.first().attr('href')).toBe('https://bollettino.test/bollettino/2026-W48/#km0');
    expect(email.text).toContain('Altri ');
  });

  it('reaches every subscriber unclipped by Gmail: under 102 KB with their own unsubscribe link, in every language', async () => {
    // 100 cards: about 89 KB in Italian, about 112 KB in Sinhala (three bytes a letter) before
    // the sender shortens it; a budget raised past Gmail's limit would let the latter through.
    const issue = bigIssue(100);
    for (const lang of ['it', 'si'] as const) {
      const reader = readerFor(settings, lang);
      const email = await renderEmail(issue, settings, undefined, undefined, reader);
      const meta = emailMeta(issue, settings, [lang], lang);
      const subscriber = { email: `${'nome.cognome.molto.lungo'.repeat(3)}@${'dominio-lungo'.repeat(4)}.example.org`, name: 'Nome', line: 2, lang };
      const message = personalMessage({ meta, html: email.html, text: email.text }, subscriber, settings, { secret: 'segreto-di-prova-abbastanza-lungo' });
      expect(Buffer.byteLength(message.html, 'utf8'), lang).toBeLessThan(GMAIL_CLIP_BYTES);
    }
  }, 120_000);

  it('keeps the text twin to the same cards as the HTML', async () => {
    const email = await renderEmail(bigIssue(200), settings);
    const $ = load(email.html);
    expect(email.text.match(/^\* /gm)?.length).toBe($('h3').length);
  });

  it('shows every card of a small issue', async () => {
    const email = await renderEmail(bigIssue(12), settings);
    expect(email.cardsPerSection).toBe(Infinity);
    expect(load(email.html)('h3').length).toBe(12);
  });
});
