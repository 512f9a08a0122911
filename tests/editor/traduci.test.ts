/**
 * `npm run traduci` on a copy of the fixture content, then built as a reader sees it: the
 * Arabic sheet exported, two cells filled and imported (comments kept, Italian pages
 * unchanged); a stale translation after the Italian changed; machine drafts from a local
 * server speaking LibreTranslate's API, with a 429 and a timeout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDir, OUTPUT, ROOT, runBuild } from '../helpers/build.ts';
import { readPage } from '../helpers/site.ts';

const content = mkdtempSync(join(tmpdir(), 'traduci-'));
cpSync(join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
// An MDX body imports a component by a path relative to the fixture folder.
rmSync(join(content, 'courses/corso-digitale.mdx'));
const file = (path: string) => join(content, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
const ENV = { BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: '2026-11-25' };

/** `npm run traduci` (asynchronous: the translation server runs in this process). */
function traduci(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/traduci.ts', ...args], { cwd: ROOT, env: { ...process.env, TRANSLATE_URL: '', ...ENV, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A translation server speaking LibreTranslate's API; Sinhala is not among its languages. */
const received: Record<string, string>[] = [];
let server: Server;
let serverUrl = '';
const body = (request: IncomingMessage) => new Promise<string>((resolve) => {
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString()));
  request.on('end', () => resolve(text));
});

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const json = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (request.method === 'GET' && request.url === '/languages') return json(200, [{ code: 'it', name: 'Italian', targets: ['ar', 'en', 'es', 'fr', 'it'] }, { code: 'en', name: 'English', targets: ['it'] }]);
    if (request.method !== 'POST' || request.url !== '/translate') return json(404, { error: 'Not found' });
    const payload = JSON.parse(await body(request)) as Record<string, string>;
    received.push(payload);
    if (payload['q']!.includes('Offerta pubblicata oggi')) return json(429, { error: 'Too many requests' });
    if (payload['q']!.includes('Italiano per il lavoro A2')) return void setTimeout(() => json(200, { translatedText: 'too late' }), 2500);
    return json(200, { translatedText: `EN ${payload['q']}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run traduci', () => {
  const sheet = join(content, 'ar.xlsx');
  const before = read('offers/lavoro-tuesday.md');
  const ARABIC_TITLE = 'بائعة في محل ملابس (عقد تعلّم مهنة)';
  const ARABIC_SCHEDULE = 'من الاثنين إلى الجمعة 9–13، والسبت مرة كل أسبوعين';

  it('exports the Arabic sheet of the current and next issue', async () => {
    const run = await traduci(['esporta', '--lingua', 'ar', '--file', sheet]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^✓ .*ar\.xlsx: \d+ testi da tradurre in arabo/);
    const rows = (await readSheet(sheet)) as string[][];
    expect(rows[0]!.slice(0, 5)).toEqual(['file', 'campo', 'italiano', 'contesto', 'traduzione']);
    const tuesday = rows.filter((row) => row[0] === 'offers/lavoro-tuesday.md').map((row) => row[1]);
    expect(tuesday).toEqual(['title', 'schedule', 'body']);
    // Translated and current: not offered again. A schedule that reads as days and times: not offered at all.
    expect(rows.filter((row) => row[0] === 'offers/km0-monday.md').map((row) => row[1])).toEqual(['body']);
  });

  it('imports two filled cells, keeping the file as it was written', async () => {
    const rows = (await readSheet(sheet)) as (string | null)[][];
    for (const row of rows) {
      if (row[0] === 'offers/lavoro-tuesday.md' && row[1] === 'title') row[4] = ARABIC_TITLE;
      if (row[0] === 'offers/lavoro-tuesday.md' && row[1] === 'schedule') row[4] = ARABIC_SCHEDULE;
    }
    await writeExcelFile(rows.map((row) => row.map((value) => ({ value: value ?? '', type: String })))).toFile(sheet);
    const run = await traduci(['importa', sheet]);
    expect(run.err).toBe('');
    expect(run.out).toContain('✓ offers/lavoro-tuesday.md: 2 traduzioni scritte (arabo: title, schedule)');
    expect(run.code).toBe(0);
    const after = read('offers/lavoro-tuesday.md');
    expect(after).toContain('# orario scritto dal negozio: non si legge come giorni e ore\nschedule: "lun–ven 9–13, sabato a settimane alterne"\n');
    expect(after.startsWith(before.split('---\nNegozio')[0]!)).toBe(true);
    expect(after).toContain(`translations:\n  ar:\n    title: ${ARABIC_TITLE}\n    schedule: ${ARABIC_SCHEDULE}\n    hash: { title: "`);
    expect(after.endsWith('---\nNegozio di abbigliamento in via Padova: si impara il mestiere.\n')).toBe(true);
    // The same sheet again: nothing left to write.
    const again = await traduci(['importa', sheet]);
    expect(again.out).toContain('Risultato: 0 celle scritte in 0 schede, 2 uguali a quelle già nei file');
  });

  it('reports a wrong cell by row and column in Italian and leaves that file alone', async () => {
    const bad = join(content, 'sbagliato.csv');
    writeFileSync(bad, `file,campo,italiano,contesto,traduzione,stato,traduzione precedente,lingua,impronta\noffers/published-today.md,title,x,,${'ع'.repeat(150)},,,ar,0123abcd\noffers/published-today.md,titel,x,,عنوان,,,ar,0123abcd\n`);
    const copy = read('offers/published-today.md');
    const run = await traduci(['importa', bad]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('✗ riga 3, colonna B (campo): "titel" non è un campo da tradurre di offers/published-today.md (forse intendevi: title).');
    expect(run.out).toMatch(/✗ riga 2, colonna traduzione \(offers\/published-today\.md, title\): .*140/);
    expect(read('offers/published-today.md')).toBe(copy);
  });

  it('catches a stale translation: controlla warns and the next sheet offers it again beside the old text', async () => {
    writeFileSync(file('offers/km0-monday.md'), read('offers/km0-monday.md').replace('title: Aiuto cuoco km 0 pubblicato di lunedì', 'title: Aiuto cuoco km 0 per la mensa del quartiere'));
    const check = spawnSync(process.execPath, ['scripts/controlla.ts', '--dist', '/nessuna-cartella'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...ENV } });
    expect(check.stdout).toMatch(/AVVISI: traduzioni vecchie \(l'italiano è cambiato\) \(2\)\n! .*km0-monday\.md: la traduzione in arabo di title è vecchia: .*\n! .*km0-monday\.md: la traduzione in inglese di title è vecchia/);
    expect(check.stdout).toMatch(/arabo: \d+ tradott[ae], \d+ solo automatich?[ae], 1 da aggiornare, \d+ da tradurre/);
    const csv = join(content, 'ar.csv');
    const run = await traduci(['esporta', '--lingua', 'ar', '--formato', 'csv', '--file', csv]);
    expect(run.code).toBe(0);
    const records = parse(readFileSync(csv, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.find((record) => record['file'] === 'offers/km0-monday.md' && record['campo'] === 'title')).toMatchObject({
      italiano: 'Aiuto cuoco km 0 per la mensa del quartiere', stato: "l'italiano è cambiato: aggiorna la traduzione", 'traduzione precedente': 'مساعد طباخ قريب من البيت',
    });
  });

  it('sends nothing without TRANSLATE_URL', async () => {
    const run = await traduci(['automatica', '--lingua', 'en']);
    expect(run.code).toBe(4);
    expect(run.err).toContain('imposta TRANSLATE_URL');
    expect(received).toEqual([]);
  });

  it('says Sinhala is not available on the server and changes nothing', async () => {
    const run = await traduci(['automatica', '--lingua', 'si'], { TRANSLATE_URL: serverUrl });
    expect(run.code).toBe(0);
    expect(run.out).toContain('non traduce dall\'italiano in singalese (si)');
    expect(received).toEqual([]);
  });

  it('fills missing fields with machine drafts; a 429 or a timeout leaves that file untouched', async () => {
    const today = read('offers/published-today.md');
    const course = read('courses/italiano-a2.md');
    const run = await traduci(['automatica', '--lingua', 'en', '--attesa', '1'], { TRANSLATE_URL: serverUrl, TRANSLATE_API_KEY: 'chiave-segreta' });
    expect(run.code).toBe(1);
    expect(run.out).toContain('✗ offers/published-today.md: scheda non cambiata');
    expect(run.out).toContain('title: il server di traduzione ha ricevuto troppe richieste (429)');
    expect(run.out).toContain('✗ courses/italiano-a2.md: scheda non cambiata');
    expect(run.out).toContain('title: il server di traduzione non ha risposto entro 1 secondi.');
    expect(run.out).toContain('✓ offers/lavoro-tuesday.md: title, schedule, body');
    expect(run.out + run.err).not.toContain('chiave-segreta');
    expect(read('offers/published-today.md')).toBe(today);
    expect(read('courses/italiano-a2.md')).toBe(course);
    expect(read('offers/lavoro-tuesday.md')).toContain('  en:\n    title: EN Commessa pubblicata di martedì\n');
    expect(read('offers/lavoro-tuesday.md')).toMatch(/ {4}auto: true\n/);
    // Only the text of the fields to translate, with the key; never a contact.
    expect(received.every((payload) => payload['source'] === 'it' && payload['target'] === 'en' && payload['api_key'] === 'chiave-segreta')).toBe(true);
    const sent = received.map((payload) => payload['q']).join('\n');
    expect(sent).toContain('Commessa pubblicata di martedì');
    expect(sent).not.toMatch(/02 1234 5678|333 123 4567|oggi@example\.org|example\.org\/candidati/);
  });
});

describe('the bulletin built after translating', () => {
  const out = join(OUTPUT, 'traduci');
  beforeAll(() => {
    const run = runBuild('basic', 'traduci', ENV);
    if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  });

  it('shows the new Arabic title and schedule on the Arabic item page and e-mail', () => {
    const $ = readPage(out, '/ar/offerte/lavoro-tuesday/');
    expect($('h1').text()).toBe('بائعة في محل ملابس (عقد تعلّم مهنة)');
    expect($('h1').attr('lang')).toBeUndefined();
    expect($('[data-fact="schedule"]').text()).toBe('من الاثنين إلى الجمعة 9–13، والسبت مرة كل أسبوعين');
    expect($('[data-fact="schedule"]').attr('lang')).toBeUndefined();
    const email = readFileSync(join(out, 'email', '2026-W48.ar.html'), 'utf8');
    expect(email).toContain('بائعة في محل ملابس (عقد تعلّم مهنة)');
    expect(email).toContain('من الاثنين إلى الجمعة 9–13، والسبت مرة كل أسبوعين');
    expect(readFileSync(join(out, 'email', '2026-W48.ar.txt'), 'utf8')).toContain('بائعة في محل ملابس (عقد تعلّم مهنة)');
  });

  it('leaves the Italian pages as they were', () => {
    const page = (dir: string) => readFileSync(join(dir, 'offerte', 'lavoro-tuesday', 'index.html'), 'utf8');
    expect(page(out)).toBe(page(builtDir('basic')));
  });

  it('shows the Italian, marked, where the translation is stale', () => {
    const $ = readPage(out, '/ar/offerte/km0-monday/');
    expect($('h1').text()).toBe('Aiuto cuoco km 0 per la mensa del quartiere');
    expect($('h1').attr('lang')).toBe('it');
    expect($('.sum').attr('lang')).toBeUndefined();
  });

  it('marks machine drafts for the reader', () => {
    const $ = readPage(out, '/en/offerte/lavoro-tuesday/');
    expect($('h1').text()).toBe('EN Commessa pubblicata di martedì');
    expect($('article .auto').text()).toBe('Machine translation');
    expect($('[data-content-body]').text()).toContain('EN Negozio di abbigliamento');
    expect($('[data-content-body]').attr('lang')).toBeUndefined();
  });
});
