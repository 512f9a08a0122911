/**
 * Sends one issue to a list of subscribers: skips who already has it and who is on the
 * suppression list, records every step in the durable state, retries temporary failures
 * with backoff, retries a message whose fate is uncertain (sent whole, no reply) at most
 * once, records permanent ones with the server's reply, and stops everything on a fatal
 * error — a state that cannot be written among them, since going on could send twice.
 */
import type { Settings } from '../settings/settings.ts';
import { maskAddresses, maskEmail } from './mask.ts';
import { personalMessage, type IssueEmail } from './message.ts';
import type { ProgressReporter } from './progress.ts';
import { recipientKey, StateWriteError, type RecipientStatus, type SendState } from './state.ts';
import type { Subscriber, SubscriberLang } from './subscribers.ts';
import type { SuppressionList } from './suppression.ts';
import type { AfterDataMark, Sender } from './transport.ts';
import { sleep } from './sleep.ts';


export type FailureKind = 'permanent' | 'temporary' | 'fatal' | 'uncertain';

interface SmtpError extends AfterDataMark {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Decided from the reply code, not from nodemailer's `permanent` guess. */
export function classifyError(error: unknown): FailureKind {
  const e = error as SmtpError;
  if (e.code === 'EAUTH' || e.code === 'ETLS' || e.code === 'EENVELOPE' && e.responseCode === undefined) return 'fatal';
  if (typeof e.responseCode === 'number') {
    // The server refusing our sender refuses every message alike.
    if (e.responseCode >= 500) return e.command === 'MAIL FROM' ? 'fatal' : 'permanent';
    if (e.responseCode >= 400) return 'temporary';
  }
  // No reply after the whole message went out: the server may have it.
  return e.afterData ? 'uncertain' : 'temporary';
}

/** A 5xx on RCPT that says the mailbox does not exist or is disabled, not a policy or relay problem of ours. */
export function isAddressGone(error: unknown): boolean {
  const e = error as SmtpError;
  if (e.command !== 'RCPT TO' || typeof e.responseCode !== 'number' || e.responseCode < 500) return false;
  const enhanced = /\b5\.(\d{1,3})\.(\d{1,3})\b/.exec(e.response ?? '');
  if (enhanced) return enhanced[1] === '1' || (enhanced[1] === '2' && enhanced[2] === '1');
  return [550, 551, 553].includes(e.responseCode) && !/relay|auth|policy|spam|block|denied|blacklist/i.test(e.response ?? '');
}

/** The reply or error, on one line, addresses masked. */
export function errorReply(error: unknown): string {
  const e = error as SmtpError;
  return maskAddresses((e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 300));
}

export interface SendOptions {
  /** The Italian e-mail: for recipients without a language and the languages without their own. */
  email: IssueEmail;
  /** Each language's e-mail (from `loadIssueEmails`). */
  emailsByLang?: ReadonlyMap<SubscriberLang, IssueEmail>;
  recipients: readonly Subscriber[];
  settings: Settings;
  secret: string;
  sender: Sender;
  /** Absent for test sends: nothing is recorded. */
  state: SendState | undefined;
  /** Who is never written to; refused addresses are added to it. */
  suppression?: SuppressionList | undefined;
  /** Calendar date of the run (YYYY-MM-DD), for the suppression records. */
  today?: string;
  test?: boolean;
  /** Tries per message for temporary failures. */
  tries: number;
  /** First backoff delay; doubled at each try. */
  retryDelayMs: number;
  concurrency: number;
  progress?: ProgressReporter;
}

export interface Failure {
  recipient: string;
  reply: string;
}

export interface SendSummary {
  total: number;
  sent: number;
  /** Already sent by an earlier run. */
  skipped: number;
  /** On the suppression list (refused for good earlier, unsubscribed, removed by hand). */
  suppressed: number;
  /** Permanent failures, now or in an earlier run. */
  failed: Failure[];
  /** Temporary failures that ran out of tries: a new run retries them. */
  deferred: Failure[];
  /** Sent whole without a reply, also on the one retry: they may or may not have it; a new run sends again. */
  uncertain: Failure[];
  /** Confirmed now after an earlier try whose fate was unknown (or in flight at a crash): may have two copies. */
  maybeTwice: string[];
  /** Accepted by the server but not recorded because the state could not be written. */
  unrecorded: number;
  /** Recipients not tried because the send stopped. */
  notTried: number;
  /** Set when a fatal error (authentication, TLS, state not writable) stopped the send. */
  aborted: string | undefined;
  /** The send stopped because its state could not be written. */
  stateFailed: boolean;
}

class FatalSendError extends Error {}

export async function sendIssue(options: SendOptions): Promise<SendSummary> {
  const { state } = options;
  const summary: SendSummary = {
    total: options.recipients.length, sent: 0, skipped: 0, suppressed: 0, failed: [], deferred: [], uncertain: [],
    maybeTwice: [], unrecorded: 0, notTried: 0, aborted: undefined, stateFailed: false,
  };
  const queue: Subscriber[] = [];
  for (const recipient of options.recipients) {
    const previous = state?.statusOf(recipientKey(recipient.email));
    if (previous?.s === 'sent') summary.skipped++;
    else if (previous?.s === 'failed') summary.failed.push({ recipient: maskEmail(recipient.email), reply: previous.r ?? '' });
    else if (options.suppression?.reasonFor(recipient.email)) summary.suppressed++;
    else queue.push(recipient);
  }
  const counts = () => ({
    done: summary.sent + summary.skipped + summary.suppressed + summary.failed.length + summary.deferred.length + summary.uncertain.length,
    total: summary.total,
    sent: summary.sent + summary.skipped,
    failed: summary.failed.length,
    deferred: summary.deferred.length + summary.uncertain.length,
  });

  function record(key: string, status: RecipientStatus, reply?: string): void {
    if (!state) return;
    try {
      state.record(reply === undefined ? { k: key, s: status } : { k: key, s: status, r: reply });
    } catch (error) {
      if (!(error instanceof StateWriteError)) throw error;
      summary.stateFailed = true;
      throw new FatalSendError(error.message);
    }
  }

  // Many recipients in a row failing for temporary reasons means the server is down: stop, resume later.
  const outageThreshold = Math.max(5, options.concurrency * 2);
  let consecutiveDeferred = 0;

  async function sendOne(recipient: Subscriber): Promise<void> {
    const key = recipientKey(recipient.email);
    const masked = maskEmail(recipient.email);
    const before = state?.statusOf(key)?.s;
    const email = options.emailsByLang?.get(recipient.lang ?? 'it') ?? options.email;
    const message = personalMessage(email, recipient, options.settings, { secret: options.secret, test: options.test ?? false });
    record(key, 'sending');
    let sawUncertain = false;
    for (let attempt = 1; ; attempt++) {
      if (summary.aborted) return;
      const isRetryAfterUncertain = sawUncertain;
      let response: string;
      try {
        response = await options.sender.send(message, key);
      } catch (error) {
        const kind = classifyError(error);
        const reply = errorReply(error);
        if (kind === 'fatal') throw new FatalSendError(reply);
        if (kind === 'permanent') {
          record(key, 'failed', reply);
          summary.failed.push({ recipient: masked, reply });
          if (isAddressGone(error) && options.suppression) {
            try {
              options.suppression.add(recipient.email, 'rifiutato', { date: options.today ?? '', week: options.email.meta.week });
            } catch (suppressionError) {
              summary.stateFailed = true;
              throw new FatalSendError((suppressionError as Error).message);
            }
          }
          return;
        }
        if (kind === 'uncertain') sawUncertain = true;
        if (isRetryAfterUncertain || attempt >= options.tries) {
          if (sawUncertain) {
            record(key, 'uncertain', reply);
            summary.uncertain.push({ recipient: masked, reply });
          } else {
            record(key, 'deferred', reply);
            summary.deferred.push({ recipient: masked, reply });
          }
          if (++consecutiveDeferred >= outageThreshold) throw new FatalSendError(`il server SMTP non risponde (${reply})`);
          return;
        }
        await sleep(options.retryDelayMs * 2 ** (attempt - 1));
        continue;
      }
      try {
        record(key, 'sent', response.slice(0, 200));
      } catch (error) {
        summary.unrecorded++;
        throw error;
      }
      summary.sent++;
      if (sawUncertain || before === 'uncertain' || before === 'sending') summary.maybeTwice.push(masked);
      consecutiveDeferred = 0;
      return;
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
  summary.notTried = summary.total - counts().done;
  options.progress?.finish(counts());
  return summary;
}
