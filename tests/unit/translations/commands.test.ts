/**
 * `npm run traduci` (esporta, importa, automatica) and what `controlla` says about
 * translations, in this process: a real content file in a temporary project folder, a local
 * server speaking LibreTranslate's API on port 0. The failures the command tests reach only
 * slowly or not at all: a server that refuses, answers no JSON or lists no Italian; a machine
 * draft the build would refuse; a sheet that is missing or not a spreadsheet. Whatever fails,
 * the content file is left byte for byte as it was. The commands as typed: tests/editor/traduci.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../src/lib/content/items.ts';
import { defaultSheetFile, exportSheet, importSheet, machineDrafts, writeTranslations } from '../../../src/lib/translations/commands.ts';
import { italianHash } from '../../../src/lib/translations/hash.ts';
import { MachineError, serverUrl, targetsFromItalian, translateText, type MachineOptions } from '../../../src/lib/translations/machine.ts';
import { sheetRecords } from '../../../src/lib/translations/sheet.ts';
import { writeSheet } from '../../../src/lib/translations/sheet-file.ts';
import { staleTranslations, statusLine, translationStatus } from '../../../src/lib/translations/status.ts';
import { itemFrom, OFFER } from './helpers.ts';

const TODAY = '2026-11-25';
const FILE = 'src/content/offers/prova.md';

/** A project folder holding OFFER (or `source`) as its one content file, and the item read from it. */
function project(source = OFFER): { root: string; item: () => Item; text: () => string } {
  const root = mkdtempSync(join(tmpdir(), 'traduci-progetto-'));
  mkdirSync(join(root, 'src/content/offers'), { recursive: true });
  writeFileSync(join(root, FILE), source);
  const text = () => readFileSync(join(root, FILE), 'utf8');
  return { root, text, item: () => itemFrom('offer', text(), FILE) };
}

type Reply = { status: number; body: unknown } | 'hang' | 'not-json';
let languages: () => Reply;
let translate: (payload: Record<string, string>) => Reply;
const received: Record<string, string>[] = [];
const hanging: ServerResponse[] = [];
let url = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    let reply: Reply;
    if (request.method === 'GET' && request.url === '/languages') reply = languages();
    else if (request.method === 'POST' && request.url === '/translate') {
      const payload = JSON.parse(body) as Record<string, string>;
      received.push(payload);
      reply = translate(payload);
    } else reply = { status: 404, body: { error: 'Not Found' } };
    if (reply === 'hang') return void hanging.push(response);
    if (reply === 'not-json') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html>ciao</html>');
    response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  });
});
const ITALIAN = { code: 'it', name: 'Italian', targets: ['ar', 'en', 'fr', 'it'] };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  for (const response of hanging) response.destroy();
  server.closeAllConnections();
  server.close(() => resolve());
}));
beforeEach(() => {
  received.length = 0;
  languages = () => ({ status: 200, body: [ITALIAN, { code: 'en', name: 'English', targets: ['it'] }] });
  translate = (payload) => ({ status: 200, body: { translatedText: ` EN ${payload['q']} ` } });
});

const machine = (overrides: Partial<MachineOptions> = {}): MachineOptions => ({ url, timeoutMs: 5000, ...overrides });

/** The MachineError's message, or a failed test. */
async function machineError(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(MachineError);
  return (error as Error).message;
}

