/**
 * `npm run importa` on the tutors' spreadsheets: CSV with `,` and `;` (BOM, CRLF, Excel's
 * Windows-1252), `.xlsx` written here with write-excel-file, label and code cells, Italian
 * dates, and bad rows reported by row and column with the nearest valid value.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { HEADERS } from '../../src/lib/import/map-row.ts';
import { importSources } from '../../src/lib/import/run.ts';
import { ROOT } from '../helpers/build.ts';
import { expectValidOnceUndrafted, offerFiles } from './helpers.ts';
import { typedRounds } from '../cases/typed-values.ts';

const TODAY = '2026-11-21';
const newDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const options = (contentDir: string) => ({ contentDir, today: TODAY });

/** A CSV line, quoting cells that need it. */
const csvLine = (cells: string[], delimiter: string) =>
  cells.map((cell) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter);

function row(values: Partial<Record<(typeof HEADERS)[number], string>>): string[] {
  return HEADERS.map((header) => values[header] ?? '');
}

const WITH_LABELS = row({
  titolo: 'Addetta alle pulizie uffici', azienda: 'Pulito Srl', settore: 'Pulizie', contratto: 'Tempo Determinato', orario: 'part time', orari: 'lun–ven 6:00–9:00',
  scuola: 'Sì', zona: 'Loreto', municipio: 'Municipio 2', km0: 'x', italiano: 'a2', requisiti: 'patente B\nesperienza 6 mesi; automunita', stipendio: "9 € l'ora",
  pubblicato: '23/11/2026', scadenza: '20/12/2026', telefono: '02 1234 5678', note: 'Porta il CV',
});
const WITH_CODES = row({
  titolo: 'Aiuto cuoco per mensa', settore: 'ristorazione', contratto: 'indeterminato', orario: 'full-time', scuola: 'no', citta: 'Milano', indirizzo: 'via Pini 4',
  pubblicato: '2026-11-20', email: 'mensa@example.org', link: 'https://mensa.example.org/lavora', di_persona: 'HUB Rizzoli, via Rizzoli 46, martedì 9–12',
});

