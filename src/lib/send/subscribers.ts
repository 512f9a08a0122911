/**
 * The subscribers' CSV (`email,name,status`), read with csv-parse. Bad rows are reported
 * with their line number and skipped; the rest still go. Addresses never reach the logs
 * in full: see `maskEmail`.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export interface Subscriber {
  email: string;
  name: string;
  /** Line of the CSV file (1 = header). */
  line: number;
}

export interface SubscriberProblem {
  line: number;
  message: string;
}

export interface SubscriberList {
  active: Subscriber[];
  unsubscribed: number;
  problems: SubscriberProblem[];
}

const HEADER = ['email', 'name', 'status'];
const STATUSES = new Set(['active', 'unsubscribed']);
const emailSchema = z.email();

/** `m***@example.org`: enough to recognise a line in a log, not to read the address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

export class SubscribersFileError extends Error {}

export function parseSubscribers(csv: string): SubscriberList {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    throw new SubscribersFileError(`Il file degli iscritti non è un CSV leggibile: ${(error as Error).message}`);
  }
  const [header, ...records] = rows;
  if (!header || header.record.map((cell) => cell.toLowerCase()).join(',') !== HEADER.join(',')) {
    throw new SubscribersFileError('La prima riga del file degli iscritti deve essere esattamente: email,name,status');
  }
  const list: SubscriberList = { active: [], unsubscribed: 0, problems: [] };
  const seen = new Map<string, { line: number; active: boolean }>();
  const activeByKey = new Map<string, Subscriber>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== HEADER.length) {
      list.problems.push({ line, message: `la riga ha ${record.length} campi invece di 3 (email,name,status): se il nome contiene una virgola, mettilo tra virgolette.` });
      continue;
    }
    const [rawEmail = '', name = '', rawStatus = ''] = record;
    const email = rawEmail.trim();
    const status = rawStatus.toLowerCase();
    if (!emailSchema.safeParse(email).success) {
      list.problems.push({ line, message: `l'indirizzo ${maskEmail(email)} non è un indirizzo e-mail valido.` });
      continue;
    }
    if (!STATUSES.has(status)) {
      list.problems.push({ line, message: `lo stato "${rawStatus}" non è valido: scrivi active oppure unsubscribed.` });
      continue;
    }
    const key = email.toLowerCase();
    const first = seen.get(key);
    if (first) {
      list.problems.push({ line, message: `l'indirizzo ${maskEmail(email)} è già alla riga ${first.line}: riga ignorata.` });
      // Whoever asked to be removed once is never written to.
      if (status === 'unsubscribed' && first.active) {
        first.active = false;
        activeByKey.delete(key);
        list.unsubscribed++;
      }
      continue;
    }
    seen.set(key, { line, active: status === 'active' });
    if (status === 'active') activeByKey.set(key, { email, name, line });
    else list.unsubscribed++;
  }
  list.active = [...activeByKey.values()];
  return list;
}
