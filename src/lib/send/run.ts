/**
 * Sends one issue to a list of subscribers: skips who already has it, records every
 * step in the durable state, retries temporary failures with backoff, records
 * permanent ones with the server's reply, and stops everything on a fatal error.
 */
import type { Settings } from '../settings.ts';
import { personalMessage, type IssueEmail } from './message.ts';
import type { ProgressReporter } from './progress.ts';
import { recipientKey, type SendState } from './state.ts';
import { maskEmail, type Subscriber } from './subscribers.ts';
import type { Sender } from './transport.ts';

export type FailureKind = 'permanent' | 'temporary' | 'fatal';

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Decided from the reply code, not from nodemailer's `permanent` guess. */
export function classifyError(error: unknown): FailureKind {
  const e = error as SmtpError;
  if (e.code === 'EAUTH' || e.code === 'ETLS' || e.code === 'EENVELOPE' && e.responseCode === undefined) return 'fatal';
  if (typeof e.responseCode === 'number') {
    if (e.responseCode >= 500) return 'permanent';
    if (e.responseCode >= 400) return 'temporary';
  }
  return 'temporary';
}

export function errorReply(error: unknown): string {
  const e = error as SmtpError;
  return (e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 300);
}

export interface SendOptions {
  email: IssueEmail;
  recipients: readonly Subscriber[];
  settings: Settings;
  secret: string;
  sender: Sender;
  /** Absent for test sends: nothing is recorded. */
  state: SendState | undefined;
  test?: boolean;
  /** Tries per message for temporary failures. */
  tries: number;
  /** First backoff delay; doubled at each try. */
  retryDelayMs: number;
  concurrency: number;
  progress?: ProgressReporter;
}

export interface SendSummary {
  total: number;
  sent: number;
  /** Already sent by an earlier run. */
  skipped: number;
  /** Permanent failures, now or in an earlier run. */
  failed: { recipient: string; reply: string }[];
  /** Temporary failures that ran out of tries: a new run retries them. */
  deferred: { recipient: string; reply: string }[];
  /** Set when a fatal error (authentication, TLS) stopped the send. */
  aborted: string | undefined;
}

class FatalSendError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sendIssue(options: SendOptions): Promise<SendSummary> {
  const { state } = options;
  const summary: SendSummary = { total: options.recipients.length, sent: 0, skipped: 0, failed: [], deferred: [], aborted: undefined };
  const queue: Subscriber[] = [];
  for (const recipient of options.recipients) {
    const previous = state?.statusOf(recipientKey(recipient.email));
    if (previous?.s === 'sent') summary.skipped++;
    else if (previous?.s === 'failed') summary.failed.push({ recipient: maskEmail(recipient.email), reply: previous.r ?? '' });
    else queue.push(recipient);
  }
  const counts = () => ({
    done: summary.sent + summary.skipped + summary.failed.length + summary.deferred.length,
    total: summary.total,
    sent: summary.sent + summary.skipped,
    failed: summary.failed.length,
    deferred: summary.deferred.length,
  });

  // Many recipients in a row failing for temporary reasons means the server is down: stop, resume later.
  const outageThreshold = Math.max(5, options.concurrency * 2);
  let consecutiveDeferred = 0;

  async function sendOne(recipient: Subscriber): Promise<void> {
    const key = recipientKey(recipient.email);
    const message = personalMessage(options.email, recipient, options.settings, { secret: options.secret, test: options.test ?? false });
    state?.record({ k: key, s: 'sending' });
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await options.sender.send(message, key);
        state?.record({ k: key, s: 'sent', r: response.slice(0, 200) });
        summary.sent++;
        consecutiveDeferred = 0;
        return;
      } catch (error) {
        const kind = classifyError(error);
        const reply = errorReply(error);
        if (kind === 'fatal') throw new FatalSendError(reply);
        if (kind === 'permanent') {
          state?.record({ k: key, s: 'failed', r: reply });
          summary.failed.push({ recipient: maskEmail(recipient.email), reply });
          return;
        }
        if (attempt >= options.tries) {
          state?.record({ k: key, s: 'deferred', r: reply });
          summary.deferred.push({ recipient: maskEmail(recipient.email), reply });
          if (++consecutiveDeferred >= outageThreshold) throw new FatalSendError(`il server SMTP non risponde (${reply})`);
          return;
        }
        await sleep(options.retryDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  let next = 0;
  async function worker(): Promise<void> {
    while (next < queue.length && !summary.aborted) {
      const recipient = queue[next++]!;
      try {
        await sendOne(recipient);
      } catch (error) {
        if (!(error instanceof FatalSendError)) throw error;
        summary.aborted ??= error.message;
      }
      options.progress?.update(counts());
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
  options.progress?.finish(counts());
  return summary;
}

/** The end-of-run report, in Italian, with masked addresses only. */
export function formatSummary(summary: SendSummary): string {
  const lines = [
    `Destinatari: ${summary.total} · inviati ora: ${summary.sent} · già inviati prima: ${summary.skipped} · non riusciti: ${summary.failed.length + summary.deferred.length}`,
  ];
  for (const failure of summary.failed) lines.push(`  ✗ ${failure.recipient}: rifiutato dal server (${failure.reply})`);
  for (const failure of summary.deferred) lines.push(`  … ${failure.recipient}: non consegnato per ora (${failure.reply}). Riesegui lo stesso comando per riprovare.`);
  if (summary.aborted) lines.push(`Invio interrotto: ${summary.aborted}. Correggi la configurazione e riesegui lo stesso comando: chi ha già ricevuto il bollettino non lo riceverà di nuovo.`);
  return lines.join('\n');
}
