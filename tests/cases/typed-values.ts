/**
 * What people type for an offer's fields and what it means: one table shared by the
 * `npm run nuovo` test and the spreadsheet import test, so both accept the same variants.
 */
import type { Header } from '../../src/lib/import/map-row.ts';

export interface TypedCase {
  /** The offer field (also `nuovo`'s flag). */
  field: 'sector' | 'contract' | 'hours' | 'italian' | 'municipio' | 'schoolHours' | 'km0' | 'published' | 'expires';
  /** The spreadsheet column. */
  column: Header;
  typed: string;
  value: string | number | boolean;
}

const cases = (field: TypedCase['field'], column: Header, list: [string, TypedCase['value']][]): TypedCase[] =>
  list.map(([typed, value]) => ({ field, column, typed, value }));

export const TYPED_CASES: readonly TypedCase[] = [
  ...cases('sector', 'settore', [['Pulizie', 'pulizie'], ['PULIZIE', 'pulizie'], ['ristorazione', 'ristorazione'], ['Assistenza familiare', 'assistenza-familiare'], ['magazzino', 'logistica'], ['Sanità', 'sanita']]),
  ...cases('contract', 'contratto', [['Tempo determinato', 'determinato'], ['a tempo indeterminato', 'indeterminato'], ['stage', 'tirocinio'], ['Partita IVA', 'partita-iva'], ['interinale', 'somministrazione']]),
  ...cases('hours', 'orario', [['part time', 'part-time'], ['Part-time', 'part-time'], ['tempo pieno', 'full-time'], ['Turni', 'turni'], ['FLESSIBILE', 'flessibile']]),
  ...cases('italian', 'italiano', [['a1', 'A1'], ['A2', 'A2'], ['pre a1', 'pre-A1'], ['b1', 'B1']]),
  ...cases('municipio', 'municipio', [['2', 2], ['Municipio 3', 3], ['municipio II', 2]]),
  ...cases('schoolHours', 'scuola', [['sì', true], ['Si', true], ['x', true], ['no', false]]),
  ...cases('km0', 'km0', [['SI', true], ['n', false], ['Sì', true]]),
  ...cases('published', 'pubblicato', [['23/11/2026', '2026-11-23'], ['2026-11-23', '2026-11-23'], ['23-11-26', '2026-11-23'], ['23.11.2026', '2026-11-23'], ['1/12/2026', '2026-12-01']]),
  ...cases('expires', 'scadenza', [['31/12/2026', '2026-12-31'], ['31-12-26', '2026-12-31'], ['2026-12-31', '2026-12-31']]),
];

/**
 * The cases in rounds: round r has the r-th case of every field (fields with fewer cases
 * start again from their first), so that each round is one complete offer.
 */
export function typedRounds(): TypedCase[][] {
  const byField = new Map<string, TypedCase[]>();
  for (const typed of TYPED_CASES) byField.set(typed.field, [...(byField.get(typed.field) ?? []), typed]);
  const rounds = Math.max(...[...byField.values()].map((list) => list.length));
  return Array.from({ length: rounds }, (_, round) => [...byField.values()].map((list) => list[round % list.length]!));
}
