import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { decodeText, detectDelimiter, rowsFromCsv } from '../../../src/lib/import/spreadsheet.ts';
import { duplicateOf, knownOffers, renderDraft, writeDraft, type KnownOffer, type OfferDraft } from '../../../src/lib/import/write-draft.ts';

const draft = (fields: Partial<OfferDraft['fields']> = {}, extra: Partial<OfferDraft> = {}): OfferDraft => ({
  fields: { title: 'Lavapiatti a Loreto', sector: 'ristorazione', contract: 'determinato', hours: 'part-time', published: '2026-11-20', apply: { phone: '02 1234 5678' }, ...fields },
  notes: {},
  ...extra,
});

describe('reading CSV text', () => {
  it('detects ; or , from the header and numbers rows as the spreadsheet does, across cells with line breaks', () => {
    expect(detectDelimiter('\uFEFFtitolo;citta;note\r\na,b;c')).toBe(';');
    expect(detectDelimiter('titolo,citta\r\n')).toBe(',');
    const rows = rowsFromCsv('\uFEFFtitolo;requisiti\r\nUno;"patente B\r\nautomunito"\r\nDue;"con ""virgolette"""\r\n');
    expect(rows).toEqual([
      { row: 1, cells: ['titolo', 'requisiti'] },
      { row: 2, cells: ['Uno', 'patente B\r\nautomunito'] },
      { row: 3, cells: ['Due', 'con "virgolette"'] },
    ]);
  });

  it('reads UTF-8, and falls back to Windows-1252 for what Excel saves', () => {
    expect(decodeText(Buffer.from('Sanità', 'utf8'))).toBe('Sanità');
    expect(decodeText(Buffer.from('Sanità € ', 'latin1').subarray(0, 6))).toBe('Sanità');
    expect(decodeText(Uint8Array.from([0x80]))).toBe('€');
  });
});

