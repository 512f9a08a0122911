/** A real SMTP server inside the test process (smtp-server), keeping what it accepts parsed by mailparser. */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitUntil } from './wait.ts';

export interface Received {
  to: string;
  mail: ParsedMail;
  raw: string;
}

export interface FaultPlan {
  /** Addresses refused at RCPT with 550. */
  reject550?: string[];
  /** Answer 421 (and close) to these message numbers (1-based, counted at DATA end). */
  fail421On?: number[];
  /** Drop the connection in the middle of these message numbers' DATA. */
  dropOn?: number[];
  /** Wait this long before accepting each message. */
  delayMs?: number;
  /** Hold every reply until this settles (a sender kept busy for as long as a test needs). */
  hold?: Promise<void>;
  /** Accept these message numbers, then drop the connection without replying. */
  dropAfterDataOn?: number[];
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Messages that reached DATA end, accepted or not. */
  attempts: () => number;
  /** Resolves once no message is waiting for its reply (see `delayMs`). */
  settled: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startSmtp(faults: FaultPlan = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  let dataCount = 0;
  let waiting = 0;
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: 'bollettino' });
    },
    onRcptTo(address, _session, callback) {
      if (faults.reject550?.includes(address.address.toLowerCase())) {
        // Real servers quote the address in the reply: the sender must not print or store it as is.
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const number = ++dataCount;
      if (faults.dropOn?.includes(number)) {
        stream.once('data', () => {
          for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
        });
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        waiting++;
        if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
        if (faults.hold) await faults.hold;
        if (faults.fail421On?.includes(number)) {
          waiting--;
          callback(Object.assign(new Error('4.3.2 Try again later'), { responseCode: 421 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(',');
        received.push({ to, mail: await simpleParser(raw), raw });
        waiting--;
        if (faults.dropAfterDataOn?.includes(number)) {
          for (const connection of (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections) {
            if (connection.id === session.id) connection._socket.destroy();
          }
          return;
        }
        callback(null, 'Message queued');
      });
    },
  });
  // A sender killed mid-message resets its connection: that is the test, not an error.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return {
    url: `smtp://bollettino:segreta@127.0.0.1:${address.port}`,
    received,
    attempts: () => dataCount,
    settled: () => waitUntil(() => waiting === 0, 'the SMTP server to finish the messages it is reading'),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
