import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssueEmail, OutgoingMessage } from '../../../src/lib/send/message.ts';
import { classifyError, emptySummary, isAddressGone, nextStep, progressCounts, sendIssue, whoToSend, type SendOptions } from '../../../src/lib/send/run.ts';
import { formatSummary } from '../../../src/lib/send/report.ts';
import { recipientKey, SendState, StateWriteError } from '../../../src/lib/send/state.ts';
import type { Sender } from '../../../src/lib/send/transport.ts';
import { settings } from '../../../src/settings.ts';

const UNSUBSCRIBE = 'https://bollettino.test/cancellati';
const email: IssueEmail = {
  meta: { week: '2026-W48', number: 5, subject: 'Bollettino n. 5', unsubscribeHref: UNSUBSCRIBE },
  html: `<p>Ciao</p><a href="${UNSUBSCRIBE}">cancellati</a>`,
  text: `Ciao\nCancellati: ${UNSUBSCRIBE}`,
};
const recipients = Array.from({ length: 6 }, (_, i) => ({ email: `persona${i}@example.org`, name: `Persona ${i}`, line: i + 2 }));

/** A server stand-in: `answer` decides each try's fate; `tries` counts them per address. */
function fakeSender(answer: (to: string, attempt: number) => Error | undefined): Sender & { tries: Map<string, number> } {
  const tries = new Map<string, number>();
  return {
    description: 'finto',
    tries,
    async send(message: OutgoingMessage) {
      const to = message.to.address;
      const attempt = (tries.get(to) ?? 0) + 1;
      tries.set(to, attempt);
      const error = answer(to, attempt);
      if (error) throw error;
      return '250 OK';
    },
    close() {},
  };
}

const options = (sender: Sender, state: SendState | undefined): SendOptions => ({
  email, recipients, settings, secret: 'segreto', sender, state, tries: 4, retryDelayMs: 0, concurrency: 2,
});

const timeoutAfterData = () => Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', afterData: true });

describe('sending one issue', () => {
  it('retries a message whose fate is unknown once, then records it as uncertain', async () => {
    const state = new SendState(mkdtempSync(join(tmpdir(), 'state-')));
    const sender = fakeSender(() => timeoutAfterData());
    // Four: five in a row without an answer would stop the send as a server outage.
    const summary = await sendIssue({ ...options(sender, state), recipients: recipients.slice(0, 4) });
    expect([...sender.tries.values()]).toEqual([2, 2, 2, 2]);
    expect(summary.uncertain).toHaveLength(4);
    expect(formatSummary(summary)).toContain('esito incerto: 4');
    expect(state.statusOf(recipientKey('persona0@example.org'))?.s).toBe('uncertain');
    state.close();
  });

  it('tells who may have two copies when the retry after an unknown fate succeeds', async () => {
    const sender = fakeSender((to, attempt) => (to === 'persona0@example.org' && attempt === 1 ? timeoutAfterData() : undefined));
    const summary = await sendIssue(options(sender, undefined));
    expect(summary.sent).toBe(6);
    expect(summary.maybeTwice).toEqual(['p***@example.org']);
    expect(formatSummary(summary)).toContain('Possibili doppioni: 1');
  });

  it('still retries a failure before the data up to the number of tries', async () => {
    const sender = fakeSender(() => Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }));
    const summary = await sendIssue({ ...options(sender, undefined), recipients: recipients.slice(0, 1) });
    expect(sender.tries.get('persona0@example.org')).toBe(4);
    expect(summary.deferred).toHaveLength(1);
  });

  it('stops at once when the state cannot be written, without sending anything twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const state = new SendState(dir);
    let records = 0;
    const real = state.record.bind(state);
    state.record = (record) => {
      if (++records > 5) throw new StateWriteError(join(dir, 'state.jsonl'), Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
      real(record);
    };
    const sender = fakeSender(() => undefined);
    const summary = await sendIssue({ ...options(sender, state), concurrency: 1 });
    expect([...sender.tries.values()].every((n) => n === 1)).toBe(true);
    expect(sender.tries.size).toBe(3);
    expect(summary.stateFailed).toBe(true);
    expect(summary.unrecorded).toBe(1);
    expect(summary.aborted).toContain('il disco è pieno');
    expect(formatSummary(summary)).not.toContain('non lo riceverà di nuovo');
    state.close();
    expect(readFileSync(join(dir, 'state.jsonl'), 'utf8')).not.toContain('@');
  });
});

