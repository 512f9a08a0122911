/** The short-lived worker thread of a build that renders its e-mails (src/lib/email/issue-emails.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { renderEmailWork, type EmailWork } from './issue-emails.ts';

parentPort?.postMessage(await renderEmailWork(workerData as EmailWork));
