/**
 * npm run iscrizioni [-- --host 127.0.0.1] [--port 8787]
 * The subscription service: sign-up with double opt-in, one-click unsubscribe. See README "Subscriptions".
 */
import { EXIT } from '../src/lib/cli/exit-codes.ts';
import { commandLine, usageError } from '../src/lib/cli/command-line.ts';

const spec = {
  name: 'iscrizioni',
  options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '8787' } },
  help: {
    usage: 'npm run iscrizioni -- [--host 127.0.0.1] [--port 8787]',
    summary: 'Avvia il servizio delle iscrizioni (modulo, conferma, cancellazione con un clic).',
    options: {
      host: { value: 'INDIRIZZO', text: "dove ascoltare (di solito 127.0.0.1: solo da questo computer; dietro un reverse proxy va bene così)" },
      port: { value: 'PORTA', text: 'la porta (di solito 8787)' },
    },
    notes: [
      'Variabili: UNSUBSCRIBE_SECRET (obbligatoria, almeno 16 caratteri), SUBSCRIBE_URL (indirizzo pubblico),',
      'DATABASE_URL (PostgreSQL; senza, il file data/iscritti.sqlite), SMTP_URL (senza, le e-mail di conferma',
      'vanno in out/mail/conferme/), TRUST_PROXY=1 dietro un reverse proxy, SUBSCRIBE_RATE_IP_HOUR,',
      'SUBSCRIBE_RATE_IP_HOUR_STRICT, SUBSCRIBE_RATE_ADDRESS_WEEK, SUBSCRIBE_MIN_SECONDS, SUBSCRIBE_MAX_BYTES,',
      'SUBSCRIBE_ALTCHA_COST (0 = senza prova di lavoro).',
    ],
  },
} as const;

const { values } = commandLine(spec);
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) usageError(spec, `--port "${values.port}" non è una porta: scrivi un numero tra 1 e 65535 (per esempio 8787).`);

try {
  const { settings } = await import('../src/settings.ts');
  const { startService } = await import('../src/service/server.ts');
  const { lineLog } = await import('../src/service/log-lines.ts');
  const lines = lineLog((text) => process.stdout.write(text));
  process.on('exit', () => lines.flush());
  const log = (line: string) => lines.add(`${new Date().toISOString()} ${line}`);
  const service = await startService({ host: values.host, port, settings, env: process.env, log });
  lines.flush();
  console.log(`Servizio iscrizioni in ascolto su ${service.url} (indirizzo pubblico ${service.config.publicUrl}; database ${service.database.description}).`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void service.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`La porta ${port} è già in uso: un altro servizio iscrizioni è avviato? Fermalo o usa --port.`);
  else if (code === 'EACCES') console.error(`Non posso usare la porta ${port} su ${values.host}: scegline una sopra 1024 con --port.`);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(EXIT.usage);
}
