/**
 * `npm run importa` on job pages served by a local HTTP server: saved board pages, a page
 * with no posting, hostile HTML, and the refusals (not HTML, too big, no answer).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter.ts';
import { freePort } from '../../src/lib/editor/serve.ts';
import { isPublicAddress } from '../../src/lib/import/public-address.ts';
import { importSources } from '../../src/lib/import/run.ts';
import { ROOT } from '../helpers/build.ts';
import { expectValidOnceUndrafted, offerFiles } from './helpers.ts';

const TODAY = '2026-11-21';
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const page = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** Windows-1252 bytes of a text (its punctuation: – “ ” and the Latin-1 letters). */
const CP1252: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 };
const encodeCp1252 = (text: string) => Buffer.from([...text].map((char) => CP1252[char] ?? char.charCodeAt(0)));

let server: Server;
let base = '';
/** Responses still open (the page that never answers): ended when the tests are done. */
const hanging: { destroy: () => void }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith('/annunci/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(`${path.slice('/annunci/'.length)}.html`));
    } else if (path === '/offerte.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.7');
    } else if (path === '/enorme') {
      // No content-length: the limit must hold while reading.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      let sent = 0;
      const write = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('error', () => {});
      write();
    } else if (path === '/latin1') {
      // An older board: ISO-8859-1, said only in the page's <meta>.
      response.writeHead(200, { 'content-type': 'text/html' });
      const posting = { '@type': 'JobPosting', title: 'Operatrice socio-sanitaria (OSS) per RSA – Città Studi', applicationContact: { telephone: '02 3456 7890' } };
      response.end(Buffer.from(`<html><head><meta charset="iso-8859-1"><script type="application/ld+json">${JSON.stringify(posting).replace('–', '-')}</script></head></html>`, 'latin1'));
    } else if (path === '/cp1252') {
      // No charset anywhere, bytes in Windows-1252: what an Italian browser assumes.
      response.writeHead(200, { 'content-type': 'text/html' });
      const posting = { '@type': 'JobPosting', title: 'Aiuto cuoco – mensa “Città Studi”', applicationContact: { telephone: '02 3456 7890' } };
      response.end(encodeCp1252(`<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head></html>`));
    } else if (path === '/utf16-meta') {
      // UTF-8 bytes whose <meta> says utf-16: browsers read UTF-8.
      response.writeHead(200, { 'content-type': 'text/html' });
      const posting = { '@type': 'JobPosting', title: 'Commessa panetteria – Nolo', applicationContact: { telephone: '02 3456 7890' } };
      response.end(`<html><head><meta charset="utf-16"><script type="application/ld+json">${JSON.stringify(posting)}</script></head></html>`);
    } else if (path === '/rotta') {
      // Declared UTF-8, but with Latin-1 bytes inside: some characters cannot be read.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const posting = { '@type': 'JobPosting', title: 'Magazziniere Sesto', description: 'Disponibilità immediata', applicationContact: { telephone: '02 3456 7890' } };
      response.end(Buffer.from(`<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head></html>`, 'latin1'));
    } else if (path === '/annidata') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const posting = { '@type': 'JobPosting', title: 'Annuncio annidato', description: `${'<div><span>'.repeat(2500)}testo${'</span></div>'.repeat(2500)}`, applicationContact: { telephone: '02 3456 7890' } };
      response.end(`<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head></html>`);
    } else if (path === '/muto') {
      hanging.push(response.socket!);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Non trovato</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of hanging) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const options = (contentDir: string) => ({ contentDir, today: TODAY, timeoutMs: 500, allowLocalNetwork: true });
const newContent = () => mkdtempSync(join(tmpdir(), 'importa-'));

