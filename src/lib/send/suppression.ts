/**
 * Who is never written to again, whatever the subscribers' file says: addresses refused
 * for good by their server, people who unsubscribed, and those removed by
 * `npm run disiscrivi`. One append-only file shared by every week's send
 * (`out/send-state/suppressed.jsonl`), holding the same hashes as the send state; the
 * latest record for an address wins, so `--riattiva` can undo a removal.
 */
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recipientKey, StateWriteError, writeAll } from './state.ts';

export type SuppressionReason = 'rifiutato' | 'disiscritto' | 'riattivato';

export interface SuppressionRecord {
  k: string;
  /** Why: refused by the server (5xx on RCPT), unsubscribed, or reactivated by hand. */
  s: SuppressionReason;
  /** Calendar date of the record (YYYY-MM-DD). */
  d: string;
  /** The issue whose send added it. */
  w?: string;
}

export const SUPPRESSION_FILE = 'suppressed.jsonl';

/** The list sits beside the weeks' state folders: `out/send-state/2026-W48` → `out/send-state/suppressed.jsonl`. */
export function suppressionFileFor(stateDir: string): string {
  return join(dirname(stateDir), SUPPRESSION_FILE);
}

export class SuppressionList {
  readonly file: string;
  private readonly latest = new Map<string, SuppressionRecord>();
  private appended = false;

  constructor(file: string) {
    this.file = file;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new StateWriteError(file, error);
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const record = JSON.parse(line) as SuppressionRecord;
        if (typeof record.k === 'string') this.latest.set(record.k, record);
      } catch {
        // a line torn by a crash
      }
    }
  }

  /** Why the address is suppressed, or undefined when it may be written to. */
  reasonFor(email: string): SuppressionReason | undefined {
    const record = this.latest.get(recipientKey(email));
    return record && record.s !== 'riattivato' ? record.s : undefined;
  }

  /** Records the address (as a hash); false when it already had this status. Throws `StateWriteError`. */
  add(email: string, reason: SuppressionReason, extra: { date: string; week?: string }): boolean {
    const key = recipientKey(email);
    const current = this.latest.get(key);
    if (reason === 'riattivato' ? !current || current.s === 'riattivato' : current && current.s !== 'riattivato') return false;
    const record: SuppressionRecord = { k: key, s: reason, d: extra.date, ...(extra.week ? { w: extra.week } : {}) };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const fd = openSync(this.file, 'a');
      try {
        // A first newline keeps a line torn by a crash from gluing to this one.
        writeAll(fd, `${this.appended ? '' : '\n'}${JSON.stringify(record)}\n`);
        this.appended = true;
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new StateWriteError(this.file, error);
    }
    this.latest.set(key, record);
    return true;
  }

  get size(): number {
    return [...this.latest.values()].filter((record) => record.s !== 'riattivato').length;
  }
}