describe('the translation server (machine drafts)', () => {
  it('takes only an http(s) address without a password', () => {
    expect(serverUrl('http://127.0.0.1:5000').host).toBe('127.0.0.1:5000');
    expect(() => serverUrl('127.0.0.1:5000/')).toThrow(/non è un indirizzo valido: scrivi l'indirizzo del server di traduzione/);
    expect(() => serverUrl('ftp://traduzioni.example.org')).toThrow('TRANSLATE_URL deve iniziare con http:// o https:// (è "ftp:").');
    expect(() => serverUrl('https://io:segreta@traduzioni.example.org')).toThrow('TRANSLATE_URL non deve contenere nome e password: la chiave va in TRANSLATE_API_KEY.');
  });

  it('sends the key and only the Italian text, and reads the languages of new and older servers', async () => {
    expect(await translateText('Pulizie uffici', 'ar', machine({ apiKey: 'chiave' }))).toBe('EN Pulizie uffici');
    expect(received).toEqual([{ q: 'Pulizie uffici', source: 'it', target: 'ar', format: 'text', api_key: 'chiave' }]);
    expect([...await targetsFromItalian(machine())].sort()).toEqual(['ar', 'en', 'fr', 'it']);
    languages = () => ({ status: 200, body: [{ code: 'it' }, { code: 'ar' }, { code: 'si' }] });
    expect([...await targetsFromItalian(machine())].sort()).toEqual(['ar', 'it', 'si']);
    languages = () => ({ status: 200, body: [{ code: 'en', targets: ['ar'] }] });
    expect(await targetsFromItalian(machine())).toEqual(new Set());
  });

  it('says in Italian what went wrong with the server, never with its key', async () => {
    const cases: Array<[Reply, RegExp | string]> = [
      [{ status: 403, body: { error: 'Invalid API key' } }, 'il server di traduzione ha rifiutato la richiesta (403): «Invalid API key». Controlla TRANSLATE_API_KEY.'],
      [{ status: 400, body: 'nessuna spiegazione' }, 'il server di traduzione ha rifiutato la richiesta (400). Controlla TRANSLATE_API_KEY.'],
      [{ status: 429, body: { error: 'Slow down' } }, /troppe richieste \(429\): riprova più tardi/],
      [{ status: 500, body: {} }, 'il server di traduzione ha risposto con un errore (500): riprova più tardi.'],
      ['not-json', /qualcosa che non è JSON: TRANSLATE_URL è davvero un server LibreTranslate\?/],
      [{ status: 200, body: { translatedText: '   ' } }, 'il server di traduzione ha risposto senza testo tradotto.'],
      ['hang', 'il server di traduzione non ha risposto entro 0.1 secondi.'],
    ];
    // Only the hanging server waits out the limit: a loaded machine may answer the others in over 0.1 s.
    for (const [reply, expected] of cases) {
      translate = () => reply;
      const message = await machineError(translateText('Orari', 'ar', machine({ apiKey: 'chiave-segreta', timeoutMs: reply === 'hang' ? 100 : 10_000 })));
      if (typeof expected === 'string') expect(message).toBe(expected);
      else expect(message).toMatch(expected);
      expect(message).not.toContain('chiave-segreta');
    }
    languages = () => ({ status: 200, body: { it: ['ar'] } });
    expect(await machineError(targetsFromItalian(machine()))).toContain("non ha dato l'elenco delle lingue (GET /languages)");
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await machineError(targetsFromItalian(machine({ url: `http://127.0.0.1:${port}` })))).toBe('non riesco a raggiungere il server di traduzione (ECONNREFUSED): controlla TRANSLATE_URL e che il server sia acceso.');
  });
});

