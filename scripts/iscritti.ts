/**
 * npm run iscritti -- aggiungi|cancella|elenco|importa|esporta|esporta-csv|backup …
 * The tutors' desk on the subscribers' database; `--help` lists the commands.
 */
import { exitCodeOf } from '../src/lib/cli/exit-codes.ts';
import { runDeskCommand } from '../src/lib/subscribers/desk.ts';

try {
  const { settings } = await import('../src/settings.ts');
  process.exitCode = await runDeskCommand({
    args: process.argv.slice(2),
    settings,
    env: process.env,
    now: new Date(),
    out: (line) => console.log(line),
    error: (line) => console.error(line),
    distDir: 'dist',
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = exitCodeOf(error, 'usage');
}
