/**
 * A sender whose messages are built and sent on a worker thread. Composing a MIME message with
 * nodemailer costs milliseconds of CPU (more than the database work of a sign-up): on the
 * service's main thread it would queue every request behind it. The thread gets the same
 * transport the main thread would have made (`SenderSpec`); errors come back with their message
 * and the `afterData` mark, as `smtpSender` sets them.
 */
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { OutgoingMessage } from './message.ts';
import { senderDescription, type AfterDataMark, type Sender, type SmtpOptions } from './transport.ts';

export type SenderSpec = { kind: 'smtp'; options: SmtpOptions } | { kind: 'file'; dir: string };

/** What goes to the thread and what comes back. */
export type ThreadRequest = { id: number; message: OutgoingMessage; key: string };
export type ThreadReply = { id: number; response: string } | { id: number; error: string; afterData: boolean };

export function threadedSender(spec: SenderSpec): Sender {
  // Checked here, where a wrong SMTP_URL stops the start with its message.
  const description = senderDescription(spec.kind === 'smtp' ? { smtp: spec.options } : { dir: spec.dir });
  if (spec.kind === 'file') mkdirSync(spec.dir, { recursive: true });
  const worker = new Worker(new URL('./threaded-worker.ts', import.meta.url), { workerData: spec });
  const waiting = new Map<number, { resolve: (response: string) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: ThreadReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('response' in reply) pending.resolve(reply.response);
    else pending.reject(Object.assign(new Error(reply.error), reply.afterData ? { afterData: true } satisfies AfterDataMark : {}));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (!broken) failAll(new Error(`il processo di invio delle e-mail si è fermato (codice ${code})`));
  });
  // The thread never keeps the process alive on its own: the service's server does, and the
  // service waits for its pending messages (`settled`) before closing.
  worker.unref();
  return {
    description,
    send(message, key) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, message, key } satisfies ThreadRequest);
      });
    },
    close() {
      failAll(new Error('l\'invio delle e-mail è stato chiuso'));
      void worker.terminate();
    },
  };
}
