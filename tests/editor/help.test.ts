/**
 * Every command answers `--help` in Italian with exit 0, and a wrong option with an Italian
 * line, its usage and no stack trace. The commands are read from package.json, so a new one
 * without help fails here.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const run = promisify(execFile);

const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
const COMMANDS = Object.entries(scripts).flatMap(([name, command]) => {
  const script = /^node ((?:scripts|bench)\/[\w-]+\.ts)$/.exec(command)?.[1];
  return script ? [{ name, script }] : [];
});

async function command(script: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BULLETIN_DATE: '2026-12-03' }, timeout: 60_000 });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}


const STACK = /^\s+at .+[(:]\d+/m;

describe.concurrent('--help on every command', () => {
  it('finds the commands', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['build', 'controlla', 'nuovo', 'importa', 'redazione', 'pubblica', 'send', 'telegram', 'disiscrivi', 'schemi', 'bench:build', 'bench:iscrizioni', 'generate:content']));
  });

  it.each(COMMANDS)('npm run $name -- --help: exit 0, usage and options in Italian', async ({ name, script }) => {
    const help = await command(script, ['--help']);
    expect(help.code, help.err).toBe(0);
    // Its usage line names the command (other lanes' commands keep their own layout, with or without "Uso:").
    expect(help.out).toMatch(new RegExp(`^(Uso: )?npm run ${name}\\b`, 'm'));
    expect(help.out).not.toMatch(STACK);
    expect(help.err).toBe('');
  });

  // Every command says why its arguments are wrong through the same module (its unit test covers the cases).
  it.each(COMMANDS)('npm run $name -- --nonesiste: an Italian usage error, exit 4, no stack trace', async ({ name, script }) => {
    const wrong = await command(script, ['--nonesiste']);
    expect(wrong.code, wrong.err).toBe(4);
    expect(wrong.err).toContain(`npm run ${name}: l'opzione --nonesiste non esiste`);
    // Then how to use it: the usage line, or the whole help.
    expect(wrong.err).toMatch(new RegExp(`^(Uso: )?npm run ${name.replace(':', '\\:')}( |$)`, 'm'));
    expect(wrong.err.split('\n').length).toBeGreaterThan(2);
    expect(wrong.err).not.toMatch(STACK);
    expect(wrong.out).toBe('');
  });

  it('suggests the nearest option for a typo', async () => {
    const typo = await command('scripts/controlla.ts', ['--markdwn', 'x.md']);
    expect(typo.err).toContain('forse intendevi: --markdown');
  });
});
