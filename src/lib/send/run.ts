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

/**
 * Sends the issue: sorts the recipients (`whoToSend`), then delivers to the rest with
 * `concurrency` messages in flight, each with its retries (`deliverTo`). Returns what
 * happened to every recipient; never throws for a recipient, only for a bug.
 */
export async function sendIssue(options: SendOptions): Promise<SendSummary> {
  const summary = emptySummary(options.recipients.length);
  const queue = whoToSend(options, summary);
  const run: Run = { options, summary, consecutiveDeferred: 0, outageThreshold: Math.max(5, options.concurrency * 2) };
  let next = 0;
  async function worker(): Promise<void> {
    while (next < queue.length && !summary.aborted) {
      const recipient = queue[next++]!;
      try {
        await deliverTo(recipient, run);
      } catch (error) {
        if (!(error instanceof FatalSendError)) throw error;
        summary.aborted ??= error.message;
      }
      options.progress?.update(progressCounts(summary));
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
  summary.notTried = summary.total - progressCounts(summary).done;
  options.progress?.finish(progressCounts(summary));
  return summary;
}

export function emptySummary(total: number): SendSummary {
  return {
    total, sent: 0, skipped: 0, suppressed: 0, failed: [], deferred: [], uncertain: [],
    maybeTwice: [], unrecorded: 0, notTried: 0, aborted: undefined, stateFailed: false,
  };
}

/**
 * Step 1: who gets a message in this run. Who already has it (an earlier run) is skipped,
 * who failed for good stays failed, who is on the suppression list is never written to;
 * counted in `summary`. The rest, in the list's order, is returned.
 */
export function whoToSend(options: Pick<SendOptions, 'recipients' | 'state' | 'suppression'>, summary: SendSummary): Subscriber[] {
  const queue: Subscriber[] = [];
  for (const recipient of options.recipients) {
    const previous = options.state?.statusOf(recipientKey(recipient.email));
    if (previous?.s === 'sent') summary.skipped++;
    else if (previous?.s === 'failed') summary.failed.push({ recipient: maskEmail(recipient.email), reply: previous.r ?? '' });
    else if (options.suppression?.reasonFor(recipient.email)) summary.suppressed++;
    else queue.push(recipient);
  }
  return queue;
}

/** What the progress line shows: done out of total, and how many sent, failed, postponed. */
export function progressCounts(summary: SendSummary): { done: number; total: number; sent: number; failed: number; deferred: number } {
  return {
    done: summary.sent + summary.skipped + summary.suppressed + summary.failed.length + summary.deferred.length + summary.uncertain.length,
    total: summary.total,
    sent: summary.sent + summary.skipped,
    failed: summary.failed.length,
    deferred: summary.deferred.length + summary.uncertain.length,
  };
}

/** What to do after a try that did not go through. */
export type NextStep = 'stop' | 'fail' | 'retry' | 'defer' | 'uncertain';

/**
 * The retry rule. A fatal error stops the send, a permanent one fails the recipient. A message
 * whose fate is uncertain (sent whole, no reply) is retried once, never more — a second copy
 * is better than none, a third is not; temporary failures are retried up to `tries` times.
 */
export function nextStep(kind: FailureKind, attempt: number, tries: number, sawUncertain: boolean, retryAfterUncertain: boolean): NextStep {
  if (kind === 'fatal') return 'stop';
  if (kind === 'permanent') return 'fail';
  if (retryAfterUncertain || attempt >= tries) return sawUncertain || kind === 'uncertain' ? 'uncertain' : 'defer';
  return 'retry';
}

/** One send in progress: its options, its summary and the outage watch shared by its workers. */
interface Run {
  options: SendOptions;
  summary: SendSummary;
  /** Many recipients in a row failing for temporary reasons means the server is down: stop, resume later. */
  consecutiveDeferred: number;
  outageThreshold: number;
}

/** Step 2, for one recipient: the message in their language, tries with backoff, every step recorded. */
async function deliverTo(recipient: Subscriber, run: Run): Promise<void> {
  const { options, summary } = run;
  const key = recipientKey(recipient.email);
  const masked = maskEmail(recipient.email);
  const before = options.state?.statusOf(key)?.s;
  const email = options.emailsByLang?.get(recipient.lang ?? 'it') ?? options.email;
  const message = personalMessage(email, recipient, options.settings, { secret: options.secret, test: options.test ?? false });
  record(run, key, 'sending');
  let sawUncertain = false;
  for (let attempt = 1; ; attempt++) {
    if (summary.aborted) return;
    const retryAfterUncertain = sawUncertain;
    let response: string;
    try {
      response = await options.sender.send(message, key);
    } catch (error) {
      const kind = classifyError(error);
      const reply = errorReply(error);
      if (kind === 'uncertain') sawUncertain = true;
      const step = nextStep(kind, attempt, options.tries, sawUncertain, retryAfterUncertain);
      if (step === 'stop') throw new FatalSendError(reply);
      if (step === 'retry') {
        await sleep(options.retryDelayMs * 2 ** (attempt - 1));
        continue;
      }
      if (step === 'fail') failForGood(run, recipient, error, reply);
      else postpone(run, key, step, { recipient: masked, reply });
      return;
    }
    try {
      record(run, key, 'sent', response.slice(0, 200));
    } catch (error) {
      summary.unrecorded++;
      throw error;
    }
    summary.sent++;
    if (sawUncertain || before === 'uncertain' || before === 'sending') summary.maybeTwice.push(masked);
    run.consecutiveDeferred = 0;
    return;
  }
}

/** A permanent refusal: recorded with the reply; an address that does not exist goes on the suppression list. */
function failForGood(run: Run, recipient: Subscriber, error: unknown, reply: string): void {
  const { options, summary } = run;
  record(run, recipientKey(recipient.email), 'failed', reply);
  summary.failed.push({ recipient: maskEmail(recipient.email), reply });
  if (!isAddressGone(error) || !options.suppression) return;
  try {
    options.suppression.add(recipient.email, 'rifiutato', { date: options.today ?? '', week: options.email.meta.week });
  } catch (suppressionError) {
    summary.stateFailed = true;
    throw new FatalSendError((suppressionError as Error).message);
  }
}

/** Out of tries: a new run sends again. Too many in a row stop the send (the server is down). */
function postpone(run: Run, key: string, step: 'defer' | 'uncertain', failure: Failure): void {
  record(run, key, step === 'uncertain' ? 'uncertain' : 'deferred', failure.reply);
  (step === 'uncertain' ? run.summary.uncertain : run.summary.deferred).push(failure);
  if (++run.consecutiveDeferred >= run.outageThreshold) throw new FatalSendError(`il server SMTP non risponde (${failure.reply})`);
}

/** Writes a recipient's step to the durable state; a state that cannot be written stops the send. */
function record(run: Run, key: string, status: RecipientStatus, reply?: string): void {
  const { state } = run.options;
  if (!state) return;
  try {
    state.record(reply === undefined ? { k: key, s: status } : { k: key, s: status, r: reply });
  } catch (error) {
    if (!(error instanceof StateWriteError)) throw error;
    run.summary.stateFailed = true;
    throw new FatalSendError(error.message);
  }
}
