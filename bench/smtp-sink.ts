/** A local SMTP server that accepts everything and discards it; prints its port, counts messages. */
import { SMTPServer } from 'smtp-server';

let count = 0;
const server = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  maxClients: 100,
  onAuth(_auth, _session, callback) {
    callback(null, { user: 'bench' });
  },
  onData(stream, _session, callback) {
    stream.on('end', () => {
      count++;
      callback();
    });
    stream.resume();
  },
});
server.listen(0, '127.0.0.1', () => {
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  process.stdout.write(`${address.port}\n`);
});
process.on('SIGTERM', () => {
  process.stdout.write(`received ${count}\n`);
  server.close(() => process.exit(0));
});
