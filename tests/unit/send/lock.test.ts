import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockedError } from '../../../src/lib/send/lock.ts';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'lock');

describe('the send lock', () => {
  it('is held by one owner at a time and released', () => {
    const path = lockPath();
    const release = acquireLock(path);
    expect(() => acquireLock(path)).toThrow(LockedError);
    release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path)();
  });

  it('treats a live pid with another start time as a reused pid, so the lock is stale', () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), started: '1' }));
    const release = acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).started).not.toBe('1');
    release();
  });

  it('treats a torn lock file as stale', () => {
    const path = lockPath();
    writeFileSync(path, '{"pid": 12');
    acquireLock(path)();
  });
});
