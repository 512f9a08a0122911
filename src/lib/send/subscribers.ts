/**
 * The subscribers' CSV (`email,name,status[,lang]`, separated by `,` or `;` as Italian
 * Excel writes it), read one line at a time so that a broken line (an unclosed quote) is
 * reported with its number and skipped while the rest still go. Values echoed back in
 * messages are masked: see `mask.ts`.
 */
import { parse } from 'csv-parse/sync';
import { isEmailAddress } from './address.ts';
import { maskAddresses, maskEmail } from './mask.ts';
import { LANGS, type Lang } from '../../i18n/languages.ts';

export { maskEmail } from './mask.ts';

/** Languages a subscriber can ask for; Italian is the default and the fallback. */
/** The reader languages of the site and e-mails: one list for the whole project. */
export const SUBSCRIBER_LANGS = LANGS;
export type SubscriberLang = Lang;

export interface Subscriber {
  email: string;
  name: string;
  /** Line of the CSV file (1 = header). */
  line: number;
  /** The language of the e-mail they get; absent means Italian. */
  lang?: SubscriberLang;
}

export interface SubscriberProblem {
  line: number;
  message: string;
}

export interface SubscriberList {
  active: Subscriber[];
  unsubscribed: number;
  /** Who asked to be removed: they go on the suppression list. */
  unsubscribedAddresses: string[];
  /** Rows skipped. */
  problems: SubscriberProblem[];
  /** Rows kept with a correction (an unknown language sent in Italian). */
  warnings: SubscriberProblem[];
}

const HEADER = ['email', 'name', 'status'];
const STATUSES = new Set(['active', 'unsubscribed']);

export class SubscribersFileError extends Error {}

function isLang(value: string): value is SubscriberLang {
  return (SUBSCRIBER_LANGS as readonly string[]).includes(value);
}

/** One line as cells, or undefined when its quotes cannot be read. */
function cells(line: string, delimiter: string): string[] | undefined {
  try {
    // Only quotes need the CSV parser; a plain line splits the same way, a hundred times faster.
    const [record = []] = line.includes('"') ? parse(line, { delimiter, relax_quotes: true, trim: true }) as string[][] : [line.split(delimiter).map((cell) => cell.trim())];
    // Excel pads rows with empty cells when any row is longer: they carry nothing.
    while (record.length > 0 && record.at(-1) === '') record.pop();
    return record;
  } catch {
    return undefined;
  }
}

function readHeader(line: string): { delimiter: string; columns: number } | undefined {
  for (const delimiter of [',', ';']) {
    const header = cells(line, delimiter)?.map((cell) => cell.toLowerCase());
    if (!header) continue;
    if (header.length === 3 && header.join(',') === HEADER.join(',')) return { delimiter, columns: 3 };
    if (header.length === 4 && header.join(',') === [...HEADER, 'lang'].join(',')) return { delimiter, columns: 4 };
  }
  return undefined;
}

export function parseSubscribers(csv: string): SubscriberList {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const header = headerIndex < 0 ? undefined : readHeader(lines[headerIndex]!);
  if (!header) {
    const found = headerIndex < 0 ? 'il file è vuoto' : `trovata: "${maskAddresses(lines[headerIndex]!.trim()).slice(0, 80)}"`;
    throw new SubscribersFileError(`La prima riga del file degli iscritti deve essere email,name,status (oppure email,name,status,lang), separati da virgole o da punti e virgola (${found}).`);
  }
  const { delimiter, columns } = header;
  const list: SubscriberList = { active: [], unsubscribed: 0, unsubscribedAddresses: [], problems: [], warnings: [] };
  const seen = new Map<string, { line: number; active: boolean; email: string }>();
  const activeByKey = new Map<string, Subscriber>();
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const line = index + 1;
    const record = cells(lines[index]!, delimiter);
    if (record === undefined) {
      list.problems.push({ line, message: 'le virgolette non sono scritte bene (una aperta e mai chiusa, o una in mezzo a un campo tra virgolette): togli le virgolette dal nome, oppure scrivi il nome tra virgolette con quelle interne raddoppiate ("Mario ""Super"" Rossi").' });
      continue;
    }
    if (record.length === 0) continue;
    if (record.length < 3 || record.length > columns) {
      const names = columns === 4 ? 'email, name, status, lang' : 'email, name, status';
      const hint = delimiter === ',' ? 'se il nome contiene una virgola, mettilo tra virgolette' : 'se il nome contiene un punto e virgola, mettilo tra virgolette';
      list.problems.push({ line, message: `la riga ha ${record.length} campi invece di ${columns} (${names}): ${hint}.` });
      continue;
    }
    const [rawEmail = '', name = '', rawStatus = '', rawLang = ''] = record;
    const email = rawEmail.trim();
    const status = rawStatus.toLowerCase();
    if (!isEmailAddress(email)) {
      list.problems.push({ line, message: `l'indirizzo ${maskEmail(email)} non è un indirizzo e-mail valido.` });
      continue;
    }
    if (!STATUSES.has(status)) {
      list.problems.push({ line, message: `lo stato "${maskAddresses(rawStatus).slice(0, 40)}" non è valido: scrivi active oppure unsubscribed.` });
      continue;
    }
    const langValue = rawLang.toLowerCase() || 'it';
    let lang: SubscriberLang = 'it';
    if (isLang(langValue)) lang = langValue;
    else list.warnings.push({ line, message: `la lingua "${maskAddresses(rawLang).slice(0, 20)}" non è tra quelle del bollettino (${SUBSCRIBER_LANGS.join(', ')}): riceverà l'e-mail in italiano.` });

    const key = email.toLowerCase();
    const first = seen.get(key);
    if (first) {
      list.problems.push({ line, message: `l'indirizzo ${maskEmail(email)} è già alla riga ${first.line}: riga ignorata.` });
      // Whoever asked to be removed once is never written to.
      if (status === 'unsubscribed' && first.active) {
        first.active = false;
        activeByKey.delete(key);
        list.unsubscribed++;
        list.unsubscribedAddresses.push(first.email);
      }
      continue;
    }
    seen.set(key, { line, active: status === 'active', email });
    if (status === 'active') activeByKey.set(key, { email, name, line, lang });
    else {
      list.unsubscribed++;
      list.unsubscribedAddresses.push(email);
    }
  }
  list.active = [...activeByKey.values()];
  return list;
}