describe('importing job pages', () => {
  it('writes one draft per posting, with the fields mapped, and every draft passes the content check once published', async () => {
    const content = newContent();
    const sources = ['board-one', 'board-several', 'microdata', 'hostile'].map((name) => `${base}/annunci/${name}`);
    const report = await importSources(sources, options(content));
    expect(report.refused, report.lines.join('\n')).toBe(0);
    expect(offerFiles(content)).toEqual([
      'addetto-a-pulizie-uffici-scale.md', 'aiuto-cuoco-per-mensa-scolastica.md', 'badante-convivente-per-signora-anziana.md', 'cameriere-a-sala.md',
      'commessa-per-panetteria-di-quartiere.md', 'magazziniere-con-patentino-muletto.md',
    ]);
    const items = expectValidOnceUndrafted(content);
    const one = items.find((item) => item.slug === 'addetto-a-pulizie-uffici-scale');
    if (one?.kind !== 'offer') throw new Error('missing offer');
    expect(one.data).toMatchObject({
      title: 'Addetto/a pulizie uffici & scale', employer: 'Pulito Srl', sector: 'pulizie', contract: 'determinato', hours: 'part-time', schedule: 'lun–ven 6:00–9:00',
      published: '2026-11-18', expires: '2026-12-20', salary: "da 9 a 11 € l'ora", reference: 'LM-4521', requirements: ['esperienza di almeno 6 mesi'],
      sourceUrl: 'https://lavoro.example.org/annunci/4521-addetto-pulizie-uffici', location: { city: 'Milano', address: 'via Padova 36', municipio: 2 },
      apply: { url: 'https://lavoro.example.org/annunci/4521-addetto-pulizie-uffici' },
    });
    expect(one.body).toContain('[scrivici](mailto:selezione@pulito.example.org)');
    expect(one.body).toContain('### Cosa offriamo');
    const text = readFileSync(join(content, 'offers', 'addetto-a-pulizie-uffici-scale.md'), 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^daControllare: \[.*"sector".*"location\.municipio".*\]$/m);
    const line = report.lines.find((entry) => entry.includes('addetto-a-pulizie-uffici-scale.md')) ?? '';
    expect(line).toContain("da controllare: sector (ipotesi dall'annuncio: controlla)");
    expect(line).toContain('location.municipio (dal CAP 20127: controlla)');
  });

  it('takes each posting of a page with several: @graph and array forms, sharing the page address', async () => {
    const content = newContent();
    const report = await importSources([`${base}/annunci/board-several`], options(content));
    expect(report.written).toHaveLength(3);
    const data = offerFiles(content).map((name) => parseFrontMatter(readFileSync(join(content, 'offers', name), 'utf8')).data as Record<string, unknown>);
    expect(data.map((d) => [d['title'], d['reference'], d['sector'], d['contract'], d['hours']])).toEqual([
      ['Aiuto cuoco per mensa scolastica', 'SOLE-12', 'ristorazione', 'determinato', 'part-time'],
      ['Badante convivente per signora anziana', 'SOLE-14', 'assistenza-familiare', 'altro', 'full-time'],
      ['Magazziniere con patentino muletto', 'SOLE-13', 'logistica', 'altro', 'full-time'],
    ]);
    expect(data.map((d) => d['sourceUrl'])).toEqual(Array(3).fill(`${base}/annunci/board-several`));
    expect(data[1]?.['location']).toEqual({ city: 'Milano', address: 'via Porpora 10, 20131 Milano (Città Studi)', zone: 'Città Studi', municipio: 3 });
    expect(data[2]?.['salary']).toBe('1.450 € al mese');
  });

  it('reads a page in the charset its <meta> declares', async () => {
    const content = newContent();
    const report = await importSources([`${base}/latin1`], options(content));
    expect(report.written, report.lines.join('\n')).toHaveLength(1);
    const [item] = expectValidOnceUndrafted(content);
    expect(item?.data).toMatchObject({ title: 'Operatrice socio-sanitaria (OSS) per RSA - Città Studi', sector: 'sanita' });
  });

  it('reads an undeclared Windows-1252 page, and a UTF-8 page that says utf-16, as browsers do', async () => {
    const content = newContent();
    const report = await importSources([`${base}/cp1252`, `${base}/utf16-meta`], options(content));
    expect(report.written, report.lines.join('\n')).toHaveLength(2);
    expect(report.lines.join('\n')).not.toContain('�');
    const titles = expectValidOnceUndrafted(content).map((item) => item.data.title).sort();
    expect(titles).toEqual(['Aiuto cuoco – mensa “Città Studi”', 'Commessa panetteria – Nolo']);
  });

  it('warns when some characters of a page cannot be read', async () => {
    const content = newContent();
    const report = await importSources([`${base}/rotta`], options(content));
    expect(report.written).toHaveLength(1);
    expect(report.lines.join('\n')).toContain('! alcuni caratteri della pagina non si leggono (compaiono come �)');
  });

  it('refuses a description nested thousands of tags deep, and goes on with the next source', async () => {
    const content = newContent();
    const report = await importSources([`${base}/annidata`, `${base}/annunci/board-one`], options(content));
    const text = report.lines.join('\n');
    expect(text).toContain('annidato più di 100 livelli');
    expect(report.refused).toBe(1);
    expect(report.written).toHaveLength(1);
    expect(offerFiles(content)).toEqual(['addetto-a-pulizie-uffici-scale.md']);
  });

  it('writes nothing new the second time, and never overwrites a file', async () => {
    const content = newContent();
    const sources = [`${base}/annunci/board-one`, `${base}/annunci/board-several`, join(FIXTURES, 'microdata.html')];
    const first = await importSources(sources, options(content));
    expect(first.written).toHaveLength(5);
    const before = offerFiles(content).map((name) => readFileSync(join(content, 'offers', name), 'utf8'));
    const second = await importSources(sources, options(content));
    expect(second.written).toEqual([]);
    expect(second.skipped).toBe(5);
    expect(second.refused).toBe(0);
    expect(second.lines.join('\n')).toContain('con lo stesso codice (reference: LM-4521)');
    expect(offerFiles(content).map((name) => readFileSync(join(content, 'offers', name), 'utf8'))).toEqual(before);
  });

  it('cleans hostile HTML out of the description: no scripts, frames, handlers or unsafe links', async () => {
    const content = newContent();
    await importSources([`${base}/annunci/hostile`], options(content));
    const text = readFileSync(join(content, 'offers', 'cameriere-a-sala.md'), 'utf8');
    const { body, data } = parseFrontMatter(text);
    expect((data as Record<string, unknown>)['title']).toBe('Cameriere/a sala');
    expect(text).not.toMatch(/alert|evil|onerror|onclick|onmouseover|iframe|javascript|data:text|<object|<form|<svg|steal/i);
    expect(body).toContain('[il nostro menù](https://trattoria.example.org/menu)');
    // Markup written as text stays text: escaped, so Markdown does not read it as HTML.
    expect(body).toContain('Testo con \\<b>finto grassetto\\</b> scritto come testo.');
    const tree = fromMarkdown(body.replace(/^<!--.*-->\n/, ''));
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect(types.has('html')).toBe(false);
    // The apply link was "javascript:": the e-mail is kept, the link is not.
    expect((data as { apply: unknown }).apply).toEqual({ email: 'lavoro@trattoria.example.org' });
  });

  it('says clearly when a page has no posting, and refuses what is not a reachable HTML page', async () => {
    const content = newContent();
    // A port just freed by the OS: nothing listens there.
    const closed = `http://127.0.0.1:${await freePort()}/`;
    // Only the silent page waits for the time limit: the others get a generous one, so a loaded machine cannot turn "too big" into "too slow".
    const report = await importSources(
      [`${base}/annunci/none`, `${base}/offerte.pdf`, `${base}/enorme`, `${base}/manca`, 'ftp://example.org/x', closed],
      { ...options(content), timeoutMs: 60_000 },
    );
    const silent = await importSources([`${base}/muto`], options(content));
    expect(report.written).toEqual([]);
    expect(report.refused + silent.refused).toBe(7);
    const text = [...report.lines, ...silent.lines].join('\n');
    expect(text).toContain("in questa pagina non c'è nessun annuncio in formato JobPosting");
    expect(text).toContain('non è una pagina web (HTML) ma "application/pdf"');
    expect(text).toContain('la pagina è troppo grande (più di 5 MB)');
    expect(text).toContain('il sito non ha risposto entro 500 millisecondi');
    expect(text).toContain("il sito ha risposto con l'errore 404");
    expect(text).toContain('si possono leggere solo pagine web http:// o https://');
    expect(text).toContain('il sito non si raggiunge');
    expect(() => readdirSync(join(content, 'offers'))).toThrow();
  });
});

