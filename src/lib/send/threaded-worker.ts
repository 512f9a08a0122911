/** The worker thread of `threadedSender`: one transport, messages in, outcomes out. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SenderSpec, ThreadReply, ThreadRequest } from './threaded.ts';
import { fileSender, smtpSender, type AfterDataMark } from './transport.ts';

const spec = workerData as SenderSpec;
const sender = spec.kind === 'smtp' ? smtpSender(spec.options) : fileSender(spec.dir);

parentPort!.on('message', ({ id, message, key }: ThreadRequest) => {
  sender.send(message, key).then(
    (response) => parentPort!.postMessage({ id, response } satisfies ThreadReply),
    (error: unknown) => parentPort!.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
      afterData: Boolean((error as AfterDataMark | undefined)?.afterData),
    } satisfies ThreadReply),
  );
});