describe('npm run traduci -- automatica, in process', () => {
  it('writes the drafts marked as machine-made; the next run finds nothing left; controlla counts them', async () => {
    const p = project();
    const report = await machineDrafts([p.item()], { ...machine(), lang: 'ar', today: TODAY, root: p.root });
    expect(report.failed).toBe(false);
    expect(report.lines[0]).toBe('Traduzioni automatiche in arabo (da controllare: chi legge vede la nota "traduzione automatica" finché una persona non le conferma):');
    expect(report.lines[1]).toBe('  ✓ offers/prova.md: title, summary, requirements.0, requirements.1, salary, apply.inPerson, apply.note, body');
    expect(report.lines.at(-1)).toBe('Risultato: 8 campi tradotti in 1 schede. Per controllarle: npm run traduci -- esporta --lingua ar');
    const ar = p.item().data.translations?.ar;
    expect(ar?.title).toBe('EN Addetta pulizie uffici a Loreto');
    expect(ar?.auto).toBe(true);
    expect(p.text()).toContain('# Trovata dal servizio territoriale');

    const again = await machineDrafts([p.item()], { ...machine(), lang: 'ar', today: TODAY, root: p.root });
    expect(again).toEqual({ failed: false, lines: ['Niente da tradurre in arabo: ogni testo del numero di questa settimana e del prossimo ha già una traduzione.'] });
    const status = translationStatus([p.item()]);
    expect(status.map(statusLine)).toEqual([
      'arabo: 0 tradotte, 1 solo automatica, 0 da aggiornare, 0 da tradurre',
      'inglese: 0 tradotte, 0 solo automatiche, 0 da aggiornare, 1 da tradurre',
      'spagnolo: 0 tradotte, 0 solo automatiche, 0 da aggiornare, 1 da tradurre',
      'francese: 0 tradotte, 0 solo automatiche, 0 da aggiornare, 1 da tradurre',
      'singalese: 0 tradotte, 0 solo automatiche, 0 da aggiornare, 1 da tradurre',
    ]);
  });

  it('leaves the file as it was when the server is wrong, lacks the language, fails a field, or drafts what the build refuses', async () => {
    const p = project();
    const run = () => machineDrafts([p.item()], { ...machine(), lang: 'fr', today: TODAY, root: p.root });
    languages = () => ({ status: 401, body: { error: 'no' } });
    expect(await run()).toEqual({ failed: true, lines: ['✗ il server di traduzione ha risposto con un errore (401): riprova più tardi. Nessuna scheda è stata cambiata.'] });

    languages = () => ({ status: 200, body: [{ ...ITALIAN, targets: ['ar', 'en'] }] });
    expect(await run()).toEqual({ failed: false, lines: ["Il server di traduzione non traduce dall'italiano in francese (fr): nessuna traduzione automatica. Usa il foglio per chi traduce: npm run traduci -- esporta --lingua fr"] });

    languages = () => ({ status: 200, body: [ITALIAN] });
    translate = (payload) => (payload['q'] === 'puntualità' ? { status: 500, body: {} } : { status: 200, body: { translatedText: `FR ${payload['q']}` } });
    const oneField = await run();
    expect(oneField.failed).toBe(true);
    expect(oneField.lines).toContain('  ✗ offers/prova.md: scheda non cambiata, perché alcuni campi non sono stati tradotti:');
    expect(oneField.lines).toContain('      requirements.1: il server di traduzione ha risposto con un errore (500): riprova più tardi.');
    expect(oneField.lines.at(-1)).toBe('Risultato: 0 campi tradotti in 0 schede; 1 schede non cambiate per errori. Per controllarle: npm run traduci -- esporta --lingua fr');

    // A "translation" far longer than a title may be: the build would refuse the file.
    translate = (payload) => ({ status: 200, body: { translatedText: payload['q'] === 'Addetta pulizie uffici a Loreto' ? 'Agent '.repeat(60) : `FR ${payload['q']}` } });
    const refused = await run();
    expect(refused.failed).toBe(true);
    expect(refused.lines).toContain('  ✗ offers/prova.md: scheda non cambiata, la traduzione automatica non va bene:');
    expect(refused.lines.find((line) => line.startsWith('      title: '))).toBeDefined();
    expect(p.text()).toBe(OFFER);
    expect(existsSync(join(p.root, `${FILE}.traduci-tmp`))).toBe(false);
  });
});

