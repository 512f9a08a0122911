/**
 * Durable per-recipient state of one issue's send: an append-only log of
 * `sending`/`sent`/`failed`/`deferred` records keyed by a hash of the address (the
 * state never holds addresses). Each record is written before the next step, so a
 * killed process leaves the log exact; it is fsynced in batches against power loss.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type RecipientStatus = 'sending' | 'sent' | 'failed' | 'deferred';

export interface StateRecord {
  k: string;
  s: RecipientStatus;
  /** Server reply or error, for failures. */
  r?: string;
}

const SYNC_EVERY = 100;

/** Stable key of an address: the state and .eml names never show it. */
export function recipientKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

export class SendState {
  private readonly latest = new Map<string, StateRecord>();
  private readonly fd: number;
  private unsynced = 0;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'state.jsonl');
    try {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const record = JSON.parse(line) as StateRecord;
          this.latest.set(record.k, record);
        } catch {
          // a line torn by a crash: the recipient falls back to its previous state
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.fd = openSync(file, 'a');
    // A torn last line must not glue itself to the next record.
    writeSync(this.fd, '\n');
  }

  statusOf(key: string): StateRecord | undefined {
    return this.latest.get(key);
  }

  record(record: StateRecord): void {
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
    this.latest.set(record.k, record);
    if (++this.unsynced >= SYNC_EVERY) this.sync();
  }

  sync(): void {
    fsyncSync(this.fd);
    this.unsynced = 0;
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }
}
