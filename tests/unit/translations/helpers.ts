/** Items from front-matter text, through the real validation. */
import { validateFile } from '../../../src/lib/content/load.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { collectionOf, type Item, type ItemKind } from '../../../src/lib/content/items.ts';

export function itemFrom(kind: ItemKind, source: string, file = `src/content/${collectionOf(kind).folder}/prova.md`): Item {
  const { item, problems } = validateFile(collectionOf(kind), file, source);
  if (!item) throw new Error(formatProblems(problems));
  return item;
}

export function problemsOf(kind: ItemKind, source: string): string[] {
  return validateFile(collectionOf(kind), 'src/content/offers/prova.md', source).problems.map((problem) => `${problem.field}: ${problem.message}`);
}

export const OFFER = `---
# Trovata dal servizio territoriale
title: Addetta pulizie uffici a Loreto
summary: Pulizie di uffici la mattina presto.
published: 2026-11-23
sector: pulizie
contract: determinato
hours: part-time
schedule: "lun–ven 6–9"   # prima che aprano gli uffici
location: { zone: Loreto, municipio: 2 }
requirements:
  - esperienza nelle pulizie
  - puntualità
salary: 9 euro l'ora
apply:
  phone: "02 1234 5678"
  inPerson: Bell NETT, largo Cervi 1, lunedì 9–12
  note: porta il CV
---
Lavoro in uffici di via Padova.
`;
