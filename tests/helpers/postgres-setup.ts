/**
 * Vitest global setup: the subscription tests run against real PostgreSQL as well as SQLite,
 * whoever runs `npm test`. Without `TEST_DATABASE_URL`, a throw-away cluster is started with
 * `.ci/start-postgres` (Debian's PostgreSQL, installed when missing and allowed; on 127.0.0.1,
 * a free port, data in a temporary folder) and stopped after the run. When it cannot start,
 * the run stops with the reason: the PostgreSQL tests are never skipped.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export default function setup(): (() => void) | undefined {
  if (process.env['TEST_DATABASE_URL']) return undefined;
  let script: string;
  try {
    script = execFileSync('bash', [join(ROOT, '.ci', 'start-postgres')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const details = (error as { stderr?: string }).stderr?.trim().split('\n').slice(-3).join('\n') ?? '';
    throw new Error(`The subscription tests need PostgreSQL and none could be started (.ci/start-postgres): ${details}\nInstall Debian's postgresql (apt-get install postgresql) or set TEST_DATABASE_URL=postgres://… to a server where the user may create databases.`);
  }
  const url = /export TEST_DATABASE_URL=(\S+)/.exec(script)?.[1];
  const stop = /^stop_postgres\(\) \{ (.*); \}$/m.exec(script)?.[1];
  if (!url || !stop) throw new Error(`.ci/start-postgres printed something unexpected:\n${script}`);
  process.env['TEST_DATABASE_URL'] = url;
  return () => {
    execFileSync('bash', ['-c', stop], { stdio: 'ignore' });
  };
}
