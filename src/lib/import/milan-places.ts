/**
 * The Milan municipio of an address, when it can be told. PARTIAL by design: only postal
 * codes (CAP) and neighbourhood names lying wholly in one municipio are listed; codes that
 * straddle two municipi (20124, 20125, 20126, 20129, 20135, 20144–20151, 20154, 20155…)
 * are left out, so the editor fills them in rather than trusting a wrong guess.
 */
import { normalizeCell } from './cells.ts';

const MUNICIPIO_OF_CAP: Record<string, number> = {
  '20121': 1, '20122': 1, '20123': 1,
  '20127': 2, '20128': 2, '20132': 2,
  '20131': 3, '20133': 3, '20134': 3,
  '20137': 4, '20138': 4, '20139': 4,
  '20141': 5, '20142': 5,
  '20152': 7, '20153': 7,
  '20156': 8, '20157': 8,
  '20158': 9, '20159': 9, '20161': 9, '20162': 9,
};

/** Neighbourhoods (quartieri) as people write them → municipio. */
const MUNICIPIO_OF_ZONE: Record<string, number> = {
  Brera: 1, Duomo: 1, Magenta: 1,
  Loreto: 2, NoLo: 2, Turro: 2, Gorla: 2, Precotto: 2, Crescenzago: 2, Greco: 2, Adriano: 2, 'Stazione Centrale': 2,
  Casoretto: 3, 'Città Studi': 3, Lambrate: 3, Ortica: 3, Rubattino: 3, 'Porta Venezia': 3,
  Corvetto: 4, Rogoredo: 4, Calvairate: 4, Forlanini: 4, Taliedo: 4,
  Gratosoglio: 5, 'Chiesa Rossa': 5, Vigentino: 5,
  Barona: 6, Giambellino: 6, Lorenteggio: 6,
  Baggio: 7, 'Quinto Romano': 7, Figino: 7,
  'Quarto Oggiaro': 8, Gallaratese: 8, QT8: 8, Vialba: 8,
  Niguarda: 9, Bicocca: 9, Affori: 9, Isola: 9, Bovisa: 9, Dergano: 9, Comasina: 9, Bruzzano: 9,
};

export interface MilanPlace {
  zone?: string | undefined;
  municipio?: number | undefined;
  /** Why: "dal CAP 20127", "dal quartiere Loreto". */
  from?: string | undefined;
}

export const isMilan = (city: string | undefined): boolean => normalizeCell(city ?? '') === 'milano' || normalizeCell(city ?? '') === 'milan';

/** Zone and municipio from a Milan address: a neighbourhood named in it, else its CAP. */
export function milanPlace(text: string, postalCode?: string): MilanPlace {
  const words = ` ${normalizeCell(text)} `;
  for (const [zone, municipio] of Object.entries(MUNICIPIO_OF_ZONE)) {
    if (words.includes(` ${normalizeCell(zone)} `)) return { zone, municipio, from: `dal quartiere ${zone}` };
  }
  const cap = postalCode?.replace(/\s/g, '') ?? /\b(201\d\d)\b/.exec(text)?.[1];
  const municipio = cap ? MUNICIPIO_OF_CAP[cap] : undefined;
  return municipio ? { municipio, from: `dal CAP ${cap}` } : {};
}
