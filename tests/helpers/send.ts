/** Runs `node scripts/send.ts` as a child process, as an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtDir, ROOT } from './build.ts';

export interface SendRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'bollettino-send-'));
}

export function writeSubscribers(dir: string, rows: string[]): string {
  const file = join(dir, 'iscritti.csv');
  writeFileSync(file, ['email,name,status', ...rows].join('\n'));
  return file;
}

export interface SendLimits {
  /** `ulimit -f`: the largest file the sender may write, in the shell's blocks. */
  fileSizeBlocks?: number;
}

export function startSend(args: string[], env: Record<string, string> = {}, limits: SendLimits = {}): { child: ChildProcess; done: Promise<SendRun> } {
  const command = [process.execPath, 'scripts/send.ts', '--week', '2026-W48', '--dist', builtDir('basic'), ...args];
  const [file, ...rest] = limits.fileSizeBlocks === undefined ? command : ['/bin/sh', '-c', `ulimit -f ${limits.fileSizeBlocks} && exec "$0" "$@"`, ...command];
  const child = spawn(file!, rest, {
    cwd: ROOT,
    env: { ...process.env, SEND_RETRY_DELAY_MS: '20', SEND_TRIES: '3', UNSUBSCRIBE_SECRET: 'segreto-dei-test', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<SendRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runSend = (args: string[], env: Record<string, string> = {}, limits: SendLimits = {}): Promise<SendRun> => startSend(args, env, limits).done;

/** Runs `node scripts/disiscrivi.ts` with these arguments. */
export function runUnsubscribe(args: string[]): Promise<SendRun> {
  const child = spawn(process.execPath, ['scripts/disiscrivi.ts', ...args], { cwd: ROOT, env: process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Every file under `dir`, recursively, as text. */
export function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: readFileSync(path, 'utf8') };
    });
}

/** active1@example.org … activeN@example.org */
export const activeRows = (count: number, prefix = 'iscritto'): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@example.org,Persona ${i + 1},active`);
