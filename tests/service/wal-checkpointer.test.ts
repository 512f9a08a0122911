/**
 * SQLite's log checkpoints off the requests' path: while the thread runs, the service's
 * connection never checkpoints (`wal_autocheckpoint` 0), the log stays small all the same and
 * nothing written is lost; when the thread stops, the connection checkpoints by itself again.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/subscribers/database.ts';
import type { SubscriberDatabase } from '../../src/lib/subscribers/schema.ts';
import { SubscriberStore } from '../../src/lib/subscribers/store.ts';
import { checkpointOnce, runCheckpointLoop, startWalCheckpointer } from '../../src/lib/subscribers/wal-checkpointer.ts';
import { waitFor } from '../helpers/service.ts';

const sqliteFile = () => join(mkdtempSync(join(tmpdir(), 'wal-checkpointer-')), 'iscritti.sqlite');
const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function autocheckpoint(db: Kysely<SubscriberDatabase>): Promise<number> {
  const { rows } = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(db);
  return rows[0]!.wal_autocheckpoint;
}

/**
 * `count` form sign-ups, one every `everyMs` or so (the service's goal is 300 a second): a
 * checkpoint that no commit overlaps lets the next commit start the log over.
 */
async function signUps(store: SubscriberStore, count: number, everyMs: number, onEach: (i: number) => void = () => {}): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.signUp({ email: `persona${i}@example.org`, name: null, lang: 'ar', consentVersion: 'v1', ipHash: 'ip', unsubscribeKey: `chiave${i}`, now: new Date(), maxMailsPerWeek: 3 });
    onEach(i);
    if (everyMs) await pause(everyMs);
  }
}

describe('the checkpoint thread of the SQLite log', () => {
  it('keeps the log small while the service connection never checkpoints, and loses nothing', async () => {
    const file = sqliteFile();
    const opened = await openDatabase({ file });
    const checkpointer = await startWalCheckpointer(opened.db, file, { intervalMs: 20 });
    expect(await autocheckpoint(opened.db)).toBe(0);
    const store = new SubscriberStore(opened.db, opened.backend);
    const schemaOnly = statSync(file).size;
    let largestLog = 0;
    // About 40 KB of log each: without the thread's checkpoints, 600 sign-ups leave a 25 MB log.
    await signUps(store, 600, 3, () => {
      largestLog = Math.max(largestLog, walBytes(file));
    });
    expect(largestLog).toBeGreaterThan(0);
    expect(largestLog).toBeLessThan(8_000_000);
    // The rows went into the database file itself while the service wrote, not only into the log.
    expect(statSync(file).size - schemaOnly).toBeGreaterThan(150_000);
    await checkpointer.stop();
    expect(await autocheckpoint(opened.db)).toBe(1000);
    await opened.close();
    const reopened = await openDatabase({ file });
    const { count } = await reopened.db.selectFrom('subscribers').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(600);
    await reopened.close();
  });

  it('hands the checkpoints back to the service connection when the thread stops by itself', async () => {
    const file = sqliteFile();
    const opened = await openDatabase({ file });
    const lines: string[] = [];
    // A folder where the thread expects the database file: its connection cannot open, the thread ends.
    const checkpointer = await startWalCheckpointer(opened.db, join(file, '..'), { intervalMs: 20, log: (line) => lines.push(line) }).catch(() => undefined);
    await waitFor(() => (lines.length ? lines : undefined), 'the line saying the thread stopped');
    await checkpointer?.stop();
    expect(await autocheckpoint(opened.db)).toBe(1000);
    expect(lines.join('\n')).toMatch(/connessione del servizio/);
    await opened.close();
  });
});

describe('one checkpoint, on the thread\'s own connection', () => {
  it('copies the log into the database file and, past the limit, starts the log over from nothing', async () => {
    const file = sqliteFile();
    const opened = await openDatabase({ file });
    await sql`PRAGMA wal_autocheckpoint = 0`.execute(opened.db);
    await signUps(new SubscriberStore(opened.db, opened.backend), 50, 0);
    const own = new DatabaseSync(file);
    const passive = checkpointOnce(own, 1_000_000);
    expect(passive.logPages).toBeGreaterThan(50);
    expect(passive.checkpointedPages).toBe(passive.logPages);
    expect(walBytes(file)).toBeGreaterThan(0);
    const truncated = checkpointOnce(own, 10);
    expect(truncated).toEqual({ logPages: 0, checkpointedPages: 0 });
    expect(walBytes(file)).toBe(0);
    own.close();
    await opened.close();
  });

  it('runs every interval until stopped: the writer starts the log over, so it stops growing', async () => {
    const file = sqliteFile();
    const opened = await openDatabase({ file });
    await sql`PRAGMA wal_autocheckpoint = 0`.execute(opened.db);
    const errors: Error[] = [];
    const loop = runCheckpointLoop(file, 10, (error) => errors.push(error));
    let largestLog = 0;
    await signUps(new SubscriberStore(opened.db, opened.backend), 400, 1, () => {
      largestLog = Math.max(largestLog, walBytes(file));
    });
    loop.stop();
    loop.stop();
    expect(errors).toEqual([]);
    expect(largestLog).toBeLessThan(6_000_000);
    await opened.close();
  });
});