describe('resuming a send', () => {
  const busy = () => Object.assign(new Error('421 Try again later'), { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 421, response: '421 4.7.0 Try again later' });
  const refused = () => Object.assign(new Error('550 No such user'), { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 No such user' });

  it('sends again only to whom the first run did not reach, never to whom it did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const first = new SendState(dir);
    const down = new Set(['persona2@example.org', 'persona4@example.org']);
    const firstSender = fakeSender((to) => (down.has(to) ? busy() : to === 'persona5@example.org' ? refused() : undefined));
    const firstRun = await sendIssue({ ...options(firstSender, first), tries: 1 });
    first.close();
    expect(firstRun.sent).toBe(3);
    expect(firstRun.deferred.map((failure) => failure.recipient)).toEqual(['p***@example.org', 'p***@example.org']);
    expect(firstRun.failed).toHaveLength(1);

    // A new process: the state is read back from disk.
    const second = new SendState(dir);
    const secondSender = fakeSender(() => undefined);
    const secondRun = await sendIssue(options(secondSender, second));
    second.close();
    expect([...secondSender.tries.keys()].sort()).toEqual([...down].sort());
    expect(secondRun.sent).toBe(2);
    expect(secondRun.skipped).toBe(3);
    // Refused for good: reported again, never retried.
    expect(secondRun.failed).toHaveLength(1);
    expect(secondRun.maybeTwice).toEqual([]);

    const third = new SendState(dir);
    const thirdSender = fakeSender(() => undefined);
    const thirdRun = await sendIssue(options(thirdSender, third));
    third.close();
    expect(thirdSender.tries.size).toBe(0);
    expect(thirdRun.skipped).toBe(5);
  });

  it('sends again to whom a killed run was sending, and says they may have it twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const killed = new SendState(dir);
    // What a run killed in the middle of a message leaves: "sending" without an outcome.
    killed.record({ k: recipientKey('persona1@example.org'), s: 'sending' });
    killed.record({ k: recipientKey('persona0@example.org'), s: 'sent' });
    killed.close();
    const state = new SendState(dir);
    const sender = fakeSender(() => undefined);
    const summary = await sendIssue(options(sender, state));
    state.close();
    expect(sender.tries.has('persona0@example.org')).toBe(false);
    expect(sender.tries.get('persona1@example.org')).toBe(1);
    expect(summary.skipped).toBe(1);
    expect(summary.sent).toBe(5);
    expect(summary.maybeTwice).toEqual(['p***@example.org']);
  });
});

describe('reading SMTP failures', () => {
  it('tells a refused mailbox from a refused sender, a policy refusal and an unknown fate', () => {
    const rcpt550 = { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 <a@example.org>: Recipient address rejected' };
    expect(classifyError(rcpt550)).toBe('permanent');
    expect(isAddressGone(rcpt550)).toBe(true);
    expect(isAddressGone({ ...rcpt550, response: '550 5.7.1 Relaying denied' })).toBe(false);
    expect(isAddressGone({ ...rcpt550, command: 'DATA', response: '554 5.6.0 Message rejected' })).toBe(false);
    expect(classifyError({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553, response: '553 sender not allowed' })).toBe('fatal');
    expect(classifyError({ code: 'EMESSAGE', command: 'DATA', responseCode: 451, response: '451 try later' })).toBe('temporary');
    expect(classifyError({ code: 'ETIMEDOUT', afterData: true })).toBe('uncertain');
    expect(classifyError({ code: 'ETIMEDOUT' })).toBe('temporary');
  });
});

describe('the steps of a send, one by one', () => {
  const kinds = ['permanent', 'temporary', 'fatal', 'uncertain'] as const;

  it('retries a temporary failure until the tries run out, then postpones it', () => {
    expect([1, 2, 3].map((attempt) => nextStep('temporary', attempt, 4, false, false))).toEqual(['retry', 'retry', 'retry']);
    expect(nextStep('temporary', 4, 4, false, false)).toBe('defer');
    expect(nextStep('fatal', 1, 4, false, false)).toBe('stop');
    expect(nextStep('permanent', 1, 4, false, false)).toBe('fail');
  });

  it('tries a message of unknown fate at most twice, whatever the tries allowed', () => {
    expect(nextStep('uncertain', 1, 4, true, false)).toBe('retry');
    expect(nextStep('uncertain', 2, 4, true, true)).toBe('uncertain');
    // A temporary failure on the retry after an unknown fate is still unknown: they may have the first copy.
    expect(nextStep('temporary', 2, 4, true, true)).toBe('uncertain');
  });

  it('never retries past the tries, nor more than once after an unknown fate, nor after a fatal or permanent failure', () => {
    fc.assert(fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), fc.boolean(), (kind, attempt, tries, seen, retryAfter) => {
      const sawUncertain = seen || retryAfter || kind === 'uncertain';
      const step = nextStep(kind, attempt, tries, sawUncertain, retryAfter);
      if (step === 'retry') {
        expect(attempt).toBeLessThan(tries);
        expect(retryAfter).toBe(false);
        expect(['temporary', 'uncertain']).toContain(kind);
      }
      if (kind === 'fatal') expect(step).toBe('stop');
      if (kind === 'permanent') expect(step).toBe('fail');
      if (step === 'defer') expect(sawUncertain).toBe(false);
    }));
  });

  it('sorts the list: already sent skipped, failed for good kept as failed, suppressed left out, the rest in order', () => {
    const state = new SendState(mkdtempSync(join(tmpdir(), 'state-')));
    state.record({ k: recipientKey('persona0@example.org'), s: 'sent' });
    state.record({ k: recipientKey('persona1@example.org'), s: 'failed', r: '550 5.1.1 no such user' });
    state.record({ k: recipientKey('persona2@example.org'), s: 'deferred', r: '451 try later' });
    const suppression = { reasonFor: (address: string) => (address === 'persona3@example.org' ? 'disiscritto' : undefined) } as unknown as SendOptions['suppression'];
    const summary = emptySummary(recipients.length);
    const queue = whoToSend({ recipients, state, suppression }, summary);
    expect(queue.map((recipient) => recipient.email)).toEqual(['persona2@example.org', 'persona4@example.org', 'persona5@example.org']);
    expect(summary).toMatchObject({ skipped: 1, suppressed: 1, failed: [{ reply: '550 5.1.1 no such user' }] });
    expect(summary.failed[0]!.recipient).not.toContain('persona1@example.org');
    expect(progressCounts(summary)).toEqual({ done: 3, total: 6, sent: 1, failed: 1, deferred: 0 });
    state.close();
  });
});