describe('npm run traduci -- esporta and importa, in process', () => {
  it('writes no sheet when there is nothing to translate, and names the default sheet by week and language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'traduci-fogli-'));
    const none = await exportSheet([], { lang: 'es', file: join(dir, 'es.csv'), format: 'csv', today: TODAY });
    expect(none).toEqual({ rows: 0, failed: false, lines: ['Niente da tradurre in spagnolo: le schede del numero di questa settimana e del prossimo hanno già una traduzione aggiornata. Nessun foglio scritto.'] });
    expect(existsSync(join(dir, 'es.csv'))).toBe(false);
    expect(defaultSheetFile('/progetto', '2026-W48', 'ar', 'xlsx')).toBe('/progetto/out/traduzioni/2026-W48.ar.xlsx');
    const p = project();
    const sheet = join(dir, 'fr.csv');
    const written = await exportSheet([p.item()], { lang: 'fr', file: sheet, format: 'csv', today: TODAY });
    expect(written.lines).toEqual([`✓ ${sheet}: 8 testi da tradurre in francese, da 1 scheda.`, 'Chi traduce scrive solo nella colonna "traduzione" (le altre non vanno cambiate). Poi:', `  npm run traduci -- importa ${sheet}`]);
    expect(readFileSync(sheet, 'utf8')).toContain('Addetta pulizie uffici a Loreto');
  });

  it('says when the sheet is missing or not a spreadsheet, and refuses a cell the build would refuse, changing nothing', async () => {
    const p = project();
    const dir = mkdtempSync(join(tmpdir(), 'traduci-fogli-'));
    const missing = await importSheet([p.item()], join(dir, 'manca.xlsx'), undefined, p.root);
    expect(missing).toEqual({ failed: true, lines: [`✗ ${join(dir, 'manca.xlsx')}: il file non esiste. Scrivi il percorso del foglio compilato, per esempio out/traduzioni/2026-W48.ar.xlsx.`] });
    writeFileSync(join(dir, 'rotto.xlsx'), 'non è un foglio di calcolo');
    const broken = await importSheet([p.item()], join(dir, 'rotto.xlsx'), undefined, p.root);
    expect(broken.failed).toBe(true);
    expect(broken.lines[0]).toMatch(/^✗ .*rotto\.xlsx: /);

    const records = sheetRecords([p.item()], 'ar', TODAY).map((record) => ({ ...record, traduzione: record.campo === 'title' ? 'x' : record.campo === 'salary' ? '9 يورو للساعة' : '' }));
    const sheet = join(dir, 'ar.csv');
    await writeSheet(sheet, records, 'csv');
    const refused = await importSheet([p.item()], sheet, undefined, p.root);
    expect(refused.failed).toBe(true);
    expect(refused.lines.find((line) => line.startsWith('  ✗ riga 2, colonna traduzione (offers/prova.md, title): '))).toBeDefined();
    expect(refused.lines.at(-1)).toMatch(/^Risultato: 0 celle scritte in 0 schede; 1 errore: le schede con errori non sono state cambiate\./);
    expect(p.text()).toBe(OFFER);
  });

  it('writes good cells, then warns of a translation gone stale when the Italian changes', async () => {
    const p = project();
    const dir = mkdtempSync(join(tmpdir(), 'traduci-fogli-'));
    const records = sheetRecords([p.item()], 'ar', TODAY).map((record) => ({ ...record, traduzione: record.campo === 'title' ? 'عاملة تنظيف مكاتب' : '' }));
    await writeSheet(join(dir, 'ar.csv'), records, 'csv');
    const done = await importSheet([p.item()], join(dir, 'ar.csv'), undefined, p.root);
    expect(done).toEqual({ failed: false, lines: [`${join(dir, 'ar.csv')}:`, '  ✓ offers/prova.md: 1 traduzione scritta (arabo: title)', 'Risultato: 1 celle scritte in 1 schede. Poi: npm run controlla'] });
    expect(p.item().data.translations?.ar).toMatchObject({ title: 'عاملة تنظيف مكاتب', hash: { title: italianHash('Addetta pulizie uffici a Loreto') } });
    expect(staleTranslations([p.item()])).toEqual([]);

    writeFileSync(join(p.root, FILE), p.text().replace('title: Addetta pulizie uffici a Loreto', 'title: Addetta pulizie uffici a Gorla'));
    expect(staleTranslations([p.item()])).toEqual([{
      file: FILE,
      message: "la traduzione in arabo di title è vecchia: l'italiano è cambiato dopo. Chi legge in arabo vede l'italiano finché non la aggiorni (npm run traduci -- esporta --lingua ar).",
    }]);
    expect(translationStatus([p.item()])[0]).toEqual({ lang: 'ar', translated: 0, machine: 0, stale: 1, missing: 0 });
    // A write the YAML cannot hold is refused by field, not thrown.
    expect(writeTranslations(p.item(), 'ar', [{ key: 'requirements.5', text: 'x', hash: italianHash('x'), auto: false }], p.root).problems).not.toEqual([]);
  });
});
