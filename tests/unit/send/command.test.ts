/**
 * `npm run send` refuses what it cannot do before touching anything: each wrong argument or
 * setting is one Italian line and exit 4, and no state folder, lock or message is written.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/lib/cli/exit-codes.ts';
import { runSendCommand, type SendCommand } from '../../../src/lib/send/command.ts';
import { defineSettings } from '../../../src/lib/settings/settings.ts';
import { settings } from '../../../src/settings.ts';

function attempt(overrides: Partial<SendCommand> | ((distDir: string) => Partial<SendCommand>) = {}) {
  const work = mkdtempSync(join(tmpdir(), 'invio-'));
  const distDir = join(work, 'dist');
  mkdirSync(distDir);
  const subscribersFile = join(work, 'iscritti.csv');
  writeFileSync(subscribersFile, 'email,name,status\nlettrice@example.org,Amina,active\n');
  const errors: string[] = [];
  const logs: string[] = [];
  const stateDir = join(work, 'stato');
  const command: SendCommand = {
    week: '2026-W49', subscribersFile, distDir, outDir: join(work, 'posta'), stateDir, testAddress: undefined,
    settings, env: { SUBSCRIBERS_DB: join(work, 'nessun-database.sqlite') }, log: (line) => logs.push(line), error: (line) => errors.push(line),
    progressStream: process.stderr, ...(typeof overrides === 'function' ? overrides(distDir) : overrides),
  };
  return {
    run: async () => ({ code: await runSendCommand(command), errors, logs, wroteState: existsSync(stateDir) || existsSync(join(work, 'posta')) }),
  };
}

describe('npm run send, before anything is done', () => {
  it.each([
    ['a test address that is not one', { testAddress: 'amina chez example' }, /--test/],
    ['a language the bulletin does not have', { testAddress: 'prova@example.org', testLang: 'de' }, /--lang "de" non è tra le lingue del bollettino: it, ar, en, es, fr, si/],
    ['an SMTP server without the unsubscribe secret', { env: { SMTP_URL: 'smtp://127.0.0.1:2525' } }, /Manca UNSUBSCRIBE_SECRET/],
    ['a subscription service reached over plain http', { settings: defineSettings({ ...settings, subscribe: { ...settings.subscribe, endpoint: 'http://iscrizioni.example.org' } }, {}) }, /deve iniziare con https:\/\//],
    ['no list and no subscribers database', { subscribersFile: undefined }, /Indica il file degli iscritti/],
    ['a list file that is not there', { subscribersFile: '/non/esiste/iscritti.csv' }, /File non trovato: \/non\/esiste\/iscritti\.csv/],
    ['an issue whose e-mail was not built', {}, /2026-W49/],
  ] as const)('%s: exit 4, one Italian line, nothing written', async (_what, overrides, message) => {
    const result = await attempt(overrides as Partial<SendCommand>).run();
    expect(result.code).toBe(EXIT.usage);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.wroteState).toBe(false);
  });

  it('refuses to write the messages or the records inside the published site', async () => {
    for (const [option, key] of [['--out', 'outDir'], ['--state', 'stateDir']] as const) {
      const result = await attempt((distDir) => ({ [key]: join(distDir, 'privato') })).run();
      expect(result.code).toBe(EXIT.usage);
      expect(result.errors.join('\n')).toMatch(new RegExp(`${option} .* è dentro la cartella del sito pubblicato`));
    }
  });
});
