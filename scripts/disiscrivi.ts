/**
 * npm run disiscrivi -- ADDRESS [--state DIR] [--riattiva]
 * Adds one address to the senders' suppression list (or, with --riattiva, removes it); see README "Sending".
 */
import { parseArgs } from 'node:util';
import { runUnsubscribeCommand } from '../src/lib/send/unsubscribe.ts';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { state: { type: 'string' }, riattiva: { type: 'boolean', default: false } } });
} catch {
  console.error('Uso: npm run disiscrivi -- INDIRIZZO [--state out/send-state] [--riattiva]');
  process.exit(2);
}
if (parsed.positionals.length > 1) {
  console.error('disiscrivi accetta un solo indirizzo alla volta: esegui il comando una volta per indirizzo.');
  process.exit(2);
}

process.exitCode = runUnsubscribeCommand({
  address: parsed.positionals[0],
  stateRoot: parsed.values.state,
  reactivate: parsed.values.riattiva,
  env: process.env,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
