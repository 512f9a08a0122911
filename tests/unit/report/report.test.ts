/**
 * The report on a generated content set spanning 14 months with known counts: every figure of
 * the summary and every CSV equals what `oracle.ts` counts from the files' text; every chart
 * draws one mark per data point; no e-mail address leaves the content.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../../bench/generate/content.ts';
import { validateFile } from '../../../src/lib/content/load.ts';
import { collectionOf, type Item } from '../../../src/lib/content/items.ts';
import { readSendRecords } from '../../../src/lib/report/records.ts';
import { buildReport, type ReportFiles } from '../../../src/lib/report/report.ts';
import { periodFrom } from '../../../src/lib/report/period.ts';
import { dayNumber, lastDay, median, mondays, rawItem, section, shownOn, type RawItem } from './oracle.ts';

const FROM = '2026-01-01';
const TO = '2026-12-31';
const TODAY = '2027-01-15';
/** Issue n. 1: ISO week 44 of 2025, Monday 27 October 2025 (the first generated week). */
const FIRST_WEEK = '2025-W44';
const FIRST_MONDAY = '2025-10-27';

const SECTORS = ['ristorazione', 'pulizie', 'assistenza-familiare', 'logistica', 'commercio', 'edilizia', 'manutenzione', 'industria', 'ufficio', 'sanita', 'educazione', 'sartoria', 'giardinaggio', 'altro'];
const CONTRACTS = ['indeterminato', 'determinato', 'apprendistato', 'somministrazione', 'tirocinio', 'occasionale', 'voucher', 'partita-iva', 'altro'];
const LEVELS = ['pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** Hand-written items the generator does not make: translations, a draft, one published the last day. */
const EXTRA: { kind: RawItem['kind']; path: string; source: string }[] = [
  { kind: 'offer', path: 'offers/cuoco-tradotto.md', source: '---\ntitle: Cuoco a Loreto\npublished: 2026-03-02\nsector: ristorazione\ncontract: determinato\nhours: part-time\nlocation:\n  zone: Loreto\napply:\n  phone: "02 1234 5678"\ntranslations:\n  ar:\n    title: طباخ في لوريتو\n  en:\n    title: Cook in Loreto\n---\n' },
  { kind: 'course', path: 'courses/italiano-tradotto.md', source: '---\ntitle: Italiano A1 per mamme\nsummary: Corso di italiano A1 con spazio bimbi.\npublished: 2026-06-08\nkind: italiano\nlevel: A1\nprovider: CPIA 3 Milano\nchildcare: true\napply:\n  inPerson: Bell NETT\ntranslations:\n  ar:\n    summary: دورة إيطالية\n---\n' },
  { kind: 'service', path: 'services/bozza.md', source: '---\ntitle: Bonus in bozza\npublished: 2026-04-01\ndraft: true\ncategory: reddito\nprovider: INPS\nwho: Famiglie con figli\napply:\n  url: "https://www.inps.it"\n---\n' },
  // Filled while open, on its 12th day; filled after its last day (stays "expired"); filled after the period (still open at its end).
  { kind: 'offer', path: 'offers/coperto.md', source: '---\ntitle: Barista a Loreto\npublished: 2026-04-06\nfilled: 2026-04-18\nsector: ristorazione\ncontract: apprendistato\nhours: part-time\nlocation:\n  zone: Loreto\napply:\n  phone: "02 1234 5678"\n---\n' },
  { kind: 'offer', path: 'offers/coperto-tardi.md', source: '---\ntitle: Commessa a Turro\npublished: 2026-07-01\nexpires: 2026-07-20\nfilled: 2026-08-03\nsector: commercio\ncontract: determinato\nhours: full-time\nlocation:\n  zone: Turro\napply:\n  phone: "02 1234 5678"\n---\n' },
  { kind: 'offer', path: 'offers/coperto-dopo.md', source: '---\ntitle: Pulizie a Lambrate\npublished: 2026-12-20\nexpires: 2027-01-31\nfilled: 2027-01-05\nsector: pulizie\ncontract: indeterminato\nhours: part-time\nlocation:\n  zone: Lambrate\napply:\n  phone: "02 1234 5678"\n---\n' },
  { kind: 'offer', path: 'offers/ultimo-giorno.md', source: '---\ntitle: Magazziniere a Lambrate\npublished: 2026-12-31\nsector: logistica\ncontract: somministrazione\nhours: turni\nkm0: true\nschoolHours: true\nlocation:\n  zone: Lambrate\napply:\n  email: lavoro@esempio.it\n---\n' },
];

/** The day an offer closes (the day after its last day, or `filled` if earlier) and whether it was filled. */
function closingOf(offer: RawItem): { closes: number; filled: boolean } {
  const expiry = dayNumber(lastDay(offer)!) + 1;
  const filled = typeof offer.fields['filled'] === 'string' ? dayNumber(offer.fields['filled']) : undefined;
  return filled !== undefined && filled < expiry ? { closes: filled, filled: true } : { closes: expiry, filled: false };
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

let files: { kind: RawItem['kind']; path: string; source: string }[];
let raw: RawItem[];
let items: Item[];
let work: string;
let report: ReportFiles;

function csvRows(name: string): Record<string, string>[] {
  return parseCsv(report.files.get(`dati/${name}.csv`)!, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
}
/** A CSV number: decimal comma, no grouping. */
const n = (text: string | undefined): number => Number(String(text).replace(',', '.'));

/** Items counted in the period: not drafts, published from FROM to TO. */
const counted = (): RawItem[] => raw.filter((item) => item.fields['draft'] !== true && String(item.fields['published']) >= FROM && String(item.fields['published']) <= TO);
const month = (item: RawItem): string => String(item.fields['published']).slice(0, 7);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  files = [
    ...generateFiles({ items: 600, weeks: 61, seed: 'rapporto', until: '2026-12-24' }).map((file) => ({ kind: file.kind, path: file.path, source: file.source })),
    ...EXTRA,
  ];
  raw = files.map((file) => rawItem(file.kind, file.source));
  items = files.map((file) => {
    const { item, problems } = validateFile(collectionOf(file.kind), file.path, file.source);
    if (!item) throw new Error(JSON.stringify(problems));
    return item;
  });
  work = mkdtempSync(join(tmpdir(), 'rapporto-'));
  const state = join(work, 'send-state');
  const telegram = join(work, 'telegram-state');
  mkdirSync(join(state, '2026-W02'), { recursive: true });
  mkdirSync(join(state, '2026-W10'), { recursive: true });
  mkdirSync(join(state, '2025-W50'), { recursive: true });
  mkdirSync(telegram, { recursive: true });
  const lines = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
  // W02: 5 sent (one after a temporary failure), 1 refused, 1 deferred, and a line torn by a crash.
  writeFileSync(join(state, '2026-W02', 'state.jsonl'), lines([
    ...[1, 2, 3, 4, 5].flatMap((i) => [{ k: `k${i}`, s: 'sending' }, { k: `k${i}`, s: 'sent', r: '250 OK' }]),
    { k: 'k6', s: 'sending' }, { k: 'k6', s: 'failed', r: '550 5.1.1 ***@***' }, { k: 'k7', s: 'deferred', r: '451' },
  ]) + '{"k":"k8","s":"se');
  writeFileSync(join(state, '2026-W10', 'state.jsonl'), lines([{ k: 'a', s: 'sent' }, { k: 'b', s: 'sent' }, { k: 'c', s: 'uncertain' }]));
  writeFileSync(join(state, '2025-W50', 'state.jsonl'), lines([{ k: 'x', s: 'sent' }]));
  writeFileSync(join(state, 'suppressed.jsonl'), lines([
    { k: 'a', s: 'disiscritto', d: '2026-03-04' }, { k: 'b', s: 'rifiutato', d: '2026-05-06', w: '2026-W19' },
    { k: 'c', s: 'disiscritto', d: '2025-12-01' }, { k: 'd', s: 'disiscritto', d: '2026-03-20' }, { k: 'd', s: 'riattivato', d: '2026-03-21' },
  ]));
  writeFileSync(join(telegram, '2026-W02.it.json'), '{"next":3}\n');
  writeFileSync(join(telegram, '2026-W02.ar.json'), '{"next":2}\n');
  writeFileSync(join(telegram, '2026-W10.en.json'), '{"next":4}\n');
  writeFileSync(join(telegram, '2025-W50.it.json'), '{"next":3}\n');
  report = await buildReport({
    items,
    period: periodFrom({ from: FROM, to: TO }, TODAY),
    firstWeek: FIRST_WEEK,
    records: readSendRecords({ sendState: state, telegramState: telegram }),
    name: 'Bollettino di prova',
  });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('report tables (CSV) on 14 months of generated content', () => {
  it('lists one issue per Monday of the period, with the items each one showed', () => {
    const expected = mondays(FIRST_MONDAY, FROM, TO).map((monday) => {
      const shown = shownOn(raw, monday);
      const previous = dayNumber(monday) - 7;
      return { monday, items: shown.length, fresh: shown.filter((item) => dayNumber(String(item.fields['published'])) > previous).length };
    });
    const rows = csvRows('bollettini');
    expect(rows.slice(0, -1).map((row) => ({ monday: row['Uscito il'], items: n(row['Schede nel numero']), fresh: n(row['Nuove']) }))).toEqual(expected);
    expect(rows.slice(0, -1).map((row) => n(row['Numero']))).toEqual(expected.map((issue) => (dayNumber(issue.monday) - dayNumber(FIRST_MONDAY)) / 7 + 1));
    expect(expected).toHaveLength(52);
    expect(rows.at(-1)).toMatchObject({ Settimana: 'Totale', Numero: '52' });
  });

  it('counts items per section in the month of their published date (drafts and items outside the period left out)', () => {
    const rows = csvRows('schede-per-mese');
    const headers = { km0: 'Lavoro a km 0', lavoro: 'Offerte di lavoro', corsi: 'Corsi e politiche attive', italiano: 'Italiano per il lavoro', servizi: 'Servizi utili' } as const;
    expect(rows.map((row) => row['Mese'])).toEqual([...MONTHS, 'Totale']);
    for (const [index, m] of MONTHS.entries()) {
      for (const [id, header] of Object.entries(headers)) {
        expect(n(rows[index]![header]), `${m} ${id}`).toBe(counted().filter((item) => month(item) === m && section(item) === id).length);
      }
      expect(n(rows[index]!['Totale'])).toBe(counted().filter((item) => month(item) === m).length);
    }
    expect(n(rows.at(-1)!['Totale'])).toBe(counted().length);
    expect(counted().length).toBeGreaterThan(450);
  });

  it('crosses offers by sector and contract', () => {
    const rows = csvRows('offerte-per-settore-e-contratto');
    const offers = counted().filter((item) => item.kind === 'offer');
    const headers = Object.keys(rows[0]!).slice(1, -1);
    expect(headers).toHaveLength(CONTRACTS.length);
    for (const [i, sector] of SECTORS.entries()) {
      for (const [j, contract] of CONTRACTS.entries()) {
        expect(n(rows[i]![headers[j]!])).toBe(offers.filter((o) => o.fields['sector'] === sector && o.fields['contract'] === contract).length);
      }
    }
    expect(n(rows.at(-1)!['Totale'])).toBe(offers.length);
  });

  it('gives the shares of km 0 and school-hours offers, courses with childcare and free courses', () => {
    const offers = counted().filter((item) => item.kind === 'offer');
    const courses = counted().filter((item) => item.kind === 'course');
    const expected = [
      [offers.filter((o) => o.fields['km0'] === true).length, offers.length],
      [offers.filter((o) => o.fields['schoolHours'] === true).length, offers.length],
      [courses.filter((c) => c.fields['childcare'] === true).length, courses.length],
      [courses.filter((c) => c.fields['free'] !== false).length, courses.length],
    ];
    const rows = csvRows('quote');
    expect(rows.map((row) => [n(row['Numero']), n(row['Su'])])).toEqual(expected);
    expect(rows.map((row) => n(row['Percentuale']))).toEqual(expected.map(([part, whole]) => Math.round((part! / whole!) * 1000) / 10));
  });

  it('counts Italian classes by CEFR level', () => {
    const rows = csvRows('italiano-per-livello');
    const classes = counted().filter((item) => section(item) === 'italiano');
    expect(rows.slice(0, -1).map((row) => n(row['Corsi']))).toEqual(LEVELS.map((level) => classes.filter((c) => c.fields['level'] === level).length));
    expect(rows.slice(0, -1).map((row) => row['Livello']!.split(' ')[0])).toEqual(LEVELS);
  });

  it('gives, per month, how many offers closed or are still open and the median days they stayed open', () => {
    const rows = csvRows('offerte-chiuse');
    const stats = (offers: RawItem[]) => {
      const closing = offers.map((o) => ({ o, ...closingOf(o) })).filter(({ closes }) => closes <= dayNumber(TO));
      const closedDays = closing.map(({ o, closes }) => closes - dayNumber(String(o.fields['published'])));
      return { published: offers.length, closed: closedDays.length, filled: closing.filter((c) => c.filled).length, median: median(closedDays) };
    };
    const offers = counted().filter((item) => item.kind === 'offer');
    for (const [index, m] of [...MONTHS, 'Totale'].entries()) {
      const expected = stats(m === 'Totale' ? offers : offers.filter((o) => month(o) === m));
      const row = rows[index]!;
      expect(row['Mese']).toBe(m);
      expect(n(row['Offerte pubblicate'])).toBe(expected.published);
      expect(n(row['Scadute']) + n(row['Posto coperto'])).toBe(expected.closed);
      expect(n(row['Posto coperto'])).toBe(expected.filled);
      expect(n(row['Ancora aperte'])).toBe(expected.published - expected.closed);
      expect(row['Giorni di apertura (mediana)'] === '' ? undefined : n(row['Giorni di apertura (mediana)'])).toBe(expected.median);
    }
  });

  it('counts translations per language', () => {
    const rows = csvRows('traduzioni');
    const all = counted();
    expect(rows.map((row) => [row['Lingua'], n(row['Schede']), n(row['Tradotte'])])).toEqual(
      [['arabo', 'ar'], ['inglese', 'en'], ['spagnolo', 'es'], ['francese', 'fr'], ['singalese', 'si']].map(([name, lang]) => [
        name, all.length, all.filter((item) => (item.fields['translations'] as Record<string, unknown> | undefined)?.[lang!] !== undefined).length,
      ]),
    );
    expect(n(rows[0]!['Tradotte'])).toBe(2);
  });

  it('reads e-mail sends, unsubscriptions and Telegram posts of the period only', () => {
    expect(csvRows('email-per-numero')).toEqual([
      { Settimana: '2026-W02', Inviate: '5', 'Non riuscite': '1', 'Da riprovare': '1' },
      { Settimana: '2026-W10', Inviate: '2', 'Non riuscite': '0', 'Da riprovare': '1' },
      { Settimana: 'Totale', Inviate: '7', 'Non riuscite': '1', 'Da riprovare': '2' },
    ]);
    const unsubscribed = csvRows('disiscrizioni');
    expect(unsubscribed.find((row) => row['Mese'] === '2026-03')).toMatchObject({ Disiscrizioni: '2', 'Indirizzi rifiutati dal server': '0' });
    expect(unsubscribed.find((row) => row['Mese'] === '2026-05')).toMatchObject({ Disiscrizioni: '0', 'Indirizzi rifiutati dal server': '1' });
    expect(unsubscribed.at(-1)).toMatchObject({ Mese: 'Totale', Disiscrizioni: '2', 'Indirizzi rifiutati dal server': '1' });
    expect(csvRows('telegram')).toEqual([
      { Settimana: '2026-W02', italiano: '3', arabo: '2', inglese: '0', spagnolo: '0', francese: '0', singalese: '0', Totale: '5' },
      { Settimana: '2026-W10', italiano: '0', arabo: '0', inglese: '4', spagnolo: '0', francese: '0', singalese: '0', Totale: '4' },
      { Settimana: 'Totale', italiano: '3', arabo: '2', inglese: '4', spagnolo: '0', francese: '0', singalese: '0', Totale: '9' },
    ]);
  });

  it('writes CSV files a spreadsheet in Italian opens: byte-order mark, semicolons, CRLF', () => {
    const text = report.files.get('dati/quote.csv')!;
    expect(text.startsWith('\ufeffIndicatore;Numero;Su;Percentuale\r\n')).toBe(true);
    expect(text).toMatch(/;\d+,\d\r\n/);
  });
});

describe('report summary', () => {
  it('states every figure as counted from the content and the records', () => {
    const offers = counted().filter((item) => item.kind === 'offer');
    const courses = counted().filter((item) => item.kind === 'course');
    const closing = offers.map((o) => ({ o, ...closingOf(o) })).filter(({ closes }) => closes <= dayNumber(TO));
    const closedDays = closing.map(({ o, closes }) => closes - dayNumber(String(o.fields['published'])));
    const match = /^(\S+) bollettini settimanali; (\S+) offerte di lavoro, di cui (\S+) a km 0 e (\S+) con orari compatibili con la scuola; (\S+) corsi, di cui (\S+) di italiano, (\S+) gratuiti e (\S+) con spazio bimbi; (\S+) servizi utili; offerte aperte in mediana (\S+) giorni, (\S+) segnat[ae] «posto coperto»; (\S+) e-mail inviate \((\S+) non riuscit[ae]\); (\S+) disiscrizioni; (\S+) messaggi su Telegram\.$/.exec(report.summary.text);
    expect(match, report.summary.text).not.toBeNull();
    const figures = match!.slice(1).map((text) => Number(text.replace(/\./g, '').replace(',', '.')));
    expect(figures).toEqual([
      52,
      offers.length, offers.filter((o) => o.fields['km0'] === true).length, offers.filter((o) => o.fields['schoolHours'] === true).length,
      courses.length, courses.filter((c) => section(c) === 'italiano').length, courses.filter((c) => c.fields['free'] !== false).length, courses.filter((c) => c.fields['childcare'] === true).length,
      counted().filter((item) => item.kind === 'service').length,
      median(closedDays), 1,
      7, 1, 2, 9,
    ]);
    expect(report.summary.heading).toBe('Dal 1º gennaio 2026 al 31 dicembre 2026');
  });
});

describe('report page', () => {
  const $ = () => cheerio.load(report.files.get('rapporto.html')!);

  it('draws every chart as an inline SVG image with a name, one mark per data point', () => {
    const page = $();
    const nonZero = (name: string, skip: string[]) => csvRows(name).slice(0, -1).reduce((total, row) => total + Object.entries(row).filter(([key, value]) => !skip.includes(key) && n(value) > 0).length, 0);
    const expectedMarks: Record<string, number> = {
      'bollettini': 52,
      'schede-per-mese': nonZero('schede-per-mese', ['Mese', 'Totale']),
      'offerte-per-settore-e-contratto': nonZero('offerte-per-settore-e-contratto', ['Settore', 'Totale']),
      'quote': 4,
      'italiano-per-livello': LEVELS.length,
      'offerte-chiuse': nonZero('offerte-chiuse', ['Mese', 'Offerte pubblicate', 'Giorni di apertura (mediana)']),
      'traduzioni': 5,
      'email-per-numero': 5,
      'disiscrizioni': nonZero('disiscrizioni', ['Mese']),
      'telegram': 3,
    };
    expect(page('section figure svg')).toHaveLength(Object.keys(expectedMarks).length);
    for (const [id, marks] of Object.entries(expectedMarks)) {
      const svg = page(`section[aria-labelledby="${id}"] figure svg`);
      expect(svg.attr('role'), id).toBe('img');
      const [titleId, descId] = svg.attr('aria-labelledby')!.split(' ');
      expect(svg.find(`title#${titleId}`).text()).toBe(page(`h2#${id}`).text());
      expect(svg.find(`desc#${descId}`).text()).toContain(`${marks} valori`);
      const svgDoc = cheerio.load(page.html(svg), { xml: true });
      expect(svgDoc('.mark-rect path'), id).toHaveLength(marks);
    }
  });

  it('is Italian, self-contained and holds no e-mail address, nor does any CSV', () => {
    const page = $();
    expect(page('html').attr('lang')).toBe('it');
    // The only link is the empty icon that keeps browsers from asking the server for /favicon.ico.
    expect(page('link').toArray().map((link) => page(link).attr('href'))).toEqual(['data:,']);
    expect(page('script, img, iframe, object, embed')).toHaveLength(0);
    expect(page('[src]')).toHaveLength(0);
    expect(page('a[href]').toArray().every((a) => /^(#|dati\/[a-z-]+\.csv$)/.test(page(a).attr('href')!))).toBe(true);
    expect(report.files.get('rapporto.html')!).not.toMatch(/url\(|@import/);
    // The content has addresses (generated "apply: email" and the extra offer): none reaches the report.
    expect(files.some((file) => EMAIL.test(file.source))).toBe(true);
    for (const [name, content] of report.files) expect(content, name).not.toMatch(EMAIL);
  });

  it('gives the same files for the same content and records', async () => {
    const again = await buildReport({
      items: [...items].reverse(),
      period: periodFrom({ from: FROM, to: TO }, '2027-06-30'),
      firstWeek: FIRST_WEEK,
      records: readSendRecords({ sendState: join(work, 'send-state'), telegramState: join(work, 'telegram-state') }),
      name: 'Bollettino di prova',
    });
    expect([...again.files.entries()]).toEqual([...report.files.entries()]);
  });
});

describe('a period without issues', () => {
  it('says so, and still writes every table', async () => {
    const empty = await buildReport({
      items,
      period: periodFrom({ from: '2024-01-01', to: '2024-12-31' }, TODAY),
      firstWeek: FIRST_WEEK,
      records: { emails: [], suppressions: [], telegram: [] },
      name: 'Bollettino di prova',
    });
    expect(empty.summary.text).toBe('Nel periodo dal 1º gennaio 2024 al 31 dicembre 2024 non è uscito nessun bollettino.');
    const page = cheerio.load(empty.files.get('rapporto.html')!);
    expect(page('.sintesi').text()).toBe(empty.summary.text);
    expect(page('svg')).toHaveLength(0);
    expect(page('section p:contains("Nessun dato nel periodo.")').length).toBe(10);
    expect([...empty.files.keys()].filter((name) => name.endsWith('.csv'))).toHaveLength(10);
  });

  it('stops at today: a period that has not started yet has no issues either', async () => {
    const future = await buildReport({ items, period: periodFrom({ from: '2027-02-01', to: '2027-03-31' }, TODAY), firstWeek: FIRST_WEEK, records: { emails: [], suppressions: [], telegram: [] }, name: 'B' });
    expect(future.summary.text).toContain('non è uscito nessun bollettino');
  });
});

describe('with the subscription database', () => {
  it('counts active subscribers per language at each month end, and its unsubscriptions', async () => {
    const events = [
      { month: '2025-11', kind: 'conferma', lang: 'it', count: 10 },
      { month: '2026-01', kind: 'richiesta', lang: 'ar', count: 9 },
      { month: '2026-01', kind: 'conferma', lang: 'ar', count: 4 },
      { month: '2026-01', kind: 'aggiunta', lang: 'it', count: 3 },
      { month: '2026-02', kind: 'importazione', lang: 'si', count: 20 },
      { month: '2026-02', kind: 'disiscrizione', lang: 'it', count: 2 },
      { month: '2026-03', kind: 'cancellazione', lang: 'si', count: 1 },
      { month: '2026-03', kind: 'disiscrizione', lang: null, count: 5 },
      { month: '2027-01', kind: 'conferma', lang: 'en', count: 7 },
    ];
    const withDb = await buildReport({
      items,
      period: periodFrom({ from: '2026-01-01', to: '2026-03-31' }, TODAY),
      firstWeek: FIRST_WEEK,
      records: { emails: [], suppressions: [], telegram: [], subscribers: events },
      name: 'Bollettino di prova',
    });
    const rows = parseCsv(withDb.files.get('dati/iscritti-per-lingua.csv')!, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row['Mese'], row['italiano'], row['arabo'], row['singalese'], row['inglese'], row['Totale']])).toEqual([
      ['2026-01', '13', '4', '0', '0', '17'],
      ['2026-02', '11', '4', '20', '0', '35'],
      ['2026-03', '11', '4', '19', '0', '34'],
    ]);
    const unsubscriptions = parseCsv(withDb.files.get('dati/disiscrizioni.csv')!, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(unsubscriptions.map((row) => row["Disiscrizioni dall'archivio degli iscritti"])).toEqual(['0', '2', '5', '7']);
    expect(withDb.summary.text).toMatch(/; 7 disiscrizioni; 34 iscritti all'e-mail a fine periodo\.$/);
    const page = cheerio.load(withDb.files.get('rapporto.html')!);
    expect(cheerio.load(page.html(page('section[aria-labelledby="iscritti-per-lingua"] svg')), { xml: true })('.mark-rect path')).toHaveLength(8);
  });

  it('leaves the subscribers out when there is no database', () => {
    expect(report.files.has('dati/iscritti-per-lingua.csv')).toBe(false);
    expect(report.summary.text).not.toContain('iscritti');
  });
});