describe('importing spreadsheets', () => {
  it('reads a comma CSV with BOM and CRLF, with Italian labels, yes/no words and Italian dates', async () => {
    const dir = newDir('importa-csv-');
    const file = join(dir, 'offerte.csv');
    writeFileSync(file, `\uFEFF${[HEADERS as readonly string[] as string[], WITH_LABELS, WITH_CODES].map((cells) => csvLine(cells, ',')).join('\r\n')}\r\n`);
    const content = join(dir, 'content');
    const report = await importSources([file], options(content));
    expect(report.lines.join('\n')).toContain('Bozze scritte: 2. Saltate: 0. Rifiutate: 0.');
    const items = expectValidOnceUndrafted(content);
    const pulizie = items.find((item) => item.slug === 'addetta-alle-pulizie-uffici');
    if (pulizie?.kind !== 'offer') throw new Error('missing offer');
    expect(pulizie.data).toMatchObject({
      sector: 'pulizie', contract: 'determinato', hours: 'part-time', schedule: 'lun–ven 6:00–9:00', schoolHours: true, km0: true, italian: 'A2',
      requirements: ['patente B', 'esperienza 6 mesi', 'automunita'], salary: "9 € l'ora", published: '2026-11-23', expires: '2026-12-20',
      location: { city: 'Milano', zone: 'Loreto', municipio: 2 }, apply: { phone: '02 1234 5678', note: 'Porta il CV' },
    });
    const mensa = items.find((item) => item.slug === 'aiuto-cuoco-per-mensa');
    if (mensa?.kind !== 'offer') throw new Error('missing offer');
    expect(mensa.data).toMatchObject({ sector: 'ristorazione', contract: 'indeterminato', hours: 'full-time', schoolHours: false, published: '2026-11-20' });
    expect(mensa.data.apply).toMatchObject({ email: 'mensa@example.org', url: 'https://mensa.example.org/lavora', inPerson: 'HUB Rizzoli, via Rizzoli 46, martedì 9–12' });
  });

  it('reads a semicolon CSV saved by Excel in Windows-1252, and writes nothing new the second time', async () => {
    const dir = newDir('importa-csv-');
    const file = join(dir, 'offerte.csv');
    const text = [HEADERS as readonly string[] as string[], row({ titolo: 'OSS per RSA di quartiere', settore: 'SANITÀ', contratto: 'somministrazione', orario: 'A turni', scadenza: '31/12/2026', whatsapp: '333 1234567', citta: 'Sesto San Giovanni' })]
      .map((cells) => csvLine(cells, ';'))
      .join('\r\n');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const content = join(dir, 'content');
    const first = await importSources([file], options(content));
    expect(first.written, first.lines.join('\n')).toHaveLength(1);
    const [item] = expectValidOnceUndrafted(content);
    expect(item?.data).toMatchObject({ title: 'OSS per RSA di quartiere', sector: 'sanita', contract: 'somministrazione', hours: 'turni', published: TODAY, expires: '2026-12-31' });
    const second = await importSources([file], options(content));
    expect(second.written).toEqual([]);
    expect(second.skipped).toBe(1);
    expect(offerFiles(content)).toEqual(['oss-per-rsa-di-quartiere.md']);
  });

  it('reads an .xlsx workbook with dates, numbers and booleans in its cells', async () => {
    const dir = newDir('importa-xlsx-');
    const file = join(dir, 'offerte.xlsx');
    const header: Cell[] = HEADERS.map((value) => ({ value }));
    const cells = HEADERS.map((headerName): Cell => {
      const values: Record<string, string | number | boolean | Date> = {
        titolo: 'Commessa panetteria', settore: 'Commercio e negozi', contratto: 'Apprendistato', orario: 'Part-Time', scuola: true, municipio: 3, zona: 'Casoretto',
        pubblicato: new Date(Date.UTC(2026, 10, 19)), scadenza: '15/01/2027', telefono: '02 2345 6789', requisiti: 'meno di 30 anni',
      };
      const value = values[headerName];
      if (value instanceof Date) return { value, type: Date, format: 'dd/mm/yyyy' };
      return value === undefined ? null : { value };
    });
    const sheet: SheetData = [header, cells];
    await writeExcelFile(sheet).toFile(file);
    const content = join(dir, 'content');
    const report = await importSources([file], options(content));
    expect(report.written, report.lines.join('\n')).toHaveLength(1);
    const [item] = expectValidOnceUndrafted(content);
    expect(item?.data).toMatchObject({
      sector: 'commercio', contract: 'apprendistato', hours: 'part-time', schoolHours: true, published: '2026-11-19', expires: '2027-01-15',
      location: { zone: 'Casoretto', municipio: 3 }, requirements: ['meno di 30 anni'],
    });
  });

  it('reports bad rows by row and column with the nearest valid value, writes the good ones and exits non-zero', async () => {
    const dir = newDir('importa-csv-');
    const file = join(dir, 'offerte.csv');
    const rows = [
      HEADERS as readonly string[] as string[],
      row({ titolo: 'Riga buona', settore: 'pulizie', contratto: 'determinato', orario: 'part-time', telefono: '02 1234 5678', requisiti: 'uno\ndue' }),
      row({ titolo: 'Contratto sbagliato', settore: 'Pulizia', contratto: 'indeterminatto', orario: 'part time', telefono: '02 1234 5678' }),
      row({ titolo: 'Data impossibile', settore: 'pulizie', contratto: 'determinato', orario: 'turni', pubblicato: '30/02/2026', telefono: '02 1234 5678', italiano: 'B3' }),
      row({ titolo: 'Senza contatti', settore: 'pulizie', contratto: 'determinato', orario: 'turni' }),
      row({ titolo: 'Contatti sbagliati', settore: 'pulizie', contratto: 'determinato', orario: 'turni', email: 'lavoro@', link: 'www.esempio.it', scuola: 'forse' }),
      row({ titolo: 'Scade prima', settore: 'pulizie', contratto: 'determinato', orario: 'turni', telefono: '02 1234 5678', pubblicato: '10/12/2026', scadenza: '01/12/2026' }),
    ];
    writeFileSync(file, rows.map((cells) => csvLine(cells, ',')).join('\n'));
    const content = join(dir, 'content');
    const report = await importSources([file], options(content));
    const text = report.lines.join('\n');
    expect(offerFiles(content)).toEqual(['riga-buona.md']);
    expect(text).toContain('riga 3, colonna settore: "Pulizia" non è un valore previsto (forse intendevi: pulizie)');
    expect(text).toContain('riga 3, colonna contratto: "indeterminatto" non è un valore previsto (forse intendevi: indeterminato)');
    expect(text).toContain('riga 4, colonna pubblicato: "30/02/2026" non è una data valida');
    expect(text).toContain('riga 4, colonna italiano: "B3" non è un livello');
    expect(text).toContain('riga 5, colonna telefono, whatsapp, email, link, di_persona: manca un modo per candidarsi');
    expect(text).toContain('riga 6, colonna scuola: "forse" non si capisce');
    expect(text).toContain('riga 7, colonna scadenza: la scadenza (2026-12-01) è prima della pubblicazione (2026-12-10)');
    expect(report.refused).toBeGreaterThanOrEqual(7);
    const contacts = await importSources([file.replace('offerte.csv', 'contatti.csv')], options(content));
    expect(contacts.lines.join('\n')).toContain('il file non esiste');
    // The row with two wrong contacts: both columns named, once the yes/no is fixed.
    writeFileSync(file, [rows[0]!, rows[5]!.map((cell) => (cell === 'forse' ? 'sì' : cell))].map((cells) => csvLine(cells, ',')).join('\n'));
    const again = (await importSources([file], options(content))).lines.join('\n');
    expect(again).toContain('riga 2, colonna email: "lavoro@" non è un indirizzo e-mail valido');
    expect(again).toContain('riga 2, colonna link: "www.esempio.it" non è un indirizzo web valido');
  });

  it('refuses, before expanding it, a 1.5 KB workbook with one cell at XFD1048576, and goes on with the next file', async () => {
    const dir = newDir('importa-bomba-');
    const bomb = join(dir, 'bomba.xlsx');
    const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`);
    writeFileSync(bomb, zipSync({
      '[Content_Types].xml': xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      '_rels/.rels': xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': xml('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Offerte" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': xml('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>titolo</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'),
    }, { level: 9 }));
    expect(readFileSync(bomb).byteLength).toBeLessThan(2000);
    const csv = join(dir, 'offerte.csv');
    writeFileSync(csv, `${HEADERS.join(',')}\n${csvLine(WITH_CODES, ',')}\n`);
    const content = newDir('importa-bomba-content-');
    const report = await importSources([bomb, csv], options(content));
    const text = report.lines.join('\n');
    expect(text).toContain('il foglio arriva fino alla riga 1048576 e alla colonna 16384: se ne leggono al massimo 5000 righe e 60 colonne');
    expect(report.refused).toBe(1);
    expect(report.written).toHaveLength(1);
  });

  it('reads every variant of the shared table of typed values (the same table as npm run nuovo\'s test)', async () => {
    const dir = newDir('importa-typed-');
    const file = join(dir, 'offerte.csv');
    const rounds = typedRounds();
    const rows = rounds.map((round, index) => row({ titolo: `Offerta di prova ${index}`, telefono: '02 1234 5678', ...Object.fromEntries(round.map((typed) => [typed.column, typed.typed])) }));
    writeFileSync(file, [HEADERS as readonly string[] as string[], ...rows].map((cells) => csvLine(cells, ';')).join('\n'));
    const content = join(dir, 'content');
    const report = await importSources([file], options(content));
    expect(report.refused, report.lines.join('\n')).toBe(0);
    const items = expectValidOnceUndrafted(content);
    rounds.forEach((round, index) => {
      const offer = items.find((item) => item.data.title === `Offerta di prova ${index}`);
      if (offer?.kind !== 'offer') throw new Error(`missing offer ${index}`);
      for (const typed of round) {
        const value = typed.field === 'municipio' ? offer.data.location.municipio : offer.data[typed.field];
        expect(value, `${typed.column} "${typed.typed}"`).toBe(typed.value);
      }
    });
  });

  it('refuses a sheet whose columns are not the template\'s, suggesting the right name', async () => {
    const dir = newDir('importa-csv-');
    const file = join(dir, 'offerte.csv');
    writeFileSync(file, 'titolo;telefonno;Città\nBarista;02 1234 5678;Milano\n');
    const report = await importSources([file], options(join(dir, 'content')));
    expect(report.lines.join('\n')).toContain('riga 1, colonna "telefonno": non è una colonna prevista (forse intendevi: telefono)');
    expect(report.written).toEqual([]);
  });

  it('ships a template whose headers are the importer\'s and whose example row imports cleanly', async () => {
    const template = readFileSync(join(ROOT, 'templates/offerte.csv'), 'utf8');
    expect(template.split('\n')[0]).toBe(HEADERS.join(','));
    const content = newDir('importa-template-');
    const report = await importSources([join(ROOT, 'templates/offerte.csv')], options(content));
    expect(report.written, report.lines.join('\n')).toHaveLength(1);
    expectValidOnceUndrafted(content);
  });
});