describe('a draft file', () => {
  it('is the nuovo template with draft: true, the guesses as comments and the body below', () => {
    const text = renderDraft(draft({ municipio: 2, zone: 'Loreto', requirements: ['patente B', 'dice "sì": ok'], reference: 'X-1' }, { notes: { sector: 'ipotesi: controlla', municipio: 'dal CAP 20127: controlla' }, body: 'Testo **vero**.' }));
    expect(text).toMatch(/^draft: true$/m);
    // The guesses are a field of the item, which the web editor's form keeps (comments would be lost on save).
    expect(text).toContain('daControllare: ["sector","location.municipio"]');
    expect(text).toMatch(/^sector: ristorazione$/m);
    expect(text).toMatch(/^  municipio: 2$/m);
    expect(text).toContain('# Settore: ristorazione, pulizie');
    expect(text.trimEnd().endsWith('Testo **vero**.')).toBe(true);
    const { data, errors } = parseFrontMatter(text);
    expect(errors).toEqual([]);
    expect(data).toMatchObject({ draft: true, requirements: ['patente B', 'dice "sì": ok'], reference: 'X-1', location: { zone: 'Loreto', municipio: 2 } });
  });

  it('keeps any text a cell or a page holds exactly, as quoted YAML that nothing in it can break', () => {
    // Any Unicode, and ASCII with its control characters, quotes, "#" and ":".
    const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 })).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(fc.record({ title: text, employer: text, schedule: text, salary: text, zone: text, note: text, requirement: text }), (values) => {
        const source = renderDraft(draft({ title: values.title, employer: values.employer, schedule: values.schedule, salary: values.salary, zone: values.zone, requirements: [values.requirement], apply: { phone: '02 1234 5678', note: values.note } }));
        const { data, errors } = parseFrontMatter(source);
        expect(errors).toEqual([]);
        expect(data).toMatchObject({
          title: values.title.trim(), employer: values.employer.trim(), schedule: values.schedule.trim(), salary: values.salary.trim(),
          location: { zone: values.zone.trim() }, requirements: [values.requirement.trim()], apply: { note: values.note.trim() }, draft: true,
        });
      }),
      { numRuns: 50 },
    );
  });

  it('is a duplicate by code, by page address, or by title, employer and contact', () => {
    const known: KnownOffer[] = [
      { file: 'a.md', title: 'Altro titolo', reference: 'X-1', contacts: [] },
      { file: 'b.md', title: 'Altro ancora', sourceUrl: 'https://board.example.org/annuncio/7/', contacts: [] },
      { file: 'c.md', title: 'Lavapiatti a Loreto', employer: 'Trattoria', contacts: ['0212345678'] },
    ];
    expect(duplicateOf(draft({ reference: 'x-1' }), known)).toContain('a.md con lo stesso codice');
    expect(duplicateOf(draft({ reference: 'X-1', sourceUrl: 'https://altro-sito.example.org/1' }), [{ ...known[0]!, sourceUrl: 'https://www.board.example.org/9' }])).toBeUndefined();
    expect(duplicateOf(draft({ reference: 'X-1', sourceUrl: 'https://board.example.org/1' }), [{ ...known[0]!, sourceUrl: 'https://www.board.example.org/9' }])).toContain('stesso codice');
    expect(duplicateOf(draft({ sourceUrl: 'https://board.example.org/annuncio/7#candidati' }), known)).toContain('b.md con la stessa pagina di origine');
    expect(duplicateOf(draft({ employer: 'trattoria', apply: { phone: '+39 02 1234 5678' } }), known)).toContain('c.md con lo stesso titolo');
    // Same page, but a different code or (for a page listing several) a different title: another offer.
    expect(duplicateOf(draft({ sourceUrl: 'https://board.example.org/annuncio/7', reference: 'Y-2' }), [{ ...known[1]!, reference: 'Y-1' }])).toBeUndefined();
    expect(duplicateOf(draft({ sourceUrl: 'https://board.example.org/annuncio/7' }, { sharedSourceUrl: true }), known)).toBeUndefined();
    expect(duplicateOf(draft({ employer: 'Altra ditta' }), known)).toBeUndefined();
  });

  it('strips bidirectional controls from everything it writes', () => {
    const content = mkdtempSync(join(tmpdir(), 'bozze-bidi-'));
    const outcome = writeDraft(draft({ title: 'Cuoco \u202Eesperto\u2069', employer: 'Bar \u2066Loreto\u200F' }, { body: 'Chiama \u202E8765' }), content, []);
    expect(outcome).toMatchObject({ status: 'written' });
    const text = readFileSync((outcome as { file: string }).file, 'utf8');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(text).toContain('Cuoco esperto');
    expect(text).toContain('Chiama 8765');
  });

  it('gets a distinct name when another offer has the same title, and is never written over a file', () => {
    const content = mkdtempSync(join(tmpdir(), 'importa-unit-'));
    const known = knownOffers(content);
    expect(writeDraft(draft({ reference: 'A' }), content, known)).toMatchObject({ status: 'written' });
    expect(writeDraft(draft({ reference: 'B', apply: { email: 'altro@example.org' } }), content, known)).toMatchObject({ status: 'written' });
    expect(writeDraft(draft({ reference: 'A' }), content, known)).toMatchObject({ status: 'duplicate' });
    expect(readdirSync(join(content, 'offers')).sort()).toEqual(['lavapiatti-a-loreto-2.md', 'lavapiatti-a-loreto.md']);
    expect(readFileSync(join(content, 'offers', 'lavapiatti-a-loreto.md'), 'utf8')).toContain('reference: "A"');
    expect(knownOffers(content).map((offer) => offer.reference)).toEqual(['B', 'A']);
    const invalid = writeDraft(draft({ title: 'Altro titolo', expires: '2026-11-01' }), content, known);
    expect(invalid).toMatchObject({ status: 'invalid' });
    expect(readdirSync(join(content, 'offers'))).toHaveLength(2);
  });
});
