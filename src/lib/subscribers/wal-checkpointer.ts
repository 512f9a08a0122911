/**
 * SQLite's write-ahead log copied back into the database file off the requests' path. By
 * default the connection that commits does it every 1000 pages (about 100 sign-ups) and that
 * request waits 5–17 ms for it (the copy and its fsync). The service turns this off on its
 * connection (`wal_autocheckpoint = 0`) and a worker thread, with a connection of its own,
 * checkpoints every `intervalMs` in PASSIVE mode: it neither waits for nor blocks the writer.
 * Often and short, so that most checkpoints end between two commits.
 * The first commit after a checkpoint that copied everything starts the log over, so the file
 * stays small. Writes without a pause can keep every checkpoint from copying everything: past
 * `maxLogPages` the thread checkpoints with TRUNCATE, which holds new commits back while it runs
 * (rarely: the log then holds thousands of commits). If the thread stops, the service's
 * connection checkpoints by itself again.
 */
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';
import type { SubscriberDatabase } from './schema.ts';

/** SQLite's own default: checkpoint when the log reaches this many pages. */
export const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

export interface CheckpointOutcome {
  /** Pages in the log, and how many of them are now in the database file. */
  logPages: number;
  checkpointedPages: number;
}

/** Past this many pages in the log (16 MB of 4 KB pages), a checkpoint waits for the writer to start it over. */
export const DEFAULT_MAX_LOG_PAGES = 4 * DEFAULT_AUTOCHECKPOINT_PAGES;

/** One checkpoint on `database` (a connection of its own): PASSIVE runs without the write lock, TRUNCATE waits for it. */
export function checkpoint(database: DatabaseSync, mode: 'PASSIVE' | 'TRUNCATE'): CheckpointOutcome {
  const row = database.prepare(`PRAGMA wal_checkpoint(${mode})`).get() as { log: number; checkpointed: number };
  return { logPages: row.log, checkpointedPages: row.checkpointed };
}

/** A PASSIVE checkpoint, and a TRUNCATE one when the log has grown past `maxLogPages` all the same. */
export function checkpointOnce(database: DatabaseSync, maxLogPages = DEFAULT_MAX_LOG_PAGES): CheckpointOutcome {
  const passive = checkpoint(database, 'PASSIVE');
  return passive.logPages > maxLogPages ? checkpoint(database, 'TRUNCATE') : passive;
}

export interface CheckpointLoop {
  stop(): void;
}

/** What the worker thread runs: its own connection to `file`, a checkpoint every `intervalMs`. */
export function runCheckpointLoop(file: string, intervalMs: number, onError: (error: Error) => void, maxLogPages = DEFAULT_MAX_LOG_PAGES): CheckpointLoop {
  const database = new DatabaseSync(file);
  // Only TRUNCATE waits (for a commit in progress to end); PASSIVE never does.
  database.exec('PRAGMA busy_timeout = 5000');
  const timer = setInterval(() => {
    try {
      checkpointOnce(database, maxLogPages);
    } catch (error) {
      clearInterval(timer);
      database.close();
      onError(error as Error);
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      if (database.isOpen) database.close();
    },
  };
}

export interface WalCheckpointer {
  /** Ends the thread; the service's connection checkpoints by itself again. */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** Default 20 ms: an idle check costs microseconds. */
  intervalMs?: number;
  /** Told once when the thread stops by itself (an error): the service's connection has taken the checkpoints back. */
  log?: (line: string) => void;
}

/** Moves the checkpoints of the service's connection `db` (SQLite file `file`) onto a worker thread. */
export async function startWalCheckpointer(db: Kysely<SubscriberDatabase>, file: string, options: CheckpointerOptions = {}): Promise<WalCheckpointer> {
  const worker = new Worker(new URL('./wal-checkpointer-worker.ts', import.meta.url), { workerData: { file, intervalMs: options.intervalMs ?? 20 } });
  worker.on('error', () => {});
  const handedOver = new Promise<void>((resolve, reject) => {
    worker.once('online', resolve);
    worker.once('error', reject);
  }).then(() => sql`PRAGMA wal_autocheckpoint = 0`.execute(db));
  let stopping = false;
  // Whatever ends the thread, after the hand-over: the service's connection checkpoints by itself again.
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      if (!stopping) options.log?.('checkpoint del database: il thread si è fermato, ora lo fa la connessione del servizio');
      void handedOver.catch(() => {})
        .then(() => sql.raw(`PRAGMA wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`).execute(db))
        .catch(() => {})
        .then(() => resolve());
    });
  });
  await handedOver;
  // From now on the thread never keeps the process alive on its own (the server does).
  worker.unref();
  return {
    async stop() {
      if (!stopping) {
        stopping = true;
        // Kept alive until the thread has closed its connection.
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
    },
  };
}
