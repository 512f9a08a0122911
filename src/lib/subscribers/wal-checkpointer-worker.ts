/** The worker thread of `startWalCheckpointer`: the loop, until told to stop or an error stops it. */
import { parentPort, workerData } from 'node:worker_threads';
import { runCheckpointLoop } from './wal-checkpointer.ts';

const { file, intervalMs } = workerData as { file: string; intervalMs: number };
const loop = runCheckpointLoop(file, intervalMs, (error) => {
  throw error;
});
parentPort!.once('message', () => {
  loop.stop();
  parentPort!.close();
});
