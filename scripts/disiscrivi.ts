/**
 * npm run disiscrivi -- ADDRESS [--state DIR] [--riattiva]
 * Adds one address to the senders' suppression list (or, with --riattiva, removes it); see README "Sending".
 */
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';
import { runUnsubscribeCommand } from '../src/lib/send/unsubscribe.ts';

const spec = {
  name: 'disiscrivi',
  allowPositionals: true,
  options: { state: { type: 'string' }, riattiva: { type: 'boolean', default: false } },
  help: {
    usage: 'npm run disiscrivi -- INDIRIZZO [--state CARTELLA] [--riattiva]',
    summary: 'Mette un indirizzo nell\'elenco di chi non riceve più il bollettino (o, con --riattiva, lo toglie da quell\'elenco).\nL\'indirizzo non viene scritto in chiaro da nessuna parte.',
    args: [['INDIRIZZO', 'l\'indirizzo e-mail, uno alla volta']],
    options: {
      state: { value: 'CARTELLA', text: 'la cartella dello stato degli invii (di solito out/send-state)' },
      riattiva: { text: 'toglie l\'indirizzo dall\'elenco: riceverà di nuovo il bollettino' },
    },
    examples: ['npm run disiscrivi -- mario.rossi@example.org'],
  },
} as const;
const parsed = commandLine(spec);
if (parsed.positionals.length > 1) usageError(spec, 'disiscrivi accetta un solo indirizzo alla volta: esegui il comando una volta per indirizzo.');

process.exitCode = runUnsubscribeCommand({
  address: parsed.positionals[0],
  stateRoot: parsed.values.state,
  reactivate: parsed.values.riattiva,
  env: process.env,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
