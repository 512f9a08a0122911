import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';

const OFFER = `---
title: Lavapiatti a Loreto
published: 2026-11-23
sector: ristorazione
contract: determinato
hours: part-time
location:
  zone: Loreto
apply:
  phone: "02 1234 5678"
---
Testo.
`;

/** A content folder with one good offer and every way a file can go astray. */
function contentFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'contenuti-'));
  const offers = join(root, 'offers');
  mkdirSync(offers);
  writeFileSync(join(offers, 'lavapiatti.md'), OFFER);
  writeFileSync(join(offers, 'Offerta.MD'), OFFER);
  writeFileSync(join(offers, 'cuoco.markdown'), OFFER);
  writeFileSync(join(offers, 'barista.md.txt'), OFFER);
  mkdirSync(join(offers, 'vecchie'));
  writeFileSync(join(offers, 'vecchie', 'commessa.md'), OFFER);
  mkdirSync(join(offers, 'cartella.md'));
  symlinkSync(join(root, 'non-esiste.md'), join(offers, 'collegamento.md'));
  writeFileSync(join(offers, 'volantino.pdf'), '%PDF');
  writeFileSync(join(offers, '.gitkeep'), '');
  mkdirSync(join(root, 'offerte'));
  writeFileSync(join(root, 'sportello.md'), OFFER);
  return root;
}

describe('content folders', () => {
  const root = contentFolder();
  const { items, problems, notices } = loadContent('.', root);
  const lines = problems.map(formatProblem);

  it('reads the good file and does not crash on the rest', () => {
    expect(items.map((item) => item.slug)).toEqual(['lavapiatti']);
  });

  it('reports, as errors in Italian, every file that will not be published but was meant to be', () => {
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^offers\/Offerta\.MD: non viene letto: .*Rinominalo in "offerta\.md"/),
      expect.stringMatching(/^offers\/cuoco\.markdown: non viene letto: .*"cuoco\.md"/),
      expect.stringMatching(/^offers\/barista\.md\.txt: non viene letto: .*"barista\.md"/),
      expect.stringMatching(/^offers\/vecchie: è una sottocartella: i file nelle sottocartelle non vengono pubblicati\. Sposta le schede direttamente in offers\//),
      expect.stringMatching(/^offers\/cartella\.md: è una cartella, non un file/),
      expect.stringMatching(/^offers\/collegamento\.md: è un collegamento .* a un file che non esiste più/),
      expect.stringMatching(/^offerte: non è una delle cartelle delle schede \(offers\/, courses\/, services\/\)/),
      expect.stringMatching(/^sportello\.md: è fuori dalle cartelle delle schede/),
    ]));
    expect(lines).toHaveLength(8);
  });

  it('lists other files as warnings, and ignores only placeholders', () => {
    expect(notices.map(formatProblem)).toEqual([expect.stringMatching(/^offers\/volantino\.pdf: non è una scheda/)]);
  });
});

describe('dates', () => {
  it('catch a year typed wrong (9999) with the field named', () => {
    const root = mkdtempSync(join(tmpdir(), 'contenuti-'));
    mkdirSync(join(root, 'offers'));
    writeFileSync(join(root, 'offers', 'lavapiatti.md'), OFFER.replace('published: 2026-11-23', 'published: 9999-11-23'));
    expect(loadContent('.', root).problems.map(formatProblem)).toEqual([
      'offers/lavapiatti.md — campo "published" (riga 3): "9999-11-23": l\'anno 9999 sembra un errore di battitura. Scrivi un anno tra 2000 e 2099, per esempio 2026-11-23.',
    ]);
  });
});
