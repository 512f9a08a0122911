/**
 * Durable per-recipient state of one issue's send: an append-only log of
 * `sending`/`sent`/`failed`/`deferred`/`uncertain` records keyed by a hash of the address
 * (the state never holds addresses, and replies are stored masked). Each record is written
 * before the next step, so a killed process leaves the log exact; it is fsynced in batches
 * against power loss. A record that cannot be written stops the send: see `StateWriteError`.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { asciiDomainAddress } from './address.ts';
import { maskAddresses } from './mask.ts';

export type RecipientStatus = 'sending' | 'sent' | 'failed' | 'deferred' | 'uncertain';

export interface StateRecord {
  k: string;
  s: RecipientStatus;
  /** Server reply or error, masked, for failures. */
  r?: string;
}

const SYNC_EVERY = 100;

/** Stable key of an address: the state and .eml names never show it (`bücher` and its punycode give the same key). */
export function recipientKey(email: string): string {
  const address = email.trim();
  return createHash('sha256').update((asciiDomainAddress(address) ?? address).toLowerCase()).digest('hex').slice(0, 32);
}

/** The disk refused a record (full, file-size limit, permissions): going on could send twice. */
export class StateWriteError extends Error {
  constructor(file: string, cause: unknown, what = "lo stato dell'invio") {
    super(`non riesco a scrivere ${what} in ${file} (${writeProblem(cause)})`);
  }
}

/** Why the disk refused, in Italian. */
export function writeProblem(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'il disco è pieno';
  if (code === 'EFBIG') return 'il file ha raggiunto la dimensione massima consentita';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'non ho il permesso di scriverci';
  return `errore ${code}`;
}

/** write(2) may write part of the buffer (a file-size limit): finish it, or throw. */
export function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text);
  let written = 0;
  while (written < buffer.length) written += writeSync(fd, buffer, written);
}

export class SendState {
  private readonly latest = new Map<string, StateRecord>();
  private readonly fd: number;
  private readonly file: string;
  private unsynced = 0;

  constructor(dir: string) {
    this.file = join(dir, 'state.jsonl');
    try {
      mkdirSync(dir, { recursive: true });
      for (const line of readFileSync(this.file, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const record = JSON.parse(line) as StateRecord;
          this.latest.set(record.k, record);
        } catch {
          // a line torn by a crash: the recipient falls back to its previous state
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new StateWriteError(this.file, error);
    }
    try {
      this.fd = openSync(this.file, 'a');
      // A torn last line must not glue itself to the next record.
      writeAll(this.fd, '\n');
    } catch (error) {
      throw new StateWriteError(this.file, error);
    }
  }

  statusOf(key: string): StateRecord | undefined {
    return this.latest.get(key);
  }

  /** Throws `StateWriteError` when the record is not on disk. */
  record(record: StateRecord): void {
    const stored = record.r === undefined ? record : { ...record, r: maskAddresses(record.r) };
    try {
      writeAll(this.fd, `${JSON.stringify(stored)}\n`);
      if (++this.unsynced >= SYNC_EVERY) this.sync();
    } catch (error) {
      throw error instanceof StateWriteError ? error : new StateWriteError(this.file, error);
    }
    this.latest.set(record.k, stored);
  }

  sync(): void {
    try {
      fsyncSync(this.fd);
    } catch (error) {
      throw new StateWriteError(this.file, error);
    }
    this.unsynced = 0;
  }

  close(): void {
    try {
      this.sync();
    } finally {
      closeSync(this.fd);
    }
  }
}