describe('npm run importa', () => {
  function importa(content: string, args: string[]) {
    const run = spawnSync(process.execPath, ['scripts/importa.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: TODAY },
    });
    return { code: run.status, out: run.stdout, err: run.stderr };
  }

  it('prints in Italian what it wrote and skipped, exiting 0, and 1 when something was refused', () => {
    const content = newContent();
    const saved = join(FIXTURES, 'board-one.html');
    const first = importa(content, [saved]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`✓ bozza scritta: ${join(content, 'offers', 'addetto-a-pulizie-uffici-scale.md')}`);
    expect(first.out).toContain('Bozze scritte: 1. Saltate: 0. Rifiutate: 0.');
    const again = importa(content, [saved, join(FIXTURES, 'none.html'), 'offerte.xls']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('– saltata: «Addetto/a pulizie uffici & scale»: c\'è già');
    expect(again.out).toContain('i file .xls (Excel vecchio) non si leggono');
    expect(again.out).toContain('Bozze scritte: 0. Saltate: 1. Rifiutate: 2.');
    expect(again.err).toBe('');
  });
});

describe('importing only from the public internet', () => {
  /** What an attacker wants read: a service on this computer, counting every request it gets. */
  let inside: Server;
  let insidePort = 0;
  let hits = 0;
  /** A "public" job board (127.0.0.2, taken as public by these tests only) that redirects wherever it is told. */
  let board: Server;
  let boardBase = '';
  const NOT_ALLOWED = "l'indirizzo non è consentito: si importano solo pagine di siti pubblici su internet";
  const posting = JSON.stringify({ '@type': 'JobPosting', title: 'Segreto interno', applicationContact: { telephone: '02 3456 7890' } });

  beforeAll(async () => {
    inside = createServer((_request, response) => {
      hits++;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<html><head><script type="application/ld+json">${posting}</script></head></html>`);
    });
    await new Promise<void>((resolve) => inside.listen(0, '127.0.0.1', resolve));
    insidePort = (inside.address() as AddressInfo).port;
    board = createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://x').searchParams.get('a');
      response.writeHead(302, { location: target ?? '/' });
      response.end();
    });
    await new Promise<void>((resolve) => board.listen(0, '127.0.0.2', resolve));
    boardBase = `http://127.0.0.2:${(board.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => inside.close(resolve));
    await new Promise((resolve) => board.close(resolve));
  });

  it('follows no redirect into this computer, whatever way the address is written, and writes nothing', async () => {
    const content = newContent();
    const targets = ['127.0.0.1', 'localhost', '2130706433', '0x7f.0.0.1', '017700000001', '127.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '169.254.169.254', '10.0.0.1', '[fd00:ec2::254]']
      .map((host) => `http://${host}:${insidePort}/annuncio`);
    const sources = targets.map((target) => `${boardBase}/vai?a=${encodeURIComponent(target)}`);
    const report = await importSources(sources, { contentDir: content, today: TODAY, timeoutMs: 2000, addressAllowed: (address) => address === '127.0.0.2' || isPublicAddress(address) });
    expect(hits).toBe(0);
    expect(report.written).toEqual([]);
    expect(report.refused).toBe(targets.length);
    expect(report.lines.filter((line) => line.includes(NOT_ALLOWED))).toHaveLength(targets.length);
    expect(() => readdirSync(join(content, 'offers'))).toThrow();
  });

  it('npm run importa refuses this computer without --consenti-rete-locale, and says the same whether a port is open or not', async () => {
    const content = newContent();
    // Not spawnSync: the servers above answer from this process.
    const run = (args: string[]) => new Promise<{ status: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, ['scripts/importa.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BULLETIN_CONTENT_DIR: content, BULLETIN_DATE: TODAY } }, (error, stdout) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout });
      });
    });
    const open = await run([`http://127.0.0.1:${insidePort}/annuncio`]);
    const closed = await run(['http://127.0.0.1:9/annuncio']);
    expect(open.status).toBe(1);
    expect(open.stdout).toContain(NOT_ALLOWED);
    expect(closed.stdout.replace('127.0.0.1:9/', 'X')).toBe(open.stdout.replace(`127.0.0.1:${insidePort}/`, 'X'));
    expect(hits).toBe(0);
    expect(() => readdirSync(join(content, 'offers'))).toThrow();
    const allowed = await run(['--consenti-rete-locale', `http://127.0.0.1:${insidePort}/annuncio`]);
    expect(allowed.status, allowed.stdout).toBe(0);
    expect(hits).toBe(1);
    expect(offerFiles(content)).toEqual(['segreto-interno.md']);
  });
});
