/**
 * Guesses from an offer's words (title counts more than description): the sector, and the
 * contract and hours when the board did not say. Always shown to the editor as guesses.
 */
import { normalizeCell } from './cells.ts';
import type { CONTRACTS, HOURS, SECTORS } from '../schema/offer.ts';

type Sector = (typeof SECTORS)[number];

/** Words as written after `normalizeCell`; a trailing `*` matches any ending (cameriere, cameriera…). */
const SECTOR_WORDS: Record<Exclude<Sector, 'altro'>, string[]> = {
  ristorazione: ['camerier*', 'cuoc*', 'cuochi', 'lavapiatti', 'pizzaiol*', 'barista*', 'bar', 'ristorant*', 'ristorazione', 'mensa', 'cucina', 'chef', 'catering', 'pasticcer*', 'panettier*', 'sala'],
  pulizie: ['pulizi*', 'pulitor*', 'sanificazion*', 'igienizzazion*', 'lavanderia'],
  'assistenza-familiare': ['badante*', 'colf', 'baby sitter', 'babysitter', 'assistente familiare', 'assistenza anziani', 'caregiver', 'domestic*'],
  logistica: ['magazzin*', 'mulettist*', 'carrellist*', 'corrier*', 'consegne', 'rider', 'picking', 'spedizion*', 'logistic*', 'facchin*', 'driver'],
  commercio: ['commess*', 'cassier*', 'vendita', 'vendite', 'negozio', 'scaffalist*', 'supermercato', 'retail'],
  edilizia: ['murator*', 'edil*', 'cantier*', 'manoval*', 'carpentier*', 'piastrellist*', 'imbianchin*'],
  manutenzione: ['manutenzion*', 'manutentor*', 'idraulic*', 'elettricist*', 'tuttofare'],
  industria: ['operai*', 'operaio', 'produzione', 'metalmeccanic*', 'saldator*', 'tornitor*', 'confezionament*', 'assemblaggio', 'stabiliment*'],
  ufficio: ['impiegat*', 'segretari*', 'receptionist', 'amministrativ*', 'contabil*', 'data entry', 'call center', 'centralinist*', 'back office', 'front office'],
  sanita: ['oss', 'operatore socio sanitario', 'operatrice socio sanitaria', 'infermier*', 'asa', 'rsa', 'ospedal*', 'farmaci*', 'sanitari*'],
  educazione: ['educator*', 'educatric*', 'insegnant*', 'maestr*', 'asilo', 'nido', 'doposcuola', 'animator*', 'animatric*'],
  sartoria: ['sart*', 'cucito', 'modellist*', 'stiro', 'stiratric*'],
  giardinaggio: ['giardinier*', 'giardinaggio', 'florovivaist*', 'potatur*', 'manutenzione del verde'],
};

function pattern(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => (word.endsWith('*') ? `${word.slice(0, -1)}[a-z]*` : word));
  return new RegExp(`(?:^| )(?:${alternatives.join('|')})(?= |$)`, 'g');
}

const SECTOR_PATTERNS = Object.entries(SECTOR_WORDS).map(([sector, words]) => ({ sector: sector as Sector, pattern: pattern(words) }));

const hits = (text: string, regex: RegExp) => text.match(regex)?.length ?? 0;

/** The sector whose words appear most (title ×3), or undefined when none appears. */
export function guessSector(title: string, description = ''): Sector | undefined {
  const inTitle = normalizeCell(title);
  const inText = normalizeCell(description);
  let best: { sector: Sector; score: number } | undefined;
  for (const { sector, pattern: regex } of SECTOR_PATTERNS) {
    const score = 3 * hits(inTitle, regex) + hits(inText, regex);
    if (score > 0 && (!best || score > best.score)) best = { sector, score };
  }
  return best?.sector;
}

const CONTRACT_WORDS: [(typeof CONTRACTS)[number], RegExp][] = [
  ['indeterminato', pattern(['tempo indeterminato', 'contratto indeterminato'])],
  ['apprendistato', pattern(['apprendistato'])],
  ['somministrazione', pattern(['somministrazione', 'agenzia per il lavoro'])],
  ['tirocinio', pattern(['tirocini*', 'stage'])],
  ['determinato', pattern(['tempo determinato', 'contratto determinato', 'sostituzione maternita'])],
  ['partita-iva', pattern(['partita iva', 'p iva'])],
  ['voucher', pattern(['voucher', 'libretto famiglia'])],
  ['occasionale', pattern(['prestazione occasionale', 'lavoro occasionale'])],
];

/** A contract named in the text, if exactly one is. */
export function guessContract(text: string): (typeof CONTRACTS)[number] | undefined {
  const words = normalizeCell(text);
  const found = CONTRACT_WORDS.filter(([, regex]) => hits(words, regex) > 0).map(([contract]) => contract);
  return found.length === 1 ? found[0] : undefined;
}

const HOURS_WORDS: [(typeof HOURS)[number], RegExp][] = [
  ['part-time', pattern(['part time', 'tempo parziale', 'parttime'])],
  ['full-time', pattern(['full time', 'tempo pieno', 'fulltime'])],
  ['turni', pattern(['turni', 'turnazione', 'turnista'])],
];

/** Hours named in the text, if exactly one kind is. */
export function guessHours(text: string): (typeof HOURS)[number] | undefined {
  const words = normalizeCell(text);
  const found = HOURS_WORDS.filter(([, regex]) => hits(words, regex) > 0).map(([hours]) => hours);
  return found.length === 1 ? found[0] : undefined;
}
