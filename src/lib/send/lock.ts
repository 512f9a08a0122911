/**
 * One sender per issue: a lock file holding the owner's pid and process start time.
 * A lock whose owner is gone (or a zombie, or a new process that reused the pid) is stale.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
  /** Kernel start time of the process (from /proc), guards against pid reuse. */
  started: string | undefined;
}

export class LockedError extends Error {
  readonly owner: LockOwner;

  constructor(owner: LockOwner) {
    super(`Un altro invio di questo numero è già in corso (processo ${owner.pid} su ${owner.host}). Aspetta che finisca.`);
    this.owner = owner;
  }
}

/** Field 22 of /proc/<pid>/stat (start time) and field 3 (state), when /proc exists. */
function procStat(pid: number): { state: string; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: split after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', started: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // cannot tell: be safe
  const stat = procStat(owner.pid);
  if (stat) return stat.state !== 'Z' && stat.state !== 'X' && (owner.started === undefined || stat.started === owner.started);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock at `path` or throws `LockedError`; returns its release function. */
export function acquireLock(path: string): () => void {
  const me: LockOwner = { pid: process.pid, host: hostname(), started: procStat(process.pid)?.started };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      return () => {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: LockOwner | undefined;
      try {
        owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
      } catch {
        owner = undefined; // torn write by a crashed owner
      }
      if (owner && isAlive(owner)) throw new LockedError(owner);
      unlinkSync(path);
    }
  }
  throw new Error(`Cannot take the lock ${path}`);
}
